"""Autogenerate an Alembic revision from the models: python scripts/new_migration.py "message"."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from alliance_desktop.store.engine import make_engine
from alliance_desktop.store.migrate import alembic_config, upgrade_to_head


def main(message: str) -> int:
    scratch = Path(tempfile.mkdtemp()) / "scratch.sqlite"
    engine = make_engine(scratch)
    upgrade_to_head(engine)
    engine.dispose()
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{scratch}")
    command.revision(cfg, message=message, autogenerate=True)
    print(
        "Now set SCHEMA_HEAD in src/alliance_desktop/store/migrate.py to the new revision id "
        "(tests/test_store.py checks it)."
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit('usage: python scripts/new_migration.py "what changed"')
    raise SystemExit(main(sys.argv[1]))
