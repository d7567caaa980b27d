"""Translations: Qt ``.qm`` files shipped inside the package, one per language.

The sources are ``resources/i18n/alliance_desktop_<lang>.ts`` (Qt Linguist); the compiled
``.qm`` files beside them are what the app loads. ``python scripts/update_translations.py``
collects new strings from the code (``QCoreApplication.translate`` and ``tr``) into the
``.ts`` files and compiles them. English is the source language and needs no file.

Files are found through ``importlib.resources``, so the source tree, a wheel and the frozen
app find them the same way.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from alliance_desktop.domain import text
from alliance_desktop.ui import formats

# ``alliance_desktop_<language>.qm``
FILE_PREFIX = "alliance_desktop"


def translations_dir() -> Path:
    """The folder that holds the compiled translations (``.qm``)."""
    return Path(str(files("alliance_desktop") / "resources" / "i18n"))


def translation_file(language: str) -> Path:
    """Where the compiled translation for ``language`` (``fr``, ``fr_CA``) should be."""
    return translations_dir() / f"{FILE_PREFIX}_{language}.qm"


def available_languages() -> list[str]:
    """The languages a translation ships for (the source language, English, is implied)."""
    folder = translations_dir()
    if not folder.is_dir():
        return []
    prefix = f"{FILE_PREFIX}_"
    return sorted(p.stem[len(prefix) :] for p in folder.glob(f"{prefix}*.qm"))


class _Translator(QTranslator):
    """The app's translation, falling back to Qt's own for what Qt itself shows (the Save,
    Cancel, Open buttons of standard dialogs): one object to install and to remove."""

    def __init__(self) -> None:
        super().__init__()
        self.qt = QTranslator(self)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n) or self.qt.translate(
            context, source, disambiguation, n
        )
        # None, not '': Qt takes an empty (non-null) string as a translation found, which
        # would stop its search through the other contexts and translators.
        return found or None


def install_translator(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    """Load and install the translation for ``language`` (``fr``, ``fr_FR``), or for the
    system's language when None (``QLocale.system()``, following its list of UI languages).

    Returns the installed translator (a child of ``app``, which keeps it alive; pass it to
    ``app.removeTranslator`` and call ``formats.use_locale(None)`` to undo), or None when the
    language is the source language or no translation ships for it. Dates follow the language
    (``formats.use_locale``).
    """
    locale = QLocale.system() if language is None else QLocale(language)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        formats.use_locale(None)  # English, whatever the system's own locale
        return None
    translator = _Translator()
    # Tries alliance_desktop_fr_FR.qm, then alliance_desktop_fr.qm, for each UI language.
    if not translator.load(locale, FILE_PREFIX, "_", str(translations_dir()), ".qm"):
        formats.use_locale(None)  # no translation for it: the interface is English throughout
        return None
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator.qt.load(locale, "qtbase", "_", qt_folder, ".qm")  # if missing, Qt's own English
    translator.setParent(app)
    app.installTranslator(translator)
    # The domain's and services' words (labels, messages) follow through Qt's translation.
    text.install(QCoreApplication.translate)
    # Month and day names in dates follow the language too (undo: ``formats.use_locale(None)``).
    formats.use_locale(locale)
    return translator


def application_name() -> str:
    """The app's name as shown to people, translated (settings keep the English one)."""
    return QCoreApplication.translate("App", "Alliance Desktop")
