"""Run something once a widget has been painted: the window first, the slow work after.

Start-up uses it to put the window on screen before the store opens, the Overview's charts
after the pane is painted (the first chart before the three others), and the rest of the
patient list after the charts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)  # goes with the widget: nothing is called for a deleted one
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._post)
        return False

    def _post(self) -> None:
        # Posted twice: everything else the same paint pass posted (the rest of the window
        # is painted after this widget; the start-up report) runs first.
        QTimer.singleShot(0, self._fire)

    def _fire(self) -> None:
        self.deleteLater()
        self._callback()


def after_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, after the next paint of ``widget`` has reached the screen."""
    _AfterPaint(widget, callback)
