"""The PyInstaller one-folder build (build.spec): it builds, stays small, and its own
``--self-test`` passes off screen. About a minute on a two-core machine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from alliance_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
#: The Linux bundle must stay under this (sum of the file sizes, symbolic links not followed).
MAX_BUNDLE_BYTES = 200 * 1000 * 1000
VERSIONS = ("Alliance Desktop", "Python", "SQLite", "SQLCipher", "Qt", "PySide6", "matplotlib")


def _executable(dist: Path) -> tuple[Path, Path]:
    """The bundle's folder and its command-line executable, as build.spec names them."""
    if sys.platform == "win32":
        folder = dist / "Alliance Desktop"
        return folder, folder / "alliance-desktop.exe"
    if sys.platform == "darwin":
        app = dist / "Alliance Desktop.app"
        return app, app / "Contents" / "MacOS" / "Alliance Desktop"
    folder = dist / "alliance-desktop"
    return folder, folder / "alliance-desktop"


def _size(folder: Path) -> int:
    total = 0
    for base, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(base, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


@pytest.mark.slow
def test_the_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "build"
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-6000:]
    folder, executable = _executable(dist)
    assert executable.is_file(), sorted(p.name for p in dist.iterdir())

    if sys.platform.startswith("linux"):
        size = _size(folder)
        assert size < MAX_BUNDLE_BYTES, f"the bundle is {size / 1e6:.1f} MB"
        internal = folder / "_internal"
        unwanted = [
            "PySide6/Qt/lib/libQt6Qml.so.6",
            "PySide6/Qt/lib/libQt6Quick.so.6",
            "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
            "PySide6/Qt/qml",
            "PyQt5",
            "PyQt6",
            "tkinter",
            "matplotlib/backends/_tkagg.cpython-311-x86_64-linux-gnu.so",
        ]
        assert [u for u in unwanted if (internal / u).exists()] == []
        assert (internal / "alliance_desktop/resources/i18n/alliance_desktop_fr.qm").is_file()
        assert (internal / "alliance_desktop/store/migrations/env.py").is_file()

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    ran = subprocess.run(
        [str(executable), "--self-test"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    lines = ran.stdout.splitlines()
    assert lines[0] == f"Alliance Desktop {__version__} self-test (frozen)"
    assert "FAILED" not in ran.stdout
    for what in VERSIONS:
        line = next(line for line in lines if line.startswith(f"version {what}: "))
        assert line.split(": ", 1)[1] not in ("", "unknown"), line
    assert f"version Alliance Desktop: {__version__}" in lines
    assert lines[-1] == "self-test passed"
