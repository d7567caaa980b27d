"""Every control can be named by a screen reader and reached from the keyboard.

- Names: every interactive widget has an objectName (tests find it) and an accessible name.
- Descriptions: a field with a unit, a range or a format says it (accessible description).
- Keyboard: Tab walks each pane, dialog and check-in page in reading order, reaches every
  control once, never lands on a hidden one, is never trapped (text boxes pass Tab on), and
  Shift+Tab walks the same way back; the control with focus looks different.
- Style sheets never take the focus outline away.
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QSplitter,
    QStyleOptionButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

import alliance_desktop
from alliance_desktop.domain.instruments import CHECKIN_ID, Instrument, instrument_from_dict
from alliance_desktop.domain.patient_list import PatientRow
from alliance_desktop.services import Services
from alliance_desktop.services.instruments import shipped
from alliance_desktop.ui.checkin.checkin_window import CheckinWindow
from alliance_desktop.ui.dialogs.amend_dialog import AmendDialog
from alliance_desktop.ui.dialogs.annotation_dialog import AnnotationDialog
from alliance_desktop.ui.dialogs.episode_dialog import DischargeDialog, EpisodeDialog
from alliance_desktop.ui.dialogs.erase_patient_dialog import ErasePatientDialog
from alliance_desktop.ui.dialogs.goal_dialog import GoalDialog
from alliance_desktop.ui.dialogs.import_patients_dialog import ImportPatientsDialog
from alliance_desktop.ui.dialogs.paper_checkin_dialog import PaperCheckinDialog
from alliance_desktop.ui.dialogs.patient_dialog import PatientDialog
from alliance_desktop.ui.dialogs.pin_dialog import PinDialog
from alliance_desktop.ui.dialogs.setup_dialog import SetupDialog
from alliance_desktop.ui.dialogs.strategy_dialog import StrategyDialog
from alliance_desktop.ui.dialogs.unlock_dialog import ChangePassphraseDialog, UnlockDialog
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import (
    PANE_GOALS,
    PANE_OVERVIEW,
    PANE_REFLECTION,
    PANE_SESSIONS,
    MainWindow,
)
from alliance_desktop.ui.panes.base import PaneContext
from alliance_desktop.ui.panes.overview_pane import OverviewPane
from alliance_desktop.ui.reports.report_dialog import ReportDialog, ReportKind
from alliance_desktop.ui.settings import Settings
from alliance_desktop.ui.widgets.fields import DateField, ScoreEdit
from alliance_desktop.ui.workers import Workers
from tests.test_checkin_window import CHOICES

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
)


def _named(widget: QWidget) -> bool:
    """A screen reader has something to say: an accessible name, or the button's own text."""
    if widget.accessibleName():
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text().replace("&", "").strip())


def _problems(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget.parent(), QTabBar):
            continue
        if not widget.isVisibleTo(root):
            continue
        owner = widget
        while owner is not None and not owner.objectName():
            owner = owner.parentWidget()  # internal parts of a named widget (a combo's view)
        if widget.objectName() == "" and (owner is None or owner is root):
            found.append(f"{type(widget).__name__} without objectName under {root.objectName()}")
        elif (
            widget.objectName()
            and not _named(widget)
            and not widget.objectName().startswith(("qt_", "qt"))
        ):
            found.append(f"{widget.objectName()} ({type(widget).__name__}) has no accessible name")
    return found


def _main_window(qtbot: QtBot, services: Services, settings: Settings) -> MainWindow:
    window = MainWindow(services, AppEvents(), settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _patient(services: Services) -> PatientRow:
    return next(r for r in services.patients.rows() if r.visit_count >= 3)


def test_every_pane_names_its_controls(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings
) -> None:
    window = _main_window(qtbot, demo_services, tmp_settings)
    window.patient_list.select_patient(_patient(demo_services).id)
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        window.pane(index)
        qtbot.wait(10)
        problems += _problems(window.tabs.currentWidget())
    problems += _problems(window.patient_list)
    assert problems == []


def _unnamed(root: QWidget) -> list[str]:
    """Shown interactive widgets a screen reader has no name for (a control's parts aside)."""
    return [
        _label(widget)
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE)
        and widget.isVisible()
        and not _is_part(widget, root)
        and not _named(widget)
    ]


