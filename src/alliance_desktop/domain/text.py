"""Words the domain and services show to people, translatable without Qt.

The domain stays free of Qt: it marks its texts with :func:`QT_TRANSLATE_NOOP` (so Qt's
``lupdate`` collects them into the translation files) and looks them up through
:func:`translate`, which is the identity until the user interface installs Qt's own
``QCoreApplication.translate`` with :func:`install`.
"""

from __future__ import annotations

import datetime as dt
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


# ------------------------------------------------------------------ numbers and dates
#
# Sentences the domain and services make ("at most 200,000 characters", "since 3 Nov 2026")
# write their numbers and dates through these, so that once the user interface installs its
# locale's formats (``install_formats``) a French sentence reads "200 000" and "3 nov. 2026".
# Without it they are the English forms Python's own formatting gives.


def _english_number(value: float, decimals: int | None) -> str:
    if decimals is not None:
        return f"{value:,.{decimals}f}"
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"  # as few digits as the value needs (":g" would round to six)


#: English month names, fixed: ``strftime`` follows the C library's locale, which Qt sets
#: from the system (a French desktop would get "nov." in an English sentence).
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def english_day(value: dt.date, *, long: bool = False, year: bool = True) -> str:
    """``value`` as English writes it, whatever the language in use: ``03 Nov 2026``
    (``long``: ``03 November 2026``; without ``year``: ``03 Nov``)."""
    month = MONTHS[value.month - 1]
    text = f"{value.day:02d} {month if long else month[:3]}"
    return f"{text} {value.year}" if year else text


_number_hook: list[Callable[[float, int | None], str]] = []
_day_hook: list[Callable[[dt.date, bool], str]] = []


def install_formats(
    number_hook: Callable[[float, int | None], str] | None,
    day_hook: Callable[[dt.date, bool], str] | None,
) -> None:
    """Write numbers and dates with these from now on (None: English again)."""
    _number_hook[:] = [number_hook] if number_hook is not None else []
    _day_hook[:] = [day_hook] if day_hook is not None else []


def number(value: float, decimals: int | None = None) -> str:
    """``value`` for reading: ``1,234`` and ``1.5`` in English, ``1 234`` and ``1,5`` in French.

    ``decimals`` fixes the digits after the point; None writes as few as the value needs.
    """
    if _number_hook:
        return _number_hook[0](value, decimals)
    return _english_number(value, decimals)


def day(value: dt.date, *, long: bool = False) -> str:
    """A date for reading: ``03 Nov 2026`` (``long``: ``03 November 2026``), in the language."""
    if _day_hook:
        return _day_hook[0](value, long)
    return english_day(value, long=long)
