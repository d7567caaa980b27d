"""The Goals pane, driven like a person: dialogs typed into, buttons clicked, rows selected."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.changes import ChangeSet
from alliance_desktop.domain.vocab import (
    EpisodeStatus,
    GoalStatus,
    ProposedBy,
    StrategyOwner,
    StrategySetting,
)
from alliance_desktop.services import Services
from alliance_desktop.services.goals import GoalInput, StrategyInput
from alliance_desktop.services.patients import PatientInput
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.dialogs.episode_dialog import DischargeDialog, EpisodeDialog
from alliance_desktop.ui.dialogs.goal_dialog import GoalDialog
from alliance_desktop.ui.dialogs.strategy_dialog import StrategyDialog
from alliance_desktop.ui.panes.base import PaneContext
from alliance_desktop.ui.panes.goals_pane import (
    NO_EPISODE,
    NO_GOALS,
    NO_PATIENT,
    GoalsPane,
    agreement_text,
    progress_trend,
    sparkline,
)
from tests.factories import make_patient, visit_time

Step = Callable[[Any], bool]

BUTTONS = (
    "newEpisodeButton",
    "dischargeButton",
    "reopenButton",
    "addGoalButton",
    "reviseGoalButton",
    "achieveGoalButton",
    "dropGoalButton",
    "reactivateGoalButton",
    "addStrategyButton",
    "editStrategyButton",
)


# ------------------------------------------------------------------ the person at the keyboard
class DialogScript:
    """Stands in for ``GoalsPane._run_dialog``: each dialog the pane opens gets the next step.

    A step types into the (shown, non-modal) dialog and returns what ``try_accept()`` said, or
    False to cancel. No modal ``exec()`` ever runs.
    """

    def __init__(self, qtbot: QtBot, pane: GoalsPane, monkeypatch: pytest.MonkeyPatch) -> None:
        self.qtbot = qtbot
        self.steps: deque[Step] = deque()
        self.opened: list[QDialog] = []
        monkeypatch.setattr(pane, "_run_dialog", self)

    def then(self, step: Step) -> DialogScript:
        self.steps.append(step)
        return self

    def __call__(self, dialog: QDialog) -> bool:
        assert self.steps, f"unexpected dialog {dialog.windowTitle()!r}"
        self.opened.append(dialog)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        accepted = self.steps.popleft()(dialog)
        if not accepted:
            dialog.reject()
        return accepted


def type_into(qtbot: QtBot, widget: QWidget, text: str, *, replace: bool = True) -> None:
    """Click into a field, select what is there (to replace it), and type ``text``."""
    target = widget.edit if hasattr(widget, "edit") else widget
    target.setFocus()
    if replace and isinstance(target, QLineEdit | QPlainTextEdit):
        target.selectAll()
    if text:
        qtbot.keyClicks(target, text)
    elif replace:
        qtbot.keyClick(target, Qt.Key.Key_Delete)


def choose(combo: QComboBox, value: object) -> None:
    """Pick the entry whose data is ``value`` (as a person picks from the list)."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} not offered by {combo.objectName()}"
    combo.setCurrentIndex(index)


def button(pane: GoalsPane, name: str) -> QPushButton:
    found = pane.findChild(QPushButton, name)
    assert found is not None, name
    return found


def click(qtbot: QtBot, pane: GoalsPane, name: str) -> None:
    target = button(pane, name)
    assert target.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def tree_of(pane: GoalsPane) -> QTreeWidget:
    tree = pane.findChild(QTreeWidget, "goalTree")
    assert tree is not None
    return tree


def detail_text(pane: GoalsPane) -> str:
    browser = pane.findChild(QTextBrowser, "goalDetail")
    assert browser is not None
    return browser.toPlainText()


def row(pane: GoalsPane, text: str) -> QTreeWidgetItem:
    found = tree_of(pane).findItems(
        text, Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive, 0
    )
    assert len(found) == 1, f"{len(found)} rows start with {text!r}"
    return found[0]