def _is_part(widget: QWidget, root: QWidget) -> bool:
    """True for a part of a larger control: a combo's list, a table's header, a clear button."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (*INTERACTIVE, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def test_the_check_itself_catches_an_unnamed_field(qtbot: QtBot) -> None:
    root = QWidget()
    root.setObjectName("root")
    qtbot.addWidget(root)
    QLineEdit(root)
    named = QLineEdit(root)
    named.setObjectName("named")
    root.show()
    assert _problems(root) == [
        "QLineEdit without objectName under root",
        "named (QLineEdit) has no accessible name",
    ]


# ==================================================================== descriptions


def _description(widget: QWidget) -> str:
    return widget.accessibleDescription() or widget.toolTip()


def _undescribed(root: QWidget) -> list[str]:
    """Shown fields with a range, a unit or a format that their description does not give.

    A score or minutes box names its lowest and highest value; a typed date gives an example
    date (31/12/1980); a date-and-time box, a spin box or a slider says something with a number
    in it (its format or its range).
    """
    found = []
    for score in root.findChildren(ScoreEdit):
        text = _description(score.edit)
        if score.isVisible() and not (str(score.minimum) in text and str(score.maximum) in text):
            found.append(f"{score.edit.objectName()}: {text!r} gives no range")
    for date in root.findChildren(DateField):
        text = _description(date.edit)
        if date.isVisible() and not re.search(r"\d{1,2}/\d{1,2}/\d{4}", text):
            found.append(f"{date.edit.objectName()}: {text!r} gives no example date")
    for box in [*root.findChildren(QAbstractSpinBox), *root.findChildren(QAbstractSlider)]:
        text = _description(box)
        if box.isVisible() and not isinstance(box, QScrollBar) and not re.search(r"\d", text):
            found.append(f"{_label(box)}: {_description(box)!r} gives no format or range")
    return found


def test_fields_with_a_range_or_a_format_say_it(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings
) -> None:
    """The panes' number and date fields (the dialogs' and the check-in's: with their walks)."""
    window = _main_window(qtbot, demo_services, tmp_settings)
    _show(PANE_SESSIONS)(window, demo_services)
    editor = window.sessions_pane.editor
    assert editor.starts_at.isVisible() and editor.progress_edits
    problems = _undescribed(window)
    _open_reflection(window, demo_services)
    assert window.reflection_pane.minutes.isVisible()
    problems += _undescribed(window)
    assert problems == []


def test_the_plain_words_of_score_and_date_fields(qtbot: QtBot) -> None:
    score = ScoreEdit("painBefore", "Pain before")
    assert score.edit.accessibleDescription().startswith("A whole number from 0 to 10")
    date = DateField("born", "Date of birth")
    assert "31/12/1980" in date.edit.accessibleDescription()


# ==================================================================== the Tab chain

#: The most Tab presses one window may take before focus comes back to where it started.
MAX_PRESSES = 400
#: A date-and-time box takes Tab from one of its parts to the next (day, month, year, hours,
#: minutes) before passing it on: Qt's own behaviour (the arrow keys do the same).
MAX_DATE_PARTS = 8
#: Two widgets are on the same line when their middles are at most this many pixels apart.
SAME_LINE = 8
#: Interactive widgets meant to be out of the Tab chain: the check-in's on-screen PIN keys are
#: for a touch screen; from the keyboard the PIN is typed into the PIN box. (A toolbar's
#: buttons are out of it too, as is usual: each repeats a menu command with its shortcut.)
NOT_TAB_STOPS = re.compile(r"pinKey")


def _label(widget: QWidget) -> str:
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        return widget.objectName()
    text = widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName()
    return f"{type(widget).__name__}({text.replace('&', '')})"


