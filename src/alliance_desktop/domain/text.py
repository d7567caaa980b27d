"""Words the domain and services show to people, translatable without Qt.

The domain stays free of Qt: it marks its texts with :func:`QT_TRANSLATE_NOOP` (so Qt's
``lupdate`` collects them into the translation files) and looks them up through
:func:`translate`, which is the identity until the user interface installs Qt's own
``QCoreApplication.translate`` with :func:`install`.
"""

from __future__ import annotations

from collections.abc import Callable

_hooks: list[Callable[[str, str], str]] = []


def install(hook: Callable[[str, str], str] | None) -> None:
    """Translate through ``hook(context, text)`` from now on (None: English again)."""
    _hooks[:] = [hook] if hook is not None else []


def translate(context: str, text: str) -> str:
    """``text`` in the language in use (the English text when there is no translation)."""
    if not _hooks:
        return text
    return _hooks[0](context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context``; it is translated where it is shown."""
    return text
