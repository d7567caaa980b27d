"""The ``alliance-desktop`` command: opens the app, or runs an admin command without a window."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from alliance_desktop import __version__
from alliance_desktop.domain.errors import ValidationError
from alliance_desktop.paths import resolve_data_dir
from alliance_desktop.store.errors import StoreError, StoreMissingError
from alliance_desktop.store.folder_lock import in_use
from alliance_desktop.store.location import StoreLocation, is_encrypted
from alliance_desktop.store.location_check import location_warning

if TYPE_CHECKING:
    from alliance_desktop.domain.patient_import import ImportPreview
    from alliance_desktop.store.unit_of_work import Store

ENV_PASSPHRASE = "ALLIANCE_PASSPHRASE"
EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_STORE = 3

DEMO_PATIENTS = 60
DEMO_VISITS = 12


def _count(maximum: int) -> Callable[[str], int]:
    """An argparse type: a whole number from 0 to ``maximum``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not 0 <= value <= maximum:
            raise argparse.ArgumentTypeError(f"'{text}' must be from 0 to {maximum:,}")
        return value

    return parse


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-25") from None


def _column_choice(text: str) -> tuple[str, str]:
    """An argparse type: FIELD=COLUMN, FIELD one of the patient details an import fills."""
    from alliance_desktop.domain.patient_import import ImportField

    field, sep, column = text.partition("=")
    field = field.strip()
    if not sep or field not in {f.value for f in ImportField}:
        fields = ", ".join(f.value for f in ImportField)
        raise argparse.ArgumentTypeError(f"'{text}' is not FIELD=COLUMN with FIELD one of {fields}")
    return field, column.strip()


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
        "--passphrase-file",
        metavar="FILE",
        help="read an encrypted practice's passphrase from FILE (or set $ALLIANCE_PASSPHRASE)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo practice (kept in its own folder, created on first use)",
    )
    parser.add_argument(
        "--report-startup",
        action="store_true",
        help="print when the window and the first chart were first drawn (for measuring)",
    )
    parser.add_argument("--exit-after-startup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (a temporary encrypted practice, a chart drawn off "
        "screen, the French translation), print the versions in use and exit: 0 if all is "
        "well; needs no practice and no display",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "init", help="create a new encrypted practice; prints its recovery key once"
    )
    demo = commands.add_parser(
        "demo-data", help="fill an empty store with a synthetic practice (deterministic)"
    )
    demo.add_argument(
        "--patients",
        type=_count(100_000),
        default=DEMO_PATIENTS,
        metavar="N",
        help=f"number of patients, up to 100,000 (default {DEMO_PATIENTS})",
    )
    demo.add_argument(
        "--visits-per-patient",
        type=_count(500),
        default=DEMO_VISITS,
        metavar="M",
        help=f"visits per patient, up to 500 (default {DEMO_VISITS})",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="the same seed always gives the same practice (default 1)",
    )
    demo.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar="DATE",
        help="date the practice is built up to (default: today)",
    )
    instruments = commands.add_parser("instruments", help="list or validate questionnaires")
    inst_commands = instruments.add_subparsers(
        dest="instruments_command", metavar="ACTION", required=True
    )
    inst_commands.add_parser("list", help="the questionnaires this practice can use")
    validate = inst_commands.add_parser(
        "validate", help="check a definition file; prints valid, or the field and the problem"
    )
    validate.add_argument("file", metavar="FILE")
    backup = commands.add_parser("backup", help="make a verified backup now")
    backup.add_argument("--to", metavar="DIR", help="folder (default: backups/ in the data dir)")
    restore = commands.add_parser(
        "restore", help="replace the practice with a backup (the current one is kept aside)"
    )
    restore.add_argument("file", metavar="FILE")
    importing = commands.add_parser(
        "import-patients",
        help="add patients from a CSV or tab-separated file exported by a spreadsheet",
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument(
        "--dry-run", action="store_true", help="only report what would be imported; change nothing"
    )
    importing.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="how the file writes a date such as 03/04/1980: dmy (day first) or mdy (month "
        "first); needed when the file's dates could be read both ways",
    )
    importing.add_argument(
        "--delimiter",
        choices=("comma", "semicolon", "tab"),
        help="the character between cells (default: found in the file)",
    )
    importing.add_argument(
        "--column",
        action="append",
        default=[],
        type=_column_choice,
        metavar="FIELD=COLUMN",
        help="take FIELD (family_name, given_names, full_name, preferred_name, date_of_birth, "
        "email, phone, address, notes) from COLUMN, a heading or a number from 1; "
        "FIELD= leaves it out. Repeat for each field to change",
    )
    importing.add_argument(
        "--include-duplicates",
        action="store_true",
        help="import the lines flagged as likely duplicates too",
    )
    export = commands.add_parser(
        "export",
        help="write the whole practice to one JSON file, for moving it to another computer "
        "(it holds everything, private reflections included: keep it as safely as a backup); "
        "with --deidentify, a research export instead",
    )
    export.add_argument(
        "--out",
        required=True,
        metavar="FILE_OR_DIR",
        help="the JSON file; with --deidentify, a new folder for the CSV files, or a file "
        "ending in .zip to get them in one zip file",
    )
    export.add_argument(
        "--deidentify",
        action="store_true",
        help="research export: only patients who consented to research use; no names, "
        "contacts, dates or free text; random codes that change with every export",
    )
    export.add_argument(
        "--format",
        choices=("json", "csv"),
        default=None,
        help="json for the whole practice (default), csv for --deidentify (default)",
    )
    importing_practice = commands.add_parser(
        "import",
        help="load a whole-practice export (made by export) into a new, empty practice",
    )
    importing_practice.add_argument("file", metavar="FILE")
    export_patient = commands.add_parser(
        "export-patient",
        help="write everything held about one patient to a JSON file (their right of access; "
        "the practitioner's private reflection notes are left out)",
    )
    export_patient.add_argument("patient_id", type=_count(10**12), metavar="ID")
    export_patient.add_argument("--out", required=True, metavar="FILE", help="the JSON file")
    commands.add_parser("check", help="check integrity, schema and settings; prints ok and counts")
    commands.add_parser("stats", help="print the number of records of each kind as JSON")
    return parser


