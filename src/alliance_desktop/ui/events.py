"""App-wide signals: panes talk through these, never to each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from alliance_desktop.domain.changes import ChangeSet


class AppEvents(QObject):
    """Signals shared by the main window and its panes.

    Signals:
        data_changed(ChangeSet): a write landed; each view decides whether to refresh.
        patient_selected(int): the current patient changed (0 = none).
        patient_requested(int): a view asked to show this patient.
        visit_requested(int): something asked to open a visit in the Sessions pane.
        reflection_requested(int, int): start a reflection on (patient id, visit id); 0 = none.
        save_state_changed(str): "saving", "saved" or "error", for the status bar.
    """

    data_changed = Signal(object)
    patient_selected = Signal(int)
    patient_requested = Signal(int)
    visit_requested = Signal(int)
    reflection_requested = Signal(int, int)
    save_state_changed = Signal(str)

    def emit_changes(self, changes: ChangeSet) -> None:
        self.data_changed.emit(changes)
