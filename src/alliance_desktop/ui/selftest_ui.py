"""The Qt half of ``alliance-desktop --self-test``: the app icon, a chart drawn off screen,
the one-window-per-practice channel, the French translation, and the versions of Qt and
matplotlib.

Called by :mod:`alliance_desktop.selftest` (which stays Qt-free); each function raises the
error that names what is missing (ImportError, FileNotFoundError) rather than reporting it.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from alliance_desktop import APP_NAME, ORG_NAME, __version__
from alliance_desktop.ui import i18n
from alliance_desktop.ui.icons import app_icon_file

os.environ.setdefault("QT_API", "pyside6")

# The language the self-test loads, and a string it must translate.
CHECK_LANGUAGE = "fr"
CHECK_SOURCE = "The translation is loaded."
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def application() -> QApplication:
    """The running QApplication, or a new one (off screen when no platform was chosen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    _check_platform_plugin()
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def _check_platform_plugin() -> None:
    """Qt aborts the process when its platform plugin is missing; name the file instead."""
    wanted = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0] or None
    folders = [Path(p) / "platforms" for p in QCoreApplication.libraryPaths()]
    plugins = [f.name for d in folders if d.is_dir() for f in d.iterdir()]
    if not plugins:
        where = folders[0] if folders else Path("plugins", "platforms")
        raise FileNotFoundError(errno.ENOENT, "no Qt platform plugins", str(where))
    if wanted and not any(f"q{wanted}{end}" in name for name in plugins for end in ".-"):
        where = folders[0] if folders else Path("plugins", "platforms")
        raise FileNotFoundError(errno.ENOENT, "no such Qt platform plugin", str(where / wanted))


def check_icon() -> str:
    """Load the app icon; raises FileNotFoundError naming it when it is not there."""
    from PySide6.QtGui import QImage

    application()
    path = app_icon_file()
    if not path.is_file():
        raise FileNotFoundError(errno.ENOENT, "not found", str(path))
    image = QImage(str(path))
    if image.isNull():
        raise ValueError(f"{path} is not an image Qt can read (is the PNG plugin bundled?)")
    return f"{path.name} {image.width()}x{image.height()}"


def render_chart_png() -> bytes:
    """Draw the headline chart (trust and bond) on a small series with the QtAgg canvas, off
    screen, and return it as PNG bytes; it is also saved as SVG and PDF (the other formats a
    chart can be saved in), which must succeed too."""
    from alliance_desktop.services.charts import AllianceSeries, ChartVisit
    from alliance_desktop.ui.charts.plots import plot_trust_bond

    application()
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    start = dt.datetime(2026, 1, 5, 9, 0)
    visits = tuple(
        ChartVisit(visit_id=i + 1, number=i + 1, at=start + dt.timedelta(weeks=i)) for i in range(4)
    )
    series = AllianceSeries(
        visits=visits,
        patient={"trust": (7.0, 8.0, None, 9.0), "bond": (6.5, 7.5, None, 8.5)},
        practitioner={"trust": (7.0, 7.0, 8.0, 8.0)},
        concern_line=6.0,
        alert_visit_ids=frozenset({2}),
        rupture_visit_ids=frozenset(),
        repair_visit_ids=frozenset(),
        annotations=(),
    )
    figure = Figure(figsize=(6.0, 3.0), dpi=80)
    canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]  # a QWidget, not shown
    try:
        hits = plot_trust_bond(figure.add_subplot(111), series)
        if len(hits) != len(visits):
            raise ValueError(f"the chart has {len(hits)} points for {len(visits)} visits")
        saved: dict[str, bytes] = {}
        for fmt in ("png", "svg", "pdf"):
            buffer = io.BytesIO()
            figure.savefig(buffer, format=fmt)
            saved[fmt] = buffer.getvalue()
    finally:
        shiboken6.delete(canvas)
    for fmt, magic in (("png", PNG_SIGNATURE), ("svg", b"<?xml"), ("pdf", b"%PDF")):
        if not saved[fmt].startswith(magic):
            raise ValueError(f"the chart was not written as {fmt.upper()}")
    return saved["png"]


def check_single_instance(folder: Path) -> str:
    """Open the local channel that keeps one window per practice, and connect to it."""
    from PySide6.QtNetwork import QLocalSocket

    from alliance_desktop.ui.single_instance import SingleInstance

    application()
    instance = SingleInstance(folder)
    name = instance.name
    try:
        if not instance.listen():
            raise OSError(f"cannot listen on {name}: {instance.server.errorString()}")
        socket = QLocalSocket()
        socket.connectToServer(name)
        if not socket.waitForConnected(2000):
            raise OSError(f"cannot connect to {name}: {socket.errorString()}")
        socket.abort()
    finally:
        instance.server.close()
        shiboken6.delete(instance)
    return f"local channel {name}"


def check_translation(language: str = CHECK_LANGUAGE) -> str:
    """Load ``language``'s translation, translate a string with it, then uninstall it.

    Returns the translated string. Raises FileNotFoundError naming the ``.qm`` file when it is
    not there, ValueError when it is there but translates nothing.
    """
    app = application()
    path = i18n.translation_file(language)
    if not path.is_file():
        raise FileNotFoundError(errno.ENOENT, "not found", str(path))
    translator = i18n.install_translator(app, language)
    if translator is None:
        raise ValueError(f"{path} could not be loaded as a Qt translation")
    try:  # a literal, so that lupdate finds it (scripts/update_translations.py)
        translated = QCoreApplication.translate("SelfTest", "The translation is loaded.")
    finally:
        app.removeTranslator(translator)
        shiboken6.delete(translator)
    if translated == CHECK_SOURCE:
        raise ValueError(f"{path} does not translate {CHECK_SOURCE!r}")
    return translated


def versions() -> dict[str, str]:
    """The versions of Qt, PySide6 and matplotlib this app runs with."""
    import matplotlib
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "matplotlib": matplotlib.__version__,
    }
