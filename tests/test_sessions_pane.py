"""The Sessions pane driven like a practitioner: type, autosave, sign, amend, follow up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.vocab import Adherence, ConsentDecision, VisitStatus
from alliance_desktop.services.goals import GoalInput, StrategyInput
from alliance_desktop.ui.dialogs.amend_dialog import AmendDialog
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.panes.base import PaneContext
from alliance_desktop.ui.panes.session_pane import SessionsPane
from tests.factories import make_patient


def _pane(qtbot: QtBot, ctx: PaneContext, patient_id: int) -> SessionsPane:
    pane = SessionsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1000, 620)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_patient(patient_id)
    return pane


def _saved(pane: SessionsPane) -> bool:
    return not pane.saver.dirty and pane.saver.pending == 0


def test_first_visit_sign_amend_and_follow_up(qtbot: QtBot, pane_context: PaneContext) -> None:
    sv = pane_context.services
    patient = make_patient(sv, "Okafor", "Chiamaka")
    assert patient.current_episode is not None
    goal = sv.goals.add(patient.current_episode.id, GoalInput(wording="Garden again"))
    walk = sv.goals.add_strategy(goal.id, StrategyInput("Short walks every day"))
    pane = _pane(qtbot, pane_context, patient.id)
    assert "No visits in this episode yet" in pane.empty.text()

    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    visit_id = pane.visit.id if pane.visit else 0
    assert visit_id
    editor = pane.editor
    # QTest types ASCII only; the rest arrives as a paste would.
    qtbot.keyClicks(editor.texts["subjective"], "Douleur apres")
    editor.texts["subjective"].insertPlainText(" le jardinage — é \u062a\u0639\u0628 🙂")
    qtbot.keyClicks(editor.pain_before.edit, "7")
    qtbot.mouseClick(editor.checks["approach_explained"], Qt.MouseButton.LeftButton)
    editor.consent_decision.setCurrentIndex(editor.consent_decision.findData("given"))
    qtbot.keyClicks(editor.touch_comfort.edit, "8")
    qtbot.waitUntil(
        lambda: _saved(pane) and sv.visits.get(visit_id).draft.pain_before == 7, timeout=5000
    )
    stored = sv.visits.get(visit_id).draft
    assert stored.subjective == "Douleur apres le jardinage — é \u062a\u0639\u0628 🙂"
    assert stored.approach_explained and stored.consent_decision is ConsentDecision.GIVEN
    assert stored.touch_comfort == 8

    # A pain score of 11 is refused in place; nothing is clamped or stored.
    editor.pain_after.edit.clear()
    qtbot.keyClicks(editor.pain_after.edit, "11")
    assert editor.pain_after.error.isVisible()
    assert "from 0 to 10" in editor.pain_after.error.text()
    qtbot.wait(2300)
    assert sv.visits.get(visit_id).draft.pain_after is None
    assert pane.has_unsaved_problem()
    editor.pain_after.edit.clear()
    qtbot.keyClicks(editor.pain_after.edit, "4")
    qtbot.waitUntil(lambda: sv.visits.get(visit_id).draft.pain_after == 4, timeout=5000)

    # Sign it (Ctrl+Enter in the window; here the button).
    Ask.set_next_answer(True)
    qtbot.mouseClick(pane.sign_button, Qt.MouseButton.LeftButton)
    assert sv.visits.get(visit_id).status is VisitStatus.SIGNED
    assert editor.texts["subjective"].isReadOnly()
    assert pane.amend_button.isVisible() and not pane.sign_button.isVisible()

    # Amend it through the dialog.
    def fill_amendment(dialog: AmendDialog) -> bool:
        qtbot.keyClicks(dialog.reason, "Wrong side recorded")
        qtbot.keyClicks(dialog.text, "Left hip, not right.")
        return dialog.try_accept()

    pane.run_dialog = fill_amendment  # type: ignore[method-assign]
    qtbot.mouseClick(pane.amend_button, Qt.MouseButton.LeftButton)
    amended = sv.visits.get(visit_id)
    assert [(a.reason, a.text) for a in amended.amendments] == [
        ("Wrong side recorded", "Left hip, not right.")
    ]
    assert "Wrong side recorded" in pane.amendments.text()

    # Follow-up: progress on the goal and how the walks went.
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    follow_id = pane.visit.id if pane.visit else 0
    assert follow_id != visit_id
    qtbot.keyClicks(editor.progress_edits[goal.id].edit, "4")
    combo, barriers = editor.adherence_edits[walk.id]
    combo.setCurrentIndex(combo.findData(Adherence.PARTLY.value))
    qtbot.keyClicks(barriers, "Rain all week")
    qtbot.keyClicks(editor.own_rating["bond"].edit, "9")
    qtbot.waitUntil(
        lambda: _saved(pane) and sv.visits.get(follow_id).draft.adherence != {}, timeout=5000
    )
    follow = sv.visits.get(follow_id).draft
    assert follow.goal_progress == {goal.id: 4}
    assert follow.adherence == {walk.id: (Adherence.PARTLY, "Rain all week")}
    assert follow.practitioner_rating == {"bond": 9}
    assert follow.beliefs_expectations == stored.beliefs_expectations
    assert [p.rating for p in sv.goals.get(goal.id).progress] == [4]


def test_switching_visits_never_drops_typing(qtbot: QtBot, pane_context: PaneContext) -> None:
    sv = pane_context.services
    patient = make_patient(sv, "Nguyen", "Mei")
    first = sv.visits.create(patient.id, dt.datetime.now() - dt.timedelta(days=7))
    pane = _pane(qtbot, pane_context, patient.id)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    second = pane.visit.id if pane.visit else 0
    qtbot.keyClicks(pane.editor.texts["plan"], "Review in two weeks")
    # Move to the first visit at once, well before the autosave timer.
    pane.visit_list.setCurrentRow(0)
    assert pane.visit is not None and pane.visit.id == first.id
    pane_context.workers.wait_for_writes()
    assert sv.visits.get(second).draft.plan == "Review in two weeks"


def test_invalid_value_blocks_leaving_until_the_user_decides(
    qtbot: QtBot, pane_context: PaneContext
) -> None:
    sv = pane_context.services
    patient = make_patient(sv, "Rossi", "Luca")
    sv.visits.create(patient.id, dt.datetime.now() - dt.timedelta(days=7))
    pane = _pane(qtbot, pane_context, patient.id)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pane.editor.pain_before.edit, "12")
    Ask.set_next_answer(False)  # "Stay and fix it"
    pane.visit_list.setCurrentRow(0)
    assert pane.visit is not None and pane.visit.draft.pain_before is None
    assert pane.editor.pain_before.edit.text() == "12"  # still there to fix
    assert "cannot be saved" in Ask.asked[-1]


def test_future_date_asks_and_can_be_undone(qtbot: QtBot, pane_context: PaneContext) -> None:
    sv = pane_context.services
    patient = make_patient(sv, "Khan", "Noor")
    pane = _pane(qtbot, pane_context, patient.id)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    assert pane.visit is not None
    original = pane.visit.draft.starts_at
    Ask.set_next_answer(False)
    pane.editor.starts_at.setDateTime(pane.editor.starts_at.dateTime().addDays(10))
    assert pane.editor.starts_at_value().date() == original.date()
    assert "in the future" in Ask.asked[-1]


def test_empty_states(qtbot: QtBot, pane_context: PaneContext) -> None:
    pane = _pane(qtbot, pane_context, 0)
    assert "Select a patient" in pane.empty.text()
    patient = make_patient(pane_context.services, "Brown", "Ruth", episode=None)
    pane.set_patient(patient.id)
    assert "No episode of care yet" in pane.empty.text()
    assert not pane.sign_button.isEnabled()


def test_leaving_with_a_wrong_value_keeps_the_rest(qtbot: QtBot, pane_context: PaneContext) -> None:
    sv = pane_context.services
    patient = make_patient(sv, "Taylor", "George")
    sv.visits.create(patient.id, dt.datetime.now() - dt.timedelta(days=7))
    pane = _pane(qtbot, pane_context, patient.id)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    current = pane.visit.id if pane.visit else 0
    qtbot.keyClicks(pane.editor.pain_before.edit, "5")
    qtbot.waitUntil(lambda: sv.visits.get(current).draft.pain_before == 5, timeout=5000)
    pane.editor.pain_before.edit.clear()
    qtbot.keyClicks(pane.editor.pain_before.edit, "55")
    qtbot.keyClicks(pane.editor.texts["assessment"], "Improving steadily")
    Ask.set_next_answer(True)  # "Leave without it"
    pane.visit_list.setCurrentRow(0)
    pane_context.workers.wait_for_writes()
    kept = sv.visits.get(current).draft
    assert kept.assessment == "Improving steadily"
    assert kept.pain_before == 5  # the wrong 55 was dropped, the earlier 5 stays


def test_a_full_disk_is_reported_and_the_typing_stays(
    qtbot: QtBot, pane_context: PaneContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import OperationalError

    sv = pane_context.services
    patient = make_patient(sv, "Campbell", "Isla")
    pane = _pane(qtbot, pane_context, patient.id)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    visit_id = pane.visit.id if pane.visit else 0
    real = sv.visits.save_draft
    states: list[str] = []
    pane_context.events.save_state_changed.connect(states.append)

    def full(*args: object, **kwargs: object) -> object:
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(sv.visits, "save_draft", full)
    qtbot.keyClicks(pane.editor.texts["assessment"], "Kept on screen")
    pane.saver.flush()
    qtbot.waitUntil(lambda: any(s.startswith("failed") for s in states), timeout=5000)
    failure = next(s for s in states if s.startswith("failed"))
    assert "the disk is full" in failure and "INSERT" not in failure
    assert pane.editor.texts["assessment"].toPlainText() == "Kept on screen"
    assert sv.visits.get(visit_id).draft.assessment == ""  # nothing half-written
    monkeypatch.setattr(sv.visits, "save_draft", real)  # space is freed: the retry saves it
    qtbot.waitUntil(
        lambda: sv.visits.get(visit_id).draft.assessment == "Kept on screen", timeout=5000
    )
