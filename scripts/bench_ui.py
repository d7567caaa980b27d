"""Measure what the practitioner waits for: patient switch, search keystroke, draft save.

Usage: python scripts/bench_ui.py [--patients 5000] [--visits 20] [--repeat 30]
Builds (or reuses) a demo practice under /tmp, opens the main window offscreen, and prints
medians and 95th percentiles in milliseconds. Figures, not pass/fail: shared machines are noisy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from alliance_desktop.services import Services
from alliance_desktop.services.demo_data import generate_demo_practice
from alliance_desktop.services.visits import VisitDraft
from alliance_desktop.store.location import StoreLocation
from alliance_desktop.store.opening import open_store
from alliance_desktop.ui.events import AppEvents
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings import Settings


def _stats(name: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    print(
        f"{name:<34} median {statistics.median(values):7.1f} ms   p95 {p95:7.1f} ms"
        f"   (n={len(values)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=5000)
    parser.add_argument("--visits", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / f"alliance-bench-{args.patients}x{args.visits}"
    location = StoreLocation.in_folder(folder)
    if not location.exists():
        t = time.perf_counter()
        store = open_store(location, create=True)
        generate_demo_practice(store, patients=args.patients, visits_per_patient=args.visits)
        print(f"built demo practice in {time.perf_counter() - t:.1f} s")
    else:
        store = open_store(location)
    app = QApplication.instance() or QApplication(sys.argv)
    services = Services.for_store(store)
    services.practice.use_current_practitioner()
    settings = Settings(QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat))
    t = time.perf_counter()
    window = MainWindow(services, AppEvents(), settings, data_dir=folder)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    print(
        f"main window with {args.patients:,} patients built in "
        f"{(time.perf_counter() - t) * 1000:.0f} ms"
    )
    rows = services.patients.rows(include_archived=False)
    step = max(1, len(rows) // args.repeat)
    for pane_index, pane_name in ((0, "Overview"), (2, "Sessions"), (1, "Goals")):
        window.tabs.setCurrentIndex(pane_index)
        timings = []
        for row in rows[::step][: args.repeat]:
            t = time.perf_counter()
            window.patient_list.select_patient(row.id)
            app.processEvents()
            timings.append((time.perf_counter() - t) * 1000)
        _stats(f"switch patient ({pane_name} shown)", timings)
    window.patient_list.reselect(0)
    search = window.patient_list.search
    timings = []
    for word in ("mor", "dub", "o'b", "hel", "1980", "smi"):
        search.clear()
        for ch in word:
            t = time.perf_counter()
            search.insert(ch)
            app.processEvents()
            timings.append((time.perf_counter() - t) * 1000)
    _stats("search, per keystroke", timings)
    draft_row = next(
        (v for r in rows for v in services.visits.for_patient(r.id)[-1:] if not v.signed), None
    )
    timings = []
    if draft_row is not None:
        visit = draft_row
        detail = services.visits.get(visit.id)
        for i in range(args.repeat):
            draft = VisitDraft(
                starts_at=detail.draft.starts_at,
                visit_type=detail.draft.visit_type,
                plan=f"plan {i}",
            )
            t = time.perf_counter()
            services.visits.save_draft(visit.id, draft)
            timings.append((time.perf_counter() - t) * 1000)
        _stats("save a draft (in the write worker)", timings)
    window.close()
    window.deleteLater()
    app.processEvents()
    store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
