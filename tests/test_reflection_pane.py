"""The reflection pane driven like a person: type, tick, choose, then check what is stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.changes import ChangeSet
from alliance_desktop.domain.reflection import PRIVATE_TITLE
from alliance_desktop.domain.vocab import CpdTheme, ReflectionTemplate
from alliance_desktop.services.reflections import ReflectionDetail, ReflectionInput
from alliance_desktop.ui.dialogs.ask import Ask
from alliance_desktop.ui.panes.base import PaneContext
from alliance_desktop.ui.panes.reflection_pane import (
    NEW_TITLE,
    ReflectionPane,
    cpd_line,
    day_text,
)

SAVE_TIMEOUT_MS = 6000


# ---------------------------------------------------------------- helpers
@pytest.fixture
def pane(qtbot: QtBot, pane_context: PaneContext) -> Iterator[ReflectionPane]:
    widget = ReflectionPane(pane_context)
    widget.resize(1000, 620)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    # Let queued autosaves land while the pane still exists, then close it ourselves
    # (qtbot.addWidget would close it before this teardown runs).
    widget.flush()
    qtbot.waitUntil(lambda: widget.saver.pending == 0, timeout=SAVE_TIMEOUT_MS)
    widget.close()
    widget.deleteLater()


def stored(pane: ReflectionPane) -> ReflectionDetail:
    assert pane.current_id is not None
    return pane.ctx.services.reflections.get(pane.current_id)


def section(pane: ReflectionPane, key: str) -> QPlainTextEdit:
    box = pane.findChild(QPlainTextEdit, f"section_{key}")
    assert box is not None, f"no box for section {key}"
    return box


def reveal(pane: ReflectionPane, widget: QWidget) -> None:
    """Scroll the editor so ``widget`` is on screen, as a person would."""
    pane.scroll_area.ensureWidgetVisible(widget)


def type_into(qtbot: QtBot, pane: ReflectionPane, widget: QWidget, text: str) -> None:
    reveal(pane, widget)
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def replace_text(qtbot: QtBot, pane: ReflectionPane, edit: QLineEdit, text: str) -> None:
    reveal(pane, edit)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def click(qtbot: QtBot, pane: ReflectionPane, button: QCheckBox | QPushButton) -> None:
    reveal(pane, button)
    # Near the left edge: on a check box that is the box itself.
    pos = QPoint(min(8, button.width() // 2), button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def choose(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Pick an entry with the keyboard (Home, then Down), as a person without a mouse."""
    target = combo.findData(data)
    assert target >= 0, f"{data!r} not offered"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(200):
        if combo.currentIndex() == target:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"could not reach {data!r} with the keyboard")


def listed(pane: ReflectionPane) -> list[int]:
    if not pane.entry_list.isVisible():
        return []
    return [
        pane.entry_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(pane.entry_list.count())
    ]


def click_entry(qtbot: QtBot, pane: ReflectionPane, reflection_id: int) -> None:
    for i in range(pane.entry_list.count()):
        item = pane.entry_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == reflection_id:
            pane.entry_list.scrollToItem(item)
            rect = pane.entry_list.visualItemRect(item)
            qtbot.mouseClick(
                pane.entry_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
            )
            return
    raise AssertionError(f"reflection {reflection_id} is not listed")


def add_reflection(pane: ReflectionPane, **values: object) -> int:
    data = ReflectionInput(
        **{"title": "Seeded", "written_on": dt.date.today(), **values}  # type: ignore[arg-type]
    )
    return pane.ctx.services.reflections.create(data).id


