"""The French translation: complete for the folders whose texts are wrapped, placeholders and
keyboard shortcuts kept, the shipped .qm compiled from the .ts as it is, and the dialogs really
French once the translator is installed.

The messages that must be translated are found by running ``pyside6-lupdate`` over the package
(with locations, into a temporary file) and keeping those whose ``<location filename=...>`` lies
in one of ``TRANSLATED_FOLDERS``: wrapping a new file there extends the test by itself.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from alliance_desktop.services import Services

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "alliance_desktop"
TS_FILE = PACKAGE / "resources" / "i18n" / "alliance_desktop_fr.ts"
QM_FILE = TS_FILE.with_suffix(".qm")

#: Folders (inside the package) whose every user-visible text goes through Qt's translation and
#: must be translated in French; add a folder here once its files are wrapped.
TRANSLATED_FOLDERS = (
    "app.py",
    "domain",
    "services",
    "store",
    "ui/dialogs",
    "ui/widgets",
    "ui/preferences.py",
    "ui/reports",
    "ui/charts",
    "ui/data_exchange.py",
    "ui/long_task.py",
    "ui/main_window.py",
    "ui/panes",
    "ui/models",
    "ui/autosave.py",
)

#: (context, source text, disambiguation or None): how Qt tells messages apart.
Key = tuple[str, str, str | None]

PLACEHOLDER = re.compile(r"\{(\w*)\}")
SHORTCUT = re.compile(r"&(?=[^&\s])")  # "&Save": a keyboard shortcut ("&&" is a literal "&")


def _back_to_english(app: Any, translator: Any) -> None:
    """Undo ``install_translator``: the texts and the dates in English again."""
    from alliance_desktop.ui import formats

    app.removeTranslator(translator)
    formats.use_locale(None)


def _update_script() -> ModuleType:
    """scripts/update_translations.py, for the way it finds pyside6-lupdate and -lrelease."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _key(context: str, message: ET.Element) -> Key:
    return context, message.findtext("source") or "", message.findtext("comment")


