"""PySide's check of each imported module is answered as PySide answers it, from the raw file."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

import alliance_desktop.ui  # noqa: F401 - installs the check
from alliance_desktop.ui.pyside_import_check import install, mentions_pyside

# These tests fail, rather than skip, if a PySide release drops the check: then
# ui/pyside_import_check.py has nothing left to do and can go.


@pytest.fixture
def module_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_each_new_module_gets_pysides_answer_without_its_lines_kept(module_folder: Path) -> None:
    (module_folder / "uses_qt_here.py").write_text("from PySide6.QtCore import QObject\n")
    (module_folder / "plain_here.py").write_text("VALUE = 1\n")
    answers = sys.modules["shibokensupport.feature"].pyside_feature_dict
    importlib.invalidate_caches()
    __import__("uses_qt_here")
    __import__("plain_here")
    assert answers["uses_qt_here"] == 0  # may use a PySide feature
    assert answers["plain_here"] == -1  # ignored by PySide's feature switching
    kept = {Path(name).name for name in linecache.cache}
    assert not {"uses_qt_here.py", "plain_here.py"} & kept  # never read into linecache
    for name in ("uses_qt_here", "plain_here"):
        sys.modules.pop(name, None)
        answers.pop(name, None)


def test_a_module_without_a_source_file_does_not_use_pyside(tmp_path: Path) -> None:
    import types

    compiled = types.ModuleType("compiled_here")
    compiled.__file__ = str(tmp_path / "compiled_here.cpython-311-x86_64-linux-gnu.so")
    frozen = types.ModuleType("frozen_here")
    frozen.__file__ = str(tmp_path / "not-there" / "frozen_here.py")  # as in the bundle
    assert not mentions_pyside(compiled) and not mentions_pyside(frozen)
    assert not mentions_pyside(types.ModuleType("built_in_here"))
    assert mentions_pyside(sys.modules["alliance_desktop.ui.pyside_import_check"])


def test_installing_again_is_harmless() -> None:
    assert install() is True
    from PySide6.QtWidgets import QWidget

    assert QWidget.__name__ == "QWidget"  # PySide's own names are untouched