# ---------------------------------------------------------------- tests
def test_gibbs_reflection_on_a_visit_with_private_notes_and_cpd(
    qtbot: QtBot, pane: ReflectionPane, pane_context: PaneContext
) -> None:
    services = pane_context.services
    patient = services.patients.rows()[0]
    visit = services.visits.for_patient(patient.id)[0]
    pane.set_patient(patient.id)

    with qtbot.waitSignal(pane_context.events.data_changed):
        pane_context.events.reflection_requested.emit(patient.id, visit.id)

    first = stored(pane)
    visit_day = day_text(visit.starts_at.date())
    assert first.data.title == f"Reflection on the visit of {visit_day}"
    assert (first.data.patient_id, first.data.visit_id) == (patient.id, visit.id)
    assert first.data.written_on == dt.date.today()
    assert pane.focusWidget() is pane.title_edit
    assert visit_day in pane.link_label.text()
    assert first.patient_name in pane.link_label.text()
    assert listed(pane)[0] == first.id

    qtbot.keyClicks(pane.title_edit, "The quiet visit")  # the title is selected: typing replaces
    choose(qtbot, pane.template_combo, ReflectionTemplate.GIBBS.value)
    type_into(qtbot, pane, section(pane, "description"), "She said little today.")
    type_into(qtbot, pane, section(pane, "feelings"), "I felt hurried.")
    type_into(qtbot, pane, section(pane, "action_plan"), "Ask what she hopes for.")
    type_into(qtbot, pane, pane.private_edit, "A heart-sink feeling before she came in.")
    type_into(qtbot, pane, pane.tags_edit, "Rupture, goals")
    type_into(qtbot, pane, pane.minutes.edit, "45")
    click(qtbot, pane, pane.with_others)
    click(qtbot, pane, pane.theme_boxes[CpdTheme.A])
    click(qtbot, pane, pane.theme_boxes[CpdTheme.C])
    click(qtbot, pane, pane.objective_box)
    click(qtbot, pane, pane.communication_box)

    def saved() -> None:
        data = stored(pane).data
        assert data.title == "The quiet visit"
        assert data.template is ReflectionTemplate.GIBBS
        assert data.sections == {
            "description": "She said little today.",
            "feelings": "I felt hurried.",
            "action_plan": "Ask what she hopes for.",
        }
        assert data.private_notes == "A heart-sink feeling before she came in."
        assert data.tags == ("rupture", "goals")
        assert data.minutes == 45
        assert data.with_others is True
        assert data.themes == frozenset({CpdTheme.A, CpdTheme.C})
        assert data.objective_activity is True
        assert data.communication_consent is True
        assert (data.patient_id, data.visit_id) == (patient.id, visit.id)

    qtbot.waitUntil(saved, timeout=SAVE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: pane.saver.pending == 0, timeout=SAVE_TIMEOUT_MS)
    # The list row follows without reloading the editor.
    row_text = pane.entry_list.currentItem().text()
    assert "The quiet visit" in row_text
    assert "themes A, C" in row_text
    assert pane.title_edit.text() == "The quiet visit"
    assert pane.save_label.text() == "All changes saved"
    # The private notes sit in their own, clearly titled section.
    private_title = pane.findChild(QWidget, "privateFrame")
    assert private_title is not None
    assert PRIVATE_TITLE in [w.text() for w in private_title.findChildren(type(pane.link_label))]


def test_switching_template_never_loses_text(
    qtbot: QtBot, pane: ReflectionPane, pane_context: PaneContext
) -> None:
    click(qtbot, pane, pane.new_button)
    assert pane.title_edit.text() == NEW_TITLE
    assert pane.template_combo.currentData() == ReflectionTemplate.FREE.value
    type_into(qtbot, pane, section(pane, "text"), "Free words first.")

    choose(qtbot, pane.template_combo, ReflectionTemplate.ROLFE.value)
    assert (
        pane.findChild(QPlainTextEdit, "section_text") is None
        or not section(pane, "text").isVisible()
    )
    assert pane.hidden_note.isVisible()
    assert "Reflection" in pane.hidden_note.text()
    type_into(qtbot, pane, section(pane, "what"), "What happened.")

    def both_kept() -> None:
        data = stored(pane).data
        assert data.template is ReflectionTemplate.ROLFE
        assert data.sections == {"text": "Free words first.", "what": "What happened."}

    qtbot.waitUntil(both_kept, timeout=SAVE_TIMEOUT_MS)

    choose(qtbot, pane.template_combo, ReflectionTemplate.FREE.value)
    assert section(pane, "text").toPlainText() == "Free words first."
    assert "What?" in pane.hidden_note.text()

    def back_to_free() -> None:
        data = stored(pane).data
        assert data.template is ReflectionTemplate.FREE
        assert data.sections == {"text": "Free words first.", "what": "What happened."}

    qtbot.waitUntil(back_to_free, timeout=SAVE_TIMEOUT_MS)


def test_cpd_totals_line_follows_saves(
    qtbot: QtBot, pane: ReflectionPane, pane_context: PaneContext
) -> None:
    service = pane_context.services.reflections
    before = service.cpd_totals()
    assert pane.cpd_label.text() == cpd_line(before)
    assert pane.cpd_label.text().startswith(
        f"CPD cycle {day_text(before.cycle_start)} – {day_text(before.cycle_end)}: "
    )

    click(qtbot, pane, pane.new_button)
    type_into(qtbot, pane, pane.minutes.edit, "600")
    click(qtbot, pane, pane.with_others)
    assert "10 h" in pane.minutes.hint.text()

    qtbot.waitUntil(
        lambda: service.cpd_totals().hours == pytest.approx(before.hours + 10),
        timeout=SAVE_TIMEOUT_MS,
    )
    after = service.cpd_totals()
    assert after.hours_with_others == pytest.approx(before.hours_with_others + 10)
    qtbot.waitUntil(lambda: pane.cpd_label.text() == cpd_line(after), timeout=SAVE_TIMEOUT_MS)
    assert f"{after.hours:g} of 90 h" in pane.cpd_label.text()