def _translations(message: ET.Element) -> list[str]:
    """The translated text, or each plural form's."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is None
        or translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not all(text.strip() for text in _translations(message))
    )


@pytest.fixture(scope="module")
def wrapped(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """Every message of the code in TRANSLATED_FOLDERS, as lupdate finds it."""
    folder = tmp_path_factory.mktemp("lupdate").resolve()
    ts = folder / "found.ts"
    subprocess.run(
        [
            *_update_script()._tool("lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "absolute",
            str(PACKAGE),
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )
    roots = [(PACKAGE / name).resolve() for name in TRANSLATED_FOLDERS]
    found: set[Key] = set()
    for context, message in _messages(ts):
        for location in message.iter("location"):
            source_file = (folder / location.get("filename", "")).resolve()
            if any(source_file.is_relative_to(root) for root in roots):
                found.add(_key(context, message))
    return found


def test_the_translated_folders_have_messages(wrapped: set[Key]) -> None:
    contexts = {context for context, _, _ in wrapped}
    assert {"PatientDialog", "ErasePatientDialog", "FormDialog", "PatientHeader"} <= contexts
    # Files as well as folders: reports, charts, data exchange and long tasks.
    assert {
        "Reports",
        "ReportDialog",
        "ReportDocument",
        "PatientRecord",
        "Charts",
        "ChartWidget",
        "DataExchange",
        "LongTask",
    } <= contexts
    # The window, its panes, the patient table and the autosave's messages.
    assert {
        "MainWindow",
        "OverviewPane",
        "PracticeView",
        "GoalsPane",
        "SessionsPane",
        "VisitEditor",
        "ReflectionPane",
        "PatientTableModel",
        "Autosave",
    } <= contexts


def test_every_message_of_the_translated_folders_is_translated(wrapped: set[Key]) -> None:
    in_ts = {_key(context, m): m for context, m in _messages(TS_FILE)}
    missing = sorted(k for k in wrapped if k not in in_ts)
    assert not missing, "not in the .ts (run python scripts/update_translations.py): " + "; ".join(
        f"{c}: {s!r}" for c, s, _ in missing
    )
    unfinished = sorted(k for k in wrapped if _unfinished(in_ts[k]))
    assert not unfinished, f"{len(unfinished)} message(s) to translate:\n" + "\n".join(
        f"  {c}: {s!r}" + (f" ({d})" if d else "") for c, s, d in unfinished
    )


def test_translations_keep_the_placeholders_and_shortcuts() -> None:
    wrong = []
    for context, message in _messages(TS_FILE):
        if _unfinished(message):
            continue
        source = message.findtext("source") or ""
        for text in _translations(message):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if bool(SHORTCUT.search(text)) != bool(SHORTCUT.search(source)):
                wrong.append(f"{context}: {source!r} -> {text!r} (keyboard shortcut)")
    assert not wrong, "\n".join(wrong)


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    """Byte for byte what lrelease makes of the .ts now (mtimes mean nothing in a clone)."""
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [*_update_script()._tool("lrelease"), "-silent", str(TS_FILE), "-qm", str(fresh)],
        check=True,
    )
    assert fresh.read_bytes() == QM_FILE.read_bytes(), (
        "the .qm is out of date: run python scripts/update_translations.py --release"
    )


def test_dialogs_speak_french_with_the_french_translator(
    qtbot, qapp, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from alliance_desktop.ui.dialogs.episode_dialog import EpisodeDialog
    from alliance_desktop.ui.dialogs.erase_patient_dialog import ErasePatientDialog
    from alliance_desktop.ui.dialogs.patient_dialog import PatientDialog
    from alliance_desktop.ui.i18n import install_translator
    from alliance_desktop.ui.widgets.patient_header import PatientHeader

    patient = demo_services.patients.rows()[0]
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        new = PatientDialog(demo_services)
        qtbot.addWidget(new)
        assert new.windowTitle() == "Nouveau patient"
        assert new.storage_consent.text() == "Consent à la conservation de ses données"
        assert new.born.edit.placeholderText() == "jj/mm/aaaa"  # a widget of widgets/fields.py
        new.born.edit.setText("31/02/1980")
        assert new.born.check() == (
            "Date de naissance\u00a0: «\u00a031/02/1980\u00a0» n’est pas une date comme 31/12/1980."
        )

        edit = PatientDialog(demo_services, demo_services.patients.get(patient.id))
        qtbot.addWidget(edit)
        assert edit.windowTitle() == "Modifier la fiche du patient"

        erase = ErasePatientDialog(demo_services, patient.id)
        qtbot.addWidget(erase)
        assert erase.windowTitle() == f"Effacer {erase.patient_name}"
        assert erase.erase_button.text() == "Effacer &définitivement"
        assert erase.export_button.text() == "&Exporter d’abord ses données…"

        # A text of FormDialog, the base class, shown by a subclass (tr looks up the MRO).
        episode = EpisodeDialog(demo_services, patient.id)
        qtbot.addWidget(episode)
        assert episode.windowTitle() == "Nouvel épisode de soins"
        cancel = episode.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.accessibleName() == "Annuler"

        header = PatientHeader()
        qtbot.addWidget(header)
        assert header.name.text() == "Aucun patient sélectionné"
        detail = demo_services.patients.get(patient.id)
        header.show_patient(detail)
        assert "séance" in header.facts.text()
        assert header.consent.text().startswith("Consentement\u00a0: ")
    finally:
        _back_to_english(qapp, translator)

    english = PatientDialog(demo_services)
    qtbot.addWidget(english)
    assert english.windowTitle() == "New patient"  # other tests stay in English


def test_reports_speak_french_with_the_french_translator(qapp, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    """A progress report built (as in a worker) while French is installed is French, its
    charts included; the patient's own record names its keys in French; English after."""
    from alliance_desktop.services.reports import ProgressSection, ReportService
    from alliance_desktop.ui.i18n import install_translator
    from alliance_desktop.ui.reports.document import Chart, Keep, layout
    from alliance_desktop.ui.reports.patient_record import build_patient_record_document
    from alliance_desktop.ui.reports.render import build_progress_document

    patient = demo_services.patients.rows()[0]
    reports = ReportService(demo_services.store, demo_services.instruments)
    report = reports.progress_report(
        patient.id, sections={ProgressSection.GOALS, ProgressSection.ALLIANCE_CHART}
    )
    record = {"Patient": {"Name": "Ada Lark", "Date of birth": "1975-03-09"}}
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        document = build_progress_document(report)
        text = layout(document).text()
        record_text = layout(build_patient_record_document(record)).text()
    finally:
        _back_to_english(qapp, translator)

    assert "Bilan d’évolution" in text  # the title
    assert "Vos objectifs et vos progrès" in text  # a section heading
    assert "Page 1 sur" in text and "Confidentiel\u00a0: " in text  # the running footer
    charts = [
        block
        for outer in document.blocks
        for block in (outer.blocks if isinstance(outer, Keep) else (outer,))
        if isinstance(block, Chart)
    ]
    assert charts and "Confiance et lien au fil des séances".encode() in charts[0].svg
    assert "Date de naissance | 9 mars 1975" in record_text  # French month names

    english = layout(build_progress_document(report)).text()
    assert "Your goals and progress" in english and "Vos objectifs" not in english


