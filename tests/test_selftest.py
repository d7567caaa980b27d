"""``alliance-desktop --self-test``: every step passes in this installation, and a missing piece
fails the test with its name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from alliance_desktop import __version__
from alliance_desktop.cli import main
from alliance_desktop.selftest import STEPS, describe_failure

VERSIONS = ("Alliance Desktop", "Python", "SQLite", "SQLCipher", "Qt", "PySide6", "matplotlib")


def test_self_test_passes_without_a_display_or_a_practice(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["WAYLAND_DISPLAY"] = ""
    env["ALLIANCE_DATA_DIR"] = str(tmp_path / "never-created")
    done = subprocess.run(
        [sys.executable, "-m", "alliance_desktop", "--self-test"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name, _step in STEPS:
        assert any(line.startswith(f"ok {name}") for line in lines), done.stdout
    assert "FAILED" not in done.stdout
    for what in VERSIONS:
        line = next(line for line in lines if line.startswith(f"version {what}: "))
        assert line.split(": ", 1)[1] not in ("", "unknown"), line
    assert f"version Alliance Desktop: {__version__}" in lines
    assert "ok translation: fr: 'La traduction est chargée.'" in lines
    assert lines[-1] == "self-test passed"
    assert not (tmp_path / "never-created").exists()  # no practice is touched


def test_a_missing_file_or_module_fails_the_self_test_with_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from alliance_desktop.ui import i18n, selftest_ui

    empty = tmp_path / "i18n"
    empty.mkdir()
    monkeypatch.setattr(i18n, "translations_dir", lambda: empty)

    def no_backend() -> bytes:
        raise ModuleNotFoundError(
            "No module named 'matplotlib.backends.backend_qtagg'",
            name="matplotlib.backends.backend_qtagg",
        )

    monkeypatch.setattr(selftest_ui, "render_chart_png", no_backend)

    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out.splitlines()
    missing_qm = empty / "alliance_desktop_fr.qm"
    assert f"FAILED translation: missing file {missing_qm}" in out
    assert "FAILED chart: missing module matplotlib.backends.backend_qtagg" in out
    assert "ok encrypted practice: SQLCipher" in "\n".join(out)  # the others still ran
    assert out[-1] == "self-test FAILED: chart, translation"


def test_self_test_takes_no_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--self-test", "check"])
    assert exited.value.code == 2
    assert "--self-test runs on its own" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (ModuleNotFoundError("No module named 'sqlcipher3'", name="sqlcipher3"), "missing module"),
        (FileNotFoundError(2, "No such file", "/x/env.py"), "missing file /x/env.py"),
        (ImportError("libxcb-cursor.so.0: cannot open shared object file"), "cannot import"),
        (ValueError("first line\nsecond line"), "ValueError: first line"),
    ],
)
def test_failures_are_described_in_one_line(error: BaseException, reason: str) -> None:
    described = describe_failure(error)
    assert described.startswith(reason)
    assert "\n" not in described


def test_a_long_import_error_keeps_its_cause() -> None:
    numpy_style = ImportError(
        "\nIMPORTANT: PLEASE READ THIS\n\nImporting the numpy C-extensions failed.\n"
        "Original error was: libopenblas.so: cannot open shared object file\n"
    )
    described = describe_failure(numpy_style)
    assert "libopenblas.so" in described
    assert "\n" not in described


def test_translations_follow_the_language_asked_for(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from alliance_desktop.ui.i18n import available_languages, install_translator

    assert available_languages() == ["fr"]
    assert install_translator(qapp, "en") is None  # the source language
    assert install_translator(qapp, "de") is None  # no translation ships for it
    translator = install_translator(qapp, "fr_CA")  # falls back to French
    assert translator is not None
    try:
        assert (
            QCoreApplication.translate("SelfTest", "The translation is loaded.")
            == "La traduction est chargée."
        )
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("SelfTest", "The translation is loaded.") == (
        "The translation is loaded."
    )
