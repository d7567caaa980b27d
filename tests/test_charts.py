"""Charts: series equal the stored scores (gaps stay gaps), markers, click-to-visit, export."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.vocab import AnnotationKind, Respondent
from alliance_desktop.services import Services
from alliance_desktop.services.charts import meaningful_pain_level
from alliance_desktop.services.goals import GoalInput
from alliance_desktop.services.questionnaires import ResponseInput
from alliance_desktop.services.visits import VisitDraft
from alliance_desktop.ui.charts.plots import (
    EMPTY_ALLIANCE,
    plot_adherence,
    plot_goal_progress,
    plot_outcomes,
    plot_trust_bond,
)
from alliance_desktop.ui.panes.base import PaneContext
from alliance_desktop.ui.panes.overview_pane import OverviewPane
from tests.factories import make_patient, visit_time

ITEMS = ("goal", "task", "bond", "trust", "respect", "touch", "overall")


def _story(services: Services) -> tuple[int, list[int], int]:
    """Three visits: check-in, missing check-in (a gap), check-in; a strain at visit 2."""
    p = make_patient(services, "Fournier", "Sophie")
    assert p.current_episode is not None
    goal = services.goals.add(p.current_episode.id, GoalInput(wording="Sleep through the night"))
    ids = []
    for days, trust, pain in ((20, 9.0, 7), (13, None, 6), (6, 10.0, 4)):
        visit = services.visits.create(p.id, visit_time(days))
        ids.append(visit.id)
        services.visits.save_draft(
            visit.id,
            VisitDraft(
                starts_at=visit.draft.starts_at,
                visit_type=visit.draft.visit_type,
                pain_before=pain,
                pain_after=pain - 1,
                goal_progress={goal.id: 10 - pain},
                rupture_noticed=days == 13,
                repair_tried=days == 13,
                practitioner_rating={"bond": 6} if days == 6 else {},
            ),
        )
        if trust is not None:
            services.questionnaires.record(
                ResponseInput(
                    patient_id=p.id,
                    visit_id=visit.id,
                    instrument_id="alliance-checkin",
                    instrument_version=1,
                    respondent=Respondent.PATIENT,
                    answered_at=visit.draft.starts_at,
                    answers={i: (trust if i in ("trust", "touch") else 8.0) for i in ITEMS},
                )
            )
    services.annotations.add(
        p.id, dt.date.today() - dt.timedelta(days=10), AnnotationKind.LIFE_EVENT, "Moved house"
    )
    return p.id, ids, goal.id


def test_series_equal_the_stored_scores_with_gaps(services: Services) -> None:
    patient_id, visit_ids, goal_id = _story(services)
    charts = services.charts.patient_charts(patient_id)
    a = charts.alliance
    assert [v.visit_id for v in a.visits] == visit_ids
    assert a.patient["trust"] == (9.0, None, 10.0)  # the missing check-in is a gap, not 0
    assert a.patient["bond"] == (8.0, None, 8.0)
    assert a.practitioner["bond"] == (None, None, 6.0)
    assert a.concern_line == pytest.approx(9.0)
    assert a.rupture_visit_ids == {visit_ids[1]} and a.repair_visit_ids == {visit_ids[1]}
    assert [m.label for m in a.annotations] == ["Moved house"]
    assert 2 < a.annotations[0].position < 3
    assert charts.outcomes.pain_before == (7, 6, 4)
    assert charts.outcomes.meaningful_at == 5  # 2 points (less than 30% of 7)
    assert [g.values for g in charts.goals.goals if g.goal_id == goal_id] == [(3, 4, 6)]


def test_meaningful_change_band() -> None:
    assert meaningful_pain_level(8) == 6  # 2 points (30% would be 2.4)
    assert meaningful_pain_level(5) == pytest.approx(3.5)  # 30% is less than 2 points
    assert meaningful_pain_level(None) is None


def test_plot_lines_carry_the_data_and_markers(services: Services) -> None:
    patient_id, visit_ids, _ = _story(services)
    charts = services.charts.patient_charts(patient_id)
    ax = Figure().add_subplot(111)
    hits = plot_trust_bond(ax, charts.alliance)
    trust = next(line for line in ax.lines if line.get_label() == "Trust (patient)")
    ys = list(trust.get_ydata())
    assert ys[0] == 9.0 and math.isnan(ys[1]) and ys[2] == 10.0
    assert list(trust.get_xdata()) == [1, 2, 3]
    labels = {c.get_label() for c in ax.collections}
    assert {"Strain noticed", "Repair tried"} <= labels
    assert any(t.get_text().strip() == "Moved house" for t in ax.texts)
    assert [h.visit_id for h in hits] == visit_ids
    assert "No check-in" in hits[1].text
    assert any(line.get_linestyle() == ":" for line in ax.lines)  # the concern line


def test_empty_states_say_what_to_do(services: Services) -> None:
    p = make_patient(services)
    charts = services.charts.patient_charts(p.id)
    for plot, series in (
        (plot_trust_bond, charts.alliance),
        (plot_outcomes, charts.outcomes),
        (plot_goal_progress, charts.goals),
        (plot_adherence, charts.adherence),
    ):
        ax = Figure().add_subplot(111)
        assert plot(ax, series) == []  # type: ignore[operator]
        assert len(ax.texts) == 1 and len(ax.lines) == 0
    ax = Figure().add_subplot(111)
    plot_trust_bond(ax, charts.alliance)
    assert ax.texts[0].get_text() == EMPTY_ALLIANCE


def test_click_opens_the_visit_and_export_writes_each_format(
    qtbot: QtBot, pane_context: PaneContext, tmp_path: Path
) -> None:
    patient_id, visit_ids, _ = _story(pane_context.services)
    pane = OverviewPane(pane_context)
    qtbot.addWidget(pane)
    pane.resize(1000, 620)
    pane.show()
    pane.set_patient(patient_id)
    qtbot.waitUntil(lambda: pane.alliance_chart.draw_count > 0, timeout=5000)
    chart = pane.alliance_chart
    chart.canvas.draw()
    hit = chart.hits[2]
    x, y = chart.display_position(hit)
    ratio = chart.canvas.device_pixel_ratio
    with qtbot.waitSignal(pane_context.events.visit_requested, timeout=2000) as blocker:
        qtbot.mouseClick(
            chart.canvas,
            Qt.MouseButton.LeftButton,
            pos=QPoint(int(x / ratio), int(chart.canvas.height() - y / ratio)),
        )
    assert blocker.args == [visit_ids[2]]
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")):
        out = chart.save_to(tmp_path / f"chart{suffix}")
        assert out.read_bytes().startswith(magic)
    chart.choose_save_path = lambda parent, suggested: str(tmp_path / "picked")  # type: ignore[method-assign]
    assert chart.save_as() == tmp_path / "picked.png"


def test_when_drawn_waits_for_the_four_charts_or_for_nothing_once_hidden(
    qtbot: QtBot, pane_context: PaneContext
) -> None:
    patient_id, _, _ = _story(pane_context.services)
    pane = OverviewPane(pane_context)
    qtbot.addWidget(pane)
    pane.show()
    pane.set_patient(patient_id)  # drawn once the pane has first been painted
    drawn: list[list[int]] = []
    pane.when_drawn(lambda: drawn.append([chart.draw_count for chart in pane.charts]))
    qtbot.waitUntil(lambda: bool(drawn), timeout=5000)
    assert all(drawn[0])  # called after all four charts were drawn
    other = OverviewPane(pane_context)
    qtbot.addWidget(other)
    other.show()
    other.set_patient(patient_id)
    called: list[bool] = []
    other.when_drawn(lambda: called.append(True))
    assert not called  # waiting for the first paint
    other.hide()
    assert called  # nothing more of it will be painted: not kept waiting


def test_redraw_reuses_the_figure(qtbot: QtBot, pane_context: PaneContext) -> None:
    patient_id, _, _ = _story(pane_context.services)
    pane = OverviewPane(pane_context)
    qtbot.addWidget(pane)
    pane.show()
    pane.set_patient(patient_id)
    qtbot.waitUntil(lambda: pane.alliance_chart.draw_count > 0, timeout=5000)
    figure, canvas = pane.alliance_chart.figure, pane.alliance_chart.canvas
    qtbot.mouseClick(pane.goal_task, Qt.MouseButton.LeftButton)
    assert pane.alliance_chart.figure is figure and pane.alliance_chart.canvas is canvas
    labels = {line.get_label() for line in pane.alliance_chart.axes.lines}
    assert "Goals (patient)" in labels
    pane.x_axis.setCurrentIndex(1)  # by date
    assert pane.alliance_chart.draw_count >= 3


def test_image_smoke_each_chart_with_demo_data(
    qtbot: QtBot, pane_context: PaneContext, tmp_path: Path
) -> None:
    sv = pane_context.services
    rows = [r for r in sv.patients.rows(include_archived=False) if r.visit_count >= 4]
    pane = OverviewPane(pane_context)
    qtbot.addWidget(pane)
    pane.resize(1000, 620)
    pane.show()
    pane.set_patient(rows[0].id)
    qtbot.waitUntil(lambda: pane.adherence_chart.draw_count > 0, timeout=5000)
    for chart in pane.charts:
        out = chart.save_to(tmp_path / f"{chart.objectName()}.png")
        from PySide6.QtGui import QImage

        image = QImage(str(out))
        assert image.width() > 300 and image.height() > 200
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 17)
            for y in range(0, image.height(), 17)
        }
        assert len(colours) > 5  # something is drawn, not a blank canvas


def test_practice_overview_shows_figures_with_their_counts(
    qtbot: QtBot, pane_context: PaneContext
) -> None:
    pane = OverviewPane(pane_context)
    qtbot.addWidget(pane)
    pane.resize(1000, 620)
    pane.show()
    pane.set_patient(0)
    view = pane.practice_page
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10000)
    o = view.overview
    assert o is not None
    text = view.figures.text()
    assert f"{o.visits_with_checkin:,} of {o.visits:,} visits" in text
    assert f"{o.perfect_checkins:,} of {o.visits_with_checkin:,} check-ins" in text
    qtbot.waitUntil(lambda: view.distribution.draw_count > 0, timeout=5000)
    assert f"({o.checkins_scored} check-ins)" in view.distribution.axes.get_title(loc="left")
    # the patients with alerts, named (their names are read on the worker with the figures)
    assert o.attention_patient_ids
    assert view.alert_list.count() == len(o.attention_patient_ids)
    first = pane_context.services.patients.row(o.attention_patient_ids[0])
    assert view.alert_list.item(0).text().startswith(first.family_name)
    view.period.setCurrentIndex(0)  # last 30 days
    qtbot.waitUntil(
        lambda: view.overview is not None and view.overview.start != o.start, timeout=10000
    )
    if view.alert_list.count():
        with qtbot.waitSignal(pane_context.events.patient_requested, timeout=2000):
            view.alert_list.itemActivated.emit(view.alert_list.item(0))


def test_a_chart_note_added_from_the_overview_appears_on_the_chart(
    qtbot: QtBot, pane_context: PaneContext
) -> None:
    from alliance_desktop.ui.dialogs.annotation_dialog import AnnotationDialog

    patient_id, _, _ = _story(pane_context.services)
    pane = OverviewPane(pane_context)
    qtbot.addWidget(pane)
    pane.show()
    pane.set_patient(patient_id)

    def fill(dialog: AnnotationDialog) -> bool:
        dialog.on_date.edit.clear()
        qtbot.keyClicks(dialog.on_date.edit, "31/02/2026")
        assert not dialog.try_accept()  # not a real date: said in place, nothing stored
        dialog.on_date.set_value(dt.date.today() - dt.timedelta(days=8))
        dialog.kind.set_value(AnnotationKind.TREATMENT_CHANGE)
        qtbot.keyClicks(dialog.label, "Changed to exercise-led care")
        return dialog.try_accept()

    pane.run_dialog = fill  # type: ignore[method-assign]
    qtbot.mouseClick(pane.note_button, Qt.MouseButton.LeftButton)
    labels = [
        m.label
        for m in pane_context.services.charts.patient_charts(patient_id).alliance.annotations
    ]
    assert labels == ["Moved house", "Changed to exercise-led care"]
    qtbot.waitUntil(
        lambda: (
            pane.alliance_chart.axes is not None
            and any(
                t.get_text().strip() == "Changed to exercise-led care"
                for t in pane.alliance_chart.axes.texts
            )
        ),
        timeout=5000,
    )


def _overview_of_story(qtbot: QtBot, pane_context: PaneContext) -> OverviewPane:
    """The Overview of the three-visit story, shown and its four charts drawn once."""
    patient_id, _, _ = _story(pane_context.services)
    pane = OverviewPane(pane_context)
    qtbot.addWidget(pane)
    pane.resize(1000, 620)
    pane.show()
    pane.set_patient(patient_id)
    qtbot.waitUntil(lambda: all(chart.draw_count > 0 for chart in pane.charts), timeout=5000)
    return pane


class _FirstPaintOf(QObject):
    """Notes, at the first paint of the widget named ``name``, what ``probe()`` says."""

    def __init__(self, name: str, probe: Callable[[], object]) -> None:
        super().__init__()
        self.name, self.probe = name, probe
        self.seen: list[object] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        first = not self.seen and event.type() == QEvent.Type.Paint
        if first and watched.objectName() == self.name:
            self.seen.append(self.probe())
        return False


def test_the_overview_draws_after_its_first_paint_and_one_chart_first(
    qtbot: QtBot, pane_context: PaneContext
) -> None:
    """Start-up: the pane is on screen before its data is read (and matplotlib imported), and
    the first chart is on screen before the three others are made."""
    patient_id, _, _ = _story(pane_context.services)
    pane = OverviewPane(pane_context)
    qtbot.addWidget(pane)
    pane.resize(1000, 620)
    app = QApplication.instance()
    assert app is not None
    pane_first = _FirstPaintOf("overviewPane", lambda: pane.data)
    chart_first = _FirstPaintOf("allianceChartCanvas", lambda: pane.outcome_chart.canvas)
    app.installEventFilter(pane_first)
    app.installEventFilter(chart_first)
    try:
        pane.show()
        pane.set_patient(patient_id)
        assert pane.data is None  # waits for the paint
        qtbot.waitUntil(lambda: all(chart.draw_count > 0 for chart in pane.charts), timeout=5000)
    finally:
        app.removeEventFilter(pane_first)
        app.removeEventFilter(chart_first)
    assert pane_first.seen == [None] and chart_first.seen == [None]
    assert pane.data is not None and pane.outcome_chart.canvas is not None


def test_on_screen_text_is_painted_by_qt_and_saved_files_keep_theirs(
    qtbot: QtBot, pane_context: PaneContext, tmp_path: Path
) -> None:
    """Words are laid out by matplotlib but painted by Qt on screen (fast); a saved chart
    has matplotlib's own text and its legend inside the picture."""
    import matplotlib

    pane = _overview_of_story(qtbot, pane_context)
    chart = pane.alliance_chart
    chart.canvas.draw()
    words = chart.canvas.placed_texts()
    assert "Trust and bond across visits" in words
    assert {"1", "2", "3"} <= set(words)  # visit numbers under the axis
    assert "Rating (0-10)" in words
    assert chart.axes.get_legend() is None
    assert pane.data is not None and pane.data.alliance.concern_line is not None
    assert chart.legend.labels() == [
        "Trust (patient)",
        "Bond (patient)",
        "Bond (you)",
        f"Concern line ({pane.data.alliance.concern_line:g})",
        "Alert raised",
        "Strain noticed",
        "Repair tried",
    ]
    assert chart.legend.isVisible() and chart.legend.height() > 0
    assert "Strain noticed" in chart.legend.accessibleDescription()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        svg = chart.save_to(tmp_path / "alliance.svg").read_text(encoding="utf-8")
    assert "Trust and bond across visits" in svg
    assert "Bond (you)" in svg  # the saved file carries the legend
    # after saving, the screen picture is back to Qt text and the strip legend
    assert chart.axes.get_legend() is None
    assert "Trust and bond across visits" in chart.canvas.placed_texts()


