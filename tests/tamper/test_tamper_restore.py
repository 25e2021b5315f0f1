"""Attacks through `baitp restore`, and restore run while others save.

Attacks, each a backup file prepared with plain SQLite, and what refuses it:
- restore without signing in, or as a nurse: exit 3, nothing changed;
- a backup whose value and audit entry were edited and the chain recomputed: exit 1,
  its trail contradicts the anchors written while the database had that history;
- a backup with a platelet count moved to another participant: exit 1, "moved from";
- a backup whose signed data changed with an audit entry chained on properly (so only
  the signature tells): exit 1, the signature;
- another study's database, another site's database: exit 1, named;
- junk under today's backup name (and a newer junk copy): set aside and never pointed to
  as "the latest backup"; today's backup is made all the same.
A backup that passes is restored with one restore entry on top of its trail (`verify
--head <the backup's head>` passes). While three `baitp import` processes write, every
import that reported success is in the restored database or in the copy kept of the
database it replaced (written before the restore locked it), never lost in between.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from baitp_desktop.core.bundle import write_bundle
from baitp_desktop.resources import resources_dir
from baitp_desktop.storage.failures import latest_backup, usable_backup
from baitp_desktop.storage.rotation import daily_backup_path
from tests.conftest import baitp_executable
from tests.service.conftest import PASSWORDS, sample_participant
from tests.tamper.trail_tamper_helpers import (
    build_signed_study,
    closing_connection,
    copy_study,
    last_line,
    participant_pk,
    rechain,
)

Result = subprocess.CompletedProcess[str]
Baitp = Callable[..., Result]


@pytest.fixture(scope="module")
def signed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("signed") / "template.sqlite"
    build_signed_study(path)
    return path


@pytest.fixture
def as_admin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAITP_PASSWORD", PASSWORDS["admin"])


@pytest.fixture
def study(signed_template: Path, tmp_path: Path, as_admin: None, baitp: Baitp) -> Path:
    """The signed study at its place, opened once (anchored) and backed up as b.sqlite."""
    path = copy_study(signed_template, tmp_path / "site" / "study.sqlite")
    assert baitp("--db", str(path), "verify").returncode == 0
    backup = baitp("--db", str(path), "backup", "-o", str(tmp_path / "b.sqlite"))
    assert backup.returncode == 0, backup.stderr
    return path


def restore(baitp: Baitp, study: Path, backup: Path, user: str | None = "admin") -> Result:
    who = ("--user", user) if user else ()
    return baitp("--db", str(study), *who, "restore", str(backup))


def as_account(user: str, *args: str) -> Result:
    """The real `baitp --user USER ...` with that account's password."""
    env = {**os.environ, "BAITP_PASSWORD": PASSWORDS[user]}
    command = [*baitp_executable(), "--user", user, *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def refused(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    for word in words:
        assert word in result.stderr, (word, result.stderr)


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, except the sign-in bookkeeping an attempt may update."""
    tables: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
        for name in names:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({name})")
                       if row[1] not in ("last_login_utc", "failed_attempts")]  # fmt: skip
            query = f"SELECT {', '.join(columns)} FROM {name} ORDER BY rowid"
            tables[name] = connection.execute(query).fetchall()
    connection.close()
    return tables


def unchanged(study: Path, before: dict[str, list[tuple[object, ...]]]) -> None:
    assert content(study) == before
    assert not list(study.parent.glob("*before-restore*"))


def test_restore_needs_an_administrator(study: Path, tmp_path: Path, baitp: Baitp) -> None:
    before = content(study)
    refused(restore(baitp, study, tmp_path / "b.sqlite", user=None), 3, "administrator")
    as_nurse = as_account("nurse", "--db", str(study), "restore", str(tmp_path / "b.sqlite"))
    refused(as_nurse, 3, "may not restore")
    unchanged(study, before)


def test_a_good_backup_is_restored_on_the_record(study: Path, tmp_path: Path, baitp: Baitp) -> None:
    backup = tmp_path / "b.sqlite"
    backup_head = last_line(baitp("--db", str(backup), "verify").stdout).split()[1]
    done = restore(baitp, study, backup)
    assert done.returncode == 0, done.stderr
    verified = baitp("--db", str(study), "verify", "--head", backup_head)
    assert verified.returncode == 0, verified.stdout
    assert last_line(verified.stdout) == last_line(done.stdout)
    assert "admin restored b.sqlite sha256" in verified.stdout


def test_a_backup_with_a_recomputed_chain_is_refused(
    study: Path, tmp_path: Path, baitp: Baitp
) -> None:
    backup = tmp_path / "b.sqlite"
    with closing_connection(backup) as sql:
        pk = participant_pk(sql, "BAITP-002")
        row = sql.execute("SELECT id FROM platelet_count WHERE participant_pk = ? "
                          "ORDER BY date LIMIT 1", (pk,)).fetchone()  # fmt: skip
        sql.execute("UPDATE platelet_count SET value = 95 WHERE id = ?", (row[0],))
        entry = sql.execute(
            "SELECT id FROM audit_entry WHERE table_name = 'platelet_count' "
            "AND record_id = ? AND field = 'value'",
            (row[0],),
        ).fetchone()
        sql.execute("UPDATE audit_entry SET new_value = '95' WHERE id = ?", (entry[0],))
        rechain(sql, entry[0])
    alone = baitp("--db", str(backup), "verify")  # the file alone looks intact
    assert alone.returncode == 0, alone.stdout
    before = content(study)
    refused(restore(baitp, study, backup), 1, "rewritten", "b.sqlite")
    unchanged(study, before)


def test_a_backup_with_a_moved_record_is_refused(study: Path, tmp_path: Path, baitp: Baitp) -> None:
    backup = tmp_path / "b.sqlite"
    with closing_connection(backup) as sql:
        sql.execute("UPDATE platelet_count SET participant_pk = ? WHERE id = 1",
                    (participant_pk(sql, "BAITP-002"),))  # fmt: skip
    before = content(study)
    refused(restore(baitp, study, backup), 1, "moved from BAITP-001 to BAITP-002")
    unchanged(study, before)


def test_a_backup_whose_signed_data_changed_is_refused(
    study: Path, tmp_path: Path, baitp: Baitp
) -> None:
    backup = tmp_path / "b.sqlite"
    with closing_connection(backup) as sql:  # a properly chained update of a signed value
        pk = participant_pk(sql, "BAITP-001")
        row = sql.execute("SELECT id FROM platelet_count WHERE participant_pk = ? "
                          "AND date = '2022-07-19'", (pk,)).fetchone()  # fmt: skip
        sql.execute("UPDATE platelet_count SET value = 99 WHERE id = ?", (row[0],))
        last = sql.execute("SELECT * FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
        sql.execute(
            "INSERT INTO audit_entry (id, timestamp_utc, username, participant_id, table_name, "
            "record_id, record_label, action, field, old_value, new_value, reason, "
            "previous_hash, entry_hash) VALUES (?, ?, 'nurse', 'BAITP-001', 'platelet_count', "
            "?, 'Platelet count 2022-07-19', 'update', 'value', '45', '99', 'typo', ?, 'x')",
            (last["id"] + 1, last["timestamp_utc"], row[0], last["entry_hash"]),
        )
        rechain(sql, last["id"] + 1)
    before = content(study)
    refused(restore(baitp, study, backup), 1, "signature", "changed after signing")
    unchanged(study, before)


@pytest.mark.parametrize("key", ["protocol_id", "site"])
def test_another_studys_or_sites_database_is_refused(
    study: Path, tmp_path: Path, baitp: Baitp, key: str
) -> None:
    resources = tmp_path / "other-resources"
    resources.mkdir()
    for item in resources_dir().iterdir():
        if item.name != "protocol.toml":
            (resources / item.name).symlink_to(item)
    text = (resources_dir() / "protocol.toml").read_text(encoding="utf-8")
    lines = [f'{key} = "Elsewhere"' if line.startswith(f"{key} =") else line
             for line in text.splitlines()]  # fmt: skip
    (resources / "protocol.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    other = tmp_path / "other.sqlite"
    env = {**os.environ, "BAITP_RESOURCES": str(resources)}
    made = subprocess.run([*baitp_executable(), "--db", str(other), "demo", "--participants",
                           "2"], capture_output=True, text=True, env=env)  # fmt: skip
    assert made.returncode == 0, made.stderr
    before = content(study)
    refused(restore(baitp, study, other), 1, "another study's or site's", "Elsewhere")
    unchanged(study, before)


def _bundle(folder: Path, pid: str) -> Path:
    target = folder / f"{pid}.json"
    participant = replace(sample_participant(pid), adverse_events=())
    target.write_text(json.dumps(write_bundle([participant])), encoding="utf-8")
    return target


def _participants(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT participant_id FROM participant").fetchall()
    connection.close()
    return {row[0] for row in rows}


def test_restore_while_others_import_loses_no_acknowledged_import(
    study: Path, tmp_path: Path, baitp: Baitp
) -> None:
    bundles = tmp_path / "bundles"
    bundles.mkdir()
    writers = [[f"BAITP-{100 + 10 * w + k:03d}" for k in range(4)] for w in range(3)]
    files = {pid: _bundle(bundles, pid) for ids in writers for pid in ids}
    outcomes: dict[str, Result] = {}
    first_done = threading.Event()

    def write(ids: list[str]) -> None:
        for pid in ids:
            outcomes[pid] = baitp("--db", str(study), "import", str(files[pid]))
            first_done.set()

    threads = [threading.Thread(target=write, args=(ids,)) for ids in writers]
    for thread in threads:
        thread.start()
    assert first_done.wait(300)
    pending_at_start = len(files) - len(outcomes)
    done = restore(baitp, study, tmp_path / "b.sqlite")
    for thread in threads:
        thread.join(600)
    assert done.returncode == 0, done.stderr
    assert pending_at_start > 0  # the restore ran while imports were still to come
    for pid, result in outcomes.items():  # saved, or refused as "locked" (exit 3)
        assert result.returncode in (0, 3), (pid, result.stderr)
        assert "internal error" not in result.stderr

    final = _participants(study)
    kept = list(study.parent.glob("study.before-restore-*.sqlite"))
    assert len(kept) == 1
    replaced = _participants(kept[0])
    saved = {pid for pid, result in outcomes.items() if result.returncode == 0}
    assert saved and len(outcomes) == len(files)
    assert saved <= final | replaced, saved - final - replaced  # none saved, then lost
    assert {pid for pid in outcomes if pid not in saved}.isdisjoint(final)
    verified = baitp("--db", str(study), "verify")
    assert verified.returncode == 0, verified.stdout


def test_junk_under_a_backup_name_is_never_pointed_to(
    signed_template: Path, tmp_path: Path, baitp: Baitp
) -> None:
    path = copy_study(signed_template, tmp_path / "site" / "study.sqlite")
    today = daily_backup_path(path, date.today())
    today.parent.mkdir(parents=True, exist_ok=True)
    junk = b"SQLite format 3\x00" + b"\xff" * 8000
    today.write_bytes(junk)
    newest = today.with_name("study-copy-by-hand.sqlite")  # newer still, and junk too
    newest.write_bytes(junk)
    os.utime(newest, (time.time() + 60, time.time() + 60))

    checked = baitp("--db", str(path), "check")  # the first open today makes the backup
    assert checked.returncode == 0, checked.stdout + checked.stderr
    set_aside = list(today.parent.glob(today.name + ".unusable-*"))
    assert len(set_aside) == 1 and set_aside[0].read_bytes() == junk  # kept, renamed
    assert usable_backup(today)  # today's backup was made after all
    assert latest_backup(path) == today
    assert f"latest backup: {today}" in checked.stdout
    assert newest.read_bytes() == junk  # a person's file is never touched
