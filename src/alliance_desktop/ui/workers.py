"""Background work on a QThreadPool, with results posted back to the GUI thread.

Writes go to a single-thread pool so they never compete for SQLite's one write lock.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; its queued signals carry results back there."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, finish: Callable[[_Relay, bool, Any], None]) -> None:
        super().__init__()
        self._finish = finish
        self.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self._finish(self, True, result)

    @Slot(object)
    def _on_failed(self, exc: Any) -> None:
        self._finish(self, False, exc)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # reported to the GUI thread, never lost
            log.debug("background task failed:\n%s", traceback.format_exc())
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Workers(QObject):
    """Runs callables off the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        write: bool = False,
    ) -> None:
        """Run ``fn`` in the background; call ``on_done(result)`` or ``on_error(exc)`` after."""

        def finish(relay: _Relay, ok: bool, value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            callback = on_done if ok else on_error
            if callback is not None:
                callback(value)
            elif not ok:
                log.error("background task failed: %s", value)

        relay = _Relay(finish)
        self._relays.add(relay)
        (self._writes if write else self._reads).start(_Task(fn, relay))

    def wait_for_writes(self, msecs: int = 10_000) -> bool:
        """Block until queued writes are done (at exit); True if they all finished."""
        return self._writes.waitForDone(msecs)

    def wait_all(self, msecs: int = 10_000) -> bool:
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)