def test_the_main_window_speaks_french_with_the_french_translator(
    qtbot, qapp, demo_services: Services, tmp_settings
) -> None:  # type: ignore[no-untyped-def]
    """Menus, tabs, panes and the status bar of a window built while French is installed."""
    from PySide6.QtCore import Qt

    from alliance_desktop.ui.dialogs.ask import Ask
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.i18n import install_translator
    from alliance_desktop.ui.main_window import PANE_GOALS, PANE_SESSIONS, MainWindow, help_html

    Ask.reset()
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        window = MainWindow(demo_services, AppEvents(), tmp_settings)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Fichier", "É&dition", "&Patient", "&Rapports", "&Affichage", "Aid&e"]
        tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
        assert tabs == ["&Vue d’ensemble", "&Objectifs", "&Séances", "Réf&lexion"]
        assert window.new_visit_action.text() == "Nouvelle &séance"
        assert window.save_label.text() == "Toutes les modifications sont enregistrées"
        assert "<h3>Clavier</h3>" in help_html()
        # A pane built while French is installed.
        window.tabs.setCurrentIndex(PANE_GOALS)
        assert window.goals_pane.add_goal_button.text() == "Ajouter un objectif…"
        assert window.goals_pane.tree.headerItem().text(0) == "Objectif (mots du patient)"
        assert window.sessions_pane.new_button.text() == "Nouvelle séance"
        header = window.patient_list.model.headerData(2, Qt.Orientation.Horizontal)
        assert header == "Vu le"

        # Longer French words still fit a 1366 px laptop screen, every pane and chart shown.
        def reason_length(row: Any) -> int:
            episode = demo_services.patients.get(row.id).current_episode
            return len(episode.reason) if episode and row.visit_count >= 3 else 0

        patient = max(demo_services.patients.rows(), key=reason_length)
        window.resize(1366, 768)
        window.show()
        window.patient_list.select_patient(patient.id)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(20)
        window.tabs.setCurrentIndex(0)
        qtbot.waitUntil(lambda: window.overview_pane.alliance_chart.draw_count > 0)
        assert window.minimumSizeHint().width() <= 1366
        window.overview_pane.episode_label.setText("Douleur lombaire chronique " * 8)
        qtbot.wait(20)  # the layouts take in the new text
        assert window.minimumSizeHint().width() <= 1366  # a long episode reason wraps
        window.workers.wait_all()
        window.close()
    finally:
        _back_to_english(qapp, translator)
        Ask.reset()

    english = MainWindow(demo_services, AppEvents(), tmp_settings)
    qtbot.addWidget(english)
    assert english.tabs.tabText(PANE_SESSIONS) == "&Sessions"  # other tests stay in English
    english.workers.wait_all()
    english.close()