def _walk(qtbot: QtBot, first: QWidget, *, backwards: bool = False) -> list[QWidget]:
    """Focus ``first``, then press Tab (Shift+Tab) on whatever has focus until focus is back on
    ``first``; the widgets that had focus, in order.

    Fails when focus lands on a hidden widget or leaves the window, when Tab stays in one
    widget (a text box that types the Tab), or when a widget comes twice before ``first``.
    """
    window = first.window()
    window.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=2000)
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    chain = [first]
    stayed = 0
    for _ in range(MAX_PRESSES):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, key, modifier)
        now = QApplication.focusWidget()
        assert now is not None, f"after {_label(current)} no widget has focus"
        assert now.window() is window, f"Tab left the window: {_label(current)} → {_label(now)}"
        assert now.isVisible(), f"focus went to the hidden {_label(now)}"
        if now is current:
            if isinstance(now, QDateTimeEdit) and stayed < MAX_DATE_PARTS:
                stayed += 1  # to the next part of the date
                continue
            assert now is first and len(chain) == 1, f"Tab is trapped in {_label(now)}"
            return chain  # the only stop: Tab stays on it
        stayed = 0
        if now is first:
            return chain
        assert now not in chain, (
            f"{_label(now)} comes twice before focus is back on {_label(first)}: "
            + " → ".join(map(_label, [*chain, now]))
        )
        chain.append(now)
    raise AssertionError(f"focus never came back to {_label(first)}")


def _choice_group(widget: QWidget) -> object | None:
    """The group of choices Qt counts as one Tab stop (arrows move inside), if any."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return None
    if widget.group() is not None:
        return widget.group()
    return widget.parentWidget() if widget.autoExclusive() else None


def _tab_stops(root: QWidget) -> tuple[list[QWidget], list[list[QWidget]]]:
    """What Tab must reach under ``root``: single widgets, and groups of choices (one each).

    A stop is shown, enabled, takes focus by Tab and hands it to no proxy.
    """
    singles: list[QWidget] = []
    groups: dict[object, list[QWidget]] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        group = _choice_group(widget)
        if group is not None:
            groups.setdefault(group, []).append(widget)
        elif widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            singles.append(widget)
    return singles, list(groups.values())


def _out_of_reach(root: QWidget) -> list[str]:
    """Shown, enabled interactive widgets that never take focus by Tab."""
    return [
        f"{_label(widget)} never takes focus by Tab"
        for widget in root.findChildren(QWidget)
        if isinstance(widget, (*INTERACTIVE, QAbstractSlider, QTabBar))
        and not isinstance(widget, QScrollBar)
        and not NOT_TAB_STOPS.match(widget.objectName())
        and not isinstance(widget.parentWidget(), QToolBar)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
        and not _is_part(widget, root)
        and _choice_group(widget) is None
        and not widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
    ]


def _layout_items(layout: QLayout) -> list[QLayoutItem]:
    """A layout's items as they are read: rows top to bottom, each row left to right."""
    if isinstance(layout, QFormLayout):
        roles = (
            QFormLayout.ItemRole.LabelRole,
            QFormLayout.ItemRole.FieldRole,
            QFormLayout.ItemRole.SpanningRole,
        )
        rows = [layout.itemAt(row, role) for row in range(layout.rowCount()) for role in roles]
        return [item for item in rows if item is not None]
    items = [layout.itemAt(index) for index in range(layout.count())]
    if isinstance(layout, QGridLayout):
        places = {id(item): layout.getItemPosition(i)[:2] for i, item in enumerate(items)}
        return sorted(items, key=lambda item: places[id(item)])
    if isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.RightToLeft,
        QBoxLayout.Direction.BottomToTop,
    ):
        items.reverse()
    return items


def _reading_order(root: QWidget) -> dict[QWidget, int]:
    """Every widget under ``root`` numbered in reading order.

    Reading order follows the layouts: the rows of a layout top to bottom and each row left to
    right. Side-by-side columns (a splitter's panes, a row of column layouts) are read one
    whole column after the other; a tab widget's tabs come before its page, a scroll area
    before what it scrolls.
    """
    order: dict[QWidget, int] = {}

    def read_widget(widget: QWidget) -> None:
        if widget in order:
            return
        order[widget] = len(order)
        if isinstance(widget, QScrollArea):
            inner = widget.widget()
            if inner is not None:
                read_widget(inner)
        elif isinstance(widget, QTabWidget):
            read_widget(widget.tabBar())
            page = widget.currentWidget()
            if page is not None:
                read_widget(page)
        elif isinstance(widget, QSplitter):
            for index in range(widget.count()):
                read_widget(widget.widget(index))
        elif widget.layout() is not None:
            read_layout(widget.layout())

    def read_layout(layout: QLayout) -> None:
        for item in _layout_items(layout):
            if item.widget() is not None:
                read_widget(item.widget())
            elif item.layout() is not None:
                read_layout(item.layout())

    read_widget(root)
    return order


