"""PySide's check of every imported module, answered without keeping each module's source.

Once PySide6 is loaded, every module imported afterwards (SQLAlchemy, matplotlib, numpy and
ours: about 800) is looked at for ``from __feature__ import`` (PySide's optional snake_case
names). PySide decides whether a module uses PySide by searching its source for "PySide6",
read through ``inspect.getsource``: that decodes and splits each whole file into lines and
keeps them all in ``linecache``. Measured here, that was 0.1-0.2 s of the time to the first
chart and 15 million characters held in memory for nothing.

``install()`` replaces only that search (``_mod_uses_pyside``); PySide's own bookkeeping is
unchanged. The module's ``.py`` file is read as bytes. A module without one answers "does
not use PySide", as before for built-in, compiled and frozen modules; a zipped module, which
``inspect`` could still read, now answers the same (this app zips none). Nothing changes if
this PySide has no such check.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shiboken's support modules, the check among them


def mentions_pyside(module: ModuleType) -> bool:
    """True if the module's source file mentions PySide6 (PySide's own test)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith((".py", ".pyw")):
        return False  # built in, compiled, or without its source
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False  # frozen: the path names no file


def install() -> bool:
    """Answer PySide's per-module check from the raw file; False if there is nothing to do."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", mentions_pyside)  # noqa: B010 - found at run time
    return True
