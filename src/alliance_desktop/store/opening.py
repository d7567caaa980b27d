"""Opening a practice store: refuse to create one silently, migrate after a backup, fail closed."""

from __future__ import annotations

from pathlib import Path

from alliance_desktop.domain.text import QT_TRANSLATE_NOOP, number, translate
from alliance_desktop.store.engine import ensure_readable, make_engine
from alliance_desktop.store.errors import (
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreMissingError,
)
from alliance_desktop.store.keys import Keyring, read_keyring, write_keyring
from alliance_desktop.store.location import (
    BACKUP_FOLDER,
    DB_FILENAME,
    StoreLocation,
    keyring_path,
)
from alliance_desktop.store.migrate import upgrade_to_head
from alliance_desktop.store.unit_of_work import Store


def open_store(location: StoreLocation, *, create: bool = False) -> Store:
    """Open (and, when ``create`` is true and nothing is there, create) a practice store.

    The schema is brought to this app's version, after a verified backup if it was older.

    Raises:
        StoreMissingError: nothing is there and ``create`` is false.
        StoreTooNewError: the store was written by a newer app; it is left untouched.
        StoreCorruptError: the file is not a readable database.
    """
    path = location.sqlite_path
    if path is not None and location.key is None and keyring_path(path.parent).exists():
        raise StoreLockedError(
            translate(
                "StoreOpening", "This practice is encrypted: its passphrase is needed to open it."
            )
        )
    if path is not None:
        if path.parent.exists() and not path.parent.is_dir():
            raise StoreMissingError(
                translate(
                    "StoreOpening", "{folder} is a file, not a folder for a practice."
                ).format(folder=path.parent)
            )
        if not path.exists():
            if not create:
                raise StoreMissingError(
                    translate(
                        "StoreOpening",
                        "There is no practice database in {folder}. Open the app to set up "
                        "a practice there, or run demo-data to make a demo practice.",
                    ).format(folder=path.parent)
                )
            path.parent.mkdir(parents=True, exist_ok=True)
        elif path.stat().st_size == 0 and not create:
            raise StoreCorruptError(
                translate(
                    "StoreOpening", "The practice database {path} is empty (0 bytes)."
                ).format(path=path)
            )
    engine = make_engine(location)
    try:
        ensure_readable(engine)  # StoreCorruptError only when SQLite says it is damaged
        upgrade_to_head(
            engine, backup_dir=path.parent / BACKUP_FOLDER if path else None, key=location.key
        )
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, key=location.key)


def unlock_location(
    folder: Path, *, passphrase: str | None = None, recovery_key: str | None = None
) -> StoreLocation:
    """Where the practice is, with its key if it is encrypted (derived from the passphrase).

    Raises:
        WrongPassphraseError: the passphrase or recovery key does not open it.
    """
    ring = read_keyring(folder)
    if ring is None:
        return StoreLocation.in_folder(folder)
    if recovery_key is not None:
        return StoreLocation.in_folder(folder, ring.unlock_with_recovery(recovery_key))
    if passphrase is None:
        raise StoreLockedError(
            translate("StoreOpening", "This practice is encrypted: its passphrase is needed.")
        )
    return StoreLocation.in_folder(folder, ring.unlock(passphrase))


def create_encrypted_store(folder: Path, passphrase: str) -> tuple[Store, str]:
    """A new, empty, encrypted practice. Returns the store and the recovery key (shown once).

    Raises:
        StoreError: the folder already holds a practice (nothing is overwritten).
    """
    if (folder / DB_FILENAME).exists() or keyring_path(folder).exists():
        raise StoreError(
            translate(
                "StoreOpening", "{folder} already holds a practice; nothing was changed."
            ).format(folder=folder)
        )
    check_passphrase(passphrase)
    folder.mkdir(parents=True, exist_ok=True)
    ring, key, recovery = Keyring.create(passphrase)
    write_keyring(folder, ring)
    try:
        store = open_store(StoreLocation.in_folder(folder, key), create=True)
    except BaseException:
        keyring_path(folder).unlink(missing_ok=True)
        raise
    return store, recovery


def discard_new_store(folder: Path, store: Store) -> None:
    """Remove a practice that :func:`create_encrypted_store` has just made in ``folder`` (a
    first-run import that failed or was cancelled), so the folder is as it was before.

    Only for a store made moments ago in this session: it refuses a store holding patients.
    """
    with store.read() as s:
        held = s.connection().exec_driver_sql("SELECT count(*) FROM patient").scalar()
    if held:
        raise StoreError(
            translate("StoreOpening", "This practice holds patients; it is not removed.")
        )
    store.dispose()
    database = folder / DB_FILENAME
    for path in (
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
        database.with_name(database.name + "-journal"),
        keyring_path(folder),
    ):
        path.unlink(missing_ok=True)


def change_passphrase(folder: Path, old: str, new: str, *, recovery_key: bool = False) -> None:
    """Re-seal the data key under a new passphrase (the database itself is not rewritten).

    ``old`` is the current passphrase, or the recovery key when ``recovery_key`` is true (the
    way back in after a forgotten passphrase).
    """
    ring = read_keyring(folder)
    if ring is None:
        raise StoreError(translate("StoreOpening", "This practice is not encrypted."))
    key = ring.unlock_with_recovery(old) if recovery_key else ring.unlock(old)
    check_passphrase(new)
    write_keyring(folder, ring.with_new_passphrase(key, new))


MIN_PASSPHRASE = 10

#: The words :func:`passphrase_strength` answers with, translated where they are read.
_STRENGTH = {
    "too short": QT_TRANSLATE_NOOP("StoreOpening", "too short"),
    "weak": QT_TRANSLATE_NOOP("StoreOpening", "weak"),
    "fair": QT_TRANSLATE_NOOP("StoreOpening", "fair"),
    "good": QT_TRANSLATE_NOOP("StoreOpening", "good"),
    "strong": QT_TRANSLATE_NOOP("StoreOpening", "strong"),
}


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise StoreError(
            translate(
                "StoreOpening",
                "The passphrase is too short: use at least {count} characters "
                "(a few unrelated words are easy to remember and hard to guess).",
            ).format(count=number(MIN_PASSPHRASE))
        )


def passphrase_strength(passphrase: str) -> str:
    """A plain hint while typing: weak, fair, good or strong (in the language in use)."""
    kinds = sum(any(f(c) for c in passphrase) for f in (str.islower, str.isupper, str.isdigit))
    kinds += any(not c.isalnum() for c in passphrase)
    words = len(passphrase.split())
    score = len(passphrase) // 6 + kinds + (2 if words >= 3 else 0)
    if len(passphrase) < MIN_PASSPHRASE:
        word = "too short"
    else:
        word = "weak" if score < 4 else "fair" if score < 6 else "good" if score < 8 else "strong"
    return translate("StoreOpening", _STRENGTH[word])
