"""Start-up paints the patient list before the store opens: the first look at the file must
show exactly what the services would, step aside on anything unusual, and the window must
really be painted before SQLAlchemy loads."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from alliance_desktop.domain.patient_list import PatientRow
from alliance_desktop.services import Services
from alliance_desktop.store.first_look import first_look
from alliance_desktop.store.location import StoreLocation
from alliance_desktop.store.opening import create_encrypted_store, unlock_location
from alliance_desktop.store.unit_of_work import Store

PASSPHRASE = "correct horse battery staple"
BENCHMARK = Path(__file__).resolve().parent.parent / "scripts" / "benchmark.py"


def _by_id(rows: list) -> list:  # type: ignore[type-arg]
    return sorted(rows, key=lambda r: r.id)


def test_first_look_shows_what_the_services_show(demo_services: Services, data_dir: Path) -> None:
    patients = demo_services.patients
    some = patients.rows()
    patients.archive(some[0].id)  # an archived patient is listed too, marked
    expected = _by_id(patients.rows())
    assert any(r.open_alerts for r in expected), "the demo practice should have open alerts"
    assert any(r.archived for r in expected)
    look = first_look(StoreLocation.in_folder(data_dir))
    assert look is not None
    assert _by_id(look.rows) == expected
    info = demo_services.practice.info()
    assert (look.name, look.is_demo) == (info.name, info.is_demo)


def test_steps_aside_for_another_schema_a_missing_or_damaged_file(
    store: Store, data_dir: Path, tmp_path: Path
) -> None:
    location = StoreLocation.in_folder(data_dir)
    assert first_look(location) is not None
    with store.write() as s:
        s.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '0005'")
    assert first_look(location) is None  # the normal opening upgrades it first
    assert first_look(StoreLocation.in_folder(tmp_path / "nowhere")) is None
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "practice.sqlite").write_bytes(b"not a database at all" * 100)
    assert first_look(StoreLocation.in_folder(damaged)) is None


def test_an_encrypted_practice_needs_its_key(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    store, _recovery = create_encrypted_store(folder, PASSPHRASE)
    try:
        Services.for_store(store).practice.add_practitioner("Sam Tester")
    finally:
        store.dispose()
    assert first_look(StoreLocation.in_folder(folder)) is None  # no key: unreadable
    look = first_look(unlock_location(folder, passphrase=PASSPHRASE))
    assert look is not None and look.rows == []


def test_window_is_painted_before_sqlalchemy_loads(tmp_path: Path) -> None:
    """The real start-up, in its own process: the patient list is painted, then SQLAlchemy
    is imported (the store opens), then the Overview pane's module, then the first chart is
    drawn; and it exits cleanly."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    folder = tmp_path / "demo"
    script = textwrap.dedent(
        """
        import sys, time

        WATCHED = {
            "sqlalchemy": "sqlalchemy",
            "alliance_desktop.ui.panes.overview_pane": "overview",
        }

        class Watch:
            def find_spec(self, name, path=None, target=None):
                if name in WATCHED:
                    print(f"{WATCHED.pop(name)}-imported {time.time():.6f}", flush=True)
                return None

        sys.meta_path.insert(0, Watch())
        from alliance_desktop.cli import main
        sys.exit(main(sys.argv[1:]))
        """
    )
    # the first run makes the demo practice (its store opens before the window); the second
    # reopens it on a patient, as a practitioner's app does
    for run in range(2):
        if run:
            remember = [sys.executable, str(BENCHMARK), "--child-remember", str(folder)]
            subprocess.run(remember, env=env, check=True, timeout=120, capture_output=True)
        done = subprocess.run(
            [sys.executable, "-c", script, "--data-dir", str(folder), "--demo",
             "--report-startup", "--exit-after-startup"],
            env=env, capture_output=True, text=True, timeout=180, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
    order = [line.split()[1] if line.startswith("startup") else line.split()[0]
             for line in done.stdout.splitlines()]  # fmt: skip
    expected = ["window-painted", "sqlalchemy-imported", "overview-imported", "first-chart"]
    assert order == expected, done.stdout


def test_window_opens_the_store_and_the_last_patient_after_its_first_paint(
    qtbot, demo_services: Services, data_dir: Path, tmp_settings
) -> None:  # type: ignore[no-untyped-def]
    """Built from the first look, the window lists the patients without touching the store;
    once painted, the store opens (once) and the patient the practitioner left opens."""
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.main_window import MainWindow

    last = demo_services.patients.rows()[3]
    tmp_settings.last_patient = last.id
    look = first_look(StoreLocation.in_folder(data_dir))
    assert look is not None
    opened: list[Store] = []

    def opener() -> Store:
        opened.append(demo_services.store)
        return demo_services.store

    services = Services.opening(opener)
    window = MainWindow(services, AppEvents(), tmp_settings, first_look=look)
    qtbot.addWidget(window)
    assert not services.is_open and opened == []  # built without the store
    assert window.patient_list.model.rowCount() == len(look.rows)
    assert window.patient_id == 0
    assert window.header.name.text() == "Opening where you left off…"  # not "No patient"
    window.show()
    qtbot.waitUntil(lambda: window.patient_id == last.id, timeout=10_000)
    assert services.is_open and len(opened) == 1
    assert last.display_name in window.windowTitle()
    assert window.header.name.text().startswith(last.display_name)
    assert window.header.isVisible()
    window.workers.wait_all()


def _in_list_order(rows: list[PatientRow]) -> list[PatientRow | None]:
    """The rows as the list shows them at start-up (active patients, latest visit first)."""
    from alliance_desktop.ui.models.patient_table_model import PatientTableModel

    model = PatientTableModel()
    model.set_rows(rows)
    return [model.row_at(i) for i in range(model.rowCount())]


def test_first_screen_is_the_top_of_the_list_in_its_order(
    qapp, demo_services: Services, data_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """With more patients than a screen, only the lines the list shows first are read, in its
    order (ties on the last visit broken as the list breaks them), counted as the whole."""
    from alliance_desktop.store import first_look as module

    patients = demo_services.patients
    patients.archive(_in_list_order(patients.rows())[0].id)  # the top one, archived
    everyone = patients.rows()
    monkeypatch.setattr(module, "FIRST_SCREEN", 5)
    look = first_look(StoreLocation.in_folder(data_dir), first_screen=True)
    assert look is not None and not look.complete
    assert look.rows == _in_list_order(everyone)[:5]
    assert look.total == len(everyone)
    assert look.active == len([r for r in everyone if not r.archived])
    whole = first_look(StoreLocation.in_folder(data_dir), first_screen=False)
    assert whole is not None and whole.complete and _by_id(whole.rows) == _by_id(everyone)


def test_first_screen_reads_the_whole_list_when_few_patients_have_visits(
    services: Services, data_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.store import first_look as module
    from tests.factories import make_patient

    for n in range(4):
        make_patient(services, f"Family{n}", "Given")  # no visits: they come last in the list
    monkeypatch.setattr(module, "FIRST_SCREEN", 2)
    look = first_look(StoreLocation.in_folder(data_dir), first_screen=True)
    assert look is not None and look.complete and len(look.rows) == 4


def test_window_reads_the_rest_of_the_list_after_its_first_paint(
    qtbot, demo_services: Services, data_dir: Path, tmp_settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.store import first_look as module
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.main_window import PANE_OVERVIEW, MainWindow

    everyone = demo_services.patients.rows()
    last = _in_list_order(everyone)[-1]  # not on the first screen
    tmp_settings.last_patient = last.id
    monkeypatch.setattr(module, "FIRST_SCREEN", 3)
    look = first_look(StoreLocation.in_folder(data_dir), first_screen=True, also=last.id)
    assert look is not None and not look.complete
    assert [r.id for r in look.rows][-1] == last.id  # the patient the window reopens, too
    window = MainWindow(
        Services.opening(lambda: demo_services.store), AppEvents(), tmp_settings, first_look=look
    )
    qtbot.addWidget(window)
    assert window.patient_list.model.rowCount() == 4
    assert window.panes == []  # the Overview is built after the first paint
    # the rest of the list waits until the four charts of the reopened patient are drawn
    drawn_when_read: list[list[int] | None] = []

    def read() -> None:
        built = window._built.get(PANE_OVERVIEW)
        drawn_when_read.append([c.draw_count for c in built.charts] if built else None)

    window.patient_list.model.modelReset.connect(read)
    counted = f"{look.active} of {look.total} patients"
    assert window.patient_list.count_label.text() == counted  # the whole list's count
    window.show()
    qtbot.waitUntil(lambda: window.patient_id == last.id, timeout=10_000)
    qtbot.waitUntil(lambda: window.patient_list.model.total() == len(everyone), timeout=10_000)
    assert window.overview_pane.data is not None  # the reopened patient has charts
    assert len(drawn_when_read) == 1, drawn_when_read  # the whole list, read once
    assert drawn_when_read[0] and all(drawn_when_read[0]), drawn_when_read
    assert window.patient_list.count_label.text() == counted
    table = window.patient_list.table
    assert window.patient_list.current_patient_id() == last.id  # still selected, and in view
    shown = table.visualRect(table.selectionModel().currentIndex())
    assert table.viewport().rect().intersects(shown)
    assert window.patient_list.filter.currentData() == "active"  # never switched to All
    window.workers.wait_all()


def test_the_rest_of_the_list_arrives_when_another_tab_is_chosen_meanwhile(
    qtbot, demo_services: Services, data_dir: Path, tmp_settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A tab chosen between the charts and the Overview's next paint: the list is not left
    at its first screen until the practitioner comes back to the Overview."""
    from alliance_desktop.ui.main_window import PANE_SESSIONS
    from alliance_desktop.ui.panes.overview_pane import OverviewPane

    everyone = demo_services.patients.rows()
    tmp_settings.last_patient = _in_list_order(everyone)[-1].id
    window, _look = _partial_window(qtbot, demo_services, data_dir, tmp_settings, monkeypatch)
    draw_others = OverviewPane._draw_others

    def then_sessions(pane: OverviewPane) -> None:
        draw_others(pane)
        window.tabs.setCurrentIndex(PANE_SESSIONS)  # a click handled before the next paint

    monkeypatch.setattr(OverviewPane, "_draw_others", then_sessions)
    window.show()
    qtbot.waitUntil(lambda: window.patient_list.model.total() == len(everyone), timeout=10_000)
    assert window.tabs.currentIndex() == PANE_SESSIONS
    window.workers.wait_all()


def test_closed_while_the_charts_are_drawn_the_rest_of_the_list_is_not_read(
    qtbot, demo_services: Services, data_dir: Path, tmp_settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from alliance_desktop.ui.panes.overview_pane import OverviewPane

    everyone = demo_services.patients.rows()
    tmp_settings.last_patient = _in_list_order(everyone)[-1].id
    window, look = _partial_window(qtbot, demo_services, data_dir, tmp_settings, monkeypatch)
    draw_others = OverviewPane._draw_others
    closed: list[bool] = []

    def then_close(pane: OverviewPane) -> None:
        draw_others(pane)
        closed.append(window.close())  # closed before the charts reached the screen

    monkeypatch.setattr(OverviewPane, "_draw_others", then_close)
    window.show()
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
    qtbot.wait(50)
    assert closed == [True]
    assert window.patient_list.model.total() == len(look.rows)  # not read while closing
    window.workers.wait_all()


def test_a_store_that_cannot_open_after_the_first_paint_ends_in_plain_words(
    tmp_path: Path,
) -> None:
    """The first look can read the file but the store will not open: the window goes, the
    reason is shown (never a traceback), and the app exits with the store's exit code."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    folder = tmp_path / "demo"
    make = [sys.executable, "-m", "alliance_desktop", "--data-dir", str(folder), "demo-data",
            "--patients", "3", "--visits-per-patient", "2"]  # fmt: skip
    subprocess.run(make, env=env, check=True, timeout=120, capture_output=True)
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QMessageBox
        from alliance_desktop.store import opening
        from alliance_desktop.store.errors import StoreError

        def refuse(*args, **kwargs):
            raise StoreError("The practice is in use by another program.")

        opening.open_store = refuse
        QMessageBox.critical = lambda parent, title, text: print("shown:", text, flush=True)
        QMessageBox.warning = lambda parent, title, text: print("warned:", text, flush=True)
        from alliance_desktop.cli import main
        sys.exit(main(sys.argv[1:]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(folder), "--report-startup"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 3, done.stdout + done.stderr[-2000:]
    assert "startup window-painted" in done.stdout  # the first look did paint the window
    assert "shown: The practice is in use by another program." in done.stdout
    assert "warned:" not in done.stdout and "Traceback" not in done.stderr


def _partial_window(qtbot, demo_services: Services, data_dir: Path, settings, monkeypatch):  # type: ignore[no-untyped-def]
    from alliance_desktop.store import first_look as module
    from alliance_desktop.ui.events import AppEvents
    from alliance_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(module, "FIRST_SCREEN", 3)
    look = first_look(
        StoreLocation.in_folder(data_dir), first_screen=True, also=settings.last_patient
    )
    assert look is not None and not look.complete
    window = MainWindow(
        Services.opening(lambda: demo_services.store), AppEvents(), settings, first_look=look
    )
    qtbot.addWidget(window)
    return window, look


def test_what_is_typed_before_the_first_paint_stays(
    qtbot, demo_services: Services, data_dir: Path, tmp_settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A search typed while the window opens is kept (the last patient is not forced open),
    and the whole list still arrives, searched as typed."""
    everyone = demo_services.patients.rows()
    tmp_settings.last_patient = everyone[0].id
    window, _look = _partial_window(qtbot, demo_services, data_dir, tmp_settings, monkeypatch)
    wanted = everyone[-1]
    qtbot.keyClicks(window.patient_list.search, wanted.family_name)
    window.show()
    qtbot.waitUntil(lambda: window.patient_list.model.total() == len(everyone), timeout=10_000)
    assert window.patient_list.search.text() == wanted.family_name
    assert window.patient_id == 0
    assert window.header.name.text() == "No patient selected"  # nothing is being reopened
    shown = [
        window.patient_list.model.row_at(i).id for i in range(window.patient_list.model.rowCount())
    ]
    assert wanted.id in shown
    count = window.patient_list.count_label.text()
    assert count.startswith(f"{len(shown)} of ")  # the rows shown, not the whole list's count
    window.workers.wait_all()


def test_the_rest_of_the_list_arrives_with_no_patient_to_reopen(
    qtbot, demo_services: Services, data_dir: Path, tmp_settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    everyone = demo_services.patients.rows()
    tmp_settings.last_patient = 0  # first run, or closed with no patient open
    window, _look = _partial_window(qtbot, demo_services, data_dir, tmp_settings, monkeypatch)
    window.show()
    qtbot.waitUntil(lambda: window.patient_list.model.total() == len(everyone), timeout=10_000)
    assert window.patient_id == 0
    window.workers.wait_all()


def test_closed_before_the_last_patient_reopened_it_is_still_remembered(
    qtbot, demo_services: Services, data_dir: Path, tmp_settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    last = demo_services.patients.rows()[5].id
    tmp_settings.last_patient = last
    window, _look = _partial_window(qtbot, demo_services, data_dir, tmp_settings, monkeypatch)
    window.close()  # never painted
    assert tmp_settings.last_patient == last


def test_after_a_restore_at_start_up_the_window_shows_the_restored_practice(
    tmp_path: Path,
) -> None:
    """The store fails to open after the first paint and a backup is put back: the window
    comes back with the restored practice's list, reopens the last patient and draws."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    folder = tmp_path / "demo"
    make = [sys.executable, "-m", "alliance_desktop", "--data-dir", str(folder), "demo-data",
            "--patients", "8", "--visits-per-patient", "3"]  # fmt: skip
    subprocess.run(make, env=env, check=True, timeout=120, capture_output=True)
    remember = [sys.executable, str(BENCHMARK), "--child-remember", str(folder)]
    subprocess.run(remember, env=env, check=True, timeout=120, capture_output=True)
    script = textwrap.dedent(
        """
        import sys
        from alliance_desktop import app
        from alliance_desktop.store import opening
        from alliance_desktop.store.errors import StoreError

        real_open = opening.open_store

        def first_fails(*args, **kwargs):
            raise StoreError("damaged")

        def restore_offered(data_dir, location):
            # the offer is a dialog: its own event loop runs while the window is hidden
            from PySide6.QtCore import QEventLoop, QTimer

            loop = QEventLoop()
            QTimer.singleShot(300, loop.quit)
            loop.exec()
            return real_open(location)  # the backup put back, then opened

        opening.open_store = first_fails
        app._open_or_recover = restore_offered
        from alliance_desktop.cli import main
        sys.exit(main(sys.argv[1:]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(folder), "--report-startup",
         "--exit-after-startup"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    assert "startup first-chart" in done.stdout and "none" not in done.stdout, done.stdout
