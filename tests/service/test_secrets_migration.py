"""Upgrade 0003: the password hashes revision 0002 put in the audit trail come out, the
trail is re-chained with the re-chaining on the record, and `verify` passes.

`tests/data/schema_0002_accounts.sqlite` was written by the revision-0002 code (see its
.md): three accounts, password changes, a lockout, a reset and a signature.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from baitp_desktop.storage import open_database
from baitp_desktop.storage.audit import entry_hash, verify
from baitp_desktop.storage.schema import head_revision, schema_revision
from tests.storage.storage_helpers import DATA

OLD_FILE = DATA / "schema_0002_accounts.sqlite"
# The passwords that file's accounts had at some point (schema_0002_accounts.md).
OLD_PASSWORDS = (
    "first-admin-pw",
    "nurse-temp-pw",
    "doctor-temp-pw",
    "nurse-own-pw",
    "doctor-own-pw",
    "doctor-reset-pw",
    "doctor-final-pw",
)


def _audit(path: Path) -> list[dict[str, object]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        connection.row_factory = sqlite3.Row
        return [dict(r) for r in connection.execute("SELECT * FROM audit_entry ORDER BY id")]


def _upgraded(tmp_path: Path, source: Path = OLD_FILE) -> Path:
    path = tmp_path / "site.sqlite"
    shutil.copyfile(source, path)
    database = open_database(path, daily_backup=False)
    try:
        assert schema_revision(database) == head_revision()
    finally:
        database.dispose()
    return path


def _verify(path: Path) -> str | None:
    database = open_database(path, daily_backup=False)
    try:
        with database.read_session() as session:
            return verify(session).problem
    finally:
        database.dispose()


def test_the_old_file_holds_hashes_in_its_trail() -> None:
    before = _audit(OLD_FILE)
    assert len(before) == 612
    assert sum("$argon2" in str(e["new_value"]) for e in before) == 7


def test_no_hash_is_left_in_the_trail_and_verify_passes(tmp_path: Path) -> None:
    before = _audit(OLD_FILE)
    path = _upgraded(tmp_path)
    after = _audit(path)
    cells = [str(value) for entry in after for value in entry.values()]
    assert not any("$argon2" in cell for cell in cells)
    assert not any(password in cell for password in OLD_PASSWORDS for cell in cells)
    assert _verify(path) is None

    # Every entry is still there with its content, the secrets as fingerprints.
    assert [e["id"] for e in after[: len(before)]] == [e["id"] for e in before]
    for old, new in zip(before, after, strict=False):
        if old["field"] == "password_hash":
            assert new["field"] == "password"
            assert str(new["new_value"]).startswith("fingerprint:")
        else:
            same = ("timestamp_utc", "username", "record_label", "field", "new_value", "reason")
            assert [old[k] for k in same] == [new[k] for k in same]


def test_the_rechaining_is_on_the_record_with_the_previous_head(tmp_path: Path) -> None:
    before = _audit(OLD_FILE)
    after = _audit(_upgraded(tmp_path))
    old_head = str(before[-1]["entry_hash"])
    [record] = [e for e in after if e["record_label"] == "Audit trail"]
    assert record["id"] == len(before) + 1 and record["username"] == "system"
    assert record["old_value"] == old_head
    assert f"previous head {old_head}" in str(record["reason"])
    # The first hash is in entry 4 (the administrator's): 609 entries from there re-chained.
    assert "7 entries rewritten, 609 entries re-chained" in str(record["reason"])
    assert [e["entry_hash"] for e in after[:3]] == [e["entry_hash"] for e in before[:3]]


def test_the_failed_sign_in_counter_gets_its_first_entry(tmp_path: Path) -> None:
    after = _audit(_upgraded(tmp_path))
    counters = {e["record_label"]: e["new_value"] for e in after if e["field"] == "failed_attempts"}
    assert counters == {"User site.admin": "0", "User nurse.li": "2", "User dr.zhao": "0"}


def test_a_break_already_in_the_chain_is_not_repaired(tmp_path: Path) -> None:
    """An entry altered before the upgrade stays a broken link after it: re-chaining must
    never launder tampering."""
    tampered = tmp_path / "tampered.sqlite"
    shutil.copyfile(OLD_FILE, tampered)
    with sqlite3.connect(tampered) as connection:
        connection.execute("UPDATE audit_entry SET new_value = '999' WHERE id = 300")
    connection.close()
    assert str(_verify_without_upgrade(tampered)).startswith("audit entry 300 ")
    problem = _verify(_upgraded(tmp_path, tampered))
    assert problem is not None and problem.startswith("audit entry 300")


def _verify_without_upgrade(path: Path) -> str | None:
    """The chain check of the 0002 file itself, read with sqlite3 (opening would upgrade)."""
    previous = "0" * 64
    for entry in _audit(path):
        if entry["previous_hash"] != previous or entry_hash(entry, previous) != entry["entry_hash"]:
            return f"audit entry {entry['id']} broken"
        previous = str(entry["entry_hash"])
    return None


def test_a_first_release_file_has_nothing_to_rechain(tmp_path: Path) -> None:
    before = _audit(DATA / "schema_0001.sqlite")
    after = _audit(_upgraded(tmp_path, DATA / "schema_0001.sqlite"))
    # no accounts yet: the trail is untouched; the file then gets its identity
    assert after[: len(before)] == before
    assert {e["table_name"] for e in after[len(before) :]} == {"app_setting"}