def _location(args: argparse.Namespace) -> StoreLocation:
    """The practice, with its key when it is encrypted (the passphrase is asked for then)."""
    folder = resolve_data_dir(args.data_dir, demo=args.demo)
    if not is_encrypted(folder):
        return StoreLocation.in_folder(folder)
    from alliance_desktop.store.opening import unlock_location

    return unlock_location(folder, passphrase=_passphrase(args, confirm=False))


def _passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    """From --passphrase-file, else $ALLIANCE_PASSPHRASE, else asked on the terminal."""
    if args.passphrase_file:
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise StoreError(f"The passphrase file cannot be read: {exc.strerror}.") from None
        except UnicodeDecodeError:
            raise StoreError("The passphrase file is not UTF-8 text.") from None
    if os.environ.get(ENV_PASSPHRASE):
        return os.environ[ENV_PASSPHRASE]
    if not sys.stdin.isatty():
        raise StoreError(
            f"This needs the practice passphrase: use --passphrase-file or ${ENV_PASSPHRASE}."
        )
    try:
        import getpass

        first = getpass.getpass("Practice passphrase: ")
        again = getpass.getpass("The same passphrase again: ") if confirm else first
    except EOFError:
        raise StoreError("No passphrase was given; nothing was changed.") from None
    if again != first:
        raise StoreError("The two passphrases are not the same; nothing was changed.")
    return first


def _cmd_init(args: argparse.Namespace) -> int:
    folder = resolve_data_dir(args.data_dir, demo=args.demo)
    from alliance_desktop.store.opening import create_encrypted_store

    store, recovery = create_encrypted_store(folder, _passphrase(args, confirm=True))
    store.dispose()
    print(f"New encrypted practice in {folder}.")
    print("Recovery key (write it down and keep it somewhere safe; it is shown only now):")
    print(f"    {recovery}")
    print("With it you can open the practice if the passphrase is ever forgotten.")
    return EXIT_OK


@contextmanager
def _opened(location: StoreLocation, *, create: bool = False) -> Iterator[Store]:
    """The practice store for one command, always closed after it."""
    from alliance_desktop.store.opening import open_store

    store = open_store(location, create=create)
    try:
        yield store
    finally:
        store.dispose()


