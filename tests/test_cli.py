"""The command line, through its entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from alliance_desktop.cli import main


def test_demo_data_then_check_and_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "demo"
    assert (
        main(
            [
                "--data-dir",
                str(folder),
                "demo-data",
                "--patients",
                "20",
                "--visits-per-patient",
                "5",
                "--seed",
                "3",
            ]
        )
        == 0
    )
    assert "20 patients, 100 visits" in capsys.readouterr().out

    assert main(["--data-dir", str(folder), "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "ok"
    assert "patients: 20" in out and "visits: 100" in out

    assert main(["--data-dir", str(folder), "stats"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["patients"] == 20 and stats["visits"] == 100

    # A second run refuses a store that already holds data.
    assert main(["--data-dir", str(folder), "demo-data", "--patients", "1"]) == 1
    assert "already holds" in capsys.readouterr().err


def test_check_and_stats_never_create_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("check", "stats"):
        assert main(["--data-dir", str(tmp_path / "none"), command]) == 3
        assert "no practice database" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


def test_check_reports_a_damaged_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "practice.sqlite").write_bytes(b"garbage" * 1000)
    assert main(["--data-dir", str(folder), "check"]) == 3
    err = capsys.readouterr().err
    assert "cannot be read" in err and "Traceback" not in err


def test_demo_data_refuses_a_folder_with_other_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["--data-dir", str(tmp_path), "demo-data"]) == 3
    assert "not empty" in capsys.readouterr().err


def test_data_dir_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ALLIANCE_DATA_DIR", str(tmp_path / "env"))
    assert main(["demo-data", "--patients", "2", "--visits-per-patient", "1"]) == 0
    assert (tmp_path / "env" / "practice.sqlite").exists()
    capsys.readouterr()


@pytest.mark.parametrize(
    "argv",
    [
        ["demo-data", "--patients", "many"],
        ["demo-data", "--patients", "-3"],
        ["frobnicate"],
        ["demo-data", "--today", "yesterday"],
    ],
)
def test_bad_arguments_get_usage_not_a_traceback(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(tmp_path), *argv])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err and "Traceback" not in err


def test_the_installed_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "alliance_desktop", "--data-dir", str(tmp_path / "x"), "stats"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 3
    assert "no practice database" in result.stderr


def test_admin_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from alliance_desktop.cli import main; "
        f"main(['--data-dir', r'{tmp_path / 'q'}', 'demo-data', '--patients', '2']); "
        "print('PySide6' in sys.modules, 'matplotlib' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "False False"


def test_instruments_list_and_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "none"), "instruments", "list"]) == 0
    listed = capsys.readouterr().out
    assert "alliance-checkin\tv1\tpatient\ten,fr\tshipped" in listed
    assert not (tmp_path / "none").exists()

    good = tmp_path / "good.json"
    good.write_text(
        Path(__file__)
        .parent.parent.joinpath("src/alliance_desktop/assets/instruments/pain-nrs.json")
        .read_text(encoding="utf-8")
        .replace('"pain-nrs"', '"my-pain"'),
        encoding="utf-8",
    )
    assert main(["instruments", "validate", str(good)]) == 0
    assert capsys.readouterr().out.startswith("valid: my-pain version 1")

    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "alliance-instrument/1", "id": "x", "version": 1, '
        '"respondent": "patient", "title": {"en": "X"}, "languages": ["en"], '
        '"items": [{"id": "q", "text": {"en": "Q"}, '
        '"scale": {"type": "slider", "min": 5, "max": 1}}], '
        '"scoring": {"total": {"rule": "sum"}}}',
        encoding="utf-8",
    )
    assert main(["instruments", "validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "items[0].scale.max" in err and "greater than min" in err
    assert main(["instruments", "validate", str(tmp_path / "missing.json")]) == 1
    assert "cannot be read" in capsys.readouterr().err


def test_data_dir_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    for command in (["demo-data"], ["check"]):
        assert main(["--data-dir", str(afile), *command]) == 3
        err = capsys.readouterr().err
        assert "is a file, not a folder" in err and "Traceback" not in err


def test_limits_are_checked_before_anything_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(tmp_path / "p"), "demo-data", "--patients", "99999999999"])
    assert exit_info.value.code == 2
    assert "from 0 to 100,000" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()
