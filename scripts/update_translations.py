"""Collect the app's translatable strings into the .ts files, then compile them to .qm.

    python scripts/update_translations.py            # lupdate, then lrelease
    python scripts/update_translations.py --release  # only compile the .ts files to .qm

Strings are those passed to ``QCoreApplication.translate("Context", "text")`` or ``self.tr``
in ``src/alliance_desktop``. Translate them in Qt Linguist (``pyside6-linguist FILE.ts``) or
any .ts editor, then run this again to compile. The .qm files ship inside the package
(``src/alliance_desktop/resources/i18n``) and are what the app loads.

Uses ``pyside6-lupdate`` and ``pyside6-lrelease`` (PySide6-Essentials installs both in the
virtual environment's ``bin``/``Scripts`` folder); falls back to running them through
``python -m PySide6.scripts.pyside_tool`` when they are not on the PATH.

Note for translators' comments: lupdate reads a Python comment starting ``#:`` just before a
string as a comment for the translator (this code base also uses ``#:`` to document names).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "alliance_desktop"
I18N = PACKAGE / "resources" / "i18n"
PREFIX = "alliance_desktop"
#: Languages with a translation; add one here, run the script, and translate its new .ts file.
LANGUAGES = ("fr",)


def _tool(name: str) -> list[str]:
    """The command that runs pyside6-<name> (lupdate or lrelease)."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / f"pyside6-{name}", scripts / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    code = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"
    return [sys.executable, "-c", code]


def update(ts_files: list[Path], *, no_obsolete: bool) -> None:
    command = [
        *_tool("lupdate"),
        "-extensions",
        "py",
        "-locations",
        "none",  # no line numbers: a string moving in the code does not change the .ts
        str(PACKAGE),
        "-ts",
        *map(str, ts_files),
    ]
    if no_obsolete:
        command.insert(len(_tool("lupdate")), "-no-obsolete")
    subprocess.run(command, check=True, cwd=ROOT)


def release(ts_files: list[Path]) -> None:
    for ts in ts_files:
        subprocess.run([*_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    parser.add_argument(
        "--no-obsolete", action="store_true", help="drop strings no longer in the code"
    )
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    ts_files = [I18N / f"{PREFIX}_{language}.ts" for language in LANGUAGES]
    if not args.release:
        update(ts_files, no_obsolete=args.no_obsolete)
    release(ts_files)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