def _refuse_unusable_folder(location: StoreLocation) -> int | None:
    """Before filling a new practice: refuse a file where the folder should be, or a folder
    that holds other things but no practice (an exit code), else None."""
    folder = location.sqlite_path.parent if location.sqlite_path else None
    if folder is None or not folder.exists():
        return None
    if not folder.is_dir():
        print(f"error: {folder} is a file, not a folder.", file=sys.stderr)
        return EXIT_STORE
    if not location.exists() and any(not p.name.startswith(".") for p in folder.iterdir()):
        print(
            f"error: {folder} is not empty and holds no practice database; choose an empty folder.",
            file=sys.stderr,
        )
        return EXIT_STORE
    return None


def _cmd_demo_data(args: argparse.Namespace) -> int:
    from alliance_desktop.services.demo_data import generate_demo_practice

    location = _location(args)
    refused = _refuse_unusable_folder(location)
    if refused is not None:
        return refused
    with _opened(location, create=True) as store:
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
    print(
        f"Demo practice created in {location.describe()}: {summary.patients:,} patients, "
        f"{summary.visits:,} visits, {summary.responses:,} patient check-ins, "
        f"{summary.reflections:,} reflections."
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from alliance_desktop.services.maintenance import MaintenanceService

    location = _location(args)
    with _opened(location) as store:
        report = MaintenanceService(store).check()
    if not report.ok:
        print("problems found:", file=sys.stderr)
        for problem in report.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_PROBLEM
    print("ok")
    print(f"schema {report.schema}")
    assert location.sqlite_path is not None
    warning = location_warning(location.sqlite_path.parent)
    if warning:
        print(f"warning: {warning}")
    for name, count in report.counts.items():
        print(f"{name}: {count}")
    return EXIT_OK


def _cmd_stats(args: argparse.Namespace) -> int:
    from alliance_desktop.services.maintenance import MaintenanceService

    with _opened(_location(args)) as store:
        import json

        print(json.dumps(MaintenanceService(store).stats(), indent=2))
    return EXIT_OK


def _cmd_instruments(args: argparse.Namespace) -> int:
    from alliance_desktop.services.instruments import (
        InstrumentRegistry,
        instrument_row,
        parse_definition,
        read_definition_file,
        shipped,
    )

    if args.instruments_command == "validate":
        instrument = parse_definition(read_definition_file(Path(args.file)))
        print(
            f"valid: {instrument.id} version {instrument.version}, {len(instrument.items)} items,"
            f" languages {', '.join(instrument.languages)}"
        )
        return EXIT_OK
    location = _location(args)
    if location.exists():
        with _opened(location) as store:
            rows = InstrumentRegistry(store).rows()
    else:  # no practice yet: what ships with the app (no store is created)
        rows = [instrument_row(i) for i in shipped()]
    for r in rows:
        origin = "shipped" if r.shipped else "imported"
        licence = "; licence not confirmed" if r.needs_licence_confirmation else ""
        print(
            f"{r.id}\tv{r.version}\t{r.respondent}\t{','.join(r.languages)}\t{origin}"
            f"{licence}\t{r.title}"
        )
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from alliance_desktop.store.backup import make_backup
    from alliance_desktop.store.location import BACKUP_FOLDER

    location = _location(args)
    with _opened(location) as store:
        assert location.sqlite_path is not None
        folder = Path(args.to) if args.to else location.sqlite_path.parent / BACKUP_FOLDER
        made = make_backup(store.engine, folder, key=store.key, thorough=True)
    print(
        f"backup verified: {made.path} ({made.size:,} bytes, {made.patients} patients, "
        f"{made.visits} visits)"
    )
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from alliance_desktop.store.backup import restore_backup
    from alliance_desktop.store.location import BACKUP_FOLDER
    from alliance_desktop.store.migrate import check_restorable

    location = _location(args)
    assert location.sqlite_path is not None
    source = Path(args.file)
    if not source.is_file():
        print(f"error: {source} is not a file.", file=sys.stderr)
        return EXIT_STORE
    check_restorable(source, location.key)
    kept = restore_backup(
        source,
        location.sqlite_path,
        keep_current_in=location.sqlite_path.parent / BACKUP_FOLDER,
        key=location.key,
    )
    with _opened(location) as store:  # brings an older backup's schema up to date
        from alliance_desktop.services.maintenance import MaintenanceService

        report = MaintenanceService(store).check()
    if kept:
        print(f"the practice as it was is kept in {kept}")
    print(
        f"restored from {source}: {report.counts.get('patients', 0)} patients, "
        f"{report.counts.get('visits', 0)} visits"
    )
    return EXIT_OK if report.ok else EXIT_PROBLEM


def _column_index(headers: Sequence[str], column: str) -> int | None:
    """The index of COLUMN (a number from 1, or a heading); None for '' (not imported).

    Raises:
        ValidationError: no such column.
    """
    from alliance_desktop.domain.people import fold

    if not column:
        return None
    if column.isdigit():
        if not 1 <= int(column) <= len(headers):
            raise ValidationError(
                f"There is no column {column}; the file has {len(headers)} columns."
            )
        return int(column) - 1
    wanted = fold(column.strip())
    for index, heading in enumerate(headers):
        if fold(heading) == wanted:
            return index
    raise ValidationError(
        f"No column is headed '{column}'; the headings are: "
        + ", ".join(f"'{h}'" for h in headers)
        + "."
    )


def _print_import_report(preview: ImportPreview) -> None:
    from alliance_desktop.domain.patient_import import DateOrder, ImportField

    found = " (found in the file)"
    print(f"encoding: {preview.encoding_label}")
    print(f"delimiter: {preview.delimiter_name}{found if preview.delimiter_detected else ''}")
    print("columns:")
    for field in ImportField:
        index = preview.column_of(field)
        if index is not None:
            print(f"  {field.label.lower():<30} <- {preview.column_label(index)}")
    ignored = [preview.column_label(i) for i in preview.ignored_columns]
    if ignored:
        print(f"  not imported: {', '.join(ignored)}")
    if preview.column_of(ImportField.DATE_OF_BIRTH) is not None:
        if preview.date_order is DateOrder.UNKNOWN:
            print("dates: day/month or month/day? (to be chosen)")
        else:
            origin = " (as chosen)" if preview.date_order_chosen else found
            print(f"dates: {preview.date_order.label}{origin}")
    print(f"{len(preview.rows):,} patient(s) ready to import")
    if preview.problems:
        lines = len({p.line for p in preview.problems})
        print(f"{lines:,} line(s) with problems (not imported):")
        for problem in preview.problems:
            print(f"  {problem}")
    if preview.duplicates:
        print(f"{len(preview.duplicates):,} likely duplicate(s):")
        for duplicate in preview.duplicates:
            print(f"  {duplicate}")


def _cmd_import_patients(args: argparse.Namespace) -> int:
    from alliance_desktop.domain.patient_import import DateOrder
    from alliance_desktop.services.patient_import import PatientImportService
    from alliance_desktop.services.practice import PracticeService

    source = Path(args.file)
    try:
        data = source.read_bytes()
    except OSError as exc:
        print(f"error: {source} cannot be read: {exc.strerror or exc}.", file=sys.stderr)
        return EXIT_PROBLEM
    options = {
        "delimiter": args.delimiter,
        "date_order": args.date_order,
        "include_duplicates": args.include_duplicates,
    }
    with _opened(_location(args)) as store:
        service = PatientImportService(store)
        preview = service.preview(data, **options)
        if args.column:
            mapping = dict(preview.mapping)
            for field, column in args.column:
                index = _column_index(preview.headers, column)
                if index is None:
                    mapping.pop(field, None)
                else:
                    mapping[field] = index
            preview = service.preview(data, mapping=mapping, **options)
        _print_import_report(preview)
        if not preview.ready:
            hint = ""
            if preview.date_order is DateOrder.UNKNOWN:
                hint = " Pass --date-order dmy (31/12/1980) or --date-order mdy (12/31/1980)."
            elif "names" in preview.blocking_reason:
                hint = " Pass --column family_name=COLUMN (or --column full_name=COLUMN)."
            elif preview.duplicates:
                hint = " Pass --include-duplicates to import the likely duplicates anyway."
            print(f"error: {preview.blocking_reason}{hint} Nothing was imported.", file=sys.stderr)
            return EXIT_PROBLEM
        if args.dry_run:
            print(f"dry run: nothing was changed ({len(preview.rows):,} patient(s) would be added)")
            return EXIT_OK
        PracticeService(store).use_current_practitioner()  # the audit trail names who imported

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"  {done:,} of {total:,}", file=sys.stderr)

        result = service.import_rows(preview, progress=progress)
    for duplicate in result.skipped:
        print(f"  {duplicate}")
    if not result.imported:
        print("error: no patient was imported.", file=sys.stderr)
        return EXIT_PROBLEM
    print(
        f"imported {result.imported:,} patient(s); record their consent to storing data at "
        "their first visit."
    )
    return EXIT_OK


