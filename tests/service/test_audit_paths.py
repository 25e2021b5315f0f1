"""Every write path leaves exactly the expected audit entries; tampering is detected."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from baitp_desktop.core.queries import QueryTarget
from baitp_desktop.service import ReasonRequired, StudyService, Upsert
from baitp_desktop.service.changes import Delete, DoseEntry, ParticipantUpdate
from baitp_desktop.service.queries import QueryService
from baitp_desktop.service.roles import PermissionDenied
from baitp_desktop.service.sdv import SdvService
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.storage import Database
from baitp_desktop.storage.audit import AuditEntry, history, verify

from .conftest import PASSWORDS, PID, actor, day, sample_participant


def _entries_after(database: Database, last_id: int) -> list[AuditEntry]:
    with database.read_session() as session:
        return [e for e in history(session) if e.entry_id > last_id]


def _last_id(database: Database) -> int:
    with database.read_session() as session:
        entries = history(session)
    return entries[-1].entry_id if entries else 0


def _summary(entries: list[AuditEntry]) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(e.username, e.action, e.field, e.old_value, e.new_value) for e in entries]


def _intact(database: Database) -> None:
    with database.read_session() as session:
        result = verify(session)
    assert result.intact, result.problem


def test_insert_update_delete_through_the_service(database: Database) -> None:
    nurse = StudyService(database, actor("nurse"))
    mark = _last_id(database)
    nurse.apply(PID, [Upsert("count", {"date": day(28), "value": 120})])
    inserted = _entries_after(database, mark)
    assert _summary(inserted) == [
        ("nurse", "insert", "date", None, day(28).isoformat()),
        ("nurse", "insert", "value", None, "120"),
    ]
    assert {(e.participant_id, e.table_name, e.reason) for e in inserted} == {
        (PID, "platelet_count", "Initial entry")
    }
    record_id = inserted[0].record_id
    assert all(e.timestamp_utc.endswith("Z") for e in inserted)

    mark = _last_id(database)
    with pytest.raises(ReasonRequired):
        nurse.apply(PID, [Upsert("count", {"value": 112}, record_id=record_id)])
    assert _entries_after(database, mark) == []
    nurse.apply(
        PID, [Upsert("count", {"value": 112}, record_id=record_id)], reason="Transcription error"
    )
    updated = _entries_after(database, mark)
    assert _summary(updated) == [("nurse", "update", "value", "120", "112")]
    assert updated[0].reason == "Transcription error"
    assert updated[0].record_label == f"Platelet count {day(28).isoformat()}"

    mark = _last_id(database)
    with pytest.raises(ReasonRequired):
        nurse.apply(PID, [Delete("count", record_id)])
    nurse.apply(PID, [Delete("count", record_id)], reason="Entered for the wrong participant")
    assert _summary(_entries_after(database, mark)) == [
        ("nurse", "delete", "date", day(28).isoformat(), None),
        ("nurse", "delete", "value", "112", None),
    ]

    mark = _last_id(database)
    nurse.apply(PID, [DoseEntry(day(15), False, None)])
    assert _summary(_entries_after(database, mark)) == [
        ("nurse", "insert", "date", None, day(15).isoformat()),
        ("nurse", "insert", "taken", None, "false"),
    ]
    mark = _last_id(database)
    nurse.apply(PID, [ParticipantUpdate({"initials": "ZXY"})], reason="Data entry error")
    assert _summary(_entries_after(database, mark)) == [
        ("nurse", "update", "initials", "ZXH", "ZXY")
    ]
    _intact(database)


def test_create_and_import_are_audited_under_their_actor(database: Database) -> None:
    mark = _last_id(database)
    StudyService(database, actor("investigator")).create_participant(
        "BAITP-002",
        initials="ABC",
        sex="M",
        birth_date=date(1970, 1, 2),
        consent_date=date(2022, 8, 1),
    )
    created = _entries_after(database, mark)
    assert {(e.username, e.action, e.participant_id, e.reason) for e in created} == {
        ("investigator", "insert", "BAITP-002", "New participant")
    }
    assert {e.field for e in created} == {
        "participant_id",
        "initials",
        "sex",
        "birth_date",
        "consent_date",
    }

    mark = _last_id(database)
    StudyService(database).import_participants([sample_participant("BAITP-003")])
    imported = _entries_after(database, mark)
    assert imported and {e.username for e in imported} == {"system"}
    assert {e.reason for e in imported} == {"Imported from a bundle"}
    _intact(database)


@pytest.mark.parametrize("name", ["monitor", "admin"])
def test_readers_cannot_write(database: Database, name: str) -> None:
    mark = _last_id(database)
    study = StudyService(database, actor(name))
    with pytest.raises(PermissionDenied, match="may not enter or change CRF data"):
        study.apply(PID, [Upsert("count", {"date": day(28), "value": 120})])
    with pytest.raises(PermissionDenied):
        study.create_participant(
            "BAITP-009",
            initials="A",
            sex="F",
            birth_date=date(1980, 1, 1),
            consent_date=date(2022, 1, 1),
        )
    with pytest.raises(PermissionDenied):
        study.import_participants([sample_participant("BAITP-004")])
    assert _entries_after(database, mark) == []


def test_compliance_writes_are_audited(database: Database) -> None:
    mark = _last_id(database)
    signature = SignatureService(database, actor("investigator")).sign_visit(
        PID, "d14", PASSWORDS["investigator"]
    )
    signed = _entries_after(database, mark)
    assert {(e.table_name, e.action, e.username, e.record_label) for e in signed} == {
        ("signature", "insert", "investigator", "Signature visit d14")
    }
    assert {e.field for e in signed} >= {
        "scope",
        "visit_id",
        "printed_name",
        "meaning",
        "signed_at_utc",
        "data_hash",
    }

    mark = _last_id(database)
    sdv = SdvService(database, actor("monitor")).mark_verified(PID, "d14")
    assert {(e.table_name, e.username) for e in _entries_after(database, mark)} == {
        ("sdv_mark", "monitor")
    }
    assert not sdv.changed_since
    SignatureService(database, actor("investigator")).unlock(signature.signature_id, "Typo")
    StudyService(database, actor("nurse")).apply(
        PID,
        [Upsert("count", {"value": 81}, record_id=_count_on(database, day(14)))],
        reason="Transcription error",
    )
    [mark_now] = SdvService(database, actor("monitor")).marks(PID)
    assert mark_now.changed_since
    again = SdvService(database, actor("monitor")).mark_verified(PID, "d14")
    marks = SdvService(database, actor("monitor")).marks(PID)
    assert [m.void for m in marks] == [True, False] and marks[1] == again

    mark = _last_id(database)
    QueryService(database, actor("monitor")).raise_query(PID, _target(), "Check the count")
    raised = _entries_after(database, mark)
    assert {e.table_name for e in raised} == {"query", "query_message"}
    assert {e.participant_id for e in raised} == {PID}
    _intact(database)


def _count_on(database: Database, when: date) -> int:
    participant = StudyService(database).participant(PID)
    found = next(c for c in participant.platelet_counts if c.date == when)
    assert found.record_id is not None
    return found.record_id


def _target() -> QueryTarget:
    return QueryTarget(label="Platelet count (value)", kind="count", field="value")


def _tamper(database: Database, path: Path, sql: str, *params: object) -> None:
    database.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(sql, params)


def _problem(database: Database) -> str:
    with database.read_session() as session:
        result = verify(session)
    assert not result.intact
    assert result.problem is not None
    return result.problem


def test_a_value_edited_in_sqlite_is_named(database: Database, db_file: Path) -> None:
    _tamper(
        database,
        db_file,
        "update platelet_count set value = 450 where date = ?",
        day(7).isoformat(),
    )
    problem = _problem(database)
    assert "platelet_count record" in problem and "field value" in problem and "450" in problem


def test_an_audit_row_edited_in_sqlite_is_named(database: Database, db_file: Path) -> None:
    _tamper(database, db_file, "update audit_entry set new_value = '46' where id = 5")
    assert _problem(database).startswith("audit entry 5 ")


def test_an_audit_row_deleted_in_sqlite_is_named(database: Database, db_file: Path) -> None:
    _tamper(database, db_file, "delete from audit_entry where id = 7")
    assert _problem(database).startswith("audit entry 8:")


def test_a_password_hash_swapped_in_sqlite_is_detected(database: Database, db_file: Path) -> None:
    _tamper(
        database,
        db_file,
        "update app_user set password_hash = (select password_hash from app_user "
        "where username = 'nurse') where username = 'admin'",
    )
    problem = _problem(database)
    assert "app_user record 1, field password:" in problem  # the admin's password changed
    assert "$argon2" not in problem  # the message names it by fingerprint, never the hash
