"""The practice overview: how the alliance went across all patients over a chosen period."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.domain.people import display_name
from alliance_desktop.ui import formats
from alliance_desktop.ui.charts.chart_widget import ChartWidget
from alliance_desktop.ui.charts.plots import (
    plot_alliance_pain,
    plot_first_latest,
    plot_score_distribution,
)

if TYPE_CHECKING:
    from alliance_desktop.domain.patient_list import PatientRow
    from alliance_desktop.services import Services
    from alliance_desktop.services.practice_stats import PracticeOverview
    from alliance_desktop.ui.workers import Workers

PATIENT_ROLE = Qt.ItemDataRole.UserRole + 1


def periods() -> tuple[tuple[str, int], ...]:
    """The periods the overview can cover: (label in the app's language, days)."""
    return (
        (QCoreApplication.translate("PracticeView", "Last 30 days"), 30),
        (QCoreApplication.translate("PracticeView", "Last 3 months"), 91),
        (QCoreApplication.translate("PracticeView", "Last 12 months"), 365),
        (QCoreApplication.translate("PracticeView", "Last 3 years (a CPD cycle)"), 3 * 365),
    )


def _pct(part: int, whole: int) -> str:
    if not whole:
        return "–"
    #: A percentage (French puts a non-breaking space before %)
    return QCoreApplication.translate("PracticeView", "{percent}%").format(
        percent=round(100 * part / whole)
    )


def _row(figure: str, basis: str) -> str:
    return f"<tr><td>{figure}</td><td>{basis}</td></tr>"


class PracticeView(QWidget):
    """Figures and charts for a period; every figure says how many records it rests on.

    Signals:
        patient_chosen(int): a patient with open alerts was double-clicked.
    """

    patient_chosen = Signal(int)

    def __init__(self, services: Services, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceView")
        self.services = services
        self.workers = workers
        self.overview: PracticeOverview | None = None
        self._asked = 0
        self.title = QLabel(self)
        self.title.setObjectName("practiceTitle")
        self.period = QComboBox(self)
        self.period.setObjectName("practicePeriod")
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in periods():
            self.period.addItem(label, days)
        self.period.setCurrentIndex(1)
        self.figures = QLabel(self)
        self.figures.setObjectName("practiceFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.alert_list = QListWidget(self)
        self.alert_list.setObjectName("practiceAlertPatients")
        self.alert_list.setAccessibleName(self.tr("Patients with alliance alerts"))
        self.alert_list.setMaximumWidth(260)
        self.distribution = ChartWidget(
            "scoreDistribution", self.tr("Check-in score chart"), self, left_margin=0.16
        )
        self.first_latest = ChartWidget(
            "firstLatest", self.tr("First and latest alliance chart"), self, left_margin=0.16
        )
        self.alliance_pain = ChartWidget(
            "alliancePain", self.tr("Alliance and pain chart"), self, left_margin=0.16
        )
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(QLabel(self.tr("Period"), self))
        head.addWidget(self.period)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("<b>Patients with alerts</b> (double-click to open)"), self))
        side.addWidget(self.alert_list, 1)
        top = QHBoxLayout()
        top.addWidget(self.figures, 1)
        top.addLayout(side)
        grid = QGridLayout()
        grid.addWidget(self.distribution, 0, 0)
        grid.addWidget(self.first_latest, 0, 1)
        grid.addWidget(self.alliance_pain, 0, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.alert_list.itemActivated.connect(self._on_patient_activated)

    def reload(self, today: dt.date | None = None) -> None:
        end = today or dt.date.today()
        start = end - dt.timedelta(days=int(self.period.currentData()) - 1)
        info = self.services.practice.info()
        span = f"{formats.day(start)} – {formats.day(end)}"
        if info.is_demo:
            span = self.tr("{period} · demo practice: every record is synthetic").format(
                period=span
            )
        self.title.setText(f"<h2>{escape(info.name or self.tr('Your practice'))}</h2>" + span)
        # A year of a large practice takes a second or more: never on the UI thread.
        self._asked += 1
        ticket = self._asked
        self.figures.setText(self.tr("Adding up the period…"))
        stats, patients = self.services.practice_stats, self.services.patients

        def add_up() -> tuple[PracticeOverview, dict[int, PatientRow]]:
            overview = stats.overview(start, end)
            named = patients.rows(ids=overview.attention_patient_ids)  # read here too
            return overview, {r.id: r for r in named}

        self.workers.run(
            add_up,
            lambda result: self._show(*result) if ticket == self._asked else None,
            self._on_failed,
        )

    def _on_failed(self, exc: BaseException) -> None:
        message = (
            self.tr("The practice figures {problem}.").format(problem=exc.message)
            if isinstance(exc, ValidationError)
            else self.tr("The practice figures could not be computed.")
        )
        self.figures.setText(escape(message))

    def _show(self, o: PracticeOverview, names: dict[int, PatientRow]) -> None:
        self.overview = o
        rows = (
            _row(
                self.tr("<b>{count}</b> visits").format(count=formats.number(o.visits)),
                self.tr("{patients} patients, {episodes} episodes").format(
                    patients=formats.number(o.patients_seen),
                    episodes=formats.number(o.episodes_seen),
                ),
            ),
            _row(
                self.tr("<b>{share}</b> had a check-in").format(
                    share=_pct(o.visits_with_checkin, o.visits)
                ),
                self.tr("{count} of {total} visits").format(
                    count=formats.number(o.visits_with_checkin), total=formats.number(o.visits)
                ),
            ),
            _row(
                self.tr("<b>{share}</b> perfect scores").format(
                    share=_pct(o.perfect_checkins, o.visits_with_checkin)
                ),
                self.tr("{count} of {total} check-ins: the ceiling; invite candour").format(
                    count=formats.number(o.perfect_checkins),
                    total=formats.number(o.visits_with_checkin),
                ),
            ),
            _row(
                self.tr("<b>{count}</b> patients with open alerts").format(
                    count=formats.number(o.attention_patients)
                ),
                self.tr("of {count} patients seen").format(count=formats.number(o.patients_seen)),
            ),
            _row(
                self.tr("<b>{count}</b> strains noticed").format(
                    count=formats.number(o.ruptures_noticed)
                ),
                self.tr(
                    "{repairs} with a repair tried; {recovered} followed by recovery "
                    "({followed} had a later check-in)"
                ).format(
                    repairs=formats.number(o.repairs_tried),
                    recovered=formats.number(o.ruptures_recovered),
                    followed=formats.number(o.ruptures_followed_up),
                ),
            ),
            _row(
                self.tr("<b>{first} → {latest}</b> alliance").format(
                    first=formats.number(o.first_mean, 1), latest=formats.number(o.latest_mean, 1)
                ),
                self.tr("first to latest check-in, {count} episodes").format(
                    count=formats.number(o.first_latest_episodes)
                ),
            ),
            _row(
                self.tr("<b>{share}</b> much better").format(
                    share=_pct(o.pain_improved_meaningfully, o.alliance_pain_episodes)
                ),
                self.tr("pain down 2 points or 30%, {count} episodes").format(
                    count=formats.number(o.alliance_pain_episodes)
                ),
            ),
        )
        self.figures.setText("<table cellpadding='3'>" + "".join(rows) + "</table>")
        self.alert_list.clear()
        for pid in o.attention_patient_ids:
            row = names.get(pid)
            if row is None:
                continue
            item = QListWidgetItem(
                f"{display_name(row.family_name, row.given_names)}  ⚠ {row.open_alerts}"
            )
            item.setData(PATIENT_ROLE, pid)
            self.alert_list.addItem(item)
        self.distribution.show_series(plot_score_distribution, o)
        self.first_latest.show_series(plot_first_latest, o)
        self.alliance_pain.show_series(plot_alliance_pain, o)

    def _on_patient_activated(self, item: QListWidgetItem) -> None:
        self.patient_chosen.emit(int(item.data(PATIENT_ROLE)))
