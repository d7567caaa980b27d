"""A writer for the crash test: commits patients one by one and reports each committed id.

Usage: python scripts/crash_writer.py DATA_DIR   (runs until it is killed)
Each line printed is the id of a patient whose commit has returned.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from alliance_desktop.services.patients import PatientInput, PatientService
from alliance_desktop.store.location import StoreLocation
from alliance_desktop.store.opening import open_store


def main(folder: Path) -> None:
    store = open_store(StoreLocation.in_folder(folder), create=True)
    patients = PatientService(store)
    n = 0
    while True:
        n += 1
        detail = patients.create(
            PatientInput(
                family_name=f"Crash{os.getpid()}-{n}",
                given_names="Test",
                communication_notes="x" * 2000,
            ),
            confirm_duplicate=True,
        )
        print(detail.id, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
