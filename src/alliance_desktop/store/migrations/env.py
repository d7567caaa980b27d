"""Alembic environment, configured in code by alliance_desktop.store.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from alliance_desktop.store import models  # noqa: F401  (registers every table)
from alliance_desktop.store.base import Base

config = context.config


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _configure_and_run(connection)
else:  # a developer running alembic against a file: alembic -x url=sqlite:///x.sqlite ...
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("pass the database: alembic -x url=sqlite:///path/to/practice.sqlite")
    with create_engine(url).connect() as conn:
        _configure_and_run(conn)
        conn.commit()
