"""The same code on an SQLite file and on a shared PostgreSQL server.

Every test taking `database_url` runs twice: on a file and on a server database (the
server variant is marked `postgres` and skipped when no server is configured).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from sqlalchemy import create_engine, text

from baitp_desktop.core.bundle import write_bundle
from baitp_desktop.service import Actor, ConflictError, StudyService, Upsert
from baitp_desktop.storage import SchemaError, StorageError, open_database
from baitp_desktop.storage.audit import verify
from baitp_desktop.storage.backup import backup_to
from baitp_desktop.storage.rotation import make_daily_backup
from baitp_desktop.storage.schema import head_revision, schema_revision
from tests.storage.storage_helpers import DATA, scenario_participants

NURSE_A = Actor("nurse.a", "Nurse A", "nurse")
NURSE_B = Actor("nurse.b", "Nurse B", "nurse")


def _audit_intact(url: str) -> None:
    database = open_database(url, daily_backup=False)
    try:
        with database.read_session() as session:
            result = verify(session)
        assert result.problem is None
        assert result.entries_checked > 0
    finally:
        database.dispose()


def test_study_round_trips_and_audits_on_both_backends(database_url: str) -> None:
    participants = scenario_participants()
    database = open_database(database_url)
    try:
        assert schema_revision(database) == head_revision()
        service = StudyService(database, NURSE_A)
        service.import_participants(participants)
        assert write_bundle(service.participants()) == write_bundle(participants)
        count = service.participant("BAITP-001").platelet_counts[0]
        service.apply(
            "BAITP-001",
            [Upsert("count", {"value": count.value + 2}, count.record_id)],
            reason="Transcription error",
        )
        changed = service.participant("BAITP-001").platelet_counts[0]
        assert changed.value == count.value + 2
        assert service.history("BAITP-001", "count", count.record_id)[-1].reason == (
            "Transcription error"
        )
    finally:
        database.dispose()
    _audit_intact(database_url)


def test_a_stale_save_is_refused_not_overwritten(database_url: str) -> None:
    """Two workstations (two engines) open the same participant; the second save loses."""
    seed = open_database(database_url)
    StudyService(seed).import_participants(scenario_participants("01_clean"))
    seed.dispose()
    workstation_a = open_database(database_url)
    workstation_b = open_database(database_url)
    try:
        a = StudyService(workstation_a, NURSE_A)
        b = StudyService(workstation_b, NURSE_B)
        seen_by_a, seen_by_b = a.version("BAITP-001"), b.version("BAITP-001")
        count = b.participant("BAITP-001").platelet_counts[1]
        a.apply(
            "BAITP-001",
            [Upsert("count", {"value": 46}, count.record_id)],
            reason="Lab report re-read",
            expected_version=seen_by_a,
        )
        with pytest.raises(ConflictError) as refused:
            b.apply(
                "BAITP-001",
                [Upsert("count", {"value": 47}, count.record_id)],
                reason="Typo",
                expected_version=seen_by_b,
            )
        assert refused.value.changed_by == "nurse.a"
        assert "nurse.a" in str(refused.value) and "reload" in str(refused.value).lower()
        assert b.participant("BAITP-001").platelet_counts[1].value == 46
        b.apply(  # after reloading, B's change goes through
            "BAITP-001",
            [Upsert("count", {"value": 47}, count.record_id)],
            reason="Typo",
            expected_version=b.version("BAITP-001"),
        )
        assert a.participant("BAITP-001").platelet_counts[1].value == 47
    finally:
        workstation_a.dispose()
        workstation_b.dispose()
    _audit_intact(database_url)


def test_two_simultaneous_saves_one_wins_one_is_told(database_url: str) -> None:
    """Both saves start from the same version at the same moment: exactly one lands."""
    seed = open_database(database_url)
    StudyService(seed).import_participants(scenario_participants("01_clean"))
    version = StudyService(seed).version("BAITP-001")
    record_id = StudyService(seed).participant("BAITP-001").platelet_counts[2].record_id
    seed.dispose()
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(actor: Actor, value: float) -> None:
        database = open_database(database_url, daily_backup=False)
        try:
            service = StudyService(database, actor)
            barrier.wait(timeout=30)
            outcomes[actor.username] = service.apply(
                "BAITP-001",
                [Upsert("count", {"value": value}, record_id)],
                reason="Corrected",
                expected_version=version,
            )
        except ConflictError as exc:
            outcomes[actor.username] = exc
        finally:
            database.dispose()

    threads = [
        threading.Thread(target=save, args=(NURSE_A, 81.0)),
        threading.Thread(target=save, args=(NURSE_B, 82.0)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    conflicts = [o for o in outcomes.values() if isinstance(o, ConflictError)]
    wins = [name for name, o in outcomes.items() if o == version + 1]
    assert len(outcomes) == 2 and len(conflicts) == 1 and len(wins) == 1
    assert conflicts[0].changed_by == wins[0]
    check = open_database(database_url, daily_backup=False)
    try:
        stored = StudyService(check).participant("BAITP-001").platelet_counts[2].value
        assert stored == (81.0 if wins[0] == "nurse.a" else 82.0)
    finally:
        check.dispose()
    _audit_intact(database_url)


def test_json_export_import_round_trip_through_the_command(
    database_url: str, tmp_path: Path, baitp: Callable[..., CompletedProcess[str]]
) -> None:
    """import(export(db)) equals db, through the real command, on both backends."""
    baitp("--db", database_url, "import", str(DATA / "scenarios" / "05_severe_ae.json"), check=True)
    baitp("--db", database_url, "import", str(DATA / "scenarios" / "01_clean.json"), check=True)
    first = tmp_path / "first.json"
    baitp("--db", database_url, "export", "--format", "json", "-o", str(first), check=True)
    copy = tmp_path / "copy.sqlite"
    baitp("--db", str(copy), "import", str(first), check=True)
    second = tmp_path / "second.json"
    baitp("--db", str(copy), "export", "--format", "json", "-o", str(second), check=True)
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert [p["participant_id"] for p in exported["participants"]] == ["BAITP-001", "BAITP-005"]
    again = json.loads(second.read_text(encoding="utf-8"))
    assert again["participants"] == exported["participants"]  # each trail is its own
    # the import names it, first after the new database's own identity entries
    imported = [e for e in again["audit"] if e["table_name"] != "app_setting"]
    assert imported[0]["new_value"] == exported["audit_head"]


@pytest.mark.postgres
def test_server_skips_sqlite_only_steps(postgres_url: str, tmp_path: Path) -> None:
    database = open_database(postgres_url)
    try:
        assert database.path is None and not database.is_sqlite
        assert "@" in database.url and "postgresql" in database.display_name
        StudyService(database).import_participants(scenario_participants("01_clean"))
        assert make_daily_backup(database).made is None  # the server keeps its own backups
        with pytest.raises(StorageError, match="pg_dump"):
            backup_to(database, tmp_path / "copy.sqlite")
    finally:
        database.dispose()


@pytest.mark.postgres
def test_server_database_of_another_program_is_refused_untouched(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer primary key, total numeric)"))
    try:
        with pytest.raises(SchemaError, match="not a baitp-desktop database"):
            open_database(postgres_url)
        with engine.connect() as connection:
            tables = connection.execute(
                text("select tablename from pg_tables where schemaname = 'public'")
            ).scalars()
            assert sorted(tables) == ["invoices"]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_server_database_from_a_newer_release_is_refused_untouched(postgres_url: str) -> None:
    open_database(postgres_url).dispose()
    engine = create_engine(postgres_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(SchemaError, match="newer version"):
            open_database(postgres_url)
        with engine.connect() as connection:
            revision = connection.execute(text("select version_num from alembic_version"))
            assert revision.scalar() == "9999"
    finally:
        engine.dispose()
