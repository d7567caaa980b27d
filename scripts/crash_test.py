"""Kill a writer with SIGKILL at random moments and check nothing committed was lost.

Usage: python scripts/crash_test.py [KILLS] [DATA_DIR]   (default 1000 kills, a temp folder)
After every kill: SQLite's integrity check passes and every patient whose commit had returned
(the writer printed its id) is in the database. Prints a summary; exits 1 on any loss.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WRITER = Path(__file__).with_name("crash_writer.py")


def one_round(folder: Path, rng: random.Random) -> tuple[int, list[str]]:
    """Start the writer, kill it at a random moment, and check the store."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    committed: list[int] = []
    first = proc.stdout.readline()  # wait until it writes, then let it run a little
    if first.strip():
        committed.append(int(first))
    time.sleep(rng.uniform(0.0, 0.25))
    proc.kill()  # SIGKILL: no clean-up, no flush, like a power cut for the process
    out, err = proc.communicate()
    committed += [int(line) for line in out.split() if line.strip()]
    problems = []
    if not committed:
        problems.append("the writer committed nothing: " + (err.strip().splitlines() or ["?"])[-1])
    conn = sqlite3.connect(folder / "practice.sqlite")
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            problems.append(f"integrity: {check[:3]}")
        present = {r[0] for r in conn.execute("SELECT id FROM patient")}
    finally:
        conn.close()
    missing = [i for i in committed if i not in present]
    if missing:
        problems.append(f"{len(missing)} committed patients missing, e.g. {missing[:5]}")
    return len(committed), problems


def run(kills: int, folder: Path, seed: int = 1) -> int:
    rng = random.Random(seed)
    total = 0
    failures = 0
    for round_no in range(1, kills + 1):
        count, problems = one_round(folder, rng)
        total += count
        if problems:
            failures += 1
            print(f"kill {round_no}: " + "; ".join(problems))
    print(f"{kills} kills, {total} commits confirmed before the kill, {failures} with a problem")
    return 1 if failures else 0


if __name__ == "__main__":
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    raise SystemExit(run(kills, folder))