def _place(order: dict[QWidget, int], widget: QWidget) -> int:
    """Where ``widget`` is read: its own number, or that of the control it is part of."""
    current: QWidget | None = widget
    while current is not None:
        if current in order:
            return order[current]
        current = current.parentWidget()
    return 0


def _rect(widget: QWidget, other: QWidget) -> QRect:
    """Where ``widget`` is on screen, compared with ``other``: what a scroll area shows is read
    where the scroll area is, unless ``other`` is in that scroll area too."""
    for outer in _ancestors(widget):
        if isinstance(outer, QScrollArea) and not outer.isAncestorOf(other):
            widget = outer
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _ancestors(widget: QWidget) -> list[QWidget]:
    """``widget``'s parents from the innermost to the window."""
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _steps_back(chain: list[QWidget]) -> list[str]:
    """Steps of the chain that go back on screen.

    Each step must go right along the same line, or to a widget that starts lower down, or, up
    again, only into a column to the right (side-by-side columns are read one after the other),
    or into what the widget before holds (a scroll area scrolled down shows its top above).
    """
    found = []
    for before, after in itertools.pairwise(chain):
        a, b = _rect(before, after), _rect(after, before)
        if before.isAncestorOf(after):
            right = True  # into what a scroll area shows
        elif abs(a.center().y() - b.center().y()) <= SAME_LINE:
            right = b.left() >= a.left()
        else:
            right = b.top() > a.top() or b.left() >= a.right() - SAME_LINE
        if not right:
            found.append(f"{_label(before)} {a.getRect()} → {_label(after)} {b.getRect()}")
    return found


def _looks_the_same_focused(qtbot: QtBot, chain: list[QWidget]) -> list[str]:
    """Stops painted alike before and after Tab gives them focus (nothing shows where it is).

    A list or table shows focus on its current row (scrolled into view first); an empty one has
    none to show it on, as everywhere in Qt, and is let off.
    """
    found = []
    for before, widget in zip([chain[-1], *chain[:-1]], chain, strict=True):
        if isinstance(widget, QAbstractItemView):  # it shows focus on its current row
            widget.scrollTo(widget.currentIndex())
        if before is widget:  # the only stop
            widget.clearFocus()
        else:
            before.setFocus(Qt.FocusReason.TabFocusReason)
        without = widget.grab().toImage()
        was_default = _drawn_as_default(widget)
        if before is widget:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(MAX_DATE_PARTS + 1):  # a real Tab: the window then shows focus
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if widget.hasFocus():
                break
        empty = isinstance(widget, QAbstractItemView) and not widget.currentIndex().isValid()
        if widget.grab().toImage() == without and not was_default and not empty:
            found.append(_label(widget))
    return found


def _drawn_as_default(widget: QWidget) -> bool:
    """True for a dialog's default button while something else has focus: Enter presses it,
    and the Fusion style marks that as it marks focus (so it cannot look different focused)."""
    if not isinstance(widget, QPushButton):
        return False
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    return bool(option.features & QStyleOptionButton.ButtonFeature.DefaultButton)


def _tab_traps(root: QWidget) -> list[str]:
    """Editable text boxes (shown or not) that would type a Tab instead of passing it on."""
    boxes = [*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)]
    return [_label(box) for box in boxes if not box.isReadOnly() and not box.tabChangesFocus()]


def _check_keyboard(qtbot: QtBot, root: QWidget) -> list[QWidget]:
    """Walk ``root``'s window with Tab from its first stop in reading order; the Tab chain.

    Checks that Tab reaches every stop once (a group of choices once) and no interactive
    widget is out of its reach; that it goes in reading order, by the layouts and on screen;
    that Shift+Tab goes the same way back; that no text box keeps the Tab; and that each stop
    looks different once it has focus.
    """
    singles, groups = _tab_stops(root)
    order = _reading_order(root)
    candidates = singles + [group[0] for group in groups]
    first = min(candidates, key=lambda widget: _place(order, widget))
    chain = _walk(qtbot, first)

    missing = [_label(widget) for widget in singles if widget not in chain]
    assert missing == [], f"Tab never reaches {missing}; it goes {[_label(w) for w in chain]}"
    for group in groups:
        reached = [_label(button) for button in group if button in chain]
        assert len(reached) == 1, f"a group of choices should be one stop: {reached}"
    stops = singles + [button for group in groups for button in group]
    strays = [_label(widget) for widget in chain if widget not in stops]
    assert strays == [], f"Tab reaches widgets that are no stops of {root.objectName()}"
    assert _out_of_reach(root) == []

    read = sorted(chain, key=lambda widget: _place(order, widget))
    assert [_label(w) for w in chain] == [_label(w) for w in read], "Tab is not in reading order"
    assert _steps_back(chain) == []

    back = _walk(qtbot, first, backwards=True)
    assert [_label(w) for w in back] == [_label(w) for w in [first, *reversed(chain[1:])]]

    assert _tab_traps(root) == []
    assert _looks_the_same_focused(qtbot, chain) == []
    return chain


