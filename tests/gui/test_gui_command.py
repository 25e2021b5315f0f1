"""`baitp gui` start-up as scripts check it on a headless machine (real subprocess)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.conftest import baitp_executable
from tests.gui.support_window import make_service


def run_gui(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BAITP_LOG_DIR": str(tmp_path / "logs"),
           "BAITP_SETTINGS": str(tmp_path / "settings.ini"),
           # sign-in without a dialog (a database without accounts: the first administrator)
           "BAITP_USER": "checker", "BAITP_PASSWORD": "start-up-check"}  # fmt: skip
    env.pop("BAITP_DB", None)
    return subprocess.run([*baitp_executable(), "gui", *args], capture_output=True, text=True,
                          env=env, timeout=120)  # fmt: skip


def test_gui_opens_the_database_and_quits_after_the_given_time(tmp_path: Path) -> None:
    db = tmp_path / "study.sqlite"
    make_service(db, ["01_clean.json"]).database.dispose()
    result = run_gui(tmp_path, "--db", str(db), "--quit-after-ms", "300")
    assert result.returncode == 0, result.stderr
    assert f"main window shown on {db}" in result.stdout
    assert "Traceback" not in result.stderr
    assert (tmp_path / "settings.ini").exists()  # the test's settings, never the user's


def test_a_file_that_is_not_a_database_is_named_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are my notes, not a database\n", encoding="utf-8")
    result = run_gui(tmp_path, "--db", str(bad), "--quit-after-ms", "300")
    assert result.returncode == 3
    assert str(bad) in result.stderr
    assert "Traceback" not in result.stderr
