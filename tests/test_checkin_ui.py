"""Check-ins and alerts in the window: paper forms, the PIN, alerts, importing definitions."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.alerts import AlertKind
from alliance_desktop.domain.vocab import Respondent, ResponseMode
from alliance_desktop.services import Services
from alliance_desktop.services.questionnaires import ResponseInput
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.dialogs.paper_checkin_dialog import PaperCheckinDialog
from alliance_desktop.ui.dialogs.pin_dialog import PinDialog
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.panes.base import PaneContext
from alliance_desktop.ui.panes.session_pane import SessionsPane
from alliance_desktop.ui.settings import Settings
from tests.factories import make_patient, visit_time

ITEMS = ("goal", "task", "bond", "trust", "respect", "touch", "overall")


def _pane(qtbot: QtBot, ctx: PaneContext, patient_id: int) -> SessionsPane:
    pane = SessionsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1000, 700)
    pane.show()
    pane.set_patient(patient_id)
    return pane


def test_paper_checkin_lands_in_the_visit_with_its_date(
    qtbot: QtBot, pane_context: PaneContext
) -> None:
    sv = pane_context.services
    patient = make_patient(sv, "Davies", "Owen")
    visit = sv.visits.create(patient.id, visit_time(2))
    pane = _pane(qtbot, pane_context, patient.id)

    def fill(dialog: PaperCheckinDialog) -> bool:
        assert dialog.instrument().id == "alliance-checkin"
        for item in ITEMS:
            if item != "touch":  # the patient left this one blank
                qtbot.keyClicks(dialog.scores[item].edit, "9")
        dialog.scores["overall"].edit.clear()
        qtbot.keyClicks(dialog.scores["overall"].edit, "12")
        assert not dialog.try_accept()  # 12 is refused, nothing stored
        assert "from 0 to 10" in dialog.error.text() or dialog.scores["overall"].error.text()
        assert sv.questionnaires.for_visit(visit.id) == []
        dialog.scores["overall"].edit.clear()
        qtbot.keyClicks(dialog.scores["overall"].edit, "8")
        dialog.when.setDateTime(dialog.when.dateTime().addSecs(3600))
        return dialog.try_accept()

    pane.run_dialog = fill  # type: ignore[method-assign]
    qtbot.mouseClick(pane.paper_button, Qt.MouseButton.LeftButton)
    stored = sv.questionnaires.for_visit(visit.id)
    assert len(stored) == 1
    row = stored[0]
    assert row.mode is ResponseMode.PAPER
    assert row.answers["touch"] is None and row.answers["overall"] == 8
    assert row.answered_at.hour == visit.draft.starts_at.hour + 1
    # it shows in the visit at once
    assert "8" in pane.editor.checkin.text() and "paper" in pane.editor.checkin.text().lower()


def test_psfs_activities_carry_over(qtbot: QtBot, pane_context: PaneContext) -> None:
    sv = pane_context.services
    patient = make_patient(sv, "Roberts", "Ruth")
    first = sv.visits.create(patient.id, visit_time(9))
    sv.questionnaires.record(
        ResponseInput(
            patient_id=patient.id,
            visit_id=first.id,
            instrument_id="function-psfs",
            instrument_version=1,
            respondent=Respondent.PATIENT,
            answered_at=visit_time(9),
            answers={"a1": 3},
            texts={"a1": "Climbing stairs"},
        )
    )
    second = sv.visits.create(patient.id, visit_time(2))
    dialog = PaperCheckinDialog(sv, sv.visits.get(second.id))
    qtbot.addWidget(dialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData("function-psfs:1"))
    assert dialog.names["a1"].text() == "Climbing stairs"
    qtbot.keyClicks(dialog.scores["a1"].edit, "6")
    assert dialog.try_accept()
    latest = sv.questionnaires.for_visit(second.id)[0]
    assert latest.texts == {"a1": "Climbing stairs"} and latest.answers == {"a1": 6}


def test_pin_is_set_twice_and_checked(qtbot: QtBot, pane_context: PaneContext) -> None:
    sv = pane_context.services
    dialog = PinDialog(sv)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClicks(dialog.again, "2469")
    assert not dialog.try_accept() and "not the same" in dialog.error.text()
    qtbot.keyClicks(dialog.again, "2468")
    assert dialog.try_accept()
    assert sv.practice.check_handover_pin("2468")
    assert not sv.practice.check_handover_pin("0000")


def test_alert_panel_acknowledge_and_record_repair(qtbot: QtBot, pane_context: PaneContext) -> None:
    sv = pane_context.services
    patient = make_patient(sv, "Wright", "Isla")
    first = sv.visits.create(patient.id, visit_time(8))
    second = sv.visits.create(patient.id, visit_time(1))
    for visit, touch in ((first, 10.0), (second, 5.0)):
        sv.questionnaires.record(
            ResponseInput(
                patient_id=patient.id,
                visit_id=visit.id,
                instrument_id="alliance-checkin",
                instrument_version=1,
                respondent=Respondent.PATIENT,
                answered_at=visit.draft.starts_at,
                answers={i: (touch if i == "touch" else 10.0) for i in ITEMS},
            )
        )
    pane = _pane(qtbot, pane_context, patient.id)
    panel = pane.alerts
    assert panel.isVisible() and "need attention" in panel.title.text()
    kinds = {a.kind for a in panel.rows}
    assert AlertKind.LOW_ITEM in kinds and AlertKind.DROP_SINCE_LAST in kinds
    before = sv.patients.row(patient.id).open_alerts
    Ask.set_next_answer("Asked about touch; we agreed to check in before neck work")
    qtbot.mouseClick(panel.ack_button, Qt.MouseButton.LeftButton)
    assert sv.patients.row(patient.id).open_alerts == before - 1
    # record the strain and repair at the (draft) visit of the alert
    low = next(
        i for i, a in enumerate(panel.rows) if a.kind is AlertKind.LOW_ITEM and a.status == "open"
    )
    panel.list.setCurrentRow(low)
    qtbot.mouseClick(panel.repair_button, Qt.MouseButton.LeftButton)
    assert pane.visit is not None and pane.visit.id == second.id
    assert pane.editor.checks["rupture_noticed"].isChecked()
    qtbot.keyClicks(pane.editor.lines["repair_note"], "Named it and asked")
    assert pane.flush()
    draft = sv.visits.get(second.id).draft
    assert draft.rupture_noticed and draft.repair_note == "Named it and asked"


def test_import_definition_bad_file_stores_nothing(
    qtbot: QtBot, demo_services: Services, tmp_settings: Settings, tmp_path: Path
) -> None:
    Ask.reset()
    window = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(window)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "alliance-instrument/1", "id": "srs-like"}))
    window.choose_file = lambda parent, title: str(bad)  # type: ignore[method-assign]
    Ask.set_next_answer(None)
    window.import_definition()
    assert "nothing was stored" in Ask.asked[-1] and "is missing" in Ask.asked[-1]
    assert [r.id for r in demo_services.instruments.rows() if not r.shipped] == []

    good = tmp_path / "good.json"
    data = json.loads(
        Path(__file__)
        .parent.parent.joinpath("src/alliance_desktop/assets/instruments/pain-nrs.json")
        .read_text(encoding="utf-8")
    )
    data.update(id="licensed-scale", licence={"note": "Licensed.", "requires_confirmation": True})
    good.write_text(json.dumps(data))
    window.choose_file = lambda parent, title: str(good)  # type: ignore[method-assign]
    Ask.set_next_answer(False)  # no licence: nothing imported
    window.import_definition()
    assert [r.id for r in demo_services.instruments.rows() if not r.shipped] == []
    Ask.set_next_answer(True)
    Ask.set_next_answer(None)
    window.import_definition()
    imported = [r for r in demo_services.instruments.rows() if not r.shipped]
    assert [(r.id, r.needs_licence_confirmation) for r in imported] == [("licensed-scale", False)]
    Ask.reset()


def test_hand_to_patient_from_the_visit(qtbot: QtBot, pane_context: PaneContext) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QRadioButton

    sv = pane_context.services
    sv.practice.set_handover_pin("4826")
    patient = make_patient(sv, "Morgan", "Rhys")
    visit = sv.visits.create(patient.id, visit_time(0))
    pane = _pane(qtbot, pane_context, patient.id)
    qtbot.mouseClick(pane.handover_button, Qt.MouseButton.LeftButton)
    window = pane.checkin_window
    assert window is not None and window.isVisible()
    qtbot.mouseClick(window.findChild(QRadioButton, "modeAll"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QPushButton, "startButton"), Qt.MouseButton.LeftButton)
    for item in ITEMS:
        window.set_answer(item, 9 if item == "touch" else 10)
    qtbot.mouseClick(window.findChild(QPushButton, "allReviewButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.findChild(QPushButton, "submitButton"), Qt.MouseButton.LeftButton)
    stored = sv.questionnaires.for_visit(visit.id)
    assert len(stored) == 1 and stored[0].mode is ResponseMode.IN_ROOM
    assert stored[0].answers["touch"] == 9
    # the practitioner takes the laptop back with the PIN; the result is in the visit at once
    qtbot.mouseClick(window.findChild(QPushButton, "returnButton"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.findChild(QLineEdit, "pinEdit"), "4826")
    with qtbot.waitSignal(window.finished, timeout=3000):
        qtbot.mouseClick(window.findChild(QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    assert "comfortable with touch: <b>9</b>" in pane.editor.checkin.text()


def test_paper_form_reads_in_the_language_it_was_filled_in(
    qtbot: QtBot, pane_context: PaneContext
) -> None:
    """The questions show in the form's language; switching it keeps what was typed, and the
    answers are stored with that language."""
    from alliance_desktop.domain.instruments import pick

    sv = pane_context.services
    patient = make_patient(sv, "Moreau", "Léa")
    visit = sv.visits.create(patient.id, visit_time(2))
    dialog = PaperCheckinDialog(sv, sv.visits.get(visit.id))
    qtbot.addWidget(dialog)
    item = dialog.instrument().items[0]
    assert pick(item.text, "fr") != pick(item.text, "en")
    label = dialog._labels[item.id]
    assert dialog.form_language() == "en" and label.text().startswith(pick(item.text, "en"))
    qtbot.keyClicks(dialog.scores[item.id].edit, "7")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert label.text().startswith(pick(item.text, "fr"))
    assert dialog.scores[item.id].edit.accessibleName() == pick(item.text, "fr")
    assert dialog.scores[item.id].edit.text() == "7"  # nothing typed is lost
    assert dialog.try_accept()
    (stored,) = sv.questionnaires.for_visit(visit.id)
    assert stored.language == "fr" and stored.answers[item.id] == 7