# -------------------------------------------------------------------- the main window's panes

PaneSetup = Callable[[MainWindow, Services], None]


def _show(index: int) -> PaneSetup:
    def show(window: MainWindow, services: Services) -> None:
        window.patient_list.select_patient(_patient(services).id)
        window.tabs.setCurrentIndex(index)
        window.pane(index)

    return show


def _signed_visit(window: MainWindow, services: Services) -> None:
    _show(PANE_SESSIONS)(window, services)
    signed = [v for v in services.visits.for_patient(_patient(services).id) if v.signed]
    window.sessions_pane.open_visit(signed[-1].id)
    assert window.sessions_pane.amend_button.isVisible()


def _draft_visit(window: MainWindow, services: Services) -> None:
    _show(PANE_SESSIONS)(window, services)
    window.sessions_pane.new_visit()
    assert window.sessions_pane.sign_button.isVisible()


def _open_reflection(window: MainWindow, services: Services) -> None:
    _show(PANE_REFLECTION)(window, services)
    window.reflection_pane.new_reflection()
    assert window.reflection_pane.title_edit.isVisible()


PANES: dict[str, PaneSetup] = {
    "overview": _show(PANE_OVERVIEW),
    "goals": _show(PANE_GOALS),
    "signed-visit": _signed_visit,
    "draft-visit": _draft_visit,
    "reflection-list": _show(PANE_REFLECTION),
    "reflection-open": _open_reflection,
}


@pytest.mark.parametrize("case", PANES)
def test_tab_walks_each_pane_in_reading_order(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings, case: str
) -> None:
    """The whole window: the patient list, the tabs, then the pane shown."""
    window = _main_window(qtbot, demo_services, tmp_settings)
    PANES[case](window, demo_services)
    pane = window.pane(window.tabs.currentIndex())
    if isinstance(pane, OverviewPane):  # it fills itself once the window is on screen
        qtbot.waitUntil(pane.alliance_chart.isVisible)
    qtbot.wait(20)
    chain = _check_keyboard(qtbot, window)
    patients = window.patient_list
    assert chain[:5] == [
        patients.search,
        patients.filter,
        patients.sort,
        patients.table,
        window.tabs.tabBar(),
    ]
    assert [_label(w) for w in chain[5:] if not pane.isAncestorOf(w)] == []


def test_tab_walks_the_practice_overview_in_reading_order(
    qtbot: QtBot, pane_context: PaneContext
) -> None:
    """No patient selected: the figures of the whole practice. (Alone, not in the window: there
    Tab through the patient list gives the table focus, and with it a patient.)"""
    pane = OverviewPane(pane_context)
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    pane.show()
    qtbot.waitUntil(pane.practice_page.isVisible)
    chain = _check_keyboard(qtbot, pane)
    assert [_label(widget) for widget in chain] == [
        "practicePeriod",
        "practiceAlertPatients",
        "scoreDistribution",
        "firstLatest",
        "alliancePain",
    ]


# -------------------------------------------------------------------- dialogs


@pytest.fixture
def workers() -> Iterator[Workers]:
    pool = Workers()
    yield pool
    pool.wait_all()


DialogMaker = Callable[[Services, Workers, Path, QtBot], QDialog]


def _episode(services: Services) -> int:
    return services.episodes.for_patient(_patient(services).id)[0].id


def _goal_dialog(services: Services, *_: object) -> QDialog:
    return GoalDialog(services, episode_id=_episode(services))


def _revise_dialog(services: Services, *_: object) -> QDialog:
    return GoalDialog(services, goal=services.goals.for_episode(_episode(services))[0])


