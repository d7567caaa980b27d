"""The Qt binding itself: a fault in it would crash the app far from its cause."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QPointF


def test_qt_calls_keep_their_references_to_none() -> None:
    # Some binding releases (PySide6 6.12.0 on Python 3.11) drop a reference to None on every
    # call that returns nothing; the process then aborts ("deallocating None") after a few
    # thousand calls, for example while laying out a long report.
    point, obj = QPointF(), QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        point.setX(1.0)
        obj.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 5