def test_legend_strip_follows_the_series_shown(qtbot: QtBot, pane_context: PaneContext) -> None:
    pane = _overview_of_story(qtbot, pane_context)
    before = pane.alliance_chart.legend.labels()
    qtbot.mouseClick(pane.goal_task, Qt.MouseButton.LeftButton)
    after = pane.alliance_chart.legend.labels()
    assert "Goals (patient)" not in before and "Goals (patient)" in after
    assert pane.outcome_chart.legend.labels()[-2:] == ["Before treatment", "After treatment"]
    assert pane.goal_chart.legend.labels() == ["Sleep through the night"]
    narrow = pane.alliance_chart.legend.heightForWidth(200)
    wide = pane.alliance_chart.legend.heightForWidth(2000)
    assert narrow > wide > 0  # wraps onto more rows when narrow


def test_the_first_picture_on_screen_is_not_blank(qtbot: QtBot, pane_context: PaneContext) -> None:
    """Copying the picture to the screen must use the renderer that drew it (a fresh one is
    blank: the first chart used to stay empty until the next redraw)."""
    pane = _overview_of_story(qtbot, pane_context)
    qtbot.waitUntil(lambda: bool(pane.alliance_chart.canvas.placed_texts()), timeout=5000)
    image = pane.alliance_chart.canvas.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5


def test_first_latest_of_thousands_of_episodes_is_two_collections_not_a_line_each() -> None:
    """A large practice has thousands of episodes in a year: a line artist each took seconds
    to make and draw on the UI thread."""
    from types import SimpleNamespace

    from alliance_desktop.ui.charts.plots import plot_first_latest

    pairs = tuple((5.0 + (i % 7) * 0.5, 5.0 + (i % 5) * 0.8) for i in range(3000))
    overview = SimpleNamespace(
        first_latest=pairs, first_latest_episodes=len(pairs), first_mean=6.5, latest_mean=6.6
    )
    ax = Figure().add_subplot(111)
    plot_first_latest(ax, overview)
    assert len(ax.lines) == 1  # the mean, which carries the legend
    up, down = [c for c in ax.collections if c.get_alpha() == 0.35]  # (not the grid lines)
    assert len(up.get_segments()) == sum(latest >= first for first, latest in pairs)
    assert len(down.get_segments()) == sum(latest < first for first, latest in pairs)
    assert up.get_linestyle() != down.get_linestyle()  # a fall is dashed
    ax.figure.canvas.draw()  # and it draws
