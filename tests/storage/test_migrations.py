"""Schema upgrades replayed on a file the first release wrote (Electrum-style).

`tests/data/schema_0001.sqlite` was made once with the revision-0001 code (see
schema_0001.md) and is never regenerated. Whatever the head revision is today, opening
a copy must upgrade it with the data, the audit chain and a pre-upgrade copy intact; a
file from a newer release or another program must be refused and left byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from baitp_desktop.core.bundle import read_bundle, write_bundle
from baitp_desktop.core.config import default_config
from baitp_desktop.service import StudyService
from baitp_desktop.storage import SchemaError, open_database
from baitp_desktop.storage.audit import verify
from baitp_desktop.storage.schema import APPLICATION_ID, head_revision, schema_revision
from tests.storage.storage_helpers import DATA

OLD_FILE = DATA / "schema_0001.sqlite"
OLD_EXPORT = DATA / "schema_0001.bundle.json"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        columns = [r[1] for r in connection.execute(f"PRAGMA table_info({table})")]
        old = [c for c in columns if c in _OLD_COLUMNS[table]]
        return connection.execute(f"SELECT {', '.join(old)} FROM {table} ORDER BY id").fetchall()


_OLD_COLUMNS: dict[str, set[str]] = {}


@pytest.fixture(scope="module", autouse=True)
def _old_columns() -> None:
    """The columns each table had at revision 0001 (later revisions may add more)."""
    with sqlite3.connect(f"file:{OLD_FILE}?mode=ro", uri=True) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            _OLD_COLUMNS[table] = {r[1] for r in connection.execute(f"PRAGMA table_info({table})")}


def test_the_old_file_is_what_the_first_release_wrote() -> None:
    with sqlite3.connect(f"file:{OLD_FILE}?mode=ro", uri=True) as connection:
        assert connection.execute("select version_num from alembic_version").fetchall() == [
            ("0001",)
        ]
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_upgrading_the_first_release_file_keeps_data_audit_and_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "site.sqlite"
    shutil.copyfile(OLD_FILE, path)
    audit_before = _rows(path, "audit_entry")
    participants_before = _rows(path, "participant")

    database = open_database(path)
    try:
        assert schema_revision(database) == head_revision()
        copy = database.upgrade_copy
        assert copy is not None and copy.parent == tmp_path
        assert "before-upgrade-0001" in copy.name
        with sqlite3.connect(f"file:{copy}?mode=ro", uri=True) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert connection.execute("select version_num from alembic_version").fetchone()[0] == (
                "0001"
            )
        assert _rows(copy, "audit_entry") == audit_before

        service = StudyService(database)
        exported = write_bundle(service.participants())
        # the first release exported baitp-bundle/1: the same data, written as today's format
        old = json.loads(OLD_EXPORT.read_text(encoding="utf-8"))
        assert exported == write_bundle(read_bundle(old, default_config(), date.today()))
        with database.read_session() as session:
            result = verify(session)
        assert result.problem is None
        # The first release recorded no identity: the first open records it (3 settings
        # rows, key and value each), after the 1,220 entries the file had.
        assert len(audit_before) == 1220 and result.entries_checked == 1220 + 6
        assert _rows(path, "audit_entry")[:1220] == audit_before
        identity = [e for e in service.history() if e.entry_id > 1220]
        assert {(e.username, e.record_label) for e in identity} == {
            ("system", "Setting database_id"),
            ("system", "Setting study_protocol_id"),
            ("system", "Setting study_site"),
        }
        history = service.history("BAITP-005", "ae")
        assert [e.reason for e in history if e.action == "update"] == ["Source document corrected"]
    finally:
        database.dispose()
    assert _rows(path, "audit_entry")[:1220] == audit_before
    assert _rows(path, "participant") == participants_before

    reopened = open_database(path)  # at head now: no second upgrade, no second copy
    try:
        assert reopened.upgrade_copy is None
    finally:
        reopened.dispose()
    assert sorted(p.name for p in tmp_path.glob("*before-upgrade*")) == [copy.name]


def test_a_file_from_a_newer_release_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    shutil.copyfile(OLD_FILE, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _digest(path)
    with pytest.raises(SchemaError) as refused:
        open_database(path)
    message = str(refused.value)
    assert str(path) in message and "newer version" in message and "9999_future" in message
    assert "not changed" in message
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite"]


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photos.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE album (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO album (title) VALUES ('Holidays')")
    connection.close()
    before = _digest(path)
    with pytest.raises(SchemaError) as refused:
        open_database(path)
    assert str(path) in str(refused.value)
    assert "not a baitp-desktop database" in str(refused.value)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.sqlite"]


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Dear diary, today the platelets were 45.\n" * 100)
    before = _digest(path)
    with pytest.raises(SchemaError, match="not an SQLite file"):
        open_database(path)
    assert _digest(path) == before


def test_schema_head_constant_names_the_newest_migration() -> None:
    """SCHEMA_HEAD lets a database at head open without Alembic; it must follow the files."""
    from baitp_desktop.storage.schema import SCHEMA_HEAD, scripted_head

    assert scripted_head() == SCHEMA_HEAD


def test_opening_at_head_does_not_import_alembic(tmp_path) -> None:
    import subprocess
    import sys

    from baitp_desktop.storage import open_database

    path = tmp_path / "head.sqlite"
    open_database(path).dispose()  # created at head (this process may import Alembic)
    probe = (
        "import sys; from baitp_desktop.storage import open_database; "
        f"open_database({str(path)!r}, daily_backup=False).dispose(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
