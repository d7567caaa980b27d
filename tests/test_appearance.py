"""Text size, light or dark, and high contrast: applied to the whole app, charts included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from alliance_desktop.services import Services
from alliance_desktop.ui import appearance
from alliance_desktop.ui.appearance import Appearance, Scheme
from alliance_desktop.ui.charts.chart_widget import ChartWidget, theme_from
from alliance_desktop.ui.charts.plots import plot_outcomes
from alliance_desktop.ui.preferences import PreferencesDialog
from alliance_desktop.ui.settings import Settings


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    appearance.reset()
    yield qapp
    appearance.reset()


def _chart(qtbot: QtBot) -> ChartWidget:
    chart = ChartWidget("painChart", "Pain")
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.show()
    return chart


def test_text_size_scales_the_app_font_and_the_charts(qtbot: QtBot, app: QApplication) -> None:
    base = app.font().pointSizeF()
    chart = _chart(qtbot)
    assert theme_from(chart).scale == 1.0
    appearance.apply(app, Appearance(text_size=150))
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    qtbot.waitUntil(lambda: chart.font().pointSizeF() == pytest.approx(base * 1.5))
    assert theme_from(chart).scale == pytest.approx(1.5)
    assert theme_from(chart).font(8) == pytest.approx(12)
    appearance.apply(app, Appearance(text_size=100))  # from the system size, not compounded
    assert app.font().pointSizeF() == pytest.approx(base)


def test_a_drawn_chart_redraws_when_the_text_size_changes(
    qtbot: QtBot, app: QApplication, demo_services: Services
) -> None:
    patient = next(r for r in demo_services.patients.rows() if r.visit_count >= 3)
    series = demo_services.charts.patient_charts(patient.id).outcomes
    chart = _chart(qtbot)
    chart.show_series(plot_outcomes, series, by_date=False)
    drawn = chart.draw_count
    appearance.apply(app, Appearance(text_size=175))
    qtbot.waitUntil(lambda: chart.draw_count > drawn)
    title = chart.axes._left_title  # the title sits on the left
    assert title.get_fontsize() == pytest.approx(11 * 1.75)


def test_high_contrast_palette_and_focus(qtbot: QtBot, app: QApplication) -> None:
    chart = _chart(qtbot)
    appearance.apply(app, Appearance(high_contrast=True, scheme=Scheme.LIGHT))
    palette = app.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert "focus" in app.styleSheet()
    assert theme_from(chart).foreground == "#000000"
    appearance.apply(app, Appearance(high_contrast=True, scheme=Scheme.DARK))
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert theme_from(chart).foreground == "#ffffff"
    appearance.apply(app, Appearance())
    assert "focus" not in app.styleSheet()
    assert app.palette().color(QPalette.ColorRole.Window).name() != "#000000"


def test_preferences_preview_cancel_and_keep(
    qtbot: QtBot, app: QApplication, tmp_settings: Settings
) -> None:
    base = app.font().pointSizeF()
    dialog = PreferencesDialog(tmp_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(130))
    assert app.font().pointSizeF() == pytest.approx(base * 1.3)  # seen at once
    dialog.reject()
    assert app.font().pointSizeF() == pytest.approx(base)  # Cancel puts it back
    assert tmp_settings.appearance() == Appearance()

    dialog = PreferencesDialog(tmp_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(200))
    qtbot.keyClick(dialog.high_contrast, Qt.Key.Key_Space)
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert "next time" in dialog.note.text()
    dialog.accept()
    assert tmp_settings.appearance() == Appearance(200, Scheme.DARK, True)
    assert tmp_settings.language == "fr"
    again = PreferencesDialog(tmp_settings)
    qtbot.addWidget(again)
    assert again.chosen() == Appearance(200, Scheme.DARK, True)
    assert again.language.currentData() == "fr"


def test_settings_refuse_odd_stored_values(tmp_settings: Settings) -> None:
    tmp_settings._q.setValue("appearance/text_size", "enormous")
    tmp_settings._q.setValue("appearance/scheme", "purple")
    assert tmp_settings.appearance() == Appearance()
    tmp_settings._q.setValue("appearance/text_size", 333)
    assert tmp_settings.appearance().text_size == 100


def test_the_window_opens_preferences_with_ctrl_comma(
    qtbot: QtBot, app: QApplication, demo_services: Services, tmp_settings: Settings
) -> None:
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(window)
    shown: list[PreferencesDialog] = []

    def choose_bigger(dialog: PreferencesDialog) -> bool:
        shown.append(dialog)
        dialog.text_size.setCurrentIndex(dialog.text_size.findData(150))
        dialog.accept()
        return True

    window.run_dialog = choose_bigger  # type: ignore[method-assign]
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    assert tmp_settings.appearance().text_size == 150
    assert appearance.text_scale() == pytest.approx(1.5)
    window.workers.wait_all()


def test_languages_are_named_in_their_own_words() -> None:
    from alliance_desktop.ui.preferences import _language_name

    assert _language_name("fr") == "Français"
    assert _language_name("C") == "English"  # a system without a language set shows English