def _progress(what: str) -> Callable[[int, int], None]:
    """A progress callback that prints every tenth to the terminal (nothing when piped)."""
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent // 10 != last[0] // 10 and sys.stderr.isatty():
            print(f"  {percent}% ({done:,} of {total:,} {what})", file=sys.stderr)
        last[0] = percent

    return progress


def _cmd_export(args: argparse.Namespace) -> int:
    from alliance_desktop.services.exchange import ExchangeService

    out = Path(args.out)
    wanted = args.format or ("csv" if args.deidentify else "json")
    if wanted != ("csv" if args.deidentify else "json"):
        print(
            "error: the whole practice is exported as json, a --deidentify export as csv.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    with _opened(_location(args)) as store:
        service = ExchangeService(store)
        if args.deidentify:
            research = service.export_deidentified(out, format=wanted)
            print(
                f"de-identified research export written to {research.path}: "
                f"{research.patients:,} patient(s) with research consent"
            )
            print(f"{research.left_out_without_consent:,} patient(s) left out: no research consent")
            return EXIT_OK
        summary = service.export_practice(out, progress=_progress("records"))
    print(f"practice exported to {summary.path}: {summary.records:,} records")
    print(
        "This file holds the whole practice, private reflections included; it is for moving "
        "the practice. Keep it as safely as a backup, and delete it once it has been imported."
    )
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from alliance_desktop.services.exchange import ExchangeService

    source = Path(args.file)
    if not source.is_file():
        print(f"error: {source} is not a file.", file=sys.stderr)
        return EXIT_PROBLEM
    location = _location(args)
    refused = _refuse_unusable_folder(location)
    if refused is not None:
        return refused
    with _opened(location, create=True) as store:
        summary = ExchangeService(store).import_practice(source, progress=_progress("records"))
    print(
        f"imported {summary.records:,} records from {source.name} into {location.describe()}: "
        f"{summary.patients:,} patients, {summary.visits:,} visits"
    )
    return EXIT_OK


def _cmd_export_patient(args: argparse.Namespace) -> int:
    from alliance_desktop.services.instruments import InstrumentRegistry
    from alliance_desktop.services.patient_data import PatientDataService

    with _opened(_location(args)) as store:
        out = PatientDataService(store, InstrumentRegistry(store)).export_patient_json(
            args.patient_id, Path(args.out)
        )
    print(f"the record of patient {args.patient_id} is written to {out}")
    return EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from alliance_desktop.app import run_gui  # Qt loads only when a window is shown

    data_dir = resolve_data_dir(args.data_dir, demo=args.demo)
    return run_gui(
        data_dir,
        demo=args.demo,
        report_startup=args.report_startup,
        exit_after_startup=args.exit_after_startup,
    )


def _self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt
    from alliance_desktop.selftest import run_self_test

    return run_self_test()


def _refuse_if_open(args: argparse.Namespace) -> None:
    folder = resolve_data_dir(args.data_dir, demo=args.demo)
    if in_use(folder):
        raise StoreError(
            f"Alliance Desktop is open on {folder}. Close it first, then run this again."
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        if args.command is not None:
            parser.error("--self-test runs on its own, without a command")
        return _self_test()
    handlers = {
        "init": _cmd_init,
        "demo-data": _cmd_demo_data,
        "check": _cmd_check,
        "stats": _cmd_stats,
        "instruments": _cmd_instruments,
        "backup": _cmd_backup,
        "restore": _cmd_restore,
        "export": _cmd_export,
        "import": _cmd_import,
        "export-patient": _cmd_export_patient,
        "import-patients": _cmd_import_patients,
        None: _cmd_gui,
    }
    try:
        if args.command in ("init", "demo-data", "restore", "import") or (
            args.command == "import-patients" and not args.dry_run
        ):
            _refuse_if_open(args)  # these replace or fill the practice under the window
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
    except OSError as exc:  # a folder that cannot be created, a full disk, no permission
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_STORE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
