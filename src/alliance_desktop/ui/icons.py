"""The app's own icon, shipped inside the package (``assets/icons``)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_PARTS = ("assets", "icons", "alliance-desktop.png")


def app_icon_file() -> Path:
    """The window icon (PNG, 256 px); ``scripts/make_icons.py`` draws it."""
    return Path(str(files("alliance_desktop").joinpath(*ICON_PARTS)))


def app_icon() -> QIcon:
    """The window icon (a null icon when the file is missing: Qt then shows its default)."""
    return QIcon(str(app_icon_file()))
