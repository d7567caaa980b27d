"""Long work (export, import, backup, a patient's record) off the UI thread, behind a progress
dialog with a Cancel button.

The job is a plain function ``job(progress, cancelled)``: it calls ``progress(done, total)`` now
and then and stops (raising) when ``cancelled()`` turns true. It never touches a widget: the
progress reaches the bar through a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from alliance_desktop.ui.workers import Workers

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]

#: a bar's range is an int; big totals are shown scaled to this many steps
STEPS = 1000


class LongTask(QObject):
    """Runs ``job`` on a worker with a window-modal progress dialog and a Cancel button.

    Signals:
        progressed(int, int): emitted by the worker (queued to the GUI thread): done, total.
        finished(object): the job's result, or the exception it raised (cancellation included),
            after ``on_done``/``on_error`` ran.
    """

    progressed = Signal(int, int)
    finished = Signal(object)

    # The task object is not deleteLater()'d when it ends: deleting it from inside its own
    # result callback crashed the process now and then at exit (a freed binding storage). It
    # is small and lives as a child of its window; its dialog is deleted.

    def __init__(
        self,
        parent: QWidget,
        workers: Workers,
        job: Job,
        *,
        title: str,
        label: str,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        write: bool = False,
        cancel_text: str | None = None,
        cancelling_text: str | None = None,
        name: str = "longTask",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._workers = workers
        self._job = job
        self._on_done = on_done
        self._on_error = on_error
        self._write = write
        self._cancel = threading.Event()
        if cancel_text is None:
            cancel_text = self.tr("&Cancel")
        self._cancelling_text = (
            self.tr("Cancelling…") if cancelling_text is None else cancelling_text
        )
        self.running = False
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setObjectName(name + "Progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setAccessibleDescription(label)
        button = QPushButton(cancel_text, self.dialog)
        button.setObjectName(name + "Cancel")
        button.setAccessibleName(cancel_text.replace("&", ""))
        self.cancel_button = button
        self.dialog.setCancelButton(button)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(300)  # quick work never flashes a dialog
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._show_progress)

    # ----------------------------------------------------------------- running
    def start(self) -> None:
        """Start the job; the dialog shows if it takes longer than a moment."""
        if self.running:
            return
        self.running = True
        self._cancel.clear()
        self.dialog.setValue(0)
        emit, flag, job = self.progressed.emit, self._cancel, self._job
        self._workers.run(
            lambda: job(emit, flag.is_set), self._done, self._failed, write=self._write
        )

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next check and reports how it left things."""
        if self.running and not self._cancel.is_set():
            self._cancel.set()
            self.dialog.setLabelText(self._cancelling_text)
            self.cancel_button.setEnabled(False)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _show_progress(self, done: int, total: int) -> None:
        if not self.running:
            return
        if total <= 0:
            self.dialog.setRange(0, 0)  # a busy bar: the size is not known
            return
        self.dialog.setRange(0, STEPS)
        self.dialog.setValue(min(STEPS, round(done * STEPS / total)))

    def _close(self) -> None:
        self.running = False
        self.dialog.hide()
        self.dialog.deleteLater()

    def _done(self, result: Any) -> None:
        self._close()
        if self._on_done is not None:
            self._on_done(result)
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if self._on_error is not None:
            self._on_error(exc)
        self.finished.emit(exc)
