"""Where practice data lives: the platform's user-data folder, unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "ALLIANCE_DATA_DIR"
APP_DIR_NAME = "AllianceDesktop"


def user_data_root() -> Path:
    """The platform's per-user data folder for the app (no folder is created)."""
    import platformdirs  # here: a --data-dir start never loads it

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def resolve_data_dir(option: str | os.PathLike[str] | None = None, *, demo: bool = False) -> Path:
    """The practice folder: ``--data-dir``, else ``ALLIANCE_DATA_DIR``, else the platform default.

    The demo practice lives in a folder of its own, never beside real records.
    """
    chosen = option or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return user_data_root() / ("demo-practice" if demo else "practice")
