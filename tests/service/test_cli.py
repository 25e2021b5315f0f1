"""The real `baitp` command: verify, --user, the system account, signing, accounts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from baitp_desktop.core.bundle import write_bundle
from tests.account_helpers import baitp

from .conftest import PASSWORDS, PID, day, sample_participant


def test_verify_intact_then_a_tampered_value_then_a_tampered_entry(
    tmp_path: Path, db_file: Path
) -> None:
    ok = baitp(tmp_path, "verify", "--db", str(db_file))
    assert ok.returncode == 0, ok.stderr
    assert "Audit trail intact" in ok.stdout and "entries" in ok.stdout

    with sqlite3.connect(db_file) as connection:
        record_id = connection.execute(
            "select id from platelet_count where date = ?", (day(7).isoformat(),)
        ).fetchone()[0]
        connection.execute("update platelet_count set value = 54 where id = ?", (record_id,))
    broken = baitp(tmp_path, "verify", "--db", str(db_file))
    assert broken.returncode == 1
    assert f"platelet_count record {record_id}, field value" in broken.stdout
    assert "54" in broken.stdout

    with sqlite3.connect(db_file) as connection:
        connection.execute("update platelet_count set value = 45 where id = ?", (record_id,))
        connection.commit()
        assert baitp(tmp_path, "verify", "--db", str(db_file)).returncode == 0
        connection.execute("update audit_entry set reason = 'nothing to see' where id = 12")
    broken = baitp(tmp_path, "verify", "--db", str(db_file))
    assert broken.returncode == 1
    assert "audit entry 12 " in broken.stdout


def test_import_without_user_is_the_system_account(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.json"
    bundle.write_text(json.dumps(write_bundle([sample_participant()])), encoding="utf-8")
    db = str(tmp_path / "new.sqlite")
    result = baitp(tmp_path, "import", str(bundle), "--db", db)
    assert result.returncode == 0, result.stderr
    history = json.loads(baitp(tmp_path, "history", PID, "--json", "--db", db).stdout)
    assert {e["user"] for e in history["entries"]} == {"system"}
    assert baitp(tmp_path, "verify", "--db", db).returncode == 0


def test_import_as_a_named_user(tmp_path: Path, db_file: Path) -> None:
    bundle = tmp_path / "bundle.json"
    bundle.write_text(json.dumps(write_bundle([sample_participant("BAITP-002")])), encoding="utf-8")
    result = baitp(
        tmp_path,
        "import",
        str(bundle),
        "--db",
        str(db_file),
        "--user",
        "nurse",
        password=PASSWORDS["nurse"],
    )
    assert result.returncode == 0, result.stderr
    history = json.loads(
        baitp(tmp_path, "history", "BAITP-002", "--json", "--db", str(db_file)).stdout
    )
    assert {e["user"] for e in history["entries"]} == {"nurse"}


def test_wrong_password_is_refused_before_anything_runs(tmp_path: Path, db_file: Path) -> None:
    result = baitp(tmp_path, "verify", "--db", str(db_file), "--user", "nurse", password="not-it")
    assert result.returncode == 1
    assert "Wrong user name or password" in result.stderr
    assert "4 attempts left" in result.stderr
    no_password = baitp(tmp_path, "verify", "--db", str(db_file), "--user", "nurse")
    assert no_password.returncode == 1 and "BAITP_PASSWORD" in no_password.stderr


def test_signing_from_the_command_line(tmp_path: Path, db_file: Path) -> None:
    db = ["--db", str(db_file)]
    system = baitp(tmp_path, "sign", PID, "--visit", "d7", *db)
    assert system.returncode == 1 and "--user NAME" in system.stderr
    nurse = baitp(
        tmp_path, "sign", PID, "--visit", "d7", *db, "--user", "nurse", password=PASSWORDS["nurse"]
    )
    assert nurse.returncode == 1 and "may not sign" in nurse.stderr
    signed = baitp(
        tmp_path,
        "sign",
        PID,
        "--visit",
        "d7",
        *db,
        "--user",
        "investigator",
        password=PASSWORDS["investigator"],
    )
    assert signed.returncode == 0, signed.stderr
    assert "Dr Ivan Investigator" in signed.stdout and "accurate and complete" in signed.stdout
    listing = baitp(tmp_path, "signatures", PID, *db)
    assert "d7" in listing.stdout and "active" in listing.stdout
    assert baitp(tmp_path, "verify", *db).returncode == 0
    unlocked = baitp(
        tmp_path,
        "unlock",
        "1",
        "--reason",
        "Wrong count",
        *db,
        "--user",
        "investigator",
        password=PASSWORDS["investigator"],
    )
    assert unlocked.returncode == 0, unlocked.stderr
    assert "VOID" in baitp(tmp_path, "signatures", PID, *db).stdout


def test_account_administration(tmp_path: Path, db_file: Path) -> None:
    db = ["--db", str(db_file)]
    as_nurse = baitp(
        tmp_path,
        "user",
        "add",
        "sam",
        "--name",
        "Sam",
        "--role",
        "nurse",
        *db,
        "--user",
        "nurse",
        password=PASSWORDS["nurse"],
        new_password="sunrise-temp-1",
    )
    assert as_nurse.returncode == 1 and "manage user accounts" in as_nurse.stderr
    added = baitp(
        tmp_path,
        "user",
        "add",
        "sam",
        "--name",
        "Sam Sun",
        "--role",
        "nurse",
        *db,
        "--user",
        "admin",
        password=PASSWORDS["admin"],
        new_password="sunrise-temp-1",
    )
    assert added.returncode == 0, added.stderr

    def sam_line() -> str:
        listing = baitp(tmp_path, "user", "list", *db).stdout.splitlines()
        return next(line for line in listing if line.startswith("sam "))

    assert "Sam Sun" in sam_line() and sam_line().endswith("temporary password")
    first = baitp(tmp_path, "verify", *db, "--user", "sam", password="sunrise-temp-1")
    assert first.returncode == 1 and "temporary password" in first.stderr
    changed = baitp(
        tmp_path,
        "user",
        "passwd",
        *db,
        "--user",
        "sam",
        password="sunrise-temp-1",
        new_password="sunset-own-22",
    )
    assert changed.returncode == 0, changed.stderr
    assert baitp(tmp_path, "verify", *db, "--user", "sam", password="sunset-own-22").returncode == 0
    assert "Sam Sun" in sam_line() and "temporary password" not in sam_line()


def test_first_admin_from_the_command_line_then_demo_accounts(tmp_path: Path) -> None:
    db = ["--db", str(tmp_path / "fresh.sqlite")]
    nurse_first = baitp(
        tmp_path,
        "user",
        "add",
        "n1",
        "--name",
        "N One",
        "--role",
        "nurse",
        *db,
        new_password="password-1",
    )
    assert nurse_first.returncode == 2 and "administrator" in nurse_first.stderr
    boss = baitp(
        tmp_path,
        "user",
        "add",
        "boss",
        "--name",
        "B Oss",
        "--role",
        "admin",
        *db,
        new_password="password-1",
    )
    assert boss.returncode == 0, boss.stderr
    again = baitp(
        tmp_path,
        "user",
        "add",
        "boss2",
        "--name",
        "B Two",
        "--role",
        "admin",
        *db,
        new_password="password-2",
    )
    assert again.returncode == 1 and "--user" in again.stderr

    demo_db = ["--db", str(tmp_path / "demo.sqlite")]
    demo = baitp(tmp_path, "demo", "--participants", "2", *demo_db)
    assert demo.returncode == 0, demo.stderr
    signed_in = baitp(tmp_path, "verify", *demo_db, "--user", "nurse", password="demo-2207-nur")
    assert signed_in.returncode == 0, signed_in.stderr


@pytest.mark.parametrize("step", ["sdv", "query"])
def test_monitor_commands(tmp_path: Path, db_file: Path, step: str) -> None:
    db = ["--db", str(db_file)]
    monitor = ["--user", "monitor"]
    if step == "sdv":
        result = baitp(
            tmp_path, "sdv", PID, "--visit", "d7", *db, *monitor, password=PASSWORDS["monitor"]
        )
        assert result.returncode == 0, result.stderr
        assert "verified" in baitp(tmp_path, "signatures", PID, *db).stdout
        return
    raised = baitp(
        tmp_path,
        "query",
        "raise",
        PID,
        "--on",
        "Count Day 7",
        "-m",
        "54?",
        *db,
        *monitor,
        password=PASSWORDS["monitor"],
    )
    assert raised.returncode == 0, raised.stderr
    answered = baitp(
        tmp_path,
        "query",
        "answer",
        "1",
        "-m",
        "45 is right",
        *db,
        "--user",
        "nurse",
        password=PASSWORDS["nurse"],
    )
    assert answered.returncode == 0 and "[Answered]" in answered.stdout
    closed = baitp(tmp_path, "query", "close", "1", *db, *monitor, password=PASSWORDS["monitor"])
    assert closed.returncode == 0 and "[Closed]" in closed.stdout
    assert baitp(tmp_path, "query", "list", "--open", *db).stdout == ""


def test_gui_start_signs_in_from_the_environment_or_refuses_headless(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--db", str(tmp_path / "demo.sqlite")]
    assert baitp(tmp_path, "demo", "--participants", "2", *db).returncode == 0
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("BAITP_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.delenv("BAITP_USER", raising=False)
    refused = baitp(tmp_path, "gui", *db, "--quit-after-ms", "200")
    assert refused.returncode == 1 and "BAITP_USER" in refused.stderr
    wrong = baitp(
        tmp_path, "gui", *db, "--quit-after-ms", "200", "--user", "nurse", password="not-it"
    )
    assert wrong.returncode == 1 and "Wrong user name or password" in wrong.stderr
    shown = baitp(
        tmp_path,
        "gui",
        *db,
        "--quit-after-ms",
        "200",
        "--user",
        "monitor",
        password="demo-2207-mon",
    )
    assert shown.returncode == 0, shown.stderr
    assert "main window shown" in shown.stdout
