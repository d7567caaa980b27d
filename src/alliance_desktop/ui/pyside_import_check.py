"""PySide's check of every imported module, answered the same way without reading it twice.

Once PySide6 is loaded, every module imported afterwards (SQLAlchemy, matplotlib, numpy and
ours: about 800) is looked at for ``from __feature__ import`` (PySide's optional snake_case
names). PySide decides whether a module uses PySide by searching its source for "PySide6",
read through ``inspect.getsource``: that decodes and splits each whole file into lines and
keeps them all in ``linecache``. Measured here, that was about 0.1 s of the time to the first
chart and 15 million characters held in memory for nothing.

``install()`` keeps PySide's question and its answer (0: the module mentions PySide6, -1:
it does not; a module without a source file is -1, as before) and reads the file as bytes.
It changes nothing if this PySide has no such check.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shiboken's support modules, the check among them


def _mentions_pyside(module: ModuleType) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, compiled, or without its source: PySide says False too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Answer PySide's per-module check from the raw file; False if there is nothing to do."""
    feature = sys.modules.get("shibokensupport.feature")
    answers = getattr(feature, "pyside_feature_dict", None)
    if feature is None or not isinstance(answers, dict) or not hasattr(feature, "feature_imported"):
        return False

    def feature_imported(module: ModuleType) -> None:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and name not in answers:
            answers[name] = 0 if _mentions_pyside(module) else -1

    setattr(feature, "feature_imported", feature_imported)  # noqa: B010 - a module found at run time
    return True
