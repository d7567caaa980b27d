"""A writer killed with SIGKILL at random moments never loses a commit or corrupts the store."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent.parent / "scripts" / "crash_test.py"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL semantics")
def test_thirty_kills_lose_nothing_committed(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("crash_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    crash = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(crash)
    rng = random.Random(7)
    confirmed = 0
    for _ in range(30):
        count, problems = crash.one_round(tmp_path, rng)
        assert problems == []
        confirmed += count
    assert confirmed >= 30  # the writer really committed between kills