def _strategy_dialog(services: Services, *_: object) -> QDialog:
    goals = services.goals.for_episode(_episode(services))
    strategy = next(s for g in goals for s in g.strategies)
    return StrategyDialog(services, strategy=strategy)


def _paper_dialog(services: Services, *_: object) -> QDialog:
    visits = services.visits.for_patient(_patient(services).id)
    return PaperCheckinDialog(services, services.visits.get(visits[-1].id))


def _paper_named_items(services: Services, *_: object) -> QDialog:
    dialog = _paper_dialog(services)
    assert isinstance(dialog, PaperCheckinDialog)
    dialog.choice.setCurrentIndex(
        next(i for i, x in enumerate(dialog.instruments) if x.patient_named_items)
    )
    return dialog


def _erase_ready(services: Services, *_: object) -> QDialog:
    dialog = ErasePatientDialog(services, _patient(services).id)
    dialog.reason.setPlainText("Asked for in writing")
    dialog.lawful.setChecked(True)
    dialog.understood.setChecked(True)
    assert dialog.erase_button.isEnabled()
    return dialog


def _amend_dialog(services: Services, *_: object) -> QDialog:
    visits = services.visits.for_patient(_patient(services).id)
    return AmendDialog(services, next(v.id for v in visits if v.signed))


def _import_with_file(services: Services, workers: Workers, folder: Path, qtbot: QtBot) -> QDialog:
    source = folder / "patients.csv"
    source.write_text(
        "Nom;Prénom;Date de naissance\nLéger;Hélène;03/04/1980\nDupré;Zoé;05/06/1975\n",
        encoding="utf-8",
    )
    dialog = ImportPatientsDialog(services, workers)
    with qtbot.waitSignal(dialog.preview_changed, timeout=10_000):
        dialog.set_file(source)
    return dialog


def _report(kind: ReportKind) -> DialogMaker:
    def make(services: Services, workers: Workers, _folder: Path, qtbot: QtBot) -> QDialog:
        dialog = ReportDialog(services, workers, kind, patient_id=_patient(services).id)
        with qtbot.waitSignal(dialog.preview_ready, timeout=30_000):
            pass
        return dialog

    return make


DIALOGS: dict[str, DialogMaker] = {
    "new-patient": lambda services, *_: PatientDialog(services),
    "edit-patient": lambda services, *_: PatientDialog(
        services, services.patients.get(_patient(services).id)
    ),
    "new-goal": _goal_dialog,
    "revise-goal": _revise_dialog,
    "new-episode": lambda services, *_: EpisodeDialog(services, _patient(services).id),
    "discharge": lambda services, *_: DischargeDialog(
        services, services.episodes.for_patient(_patient(services).id)[0]
    ),
    "new-strategy": lambda services, *_: StrategyDialog(
        services, goal_id=services.goals.for_episode(_episode(services))[0].id
    ),
    "edit-strategy": _strategy_dialog,
    "paper-checkin": _paper_dialog,
    "paper-named-activities": _paper_named_items,
    "erase-patient": lambda services, *_: ErasePatientDialog(services, _patient(services).id),
    "erase-patient-ready": _erase_ready,
    "setup": lambda _services, _workers, folder, _qtbot: SetupDialog(folder / "new"),
    "unlock": lambda _services, _workers, folder, _qtbot: UnlockDialog(folder),
    "change-passphrase": lambda _services, _workers, folder, _qtbot: ChangePassphraseDialog(folder),
    "import-patients": lambda services, workers, *_: ImportPatientsDialog(services, workers),
    "import-patients-previewed": _import_with_file,
    "amend-visit": _amend_dialog,
    "chart-note": lambda services, *_: AnnotationDialog(services, _patient(services).id),
    "handover-pin": lambda services, *_: PinDialog(services),
    "progress-report": _report(ReportKind.PROGRESS),
    "feedback-report": _report(ReportKind.FEEDBACK),
    "cpd-report": _report(ReportKind.CPD),
}


@pytest.mark.parametrize("case", DIALOGS)
def test_tab_walks_each_dialog_in_reading_order(
    qtbot: QtBot, demo_services: Services, workers: Workers, tmp_path: Path, case: str
) -> None:
    dialog = DIALOGS[case](demo_services, workers, tmp_path, qtbot)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _check_keyboard(qtbot, dialog)
    assert _undescribed(dialog) == []
    assert _unnamed(dialog) == []


