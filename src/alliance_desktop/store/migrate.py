"""Schema migrations (Alembic, inside the package) and the start-up check that applies them.

A store is backed up before any migration; a store newer than this app fails closed.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from alliance_desktop.domain.text import number, translate
from alliance_desktop.store.backup import backup_database
from alliance_desktop.store.errors import StoreError, StoreTooNewError
from alliance_desktop.store.location import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config


class SchemaState(StrEnum):
    EMPTY = "empty"
    CURRENT = "current"
    BEHIND = "behind"
    AHEAD = "ahead"
    FOREIGN = "foreign"  # tables, but none of ours: not a practice store


def _script_location() -> str:
    # The migrations folder ships inside the package; in a wheel or a one-folder build it is a
    # real directory, which Alembic needs (it loads the scripts by path).
    resource = files("alliance_desktop.store") / "migrations"
    with as_file(resource) as path:
        return str(path)


def alembic_config() -> Config:
    """An Alembic configuration built in code (no alembic.ini to ship or lose)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", _script_location())
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_state(engine: Engine) -> SchemaState:
    """Compare the store's schema revision with this app's."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    if current is None:
        tables = set(inspect(engine).get_table_names())
        return SchemaState.FOREIGN if tables else SchemaState.EMPTY
    if current == script.get_current_head():
        return SchemaState.CURRENT
    known = {rev.revision for rev in script.walk_revisions()}
    return SchemaState.BEHIND if current in known else SchemaState.AHEAD


def _stored_revision(engine: Engine) -> str | None:
    """The store's schema revision read with one query (None for a store without one)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def check_restorable(path: Path, key: bytes | None = None) -> str:
    """The schema revision of a backup file, if this app can open it; else StoreTooNewError."""
    from alliance_desktop.store.location import connect_file

    try:
        conn = connect_file(path, key, readonly=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except Exception:  # not a database, or not one this key opens
        raise StoreTooNewError(
            translate(
                "StoreMigrate", "{name} is not an Alliance Desktop backup; nothing was changed."
            ).format(name=path.name)
        ) from None
    revision = str(row[0]) if row else ""
    if revision == SCHEMA_HEAD:
        return revision
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision not in known:
        raise StoreTooNewError(
            translate(
                "StoreMigrate",
                "{name} was made by a newer version of Alliance Desktop (schema {schema}); "
                "nothing was changed.",
            ).format(name=path.name, schema=revision)
        )
    return revision


def upgrade_to_head(
    engine: Engine, *, backup_dir: Path | None = None, key: bytes | None = None
) -> Path | None:
    """Bring the store's schema to this app's head revision.

    A store that already holds a schema is first backed up into ``backup_dir`` (SQLite's online
    backup API, verified). Returns the backup's path, or None if none was needed.

    Raises:
        StoreTooNewError: the store was written by a newer version of the app.
    """
    if _stored_revision(engine) == SCHEMA_HEAD:
        return None  # the usual case: nothing to do, and no Alembic to import
    state = schema_state(engine)
    if state is SchemaState.AHEAD:
        raise StoreTooNewError(
            translate(
                "StoreMigrate",
                "This practice database was last opened by a newer version of Alliance Desktop "
                "(schema {schema}). It has not been changed. "
                "Please install the newer version to open it.",
            ).format(schema=current_revision(engine))
        )
    if state is SchemaState.FOREIGN:
        raise StoreTooNewError(
            translate(
                "StoreMigrate",
                "This file holds a database that is not an Alliance Desktop practice; "
                "it has not been changed.",
            )
        )
    if state is SchemaState.CURRENT:
        return None
    backup: Path | None = None
    if state is SchemaState.BEHIND and backup_dir is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_database(  # rare and precious: the full check of every index
            engine,
            backup_dir / f"before-upgrade-{current_revision(engine)}-{stamp}.sqlite",
            key,
            thorough=True,
        )
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        # Batch migrations rebuild tables (copy, drop, rename); with foreign keys enforced the
        # drop of a referenced table fails. Switch enforcement off outside the transaction,
        # check every reference before committing, and switch it back on.
        sqlite = engine.dialect.name == "sqlite"
        raw = conn.connection.dbapi_connection  # outside SQLAlchemy's transaction: the pragma
        if sqlite and raw is not None:  # is a no-op inside one
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn
            with conn.begin():
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise StoreError(
                            translate(
                                "StoreMigrate",
                                "The database upgrade would leave {count} broken references; "
                                "nothing was changed.",
                            ).format(count=number(len(broken)))
                        )
        except StoreError:
            raise
        except Exception as exc:
            if backup is None:
                message = translate(
                    "StoreMigrate",
                    "The practice database could not be upgraded ({problem}). Nothing was changed.",
                ).format(problem=exc)
            else:
                message = translate(
                    "StoreMigrate",
                    "The practice database could not be upgraded ({problem}). Nothing was changed"
                    "; a backup was made first: {name}.",
                ).format(problem=exc, name=backup.name)
            raise StoreError(message) from exc
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
    return backup
