"""Autosave for editors: within 2 seconds of the last change and on every navigation,
written off the UI thread, and never dropping what was typed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.ui.workers import Workers

log = logging.getLogger(__name__)
IDLE_MS = 1200  # after the last keystroke


def plain_failure(exc: BaseException) -> str:
    """A failed save in words a practitioner can act on (details go to the log)."""
    log.warning("save failed: %r", exc)
    if isinstance(exc, ValidationError):
        return exc.message
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return QCoreApplication.translate(
            "Autosave", "the practice database is busy; it will be tried again in a moment"
        )
    if "disk" in text and "full" in text:
        return QCoreApplication.translate(
            "Autosave", "the disk is full; free some space (nothing already saved is lost)"
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return QCoreApplication.translate("Autosave", "the practice folder cannot be written to")
    return QCoreApplication.translate("Autosave", "the practice database could not be written")


MAX_WAIT_MS = 2000  # even while typing continuously


class DraftSaver(QObject):
    """Collects an editor's content on the UI thread and saves it in the write pool.

    Signals:
        state_changed(str, str): ("saving" | "saved" | "invalid" | "failed", message).
    """

    state_changed = Signal(str, str)

    def __init__(
        self,
        workers: Workers,
        collect: Callable[[], Callable[[], Any]],
        on_saved: Callable[[Any], None],
        parent: QObject | None = None,
    ) -> None:
        """``collect()`` reads the widgets and returns the save job to run in the background.

        It raises ValidationError when something typed cannot be saved yet; the text stays in
        the editor and the problem is reported.
        """
        super().__init__(parent)
        self._workers = workers
        self._collect = collect
        self._on_saved = on_saved
        self.dirty = False
        self.pending = 0
        self.last_problem = ""
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.flush)
        self._max = QTimer(self)
        self._max.setSingleShot(True)
        self._max.setInterval(MAX_WAIT_MS)
        self._max.timeout.connect(self.flush)

    def mark_dirty(self) -> None:
        self.dirty = True
        self._idle.start()
        if not self._max.isActive():
            self._max.start()

    def discard(self) -> None:
        """Forget unsaved changes (the editor is being reloaded from the store)."""
        self.dirty = False
        self._idle.stop()
        self._max.stop()

    def flush(self) -> bool:
        """Queue a save of the current content now. False if it cannot be saved as typed."""
        self._idle.stop()
        self._max.stop()
        if not self.dirty:
            return True
        try:
            job = self._collect()
        except ValidationError as exc:
            self.last_problem = exc.message
            self.state_changed.emit("invalid", exc.message)
            return False
        self.dirty = False
        self.last_problem = ""
        self.pending += 1
        self.state_changed.emit("saving", "")
        self._workers.run(job, self._done, self._failed, write=True)
        return True

    def save_and_confirm(self) -> bool:
        """Save now and wait until the store has it; False if it cannot be saved or failed.

        Used before anything that must not run on unsaved text: signing, switching, closing.
        """
        if not self.flush():
            return False
        self._workers.wait_for_writes()
        QCoreApplication.sendPostedEvents()  # deliver the save's result (or failure) now
        return not self.dirty and not self.pending

    def _done(self, result: Any) -> None:
        if not shiboken6.isValid(self):
            return  # the editor closed while its last save was running; the save itself landed
        self.pending -= 1
        self._on_saved(result)
        if not self.pending and not self.dirty:
            self.state_changed.emit("saved", "")

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.pending -= 1
        self.dirty = True  # what was typed is still in the editor; try again soon
        self.last_problem = plain_failure(exc)
        self.state_changed.emit("failed", self.last_problem)
        self._idle.start()
