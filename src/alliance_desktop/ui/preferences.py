"""Preferences: language, text size, light or dark, high contrast.

The look changes at once, so the practitioner sees it before keeping it; Cancel puts the
previous look back. A new language applies the next time the app opens.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.ui import appearance
from alliance_desktop.ui.appearance import TEXT_SIZES, Appearance, Scheme
from alliance_desktop.ui.i18n import available_languages
from alliance_desktop.ui.settings import Settings


def _language_name(code: str) -> str:
    """A language's own name ('Français'), as its speakers look for it."""
    locale = QLocale(code)
    if locale.language() is QLocale.Language.C:  # a system with no language set: English text
        return "English"
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class PreferencesDialog(QDialog):
    """The app-wide preferences; ``accept()`` keeps them, ``reject()`` restores the look."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self._before = settings.appearance()
        self._language_before = settings.language

        self.language = QComboBox(self)
        self.language.setObjectName("prefLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(
            self.tr("As the system ({name})").format(name=_language_name(QLocale.system().name())),
            "",
        )
        self.language.addItem("English", "en")
        for code in available_languages():
            self.language.addItem(_language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        self.text_size = QComboBox(self)
        self.text_size.setObjectName("prefTextSize")
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setAccessibleDescription(
            self.tr("The size of all text, the charts' included, as a percentage")
        )
        for size in TEXT_SIZES:
            label = self.tr("{size}% (the system's size)") if size == 100 else "{size}%"
            self.text_size.addItem(label.format(size=size), size)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(self._before.text_size)))

        self.scheme = QComboBox(self)
        self.scheme.setObjectName("prefScheme")
        self.scheme.setAccessibleName(self.tr("Light or dark"))
        for scheme, label in (
            (Scheme.SYSTEM, self.tr("As the system")),
            (Scheme.LIGHT, self.tr("Light")),
            (Scheme.DARK, self.tr("Dark")),
        ):
            self.scheme.addItem(label, scheme.value)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(self._before.scheme.value)))

        self.high_contrast = QCheckBox(self.tr("&High contrast (black and white, strong focus)"))
        self.high_contrast.setObjectName("prefHighContrast")
        self.high_contrast.setChecked(self._before.high_contrast)

        self.note = QLabel("", self)
        self.note.setObjectName("prefNote")
        self.note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Text size"), self.text_size)
        form.addRow(self.tr("Light or &dark"), self.scheme)
        form.addRow("", self.high_contrast)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

        self.text_size.currentIndexChanged.connect(self._preview)
        self.scheme.currentIndexChanged.connect(self._preview)
        self.high_contrast.toggled.connect(self._preview)
        self.language.currentIndexChanged.connect(self._on_language)

    def chosen(self) -> Appearance:
        return Appearance(
            text_size=int(self.text_size.currentData()),
            scheme=Scheme(str(self.scheme.currentData())),
            high_contrast=self.high_contrast.isChecked(),
        )

    def _preview(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            appearance.apply(app, self.chosen())

    def _on_language(self) -> None:
        changed = str(self.language.currentData()) != self._language_before
        self.note.setText(
            self.tr("The new language applies the next time you open Alliance Desktop.")
            if changed
            else ""
        )

    def accept(self) -> None:
        self.settings.set_appearance(self.chosen())
        self.settings.language = str(self.language.currentData())
        super().accept()

    def reject(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            appearance.apply(app, self._before)
        super().reject()
