"""Whether the app has a practice folder open (its lock file names a live process)."""

from __future__ import annotations

import os
from pathlib import Path

LOCK_NAME = ".alliance-desktop.lock"


def in_use(folder: Path) -> bool:
    """True if a running Alliance Desktop window holds this practice folder."""
    path = folder / LOCK_NAME
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return False
    host = lines[2] if len(lines) > 2 else ""
    import socket  # here: start-up does not need it

    if host and host != socket.gethostname():
        return True  # held from another computer: assume it is
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False  # stale: left by a crash
    except (PermissionError, OSError):
        return True
    return True
