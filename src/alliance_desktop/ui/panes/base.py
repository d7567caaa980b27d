"""What every pane shares: its context, the selected patient, and lazy refresh when shown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from alliance_desktop.ui.after_paint import after_paint

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QHideEvent, QShowEvent

    from alliance_desktop.domain.changes import ChangeSet
    from alliance_desktop.services import Services
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.settings import Settings
    from alliance_desktop.ui.workers import Workers


@dataclass(frozen=True)
class PaneContext:
    """What the main window hands to each pane (no globals, no registry)."""

    services: Services
    events: AppEvents
    workers: Workers
    settings: Settings


class Pane(QWidget):
    """A tab of the main window showing one aspect of the selected patient.

    Subclasses implement ``reload()`` (read from services, fill widgets under QSignalBlocker),
    and, if they edit, ``flush()``. Data is loaded only while the pane is visible: switching
    patient marks hidden panes stale and they reload when shown.
    """

    #: the record kinds whose changes make this pane reload
    WATCHES: frozenset[str] = frozenset()

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient_id = 0
        self._stale = True
        #: what waits for the pane's next paint (see ``when_drawn``)
        self._drawn_waiting: list[Callable[[], None]] = []
        ctx.events.data_changed.connect(self._on_data_changed)

    # --------------------------------------------------------- called by the window
    def set_patient(self, patient_id: int) -> None:
        self.patient_id = patient_id
        self._stale = True
        if self.isVisible():
            self._reload_now()

    def wait_for_patient(self) -> None:
        """Load nothing until ``set_patient`` (start-up paints the window before the store
        opens, then opens the last patient)."""
        self._stale = False

    def when_drawn(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once what the pane shows is on screen (start-up reads the rest
        of the patient list then, not before the first picture)."""
        if not self.isVisible():  # nothing of it is to be painted
            callback()
            return
        self._drawn_waiting.append(callback)
        if len(self._drawn_waiting) == 1:
            after_paint(self, self._call_drawn_waiting)
        self.update()  # painted even when nothing in it changed

    def _call_drawn_waiting(self) -> None:
        waiting, self._drawn_waiting = self._drawn_waiting, []
        for callback in waiting:
            callback()

    def flush(self) -> bool:
        """Save pending edits now (off the UI thread). False if something typed is invalid."""
        return True

    def save_pending(self) -> bool:
        """Queue a save of pending edits without asking anything; False if one is invalid."""
        return True

    def has_unsaved_problem(self) -> str:
        """A message if typed content cannot be saved as it is, else ''."""
        return ""

    # --------------------------------------------------------- for subclasses
    def reload(self) -> None:
        raise NotImplementedError

    def _reload_now(self) -> None:
        # Never reload over typing: queue its save first; if it cannot be saved as typed,
        # keep it on screen and stay stale until it can.
        if not self.save_pending():
            return
        self._stale = False
        self.ctx.workers.wait_for_writes()  # read what was just saved, never a stale copy
        self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # another tab, a lock: not painted again soon, so now
            self._call_drawn_waiting()  # (a minimised window calls back once restored)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload_now()

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.origin and changes.origin == self.objectName():
            return  # our own autosave: the widgets already show it
        if any(changes.touches(kind, self.patient_id or None) for kind in self.WATCHES):
            self._stale = True
            if self.isVisible():
                self._reload_now()
