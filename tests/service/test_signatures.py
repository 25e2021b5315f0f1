"""Signing, the lock on signed data, unlocking with a reason (which voids the signature)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from baitp_desktop.core.errors import InvalidInput
from baitp_desktop.core.signatures import SIGNATURE_MEANING, SignatureScope
from baitp_desktop.service import StudyService, Upsert
from baitp_desktop.service.changes import Delete, DoseEntry, ParticipantUpdate
from baitp_desktop.service.errors import ConflictError
from baitp_desktop.service.locks import RecordLocked
from baitp_desktop.service.roles import PermissionDenied
from baitp_desktop.service.signatures import (
    AlreadySigned,
    SignatureService,
    signatures_for,
    verify_signatures,
)
from baitp_desktop.service.users import AuthenticationFailed, UserService
from baitp_desktop.storage import Database
from baitp_desktop.storage.models import AuditEntryRow

from .conftest import NAMES, PASSWORDS, PID, actor, day


def _signer(database: Database, name: str = "investigator") -> SignatureService:
    return SignatureService(database, actor(name))


def _count_id(database: Database, study_day: int) -> int:
    participant = StudyService(database).participant(PID)
    found = next(c for c in participant.platelet_counts if c.date == day(study_day))
    assert found.record_id is not None
    return found.record_id


def _audit_rows(database: Database) -> int:
    with database.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntryRow)) or 0)


@pytest.mark.parametrize("name", ["nurse", "monitor", "admin"])
def test_only_investigators_sign(database: Database, name: str) -> None:
    before = _audit_rows(database)
    with pytest.raises(PermissionDenied, match="may not sign"):
        _signer(database, name).sign_visit(PID, "d7", PASSWORDS[name])
    with pytest.raises(PermissionDenied):
        _signer(database, name).sign_casebook(PID, PASSWORDS[name])
    assert signatures_for(database, PID) == []
    assert _audit_rows(database) == before


def test_signing_needs_the_right_password_and_counts_failures(database: Database) -> None:
    with pytest.raises(AuthenticationFailed):
        _signer(database).sign_visit(PID, "d7", "wrong password")
    assert signatures_for(database, PID) == []
    assert UserService(database).user("investigator").failed_attempts == 1


def test_signature_records_name_time_meaning_and_bumps_the_version(database: Database) -> None:
    study = StudyService(database, actor("nurse"))
    version = study.version(PID)
    signature = _signer(database).sign_visit(
        PID, "d7", PASSWORDS["investigator"], expected_version=version
    )
    assert signature.scope is SignatureScope.VISIT and signature.visit_id == "d7"
    assert signature.printed_name == NAMES["investigator"]
    assert signature.username == "investigator"
    assert signature.meaning == SIGNATURE_MEANING
    assert signature.signed_at_utc.utcoffset() is not None
    assert (signature.covers_first, signature.covers_last) == (day(2), day(7))  # since Day 1
    assert study.version(PID) == version + 1
    assert signatures_for(database, PID) == [signature]
    with pytest.raises(AlreadySigned):
        _signer(database).sign_visit(PID, "d7", PASSWORDS["investigator"])


def test_signing_refuses_a_stale_view(database: Database) -> None:
    version = StudyService(database).version(PID)
    StudyService(database, actor("nurse")).apply(
        PID, [Upsert("count", {"date": day(20), "value": 90})]
    )
    with pytest.raises(ConflictError):
        _signer(database).sign_visit(PID, "d7", PASSWORDS["investigator"], expected_version=version)


def test_a_signed_visit_refuses_edits_until_unlocked_with_a_reason(database: Database) -> None:
    nurse = StudyService(database, actor("nurse"))
    signature = _signer(database).sign_visit(PID, "d7", PASSWORDS["investigator"])
    d7 = _count_id(database, 7)
    before = _audit_rows(database)
    refused = [
        [Upsert("count", {"value": 46}, record_id=d7)],  # change a signed value
        [Delete("count", d7)],  # delete a signed record
        [Upsert("count", {"date": day(8), "value": 50})],  # add a record inside the window
        [Upsert("count", {"date": day(7)}, record_id=_count_id(database, 14))],  # move one in
        [
            Upsert(
                "ae",
                {"grade": 2},
                record_id=StudyService(database).participant(PID).adverse_events[0].record_id,
            )
        ],  # AE with onset in the window
        [DoseEntry(day(7), False, None)],  # a diary day in the window
    ]
    for changes in refused:
        with pytest.raises(RecordLocked, match="visit d7") as caught:
            nurse.apply(PID, changes, reason="Transcription error")
        assert caught.value.signature.signature_id == signature.signature_id
    assert _audit_rows(database) == before
    # outside the window: allowed
    nurse.apply(
        PID,
        [Upsert("count", {"value": 81}, record_id=_count_id(database, 14))],
        reason="Transcription error",
    )

    unlocker = _signer(database)
    with pytest.raises(InvalidInput, match="reason"):
        unlocker.unlock(signature.signature_id, "  ")
    with pytest.raises(PermissionDenied):
        SignatureService(database, actor("nurse")).unlock(signature.signature_id, "typo")
    unlocker.unlock(signature.signature_id, "Count transcribed wrongly")
    nurse.apply(PID, [Upsert("count", {"value": 46}, record_id=d7)], reason="Transcription error")

    [voided] = signatures_for(database, PID)
    assert voided.void and voided.voided_by == "investigator"
    assert voided.void_reason == "Count transcribed wrongly"
    assert voided.voided_at_utc is not None
    history = StudyService(database).history(PID)
    void_entries = [e for e in history if e.table_name == "signature" and e.action == "update"]
    assert {e.field for e in void_entries} == {"void", "voided_at_utc", "voided_by", "void_reason"}
    assert {e.reason for e in void_entries} == {"Count transcribed wrongly"}


def test_casebook_signature_locks_everything(database: Database) -> None:
    nurse = StudyService(database, actor("nurse"))
    _signer(database).sign_casebook(PID, PASSWORDS["investigator"])
    for changes in (
        [ParticipantUpdate({"initials": "ZXY"})],
        [Upsert("count", {"date": day(100), "value": 90})],
        [ParticipantUpdate({"discontinuation_date": day(100), "discontinuation_reason": "other"})],
    ):
        with pytest.raises(RecordLocked, match="casebook"):
            nurse.apply(PID, changes, reason="Data entry error")


def test_screening_and_baseline_signatures_cover_their_forms(database: Database) -> None:
    nurse = StudyService(database, actor("nurse"))
    _signer(database).sign_visit(PID, "screening", PASSWORDS["investigator"])
    with pytest.raises(RecordLocked, match="screening"):
        nurse.apply(PID, [ParticipantUpdate({"alt": 31})], reason="Data entry error")
    # Day 1 belongs to the baseline visit, not to screening
    nurse.apply(PID, [ParticipantUpdate({"first_dose_date": day(2)})], reason="Data entry error")
    _signer(database).sign_visit(PID, "baseline", PASSWORDS["investigator"])
    with pytest.raises(RecordLocked, match="baseline"):
        nurse.apply(PID, [ParticipantUpdate({"first_dose_date": day(1)})], reason="Late entry")


def test_verify_names_a_signature_whose_data_changed_behind_the_lock(
    database: Database, db_file: Path
) -> None:
    signature = _signer(database).sign_visit(PID, "d7", PASSWORDS["investigator"])
    assert verify_signatures(database).problem is None
    database.dispose()
    with sqlite3.connect(db_file) as connection:
        connection.execute(
            "update platelet_count set value = 99 where date = ?", (day(7).isoformat(),)
        )
    check = verify_signatures(database)
    assert check.checked == 1
    assert (
        check.problem is not None
        and f"signature {signature.signature_id} of {PID}" in check.problem
    )
