"""``--report-startup``: print when the window first painted its patient list, and when the
first chart was drawn, so start-up can be measured from outside the process.

Each line is ``startup <moment> <seconds since the epoch> <ms since the app's first import>``;
the benchmark compares the epoch time with the moment it started the process.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from alliance_desktop import IMPORTED_AT

WINDOW = "window-painted"
CHART = "first-chart"
CHART_WAIT_MS = 15_000


class StartupReporter(QObject):
    """Watches paint events until both moments are seen, then stops watching."""

    def __init__(self, app: QApplication, *, quit_after: bool = False) -> None:
        super().__init__(app)
        self._app = app
        self._quit_after = quit_after
        self.seen: dict[str, float] = {}
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            name = watched.objectName()
            parent = watched.parentWidget()
            if (
                WINDOW not in self.seen
                and parent is not None
                and (parent.objectName() == "patientTable")
            ):
                self._after_paint(WINDOW)
            elif CHART not in self.seen and name.endswith("Canvas"):
                self._after_paint(CHART)
        return False

    def _after_paint(self, moment: str) -> None:
        self.seen[moment] = 0.0  # claimed; the time is taken once the paint has finished
        QTimer.singleShot(0, lambda: self._report(moment))

    def _report(self, moment: str) -> None:
        now = time.time()
        self.seen[moment] = now
        since = (time.perf_counter() - IMPORTED_AT) * 1000
        print(f"startup {moment} {now:.6f} {since:.1f}", flush=True)
        if moment == WINDOW and self._quit_after:
            # the pane on screen may have no chart (Sessions, say): do not wait for ever
            QTimer.singleShot(CHART_WAIT_MS, self._give_up_on_chart)
        if len(self.seen) == 2 and all(self.seen.values()):
            self._app.removeEventFilter(self)
            if self._quit_after:
                QTimer.singleShot(0, self._close_windows)

    def _give_up_on_chart(self) -> None:
        if CHART not in self.seen:
            print(f"startup {CHART} none", flush=True)
            self._app.removeEventFilter(self)
            self._close_windows()

    def _close_windows(self) -> None:
        for widget in self._app.topLevelWidgets():
            if widget.isWindow() and widget.isVisible():
                widget.close()