def test_filters_show_the_right_entries(
    qtbot: QtBot, pane: ReflectionPane, pane_context: PaneContext
) -> None:
    service = pane_context.services.reflections
    patient = pane_context.services.patients.rows()[0]
    journal = add_reflection(
        pane, title="Course day", tags=("zebra",), themes=frozenset({CpdTheme.B})
    )
    about = add_reflection(
        pane, title="About a patient", patient_id=patient.id, themes=frozenset({CpdTheme.D})
    )
    archived = add_reflection(pane, title="Made by mistake", tags=("zebra",))
    service.archive(archived)
    pane_context.events.emit_changes(ChangeSet.of("reflection"))  # written elsewhere

    assert listed(pane) == [r.id for r in service.rows()]
    assert {journal, about} <= set(listed(pane))
    assert archived not in listed(pane)
    assert pane.list_count.text() == f"{len(service.rows())} reflections"

    # Theme
    choose(qtbot, pane.theme_filter, CpdTheme.B.value)
    assert listed(pane) == [r.id for r in service.rows(theme=CpdTheme.B)]
    assert journal in listed(pane)
    assert about not in listed(pane)
    choose(qtbot, pane.theme_filter, "")

    # Whose: "Selected patient" needs a selected patient
    model = pane.whose_filter.model()
    assert isinstance(model, QStandardItemModel)
    assert not model.item(1).isEnabled()
    pane.set_patient(patient.id)
    assert model.item(1).isEnabled()
    choose(qtbot, pane.whose_filter, "patient")
    assert listed(pane) == [r.id for r in service.rows(patient_id=patient.id)]
    assert about in listed(pane)
    assert journal not in listed(pane)
    choose(qtbot, pane.whose_filter, "journal")
    assert listed(pane) == [r.id for r in service.rows() if r.patient_id is None]
    assert journal in listed(pane)
    assert about not in listed(pane)
    choose(qtbot, pane.whose_filter, "patient")
    pane.set_patient(0)  # no patient any more: back to every entry
    assert pane.whose_filter.currentData() == "all"
    assert listed(pane) == [r.id for r in service.rows()]

    # Tag: typed into the editable combo
    tag_text = pane.tag_filter.lineEdit()
    assert tag_text is not None
    assert "zebra" in [pane.tag_filter.itemText(i) for i in range(pane.tag_filter.count())]
    type_into(qtbot, pane, tag_text, "zebra")
    assert listed(pane) == [journal]

    # Archived entries only when asked
    click(qtbot, pane, pane.show_archived)
    assert listed(pane) == [r.id for r in service.rows(tag="zebra", include_archived=True)]
    assert set(listed(pane)) == {journal, archived}
    assert "archived" in pane.entry_list.item(listed(pane).index(archived)).text()

    # Nothing matches: plain words instead of an empty box
    replace_text(qtbot, pane, tag_text, "no-such-tag")
    assert listed(pane) == []
    assert pane.list_empty.isVisible()
    assert "No reflections match" in pane.list_empty.text()


def test_invalid_minutes_and_future_date_are_shown_and_not_saved(
    qtbot: QtBot, pane: ReflectionPane, pane_context: PaneContext
) -> None:
    click(qtbot, pane, pane.new_button)
    reflection_id = pane.current_id
    with qtbot.waitSignal(
        pane.saver.state_changed,
        timeout=SAVE_TIMEOUT_MS,
        check_params_cb=lambda state, _message: state == "invalid",
    ):
        qtbot.keyClicks(pane.title_edit, "Minutes gone wrong")
        type_into(qtbot, pane, pane.minutes.edit, "abc")

    assert pane.minutes.error.isVisible()
    assert "whole number" in pane.minutes.error.text()
    assert pane.minutes.edit.text() == "abc"  # kept as typed
    assert "whole number" in pane.has_unsaved_problem()
    assert "whole number" in pane.save_label.text()
    assert pane.flush() is False
    pane_context.workers.wait_for_writes()
    assert stored(pane).data.title == NEW_TITLE  # nothing stored
    assert stored(pane).data.minutes == 0

    # Leaving it asks first; answering "stay" keeps the reflection open.
    other = next(i for i in listed(pane) if i != reflection_id)
    Ask.set_next_answer(False)
    click_entry(qtbot, pane, other)
    assert Ask.asked and "cannot be saved" in Ask.asked[-1]
    assert pane.current_id == reflection_id
    assert pane.minutes.edit.text() == "abc"

    replace_text(qtbot, pane, pane.minutes.edit, "30")
    assert not pane.minutes.error.isVisible()
    qtbot.waitUntil(
        lambda: stored(pane).data.minutes == 30 and stored(pane).data.title == "Minutes gone wrong",
        timeout=SAVE_TIMEOUT_MS,
    )
    assert pane.has_unsaved_problem() == ""

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with qtbot.waitSignal(
        pane.saver.state_changed,
        timeout=SAVE_TIMEOUT_MS,
        check_params_cb=lambda state, _message: state == "invalid",
    ):
        replace_text(qtbot, pane, pane.date_field.edit, tomorrow.strftime("%d/%m/%Y"))
    assert pane.date_field.error.isVisible()
    assert "future" in pane.date_field.error.text()
    assert "future" in pane.has_unsaved_problem()
    pane_context.workers.wait_for_writes()
    assert stored(pane).data.written_on == dt.date.today()
    replace_text(qtbot, pane, pane.date_field.edit, dt.date.today().strftime("%d/%m/%Y"))
    assert pane.flush() is True


