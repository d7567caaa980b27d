"""The ``alliance-desktop`` command: opens the app, or runs an admin command without a window."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from alliance_desktop import __version__
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.paths import resolve_data_dir
from alliance_desktop.store.engine import StoreLocation
from alliance_desktop.store.errors import StoreError, StoreMissingError
from alliance_desktop.store.opening import open_store

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_STORE = 3

DEMO_PATIENTS = 60
DEMO_VISITS = 12


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' must be 0 or more")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-25") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="alliance-desktop",
        description="Alliance Desktop: track the therapeutic alliance visit by visit. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="practice folder (default: the user-data folder, or $ALLIANCE_DATA_DIR)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo practice (kept in its own folder, created on first use)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo-data", help="fill an empty store with a synthetic practice (deterministic)"
    )
    demo.add_argument("--patients", type=_positive_int, default=DEMO_PATIENTS, metavar="N")
    demo.add_argument("--visits-per-patient", type=_positive_int, default=DEMO_VISITS, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar="DATE",
        help="date the practice is built up to (default: today)",
    )
    commands.add_parser("check", help="check integrity, schema and settings; prints ok and counts")
    commands.add_parser("stats", help="print the number of records of each kind as JSON")
    return parser


def _location(args: argparse.Namespace) -> StoreLocation:
    return StoreLocation.in_folder(resolve_data_dir(args.data_dir, demo=args.demo))


def _cmd_demo_data(args: argparse.Namespace) -> int:
    from alliance_desktop.services.demo_data import generate_demo_practice

    location = _location(args)
    folder = location.sqlite_path.parent if location.sqlite_path else None
    if folder is not None and not location.exists() and folder.exists() and any(folder.iterdir()):
        print(
            f"error: {folder} is not empty and holds no practice database; choose an empty folder.",
            file=sys.stderr,
        )
        return EXIT_STORE
    store = open_store(location, create=True)
    try:
        last = [-1]

        def progress(done: int, total: int) -> None:
            percent = done * 100 // max(total, 1)
            if percent // 10 != last[0] // 10 and sys.stderr.isatty():
                print(f"  {percent}% ({done:,} of {total:,} patients)", file=sys.stderr)
            last[0] = percent

        summary = generate_demo_practice(
            store,
            patients=args.patients,
            visits_per_patient=args.visits_per_patient,
            seed=args.seed,
            today=args.today,
            progress=progress,
        )
    finally:
        store.dispose()
    print(
        f"Demo practice created in {location.describe()}: {summary.patients:,} patients, "
        f"{summary.visits:,} visits, {summary.responses:,} check-ins, "
        f"{summary.reflections:,} reflections."
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from alliance_desktop.services.maintenance import MaintenanceService

    store = open_store(_location(args))
    try:
        report = MaintenanceService(store).check()
    finally:
        store.dispose()
    if not report.ok:
        print("problems found:", file=sys.stderr)
        for problem in report.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_PROBLEM
    print("ok")
    print(f"schema {report.schema}")
    for name, count in report.counts.items():
        print(f"{name}: {count}")
    return EXIT_OK


def _cmd_stats(args: argparse.Namespace) -> int:
    from alliance_desktop.services.maintenance import MaintenanceService

    store = open_store(_location(args))
    try:
        print(json.dumps(MaintenanceService(store).stats(), indent=2))
    finally:
        store.dispose()
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from alliance_desktop.app import run_gui  # Qt loads only when a window is shown

    data_dir = resolve_data_dir(args.data_dir, demo=args.demo)
    return run_gui(data_dir, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers = {
        "demo-data": _cmd_demo_data,
        "check": _cmd_check,
        "stats": _cmd_stats,
        None: _cmd_gui,
    }
    try:
        return handlers[args.command](args)
    except StoreMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE
    except ValidationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
