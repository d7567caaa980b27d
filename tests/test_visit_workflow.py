"""A day in clinic, end to end, through the real window: the workflow the product exists for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.vocab import (
    Adherence,
    ConsentDecision,
    CpdTheme,
    ReflectionTemplate,
    StrategySetting,
)
from alliance_desktop.services import Services
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.dialogs.episode_dialog import EpisodeDialog
from alliance_desktop.ui.dialogs.goal_dialog import GoalDialog
from alliance_desktop.ui.dialogs.patient_dialog import PatientDialog
from alliance_desktop.ui.dialogs.strategy_dialog import StrategyDialog
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings import Settings


def test_a_patient_from_first_visit_to_reflection(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings
) -> None:
    Ask.reset()
    sv = demo_services
    window = MainWindow(sv, AppEvents(), tmp_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):  # shortcuts reach only the active window
        window.show()
        window.activateWindow()

    def run(dialog: QDialog) -> bool:
        """Type into whichever dialog opens, as the practitioner would."""
        if isinstance(dialog, PatientDialog):
            qtbot.keyClicks(dialog.family, "Fournier")
            qtbot.keyClicks(dialog.given, "Claire")
            qtbot.keyClicks(dialog.born.edit, "14/07/1979")
            qtbot.mouseClick(dialog.storage_consent, Qt.MouseButton.LeftButton)
        elif isinstance(dialog, EpisodeDialog):
            qtbot.keyClicks(dialog.reason, "Low back pain after moving house")
        elif isinstance(dialog, GoalDialog):
            wording, strategy = goals.pop(0)
            qtbot.keyClicks(dialog.wording, wording)
            dialog.patient_agrees.set_value(True)
            dialog.practitioner_agrees.set_value(True)
            pending_strategies.append(strategy)
        elif isinstance(dialog, StrategyDialog):
            description, setting = pending_strategies.pop(0)
            qtbot.keyClicks(dialog.description, description)
            dialog.setting.set_value(setting)
            qtbot.keyClicks(dialog.confidence.edit, "7")
        return bool(dialog.try_accept())  # type: ignore[attr-defined]

    goals: list[tuple[str, tuple[str, StrategySetting]]] = [
        ("Carry the shopping home", ("Graded lifting practice", StrategySetting.SELF_CARE)),
        ("Sleep through the night", ("Soft tissue work in clinic", StrategySetting.IN_ROOM)),
    ]
    pending_strategies: list[tuple[str, StrategySetting]] = []
    window.run_dialog = run  # type: ignore[method-assign]
    window.goals_pane._run_dialog = run  # type: ignore[method-assign]
    window.sessions_pane.run_dialog = run  # type: ignore[method-assign]

    # 1. New patient (Ctrl+N), then start the episode when asked.
    Ask.set_next_answer(False)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    patient = next(r for r in sv.patients.rows() if r.family_name == "Fournier")
    assert window.patient_id == patient.id
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(window.goals_pane.new_episode_button, Qt.MouseButton.LeftButton)
    episode = sv.patients.get(patient.id).current_episode
    assert episode is not None and episode.reason == "Low back pain after moving house"

    # 2. Agree two goals, each with a strategy.
    for _ in range(2):
        qtbot.mouseClick(window.goals_pane.add_goal_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.goals_pane.add_strategy_button, Qt.MouseButton.LeftButton)
    agreed = sv.goals.for_episode(episode.id)
    assert [g.data.wording for g in agreed] == [
        "Carry the shopping home",
        "Sleep through the night",
    ]
    assert all(g.agreed and len(g.strategies) == 1 for g in agreed)
    lifting = agreed[0].strategies[0]

    # 3. First visit with consent and pain (Ctrl+Shift+N), signed with Ctrl+Enter.
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor = window.sessions_pane.editor
    first = window.sessions_pane.visit
    assert first is not None
    qtbot.keyClicks(editor.texts["subjective"], "Pain since carrying boxes")
    qtbot.keyClicks(editor.pain_before.edit, "7")
    qtbot.keyClicks(editor.pain_after.edit, "5")
    for key in ("approach_explained", "limits_set", "stop_signal_agreed"):
        qtbot.mouseClick(editor.checks[key], Qt.MouseButton.LeftButton)
    editor.consent_decision.set_value(ConsentDecision.GIVEN)
    Ask.set_next_answer(True)  # "Sign this visit?"
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    signed = sv.visits.get(first.id)
    assert signed.signed
    assert (signed.draft.pain_before, signed.draft.pain_after) == (7, 5)
    assert signed.draft.consent_decision is ConsentDecision.GIVEN
    assert signed.draft.approach_explained and signed.draft.stop_signal_agreed

    # 4. Amend it.
    def amend(dialog: Any) -> bool:
        qtbot.keyClicks(dialog.reason, "Pain after mis-typed")
        qtbot.keyClicks(dialog.text, "Pain after was 4.")
        return bool(dialog.try_accept())

    window.sessions_pane.run_dialog = amend  # type: ignore[method-assign]
    qtbot.mouseClick(window.sessions_pane.amend_button, Qt.MouseButton.LeftButton)
    assert [a.reason for a in sv.visits.get(first.id).amendments] == ["Pain after mis-typed"]

    # 5. A follow-up with progress and adherence.
    window.new_visit()
    follow = window.sessions_pane.visit
    assert follow is not None and follow.id != first.id
    qtbot.keyClicks(editor.progress_edits[agreed[0].id].edit, "3")
    combo, barriers = editor.adherence_edits[lifting.id]
    combo.setCurrentIndex(combo.findData(Adherence.MOSTLY.value))
    qtbot.keyClicks(barriers, "Busy at work")
    window.save_now()  # Ctrl+S
    stored = sv.visits.get(follow.id).draft
    assert stored.goal_progress[agreed[0].id] == 3
    assert stored.adherence[lifting.id] == (Adherence.MOSTLY, "Busy at work")

    # 6. A Gibbs reflection on the follow-up.
    qtbot.mouseClick(window.sessions_pane.reflect_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 3
    pane = window.reflection_pane
    reflection_id = pane.current_id
    assert reflection_id is not None
    pane.template_combo.setCurrentIndex(
        pane.template_combo.findData(ReflectionTemplate.GIBBS.value)
    )
    description = pane.findChild(type(editor.texts["plan"]), "section_description")
    assert description is not None
    qtbot.keyClicks(description, "She was quieter when we talked about lifting.")
    qtbot.keyClicks(pane.private_edit, "I felt impatient.")
    pane.minutes.edit.clear()
    qtbot.keyClicks(pane.minutes.edit, "30")
    qtbot.mouseClick(
        pane.findChild(type(editor.checks["limits_set"]), "theme_A"), Qt.MouseButton.LeftButton
    )
    window.save_now()
    reflection = sv.reflections.get(reflection_id).data
    assert reflection.template is ReflectionTemplate.GIBBS
    assert reflection.visit_id == follow.id and reflection.patient_id == patient.id
    assert reflection.sections["description"] == "She was quieter when we talked about lifting."
    assert reflection.private_notes == "I felt impatient."
    assert reflection.minutes == 30 and CpdTheme.A in reflection.themes

    # 7. Find the patient again by search.
    window.show_practice()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.patient_list.search, "fourn")
    assert window.patient_list.model.rowCount() == 1
    qtbot.keyClick(window.patient_list.search, Qt.Key.Key_Return)
    assert window.patient_id == patient.id
    window.close()
    Ask.reset()
