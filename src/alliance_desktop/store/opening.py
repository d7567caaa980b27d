"""Opening a practice store: refuse to create one silently, migrate after a backup, fail closed."""

from __future__ import annotations

from alliance_desktop.store.engine import StoreLocation, ensure_readable, make_engine
from alliance_desktop.store.errors import StoreCorruptError, StoreError, StoreMissingError
from alliance_desktop.store.migrate import upgrade_to_head
from alliance_desktop.store.unit_of_work import Store

BACKUP_FOLDER = "backups"


def open_store(location: StoreLocation, *, create: bool = False) -> Store:
    """Open (and, when ``create`` is true and nothing is there, create) a practice store.

    The schema is brought to this app's version, after a verified backup if it was older.

    Raises:
        StoreMissingError: nothing is there and ``create`` is false.
        StoreTooNewError: the store was written by a newer app; it is left untouched.
        StoreCorruptError: the file is not a readable database.
    """
    path = location.sqlite_path
    if path is not None:
        if path.parent.exists() and not path.parent.is_dir():
            raise StoreMissingError(f"{path.parent} is a file, not a folder for a practice.")
        if not path.exists():
            if not create:
                raise StoreMissingError(
                    f"There is no practice database in {path.parent}. Open the app to set up "
                    "a practice there, or run demo-data to make a demo practice."
                )
            path.parent.mkdir(parents=True, exist_ok=True)
        elif path.stat().st_size == 0 and not create:
            raise StoreCorruptError(f"The practice database {path} is empty (0 bytes).")
    engine = make_engine(location)
    try:
        try:
            ensure_readable(engine)
        except StoreError as exc:
            raise StoreCorruptError(str(exc)) from exc
        upgrade_to_head(engine, backup_dir=path.parent / BACKUP_FOLDER if path else None)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)