def test_each_menu_keeps_its_french_shortcut_letters_apart(
    qtbot, qapp, demo_services, tmp_settings
) -> None:  # type: ignore[no-untyped-def]
    """No two items of one menu (nor two menus, nor two tabs) share a keyboard letter."""
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.i18n import install_translator
    from alliance_desktop.ui.main_window import MainWindow

    def letters(texts: list[str]) -> list[str]:
        return [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]

    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        window = MainWindow(demo_services, AppEvents(), tmp_settings)
        qtbot.addWidget(window)
        groups = [[a.text() for a in window.menuBar().actions()]]
        groups.append([window.tabs.tabText(i) for i in range(window.tabs.count())])
        for action in window.menuBar().actions():
            menu = action.menu()
            assert menu is not None
            groups.append([a.text() for a in menu.actions() if not a.isSeparator()])
        window.workers.wait_all()
        window.close()
    finally:
        _back_to_english(qapp, translator)
    for texts in groups:
        found = letters(texts)
        assert len(found) == len(set(found)), texts


def test_short_ages_read_as_singular_in_french(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.ui.i18n import install_translator
    from alliance_desktop.ui.widgets.patient_header import PatientHeader

    header = PatientHeader()
    qtbot.addWidget(header)
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        assert header.tr("{age} years", "0 or 1").format(age=1) == "1 an"
        assert header.tr("{age} years").format(age=2) == "2 ans"
    finally:
        _back_to_english(qapp, translator)
    assert header.tr("{age} years", "0 or 1").format(age=1) == "1 years"  # English unchanged


def test_qts_own_buttons_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from alliance_desktop.ui.i18n import install_translator

    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QCoreApplication.translate("App", "Alliance Desktop") != ""
    finally:
        _back_to_english(qapp, translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_domains_labels_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    """Labels made in the Qt-free domain are translated through the hook the UI installs."""
    from alliance_desktop.domain.vocab import CpdTheme, GoalStatus, VisitType
    from alliance_desktop.ui.i18n import install_translator

    assert VisitType.FOLLOW_UP.label == "Follow-up"
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        assert VisitType.FOLLOW_UP.label == "Suivi"
        assert GoalStatus.ACHIEVED.label == "Atteint"
        assert CpdTheme.A.label.startswith("A\u00a0: Communication")
    finally:
        _back_to_english(qapp, translator)
    assert VisitType.FOLLOW_UP.label == "Follow-up"


def test_alert_texts_stored_in_english_are_shown_in_french(qapp) -> None:  # type: ignore[no-untyped-def]
    """An alert's sentence is stored in English with its numbers; it is shown translated."""
    from alliance_desktop.domain.alerts import CONCERN, shown
    from alliance_desktop.ui.i18n import install_translator

    stored = CONCERN.format(total=53, maximum=70, threshold=63)
    assert shown(stored) == stored
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        french = shown(stored)
        assert french != stored and "53" in french and "70" in french and "63" in french
    finally:
        _back_to_english(qapp, translator)
    assert shown(stored) == stored


def test_dates_follow_the_language(qtbot, qapp, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    """Month and day names are French once the French translation is installed, and English
    (the text ``strftime`` gives) again once it is removed."""
    import datetime as dt

    from alliance_desktop.ui import formats
    from alliance_desktop.ui.i18n import install_translator
    from alliance_desktop.ui.widgets.patient_header import PatientHeader

    day = dt.date(2026, 11, 26)
    moment = dt.datetime(2026, 11, 26, 9, 5)
    assert formats.day(day) == f"{day:%d %b %Y}" == "26 Nov 2026"
    assert formats.day(dt.date(2026, 3, 7), "d MMMM yy") == "7 March 26"
    assert formats.moment(moment) == f"{moment:%a %d %b %Y %H:%M}" == "Thu 26 Nov 2026 09:05"
    assert formats.clock(moment) == "09:05"

    patient = next(p for p in demo_services.patients.rows() if p.date_of_birth is not None)
    detail = demo_services.patients.get(patient.id)
    born = detail.data.date_of_birth
    assert born is not None
    header = PatientHeader()
    qtbot.addWidget(header)
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        assert formats.day(day) == "26 nov. 2026"
        assert formats.day(day, "dd MMMM yyyy") == "26 novembre 2026"
        assert formats.moment(moment) == "jeu. 26 nov. 2026 09:05"
        header.show_patient(detail)
        french_month = formats.locale().monthName(
            born.month, formats.QLocale.FormatType.ShortFormat
        )
        assert f"{born:%d} {french_month} {born:%Y}" in header.facts.text()
    finally:
        _back_to_english(qapp, translator)
    assert formats.day(day) == "26 Nov 2026"
    header.show_patient(detail)
    assert f"{born:%d %b %Y}" in header.facts.text()


def test_messages_from_the_services_speak_french_with_numbers_and_dates(  # type: ignore[no-untyped-def]
    qapp, services: Services
) -> None:
    """A refusal raised in the Qt-free services reads French, with French numbers and dates,
    once the translation is installed; and English again after."""
    import datetime as dt

    from alliance_desktop.domain import text, validation
    from alliance_desktop.domain.errors import ValidationError
    from alliance_desktop.services.patients import PatientInput
    from alliance_desktop.ui.i18n import install_translator

    def refusal(call: Any) -> str:
        with pytest.raises(ValidationError) as caught:
            call()
        return caught.value.message

    too_long = "x" * (validation.MAX_LINE_CHARS + 1)
    english = refusal(lambda: validation.required_text(too_long, "family_name"))
    assert english == "The family name is too long (501 characters; at most 500)."
    assert refusal(
        lambda: services.patients.create(PatientInput(family_name="", given_names="Sam"))
    ) == ("Please enter the family name.")
    assert text.number(200000) == "200,000" and text.day(dt.date(2026, 11, 3)) == "03 Nov 2026"
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        french = refusal(
            lambda: services.patients.create(PatientInput(family_name="", given_names="Sam"))
        )
        assert french.startswith("Veuillez") and "nom de famille" in french
        assert text.number(200000) == "200\u202f000"
        assert text.number(1.5) == "1,5"
        assert text.day(dt.date(2026, 11, 3), long=True) == "03 novembre 2026"
    finally:
        _back_to_english(qapp, translator)
    assert refusal(
        lambda: services.patients.create(PatientInput(family_name="", given_names="Sam"))
    ) == ("Please enter the family name.")
    assert text.number(200000) == "200,000"


def test_qts_widgets_write_dates_in_the_interfaces_language(qapp) -> None:  # type: ignore[no-untyped-def]
    """Date editors follow the interface, not the system: French with the French translation,
    English when English is chosen (or no translation ships for the system's language)."""
    from PySide6.QtCore import QDate, QLocale

    from alliance_desktop.ui.i18n import install_translator

    november = QDate(2026, 11, 3)
    assert install_translator(qapp, "de") is None  # no German translation: English throughout
    assert QLocale().toString(november, "MMMM") == "November"
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        assert QLocale().toString(november, "MMMM") == "novembre"
    finally:
        _back_to_english(qapp, translator)
    assert QLocale().toString(november, "MMMM") == "November"
    assert install_translator(qapp, "en") is None
    assert QLocale().language() == QLocale.Language.English


def test_patient_list_headings_are_never_cut_short(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """Each fixed column of the patient list is at least as wide as its heading and its widest
    date, in French as in English."""
    import datetime as dt

    from alliance_desktop.ui import formats
    from alliance_desktop.ui.i18n import install_translator
    from alliance_desktop.ui.models.patient_table_model import PatientTableModel
    from alliance_desktop.ui.widgets.patient_list import PatientListPanel

    def check() -> None:
        panel = PatientListPanel()
        qtbot.addWidget(panel)
        header = panel.table.horizontalHeader()
        titles = panel.model.headers()
        for col in (PatientTableModel.COL_BORN, PatientTableModel.COL_LAST_VISIT):
            assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(titles[col])
        widest = max(
            panel.table.fontMetrics().horizontalAdvance(
                formats.day(dt.date(2000, m, 28), "dd MMM yy")
            )
            for m in range(1, 13)
        )
        assert header.sectionSize(PatientTableModel.COL_LAST_VISIT) > widest

    check()
    translator = install_translator(qapp, "fr")
    assert translator is not None
    try:
        check()
    finally:
        _back_to_english(qapp, translator)