def click_row(qtbot: QtBot, pane: GoalsPane, text: str) -> None:
    tree = tree_of(pane)
    item = row(pane, text)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tree.currentItem() is item


def empty_state(pane: GoalsPane) -> str:
    label = pane.findChild(QLabel, "goalsEmptyState")
    assert label is not None
    return label.text() if label.isVisible() else ""


# ------------------------------------------------------------------ steps
def start_episode(qtbot: QtBot, reason: str, started: str = "") -> Step:
    def step(dialog: EpisodeDialog) -> bool:
        type_into(qtbot, dialog.reason, reason)
        if started:
            type_into(qtbot, dialog.started_on, started)
        return dialog.try_accept()

    return step


def new_goal(
    qtbot: QtBot,
    wording: str,
    *,
    measure: str = "",
    target: str = "",
    patient: bool | None = True,
    practitioner: bool | None = True,
    priority: int | None = None,
) -> Step:
    def step(dialog: GoalDialog) -> bool:
        type_into(qtbot, dialog.wording, wording)
        type_into(qtbot, dialog.success_measure, measure)
        type_into(qtbot, dialog.success_target, target)
        choose(dialog.proposed_by, ProposedBy.PATIENT.value)
        choose(dialog.patient_agrees, patient)
        choose(dialog.practitioner_agrees, practitioner)
        if priority is not None:
            choose(dialog.priority, priority)
        return dialog.try_accept()

    return step


def new_strategy(qtbot: QtBot, description: str, confidence: str) -> Step:
    def step(dialog: StrategyDialog) -> bool:
        type_into(qtbot, dialog.description, description)
        choose(dialog.setting, StrategySetting.SELF_CARE.value)
        choose(dialog.owner, StrategyOwner.BOTH.value)
        type_into(qtbot, dialog.responsibilities, "Patient practises; practitioner checks form")
        type_into(qtbot, dialog.confidence, confidence)
        return dialog.try_accept()

    return step


# ------------------------------------------------------------------ fixtures
@pytest.fixture
def pane(qtbot: QtBot, pane_context: PaneContext) -> GoalsPane:
    widget = GoalsPane(pane_context)
    qtbot.addWidget(widget)
    widget.resize(1000, 620)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def changes(pane_context: PaneContext) -> list[ChangeSet]:
    seen: list[ChangeSet] = []
    pane_context.events.data_changed.connect(seen.append)
    return seen


def fresh_patient(services: Services) -> int:
    patient = services.patients.create(
        PatientInput(family_name="Okafor", given_names="Adaeze", date_of_birth=dt.date(1975, 3, 9))
    )
    assert patient.current_episode is None
    return patient.id


# ------------------------------------------------------------------ text helpers
def test_sparkline_uses_a_fixed_zero_to_ten_scale() -> None:
    assert sparkline([0, 10]) == "▁█"
    assert sparkline(range(11)) == "▁▂▂▃▄▅▅▆▇▇█"
    assert progress_trend([]) == "no ratings yet"
    assert progress_trend([1, 3, 5, 8]) == "▂▃▅▇ 8/10"
    assert progress_trend([0, 3, 5, 10]) == "▁▃▅█ 10/10"
    assert progress_trend([7]) == "▆ 7/10"
    long = progress_trend([0] * 20 + [10])
    assert long == "▁" * 11 + "█ 10/10"  # only the latest 12 visits


def test_agreement_in_a_few_words() -> None:
    assert agreement_text(True, True) == "Both agree"
    assert agreement_text(None, True) == "Patient unsure"
    assert agreement_text(True, None) == "Practitioner unsure"
    assert agreement_text(False, True) == "Patient disagrees"
    assert agreement_text(None, None) == "Not discussed yet"


# ------------------------------------------------------------------ empty states and layout
def test_without_a_patient_the_pane_says_so_and_nothing_is_clickable(pane: GoalsPane) -> None:
    assert empty_state(pane) == NO_PATIENT
    assert not any(button(pane, name).isEnabled() for name in BUTTONS)