def test_opening_entries_never_saves_and_archive_then_restore(
    qtbot: QtBot, pane: ReflectionPane, pane_context: PaneContext
) -> None:
    service = pane_context.services.reflections
    first_id = listed(pane)[0]
    before = service.get(first_id)

    click_entry(qtbot, pane, first_id)
    assert pane.current_id == first_id
    assert pane.title_edit.text() == before.data.title
    assert pane.saver.dirty is False
    for other in listed(pane)[1:3]:
        click_entry(qtbot, pane, other)
        assert pane.saver.dirty is False
    click_entry(qtbot, pane, first_id)
    pane.flush()
    pane_context.workers.wait_for_writes()
    assert service.get(first_id).updated_at == before.updated_at  # loading wrote nothing

    click(qtbot, pane, pane.archive_button)
    assert service.get(first_id).archived is True
    assert first_id not in listed(pane)
    assert pane.archived_banner.isVisible()
    assert pane.restore_button.isVisible()
    assert not pane.archive_button.isVisible()
    assert pane.cpd_label.text() == cpd_line(service.cpd_totals())

    click(qtbot, pane, pane.show_archived)
    assert first_id in listed(pane)
    click_entry(qtbot, pane, first_id)
    click(qtbot, pane, pane.restore_button)
    assert service.get(first_id).archived is False
    assert first_id in [r.id for r in service.rows()]
    assert not pane.archived_banner.isVisible()
    assert pane.archive_button.isVisible()


def test_empty_editor_and_reachable_widgets(
    qtbot: QtBot, pane: ReflectionPane, pane_context: PaneContext
) -> None:
    assert pane.objectName() == "reflectionPane"
    assert pane.editor_stack.currentWidget() is pane.editor_empty
    assert "New reflection" in pane.editor_empty.text()
    click(qtbot, pane, pane.new_button)
    assert pane.editor_stack.currentWidget() is not pane.editor_empty
    assert pane.link_label.text().startswith("Journal entry")

    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QPushButton, QListWidget):
        for widget in pane.findChildren(kind):
            if widget.isVisibleTo(pane):
                assert widget.objectName(), f"{kind.__name__} without objectName"
                assert widget.accessibleName(), f"{widget.objectName()} without accessible name"
    for name in ("cpdTotals", "reflectionList", "newReflection", "reflectionTitle", "privateNotes"):
        assert pane.findChild(QWidget, name) is not None, name
    assert pane.findChild(QLineEdit, "reflectionMinutes") is pane.minutes.edit

    # Tab follows the screen: title, date, model, then the sections.
    pane.title_edit.setFocus()
    qtbot.keyClick(pane.title_edit, Qt.Key.Key_Tab)
    assert pane.focusWidget() is pane.date_field.edit
    qtbot.keyClick(pane.date_field.edit, Qt.Key.Key_Tab)
    assert pane.focusWidget() is pane.template_combo
    qtbot.keyClick(pane.template_combo, Qt.Key.Key_Tab)
    assert pane.focusWidget() is section(pane, "text")


def test_archiving_with_an_invalid_change_asks_and_keeps_what_is_stored(
    qtbot: QtBot, pane: ReflectionPane, pane_context: PaneContext
) -> None:
    click(qtbot, pane, pane.new_button)
    reflection_id = pane.current_id
    type_into(qtbot, pane, pane.minutes.edit, "lots")
    Ask.set_next_answer(True)  # "Archive without it"
    click(qtbot, pane, pane.archive_button)
    assert Ask.asked and "cannot be saved" in Ask.asked[-1]
    detail = pane_context.services.reflections.get(reflection_id)  # type: ignore[arg-type]
    assert detail.archived is True
    assert detail.data.minutes == 0
    assert pane.minutes.edit.text() == ""  # the editor shows what is stored
    assert pane.has_unsaved_problem() == ""
    assert pane.restore_button.isVisible()
