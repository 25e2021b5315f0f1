"""Attacks on the audit trail by an insider with write access to the database file.

Each attack is made with plain SQLite on the file, as anyone who can write the file (every
workstation user; in the Windows shared mode all of them) could; then the real `baitp`
command must refuse, naming what is wrong.

Attacks, and what refuses them:
- delete the last entries together with the rows they created: `verify` (the anchor
  log), `verify --head`, and every write until an administrator acknowledges it;
- empty every table (also the schema version): `verify` (the anchor log knows the
  database), the open;
- change a value and its audit entry, then recompute the chain: `verify` (the anchor
  log), `verify --head`;
- move a platelet count, an AE, a signature (over data, over an empty window), an SDV
  mark or a query to another participant: `verify` ("moved from BAITP-001 to BAITP-002");
- write a malformed date into a column: `verify` and `check --full` name it (exit 1,
  not a crash);
- put another database of the same study in the file's place: `verify`, every write;
- give the database another identity and recompute the chain: `verify`.

Restore attacks are in test_tamper_restore.py.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from baitp_desktop.core.bundle import write_bundle
from baitp_desktop.service import SYSTEM, StudyService
from baitp_desktop.storage import open_database
from baitp_desktop.storage.anchors import ANCHOR_FILE_NAME
from tests.service.conftest import PASSWORDS, sample_participant
from tests.tamper.trail_tamper_helpers import (
    build_signed_study,
    closing_connection,
    copy_study,
    last_line,
    participant_pk,
    rechain,
)

Baitp = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def signed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("signed") / "template.sqlite"
    build_signed_study(path)
    return path


@pytest.fixture
def study(signed_template: Path, tmp_path: Path) -> Path:
    return copy_study(signed_template, tmp_path / "site" / "study.sqlite")


@pytest.fixture
def as_admin(monkeypatch: pytest.MonkeyPatch) -> None:
    """`baitp --user admin` gets its password (requested before `baitp`)."""
    monkeypatch.setenv("BAITP_PASSWORD", PASSWORDS["admin"])


def verified_head(baitp: Baitp, study: Path) -> str:
    """Run `verify` on the untouched study (anchoring it); the head it printed."""
    result = baitp("--db", str(study), "verify")
    assert result.returncode == 0, result.stdout + result.stderr
    line = last_line(result.stdout)
    assert line.startswith("head ") and " entries " in line
    return line.split()[1]


def bundle(tmp_path: Path, pid: str) -> Path:
    target = tmp_path / f"{pid}.json"
    participant = replace(sample_participant(pid), adverse_events=())
    target.write_text(json.dumps(write_bundle([participant])), encoding="utf-8")
    return target


def broken(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    for word in words:
        assert word in result.stdout, (word, result.stdout)
    assert last_line(result.stdout).startswith("head ")


def test_cutting_the_end_of_the_trail_is_found_and_blocks_writes_until_acknowledged(
    study: Path, tmp_path: Path, as_admin: None, baitp: Baitp
) -> None:
    database = open_database(study)
    try:
        StudyService(database, SYSTEM).import_participants([sample_participant("BAITP-003")])
    finally:
        database.dispose()  # anchors the head at closing
    head = verified_head(baitp, study)
    with closing_connection(study) as sql:  # remove BAITP-003 and its entries, the last ones
        pk = participant_pk(sql, "BAITP-003")
        for table in ("dose", "platelet_count", "bleeding_assessment", "adverse_event"):
            sql.execute(f"DELETE FROM {table} WHERE participant_pk = ?", (pk,))
        sql.execute("DELETE FROM participant WHERE id = ?", (pk,))
        cut = sql.execute("DELETE FROM audit_entry WHERE participant_id = 'BAITP-003'").rowcount
        left = sql.execute("SELECT max(id) FROM audit_entry").fetchone()[0]
    assert cut > 50

    result = baitp("--db", str(study), "verify")
    anchor_log = study.parent / "backups" / ANCHOR_FILE_NAME
    broken(result, "no longer contains", str(anchor_log), head[:16])
    assert last_line(result.stdout).endswith(f"entries {left}")
    broken(baitp("--db", str(study), "verify", "--head", head.upper()), "does not contain head")

    refused = baitp("--db", str(study), "import", str(bundle(tmp_path, "BAITP-004")))
    assert refused.returncode == 3, refused.stderr
    assert "no longer contains" in refused.stderr and "acknowledge" in refused.stderr
    not_admin = baitp("--db", str(study), "--user", "nurse", "trail", "acknowledge",
                      "--reason", "x")  # fmt: skip
    assert not_admin.returncode != 0
    reason = "Entries of BAITP-003 were removed by a cleanup script; see deviation log 12"
    done = baitp("--db", str(study), "--user", "admin", "trail", "acknowledge", "--reason", reason)
    assert done.returncode == 0, done.stderr

    imported = baitp("--db", str(study), "import", str(bundle(tmp_path, "BAITP-004")))
    assert imported.returncode == 0, imported.stderr
    after = baitp("--db", str(study), "verify")
    assert after.returncode == 0, after.stdout
    assert "admin acknowledged" in after.stdout and head in after.stdout and reason in after.stdout


@pytest.mark.parametrize("schema_too", [False, True])
def test_emptying_every_table_is_found(study: Path, baitp: Baitp, schema_too: bool) -> None:
    verified_head(baitp, study)
    with closing_connection(study) as sql:
        sql.execute("PRAGMA foreign_keys=OFF")
        listing = "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        tables = [row[0] for row in sql.execute(listing)]
        for table in tables:
            if table != "alembic_version" or schema_too:
                sql.execute(f"DELETE FROM {table}")
    result = baitp("--db", str(study), "verify")
    if schema_too:  # the file is no longer recognisable as ours: refused at the open
        assert result.returncode == 3 and "not a baitp-desktop database" in result.stderr
        return
    broken(result, "no longer records which database it is", "emptied")
    assert last_line(result.stdout) == "head " + "0" * 64 + " entries 0"


def test_a_recomputed_chain_is_caught_by_the_anchor_log_and_by_head(
    study: Path, baitp: Baitp
) -> None:
    head = verified_head(baitp, study)
    with closing_connection(study) as sql:
        pk = participant_pk(sql, "BAITP-001")
        row = sql.execute("SELECT id FROM platelet_count WHERE participant_pk = ? AND "
                          "date = '2022-07-26'", (pk,)).fetchone()  # fmt: skip
        sql.execute("UPDATE platelet_count SET value = 150 WHERE id = ?", (row[0],))
        entry = sql.execute("SELECT id FROM audit_entry WHERE table_name = 'platelet_count' AND "
                            "record_id = ? AND field = 'value'", (row[0],)).fetchone()  # fmt: skip
        sql.execute("UPDATE audit_entry SET new_value = '150' WHERE id = ?", (entry[0],))
        rechain(sql, entry[0])
    broken(baitp("--db", str(study), "verify"), "no longer contains")
    broken(baitp("--db", str(study), "verify", "--head", head), "does not contain head")


_MOVES = {
    "platelet count": "UPDATE platelet_count SET participant_pk = :to WHERE id = (SELECT min(id) "
    "FROM platelet_count WHERE participant_pk = :of)",
    "adverse event": "UPDATE adverse_event SET participant_pk = :to WHERE participant_pk = :of",
    "signature over data": "UPDATE signature SET participant_pk = :to WHERE visit_id = 'd7'",
    "signature over an empty window": "UPDATE signature SET participant_pk = :to "
    "WHERE visit_id = 'w12'",
    "SDV mark": "UPDATE sdv_mark SET participant_pk = :to",
    "query": "UPDATE query SET participant_pk = :to",
}


@pytest.mark.parametrize("what", sorted(_MOVES))
def test_a_record_moved_to_another_participant_is_named(
    study: Path, baitp: Baitp, what: str
) -> None:
    with closing_connection(study) as sql:
        ids = {"of": participant_pk(sql, "BAITP-001"), "to": participant_pk(sql, "BAITP-002")}
        assert sql.execute(_MOVES[what], ids).rowcount >= 1
    broken(baitp("--db", str(study), "verify"), "moved from BAITP-001 to BAITP-002")


def test_a_malformed_date_is_reported_not_a_crash(study: Path, baitp: Baitp) -> None:
    with closing_connection(study) as sql:
        sql.execute("UPDATE platelet_count SET date = '2022-13-45' WHERE id = 1")
    for command in (("verify",), ("check", "--full")):
        result = baitp("--db", str(study), *command)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        assert "2022-13-45" in result.stdout and "date" in result.stdout


def test_another_database_in_the_files_place_is_found(
    study: Path, tmp_path: Path, baitp: Baitp
) -> None:
    verified_head(baitp, study)
    other = tmp_path / "other" / "study.sqlite"
    database = open_database(other)
    try:
        StudyService(database, SYSTEM).import_participants([sample_participant("BAITP-001")])
    finally:
        database.dispose()
    for side in ("-wal", "-shm"):
        study.with_name(study.name + side).unlink(missing_ok=True)
    study.write_bytes(other.read_bytes())
    broken(baitp("--db", str(study), "verify"), "not the database", "replaced")
    refused = baitp("--db", str(study), "import", str(bundle(tmp_path, "BAITP-009")))
    assert refused.returncode == 3 and "replaced" in refused.stderr


def test_a_new_identity_with_a_recomputed_chain_is_found(study: Path, baitp: Baitp) -> None:
    verified_head(baitp, study)
    with closing_connection(study) as sql:
        sql.execute("UPDATE app_setting SET value = 'f00d' WHERE key = 'database_id'")
        entry = sql.execute("SELECT id FROM audit_entry WHERE record_label = 'Setting database_id'"
                            " AND field = 'value'").fetchone()  # fmt: skip
        sql.execute("UPDATE audit_entry SET new_value = 'f00d' WHERE id = ?", (entry[0],))
        rechain(sql, entry[0])
    broken(baitp("--db", str(study), "verify"), "not the database")