def test_every_control_is_named_and_tab_order_follows_the_screen(pane: GoalsPane) -> None:
    controls = [
        w
        for kind in (QAbstractButton, QComboBox, QTreeWidget, QTextBrowser)
        for w in pane.findChildren(kind)
    ]
    assert controls
    for widget in controls:
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()
    expected = ["episodeChooser", *BUTTONS, "goalTree", "goalDetail"]
    first = pane.findChild(QComboBox, "episodeChooser")
    assert first is not None
    order: list[str] = []
    widget: QWidget | None = first
    while len(order) < len(expected):
        if widget.objectName() in expected and widget.objectName() not in order:
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        assert widget is not first, f"focus chain ends early: {order}"
    assert order == expected


# ------------------------------------------------------------------ a whole course of care
def test_a_course_of_care_from_first_goal_to_discharge(
    qtbot: QtBot,
    pane: GoalsPane,
    pane_context: PaneContext,
    monkeypatch: pytest.MonkeyPatch,
    changes: list[ChangeSet],
) -> None:
    services = pane_context.services
    patient_id = fresh_patient(services)
    pane.set_patient(patient_id)
    assert empty_state(pane) == NO_EPISODE
    assert not button(pane, "addGoalButton").isEnabled()
    script = DialogScript(qtbot, pane, monkeypatch)

    # An episode, in the patient's words.
    script.then(start_episode(qtbot, "My neck seizes when I reverse the car"))
    click(qtbot, pane, "newEpisodeButton")
    (episode,) = services.episodes.for_patient(patient_id)
    assert episode.reason == "My neck seizes when I reverse the car"
    assert episode.started_on == dt.date.today()
    assert episode.is_open
    chooser = pane.findChild(QComboBox, "episodeChooser")
    assert chooser is not None
    assert chooser.currentData() == episode.id
    assert chooser.currentText().endswith("open")
    assert empty_state(pane) == NO_GOALS
    assert not button(pane, "newEpisodeButton").isEnabled()  # one open episode at a time

    # Two goals, each with a strategy.
    script.then(
        new_goal(
            qtbot,
            "Reverse into my drive without pain",
            measure="Pain when turning (0-10)",
            target="2 or less",
            priority=1,
        )
    )
    click(qtbot, pane, "addGoalButton")
    script.then(new_strategy(qtbot, "Neck rotations at every red light", "7"))
    click(qtbot, pane, "addStrategyButton")
    script.then(new_goal(qtbot, "Sleep through the night", patient=None, priority=2))
    click(qtbot, pane, "addGoalButton")
    click_row(qtbot, pane, "Sleep through")
    script.then(new_strategy(qtbot, "Pillow height trial", "5"))
    click(qtbot, pane, "addStrategyButton")

    drive, sleep = services.goals.for_episode(episode.id)
    assert drive.data.wording == "Reverse into my drive without pain"
    assert drive.data.proposed_by is ProposedBy.PATIENT
    assert drive.data.success_target == "2 or less"
    assert drive.agreed
    assert sleep.data.patient_agrees is None
    assert [s.data.description for s in drive.strategies] == ["Neck rotations at every red light"]
    assert drive.strategies[0].data.patient_confidence == 7
    assert drive.strategies[0].data.owner is StrategyOwner.BOTH
    assert sleep.strategies[0].data.patient_confidence == 5
    tree = tree_of(pane)
    assert tree.topLevelItemCount() == 2
    assert row(pane, "Reverse into").text(1) == "Both agree"
    assert row(pane, "Sleep through").text(1) == "Patient unsure"
    assert row(pane, "Reverse into").text(4) == "no ratings yet"
    assert row(pane, "Pillow height").parent() is row(pane, "Sleep through")

    # Revise: without a reason the dialog refuses, shows why in place, and nothing changes.
    def revise(dialog: GoalDialog) -> bool:
        type_into(qtbot, dialog.wording, "Reverse and park without pain")
        assert not dialog.try_accept()
        assert "reason" in dialog.problem_text().lower()
        assert dialog.isVisible()
        assert dialog.wording.toPlainText() == "Reverse and park without pain"  # kept
        unchanged = services.goals.get(drive.id)
        assert unchanged.data.wording == "Reverse into my drive without pain"
        assert unchanged.revisions == ()
        assert dialog.reason is not None
        type_into(qtbot, dialog.reason, "She also wants to park in town")
        return dialog.try_accept()

    click_row(qtbot, pane, "Reverse into")
    script.then(revise)
    click(qtbot, pane, "reviseGoalButton")
    revised = services.goals.get(drive.id)
    assert revised.data.wording == "Reverse and park without pain"
    assert revised.status is GoalStatus.ACTIVE
    (earlier,) = revised.revisions
    assert earlier.wording == "Reverse into my drive without pain"
    assert earlier.reason == "She also wants to park in town"
    assert earlier.status is GoalStatus.REVISED
    assert pane.selected_goal() is not None
    assert pane.selected_goal().id == drive.id  # type: ignore[union-attr]
    assert "Reverse into my drive without pain" in detail_text(pane)
    assert "She also wants to park in town" in detail_text(pane)

    # Drop: cancelling the question changes nothing; a reason drops it and keeps its history.
    click_row(qtbot, pane, "Sleep through")
    Ask.set_next_answer(None)
    click(qtbot, pane, "dropGoalButton")
    assert services.goals.get(sleep.id).status is GoalStatus.ACTIVE
    Ask.set_next_answer("Sleeping well since the pillow change")
    click(qtbot, pane, "dropGoalButton")
    dropped = services.goals.get(sleep.id)
    assert dropped.status is GoalStatus.DROPPED
    assert dropped.status_reason == "Sleeping well since the pillow change"
    assert [(r.wording, r.status) for r in dropped.revisions] == [
        ("Sleep through the night", GoalStatus.ACTIVE)
    ]
    assert row(pane, "Sleep through").text(3) == "Dropped"
    assert button(pane, "reactivateGoalButton").isEnabled()
    assert not button(pane, "dropGoalButton").isEnabled()

    # Achieved.
    click_row(qtbot, pane, "Reverse and park")
    click(qtbot, pane, "achieveGoalButton")
    assert services.goals.get(drive.id).status is GoalStatus.ACHIEVED
    assert pane.selected_goal().id == drive.id  # type: ignore[union-attr]

    # Discharge.
    def discharge(dialog: DischargeDialog) -> bool:
        type_into(qtbot, dialog.note, "Goal met; managing with the rotations.")
        return dialog.try_accept()

    script.then(discharge)
    click(qtbot, pane, "dischargeButton")
    closed = services.episodes.get(episode.id)
    assert closed.status is EpisodeStatus.DISCHARGED
    assert closed.ended_on == dt.date.today()
    assert closed.discharge_note == "Goal met; managing with the rotations."
    assert chooser.currentText().endswith("discharged")
    assert not button(pane, "addGoalButton").isEnabled()
    assert not button(pane, "dischargeButton").isEnabled()
    assert button(pane, "reopenButton").isEnabled()
    assert button(pane, "newEpisodeButton").isEnabled()

    assert not script.steps
    touched = {kind for change in changes for kind in change.entities}
    assert touched == {"episode", "goal", "strategy"}
    assert all(change.patient_ids == {patient_id} for change in changes)


