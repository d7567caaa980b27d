"""Draw the app icon and write it in each platform's format.

    python scripts/make_icons.py

Writes:
- ``src/alliance_desktop/assets/icons/alliance-desktop.png`` (256 px): the window icon, loaded
  by the app at run time (and the icon for a Linux ``.desktop`` file);
- ``packaging/icons/alliance-desktop.ico`` (16 to 256 px): the Windows executable's icon;
- ``packaging/icons/alliance-desktop.icns`` (16 to 1024 px): the macOS app bundle's icon.

The picture: two overlapping rings (practitioner and patient) on a rounded square, in the
charts' colour-blind-safe palette. Pillow (installed with matplotlib) writes .ico and .icns on
any platform; on a Mac, ``iconutil`` makes the same .icns from an ``.iconset`` folder.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
RUNTIME_PNG = ROOT / "src" / "alliance_desktop" / "assets" / "icons" / "alliance-desktop.png"
PACKAGING = ROOT / "packaging" / "icons"
SIZE = 1024
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"


def draw(size: int = SIZE) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 1024
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    background = QPainterPath()
    background.addRoundedRect(QRectF(64 * s, 64 * s, 896 * s, 896 * s), 200 * s, 200 * s)
    painter.fillPath(background, QColor(BLUE))
    left = QRectF(190 * s, 300 * s, 400 * s, 400 * s)
    right = QRectF(434 * s, 300 * s, 400 * s, 400 * s)
    overlap = QPainterPath()
    overlap.addEllipse(left)
    other = QPainterPath()
    other.addEllipse(right)
    painter.fillPath(overlap.intersected(other), QColor(GREEN))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#ffffff"), 64 * s))
    painter.drawEllipse(left)
    painter.setPen(QPen(QColor(ORANGE), 64 * s))
    painter.drawEllipse(right)
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    picture = to_pillow(draw())
    RUNTIME_PNG.parent.mkdir(parents=True, exist_ok=True)
    PACKAGING.mkdir(parents=True, exist_ok=True)
    picture.resize((256, 256), Image.Resampling.LANCZOS).save(RUNTIME_PNG, optimize=True)
    picture.save(
        PACKAGING / "alliance-desktop.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    picture.save(PACKAGING / "alliance-desktop.icns")
    for path in (
        RUNTIME_PNG,
        PACKAGING / "alliance-desktop.ico",
        PACKAGING / "alliance-desktop.icns",
    ):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