# -------------------------------------------------------------------- the check-in


def _checkin_window(qtbot: QtBot, instrument: Instrument) -> CheckinWindow:
    window = CheckinWindow(instrument, check_pin=lambda pin: pin == "2468", submit=lambda *_: None)
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    return window


def _click(qtbot: QtBot, window: QWidget, name: str) -> None:
    button = window.findChild(QAbstractButton, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _to_page(qtbot: QtBot, window: CheckinWindow, page: str) -> None:
    """Go to ``page`` as the patient would: by clicking, or Esc for the PIN page."""
    if page == "pinPage":
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        return
    if page == "questionPage":
        _click(qtbot, window, "startButton")
        return
    if page != "welcomePage":
        _click(qtbot, window, "modeAll")
        _click(qtbot, window, "startButton")
    if page in ("reviewPage", "thanksPage"):
        _click(qtbot, window, "allReviewButton")
    if page == "thanksPage":
        _click(qtbot, window, "submitButton")


CHECKIN_PAGES = ("welcomePage", "questionPage", "allPage", "reviewPage", "thanksPage", "pinPage")


@pytest.mark.parametrize("page", CHECKIN_PAGES)
def test_tab_walks_each_checkin_page_in_reading_order(qtbot: QtBot, page: str) -> None:
    window = _checkin_window(qtbot, next(i for i in shipped() if i.id == CHECKIN_ID))
    _to_page(qtbot, window, page)
    assert window.current_page() == page
    _check_keyboard(qtbot, window)
    assert _undescribed(window) == []


def test_a_row_of_answer_buttons_is_one_tab_stop(qtbot: QtBot) -> None:
    window = _checkin_window(qtbot, instrument_from_dict(CHOICES))
    _click(qtbot, window, "startButton")
    chain = _check_keyboard(qtbot, window)
    assert [_label(w) for w in chain] == ["answer_plan_0", "backButton", "skipButton", "nextButton"]
    chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(chain[0], Qt.Key.Key_Right)  # the arrows move between the answers
    assert QApplication.focusWidget() is window.findChild(QAbstractButton, "answer_plan_1")


def test_the_checks_catch_a_bad_tab_order(qtbot: QtBot) -> None:
    root = QWidget()
    root.setObjectName("root")
    qtbot.addWidget(root)
    grid = QGridLayout(root)
    edits = {}
    for row, name in enumerate(("top", "middle", "bottom")):
        edits[name] = QLineEdit(root)
        edits[name].setObjectName(name)
        grid.addWidget(edits[name], row, 0)
    QWidget.setTabOrder(edits["top"], edits["bottom"])
    QWidget.setTabOrder(edits["bottom"], edits["middle"])
    radios = [QRadioButton(text, root) for text in ("yes", "no")]
    for column, radio in enumerate(radios):
        grid.addWidget(radio, 3, column)
    radios[0].setChecked(True)
    notes = QPlainTextEdit(root)
    notes.setObjectName("notes")
    grid.addWidget(notes, 4, 0)
    root.show()
    qtbot.waitExposed(root)
    assert _tab_traps(root) == ["notes"]
    with pytest.raises(AssertionError, match="Tab is trapped in notes"):
        _walk(qtbot, edits["top"])
    notes.setTabChangesFocus(True)
    with pytest.raises(AssertionError, match="reading order"):
        _check_keyboard(qtbot, root)
    assert _steps_back([edits["top"], edits["bottom"], edits["middle"]]) != []
    QWidget.setTabOrder(edits["top"], edits["middle"])
    QWidget.setTabOrder(edits["middle"], edits["bottom"])
    chain = _check_keyboard(qtbot, root)
    assert [_label(w) for w in chain] == ["top", "middle", "bottom", "QRadioButton(yes)", "notes"]


# ==================================================================== visible focus

#: Qt style sheet properties that hide where focus is.
FOCUS_HIDDEN = re.compile(r"outline\s*:\s*(none|0)\b|outline-style\s*:\s*none", re.IGNORECASE)
#: Widget types whose focus look a style sheet replaces when it sets their border or background.
FOCUSABLE_TYPES = (
    "QPushButton",
    "QToolButton",
    "QLineEdit",
    "QPlainTextEdit",
    "QTextEdit",
    "QComboBox",
    "QAbstractSpinBox",
    "QSpinBox",
    "QDateEdit",
    "QDateTimeEdit",
    "QCheckBox",
    "QRadioButton",
    "QSlider",
    "QListView",
    "QListWidget",
    "QTreeView",
    "QTreeWidget",
    "QTableView",
    "QTableWidget",
)


def _string_literals(path: Path) -> Iterator[str]:
    """Every string in a source file, each f-string whole with its values read as ``0``."""
    nodes = list(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    parts = {id(part) for node in nodes if isinstance(node, ast.JoinedStr) for part in node.values}
    for node in nodes:
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in parts:
            yield node.value.replace("{{", "{").replace("}}", "}")  # templates for .format()
        elif isinstance(node, ast.JoinedStr):
            yield "".join(
                str(part.value) if isinstance(part, ast.Constant) else "0" for part in node.values
            )


def _style_rules(sheet: str) -> list[tuple[int, str, str]]:
    """``(position, selector, declarations)`` for each selector of each rule of a style sheet."""
    rules = re.findall(r"([^{}]+)\{([^{}]*:[^{}]*)\}", sheet)  # selectors { property: value }
    return [
        (position, selector.strip(), body)
        for position, (selectors, body) in enumerate(rules)
        for selector in selectors.split(",")
    ]


def _specificity(selector: str) -> int:
    """How specific a selector is: its ids, properties and states (enough to compare ours)."""
    return selector.count("#") + selector.count("[") + len(re.findall(r"(?<!:):(?!:)", selector))


def _focus_problems(sheet: str) -> list[str]:
    """What in a style sheet hides where focus is.

    An outline removed; or a control whose border or background the sheet sets with no
    ``:focus`` rule that wins over it. The more specific rule wins, and the later of two as
    specific (in Qt as in CSS): a ``QPushButton[role="quiet"]`` rule after ``QPushButton:focus``
    gives a focused quiet button the quiet border back, so it needs its own ``:focus`` rule.
    Sub-controls (``::indicator``) and ``:disabled`` rules (never focused) are not looked at.
    """
    found = [f"focus outline removed: {m.group(0)!r}" for m in FOCUS_HIDDEN.finditer(sheet)]
    rules = _style_rules(sheet)
    focus_rules = [(position, s) for position, s, _ in rules if ":focus" in s]
    for position, selector, body in rules:
        kind = re.match(r"Q\w+", selector)
        if (
            kind is None
            or kind.group(0) not in FOCUSABLE_TYPES
            or re.search(r":focus|:disabled|::", selector)
            or not re.search(r"\b(border|background)", body)
        ):
            continue
        base = selector.split(":")[0]
        wins = [
            focus
            for later, focus in focus_rules
            if focus.split(":")[0] in (kind.group(0), base)
            and (
                _specificity(focus) > _specificity(selector)
                or (_specificity(focus) == _specificity(selector) and later > position)
            )
        ]
        if not wins:
            found.append(f"{selector} is restyled and no :focus rule wins over it")
    return found


def test_style_sheets_keep_focus_visible() -> None:
    source = Path(alliance_desktop.__file__).parent
    problems = []
    sheets = 0
    for path in sorted(source.rglob("*.py")):
        for text in _string_literals(path):
            if _style_rules(text) or FOCUS_HIDDEN.search(text):
                sheets += 1
                problems += [f"{path.name}: {p}" for p in _focus_problems(text)]
    assert sheets > 5  # the scan does see the style sheets
    assert problems == []


def test_the_style_check_itself() -> None:
    assert _focus_problems("QPushButton:focus { outline: none; }") != []
    assert _focus_problems("QLineEdit { border: 1px solid grey; }") != []
    assert (
        _focus_problems(
            "QLineEdit { border: 1px solid grey; } QLineEdit:focus { border: 2px solid blue; }"
        )
        == []
    )
    assert (
        _focus_problems(  # the quiet button's own border wins over the general :focus one
            "QPushButton { border: 1px; } QPushButton:focus { border: 3px; }"
            " QPushButton[role='quiet'] { border: 1px; }"
        )
        != []
    )
    assert _focus_problems("QLabel#note { color: #4d5560; background: white; }") == []