def test_reactivate_asks_why_and_edit_strategy_can_retire_it(
    qtbot: QtBot, pane: GoalsPane, pane_context: PaneContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = pane_context.services
    patient = make_patient(services, "Brennan", "Tomás")
    assert patient.current_episode is not None
    goal = services.goals.add(patient.current_episode.id, GoalInput("Play five-a-side again"))
    services.goals.add_strategy(goal.id, StrategyInput("Hop drills"))
    services.goals.set_status(goal.id, GoalStatus.ACHIEVED)
    pane.set_patient(patient.id)
    script = DialogScript(qtbot, pane, monkeypatch)

    click_row(qtbot, pane, "Play five-a-side")
    Ask.set_next_answer("Knee flared up again at training")
    click(qtbot, pane, "reactivateGoalButton")
    again = services.goals.get(goal.id)
    assert again.status is GoalStatus.ACTIVE
    assert again.status_reason == "Knee flared up again at training"

    def retire(dialog: StrategyDialog) -> bool:
        assert dialog.description.toPlainText() == "Hop drills"
        assert dialog.active is not None
        assert dialog.active.isChecked()
        dialog.active.setFocus()
        qtbot.keyClick(dialog.active, Qt.Key.Key_Space)
        assert not dialog.active.isChecked()
        return dialog.try_accept()

    click_row(qtbot, pane, "Hop drills")
    script.then(retire)
    click(qtbot, pane, "editStrategyButton")
    (strategy,) = services.goals.get(goal.id).strategies
    assert not strategy.active
    assert row(pane, "Hop drills").text(0).endswith("(no longer used)")
    assert pane.selected_strategy() is not None
    assert pane.selected_strategy().id == strategy.id  # type: ignore[union-attr]


# ------------------------------------------------------------------ refusals stay in the dialog
def test_bad_confidence_is_shown_inline_and_nothing_is_stored(
    qtbot: QtBot, pane: GoalsPane, pane_context: PaneContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = pane_context.services
    patient = make_patient(services, "Lindqvist", "Maja")
    assert patient.current_episode is not None
    goal = services.goals.add(patient.current_episode.id, GoalInput("Carry my toddler upstairs"))
    pane.set_patient(patient.id)
    script = DialogScript(qtbot, pane, monkeypatch)

    def too_confident(dialog: StrategyDialog) -> bool:
        type_into(qtbot, dialog.description, "Squats while the kettle boils")
        type_into(qtbot, dialog.confidence, "11")
        assert dialog.confidence.error.isVisible()  # shown as soon as it is typed
        assert "0 to 10" in dialog.confidence.error.text()
        assert not dialog.try_accept()
        assert "0 to 10" in dialog.problem_text()
        assert dialog.confidence.edit.text() == "11"  # never clamped
        assert dialog.description.toPlainText() == "Squats while the kettle boils"
        return False  # the person cancels

    click_row(qtbot, pane, "Carry my toddler")
    script.then(too_confident)
    click(qtbot, pane, "addStrategyButton")
    assert services.goals.get(goal.id).strategies == ()
    assert tree_of(pane).topLevelItem(0).childCount() == 0  # type: ignore[union-attr]


def test_episode_and_discharge_refusals_stay_in_the_dialog(
    qtbot: QtBot, pane: GoalsPane, pane_context: PaneContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = pane_context.services
    patient_id = fresh_patient(services)
    pane.set_patient(patient_id)
    script = DialogScript(qtbot, pane, monkeypatch)

    def no_reason_then_bad_date(dialog: EpisodeDialog) -> bool:
        assert not dialog.try_accept()
        assert "reason" in dialog.problem_text().lower()
        type_into(qtbot, dialog.reason, "Shoulder aches after swimming")
        type_into(qtbot, dialog.started_on, "31/02/2025")
        assert not dialog.try_accept()
        assert "31/02/2025" in dialog.problem_text()
        assert services.episodes.for_patient(patient_id) == []
        type_into(qtbot, dialog.started_on, "01/03/2025")
        return dialog.try_accept()

    script.then(no_reason_then_bad_date)
    click(qtbot, pane, "newEpisodeButton")
    (episode,) = services.episodes.for_patient(patient_id)
    assert episode.started_on == dt.date(2025, 3, 1)

    def ends_before_it_starts(dialog: DischargeDialog) -> bool:
        type_into(qtbot, dialog.ended_on, "28/02/2025")
        type_into(qtbot, dialog.note, "Moved away")
        assert not dialog.try_accept()
        assert dialog.ended_on.error.isVisible()
        assert "before it starts" in dialog.problem_text()
        assert services.episodes.get(episode.id).is_open
        return False

    script.then(ends_before_it_starts)
    click(qtbot, pane, "dischargeButton")
    assert services.episodes.get(episode.id).is_open


def test_revising_without_a_change_is_refused(
    qtbot: QtBot, pane: GoalsPane, pane_context: PaneContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = pane_context.services
    patient = make_patient(services, "Novak", "Petra")
    assert patient.current_episode is not None
    goal = services.goals.add(patient.current_episode.id, GoalInput("Garden for an hour"))
    pane.set_patient(patient.id)
    script = DialogScript(qtbot, pane, monkeypatch)

    def same_again(dialog: GoalDialog) -> bool:
        assert dialog.reason is not None
        type_into(qtbot, dialog.reason, "Checking in")
        assert not dialog.try_accept()
        assert "nothing in the goal has changed" in dialog.problem_text().lower()
        return False

    click_row(qtbot, pane, "Garden for")
    script.then(same_again)
    click(qtbot, pane, "reviseGoalButton")
    assert services.goals.get(goal.id).revisions == ()


# ------------------------------------------------------------------ the demo practice
def test_demo_patient_opens_on_the_current_episode_with_progress_trends(
    pane: GoalsPane, pane_context: PaneContext
) -> None:
    services = pane_context.services
    details = [services.patients.get(r.id) for r in services.patients.rows()]
    patient = next(
        d for d in details if d.current_episode and services.goals.for_episode(d.current_episode.id)
    )
    assert patient.current_episode is not None
    pane.set_patient(patient.id)
    chooser = pane.findChild(QComboBox, "episodeChooser")
    assert chooser is not None
    assert chooser.currentData() == patient.current_episode.id
    assert chooser.count() == len(services.episodes.for_patient(patient.id))
    goals = services.goals.for_episode(patient.current_episode.id)
    tree = tree_of(pane)
    assert tree.topLevelItemCount() == len(goals)
    for index, goal in enumerate(goals):
        item = tree.topLevelItem(index)
        assert item is not None
        assert item.text(4) == progress_trend([p.rating for p in goal.progress])
        assert item.childCount() == len(goal.strategies)
    assert pane.selected_goal() is not None  # the first goal is shown in full
    assert goals[0].data.wording.split()[0] in detail_text(pane)


def test_progress_column_shows_known_ratings(pane: GoalsPane, pane_context: PaneContext) -> None:
    services = pane_context.services
    patient = make_patient(services, "Achterberg", "Wim")
    assert patient.current_episode is not None
    goal = services.goals.add(patient.current_episode.id, GoalInput("Cycle to work"))
    for days_ago, rating in zip((20, 15, 10, 5), (1, 3, 5, 8), strict=True):
        visit = services.visits.create(patient.id, visit_time(days_ago))
        services.goals.record_progress(goal.id, visit.id, rating)
    pane.set_patient(patient.id)
    assert row(pane, "Cycle to work").text(4) == "▂▃▅▇ 8/10"
    text = detail_text(pane)
    assert "8/10" in text
    assert "1/10" in text


def test_reopen_a_discharged_episode_after_confirming(
    qtbot: QtBot, pane: GoalsPane, pane_context: PaneContext
) -> None:
    services = pane_context.services
    patient = make_patient(services, "Sato", "Yui")
    assert patient.current_episode is not None
    episode_id = patient.current_episode.id
    services.episodes.discharge(episode_id, dt.date.today(), "Discharged by mistake")
    pane.set_patient(patient.id)

    Ask.set_next_answer(False)
    click(qtbot, pane, "reopenButton")
    assert not services.episodes.get(episode_id).is_open
    Ask.set_next_answer(True)
    click(qtbot, pane, "reopenButton")
    assert services.episodes.get(episode_id).is_open
    assert button(pane, "dischargeButton").isEnabled()
