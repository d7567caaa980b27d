"""Dates and times as people read them, in the language of the interface.

Qt's date patterns, not ``strftime``'s: ``dd`` day (``d`` without the zero), ``MMM`` short
month, ``MMMM`` full month, ``ddd`` short weekday, ``dddd`` full weekday, ``yyyy`` year (``yy``
two digits), ``HH:mm`` time. In English (the default) the text is the one ``strftime`` gives
(``%d %b %Y`` is ``dd MMM yyyy``); once a translation is installed (``i18n.install_translator``
calls ``use_locale``) month and day names follow its language.

Machine-readable dates (file names, CSV, JSON) and the date-entry field keep their fixed
formats and do not come through here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from alliance_desktop.domain import text

#: The locale dates are written in when no translation is installed: English names, the same
#: as ``strftime`` in the C locale ("Nov", "Thu").
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

#: The locale dates are written in (one item, replaced by ``use_locale``).
_current = [QLocale(ENGLISH)]


def use_locale(locale: QLocale | None) -> None:
    """Write dates and numbers in ``locale`` from now on; None goes back to English.

    The sentences the domain and services make follow too (``domain.text.install_formats``).
    """
    _current[0] = QLocale(ENGLISH if locale is None else locale)
    # Qt's own widgets (date editors, their calendars) write month names in it too.
    QLocale.setDefault(_current[0])
    if locale is None:
        text.install_formats(None, None)
    else:
        text.install_formats(number, _day_in_words)


def locale() -> QLocale:
    """The locale dates are written in."""
    return QLocale(_current[0])


def day(d: dt.date, fmt: str = "dd MMM yyyy") -> str:
    """A date (or the date of a date and time): ``26 Nov 2026``."""
    return _current[0].toString(QDate(d.year, d.month, d.day), fmt)


def moment(value: dt.datetime, fmt: str = "ddd dd MMM yyyy HH:mm") -> str:
    """A date and time, as its own figures say (convert to local time first if needed):
    ``Thu 26 Nov 2026 14:05``."""
    when = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
    return _current[0].toString(when, fmt)


def clock(value: dt.datetime | dt.time, fmt: str = "HH:mm") -> str:
    """A time of day: ``14:05``."""
    return _current[0].toString(QTime(value.hour, value.minute, value.second), fmt)


def _day_in_words(value: dt.date, long: bool) -> str:
    return day(value, "dd MMMM yyyy" if long else "dd MMM yyyy")


def number(value: float, decimals: int | None = None) -> str:
    """A number for reading: ``1,234`` and ``1.5`` in English, ``1 234`` and ``1,5`` in French.

    ``decimals`` fixes the digits after the decimal point; None writes as few as the value
    needs (a whole number without any).
    """
    if decimals is not None:
        return _current[0].toString(float(value), "f", decimals)
    if isinstance(value, int) or float(value).is_integer():
        return _current[0].toString(int(value))
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return _current[0].toString(float(value), "g", shortest)


def language_code() -> str:
    """The interface's language as a two-letter code: ``en``, ``fr``."""
    return QLocale.languageToCode(_current[0].language()) or "en"
