"""Save a screenshot of each pane with the demo practice, as a practitioner's laptop shows it.

Usage: python scripts/screenshots.py [OUT_DIR]   (default docs/screenshots; runs offscreen)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from alliance_desktop.services import Services
from alliance_desktop.services.demo_data import generate_demo_practice
from alliance_desktop.store.location import StoreLocation
from alliance_desktop.store.opening import open_store
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings import Settings

SIZE = (1366, 768)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    folder = Path(tempfile.mkdtemp(prefix="alliance-shots-"))
    store = open_store(StoreLocation.in_folder(folder), create=True)
    generate_demo_practice(store, patients=60, visits_per_patient=12, seed=1)
    services = Services.for_store(store)
    services.practice.use_current_practitioner()
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(services, AppEvents(), settings, data_dir=folder)
    window.resize(*SIZE)
    window.show()
    app.processEvents()

    # A patient with an open episode, goals, a rupture and several visits shows the most.
    best = max(
        (r for r in services.patients.rows(include_archived=False)),
        key=lambda r: (
            bool(
                services.patients.get(r.id).current_episode
                and services.patients.get(r.id).current_episode.is_open
            ),  # type: ignore[union-attr]
            any(v.rupture_noticed for v in services.visits.for_patient(r.id)),
            r.last_visit,
        ),
    )
    window.patient_list.select_patient(best.id)
    app.processEvents()
    for index, name in enumerate(("overview", "goals", "sessions", "reflection")):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        if name == "reflection":  # open the fullest entry rather than an empty editor
            rows = services.reflections.rows()
            gibbs = [r for r in rows if r.template.value == "gibbs"] or rows
            if gibbs:
                window.reflection_pane.select_reflection(gibbs[0].id)
                app.processEvents()
        _settle(app)
        window.grab().save(str(out / f"{name}.png"))
    window.patient_list.reselect(0)
    window.show_practice()
    _settle(app)
    window.grab().save(str(out / "practice.png"))

    # The erasure dialog and the first page of a patient's own record.
    from alliance_desktop.ui.dialogs.erase_patient_dialog import ErasePatientDialog
    from alliance_desktop.ui.reports.document import layout, page_images
    from alliance_desktop.ui.reports.patient_record import build_patient_record_document

    erase = ErasePatientDialog(services, best.id, window)
    erase.show()
    _settle(app, 0.3)
    erase.grab().save(str(out / "erase_dialog.png"))
    erase.close()
    record = services.patient_data.patient_record(best.id)
    laid = layout(
        build_patient_record_document(record, practice_name=services.practice.info().name)
    )
    page_images(laid, dpi=80)[0].save(str(out / "patient_record.png"))
    window.close()
    store.dispose()
    print(f"screenshots written to {out}")
    return 0


def _settle(app: QApplication, seconds: float = 1.5) -> None:
    """Let deferred chart draws and background results land before the picture is taken."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
