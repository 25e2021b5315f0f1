"""A visit signature covers exactly what the visit summary prints (and what its numbers are
computed from): every printed record, changed after signing, is refused; the summary
reprinted after every allowed change shows the same; visits not ready are not signed.

The sample participant (conftest): Day 1 = 2022-07-13, diary Days 1-14, counts and WHO
grade 0 on Days 1, 7, 14, AE 1 (headache, grade 1) from Day 7, unresolved. The Day 14
visit's window is Days 12-16; since the last visit (Day 7) its summary covers Days 8-14.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from baitp_desktop.core.config import default_config
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.reports.gather import gather_report_data
from baitp_desktop.reports.visit_summary import write_visit_summary
from baitp_desktop.service import StudyService, Upsert
from baitp_desktop.service.changes import Change, Delete, DoseEntry, ParticipantUpdate
from baitp_desktop.service.locks import RecordLocked
from baitp_desktop.service.signatures import CannotSign, SignatureService
from baitp_desktop.storage import Database

from .conftest import PASSWORDS, PID, actor, day
from .test_cli import baitp as run_baitp

PRINTED_AT = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def _record_id(database: Database, kind: str, study_day: int) -> int:
    participant = StudyService(database).participant(PID)
    records = {
        "count": participant.platelet_counts,
        "bleeding": participant.bleeding,
    }[kind]
    found = next(r for r in records if r.date == day(study_day))
    assert found.record_id is not None
    return found.record_id


def _ae_id(database: Database) -> int:
    [ae] = StudyService(database).participant(PID).adverse_events
    assert ae.record_id is not None
    return ae.record_id


def _summary_text(database: Database) -> str:
    """The printed d14 summary from its title to its findings (those are as of printing)."""
    data = gather_report_data(database, PID, default_config(), generated_at=PRINTED_AT, zone=UTC)
    buffer = io.BytesIO()
    write_visit_summary(data, "d14", buffer)
    text = "\n".join(page.extract_text() for page in PdfReader(buffer).pages)
    return text.split("Open findings and queries")[0]


def _ae(onset: int, grade: int = 1, resolved: int | None = None) -> Upsert:
    values = {"term": "Nausea", "grade": grade, "onset": day(onset), "serious": False}
    if resolved is not None:
        values["resolved"] = day(resolved)
    return Upsert("ae", values)


PRINTED: dict[str, Callable[[Database], list[Change]]] = {
    "the visit's count": lambda db: [
        Upsert("count", {"value": 81}, record_id=_record_id(db, "count", 14))
    ],
    "another count of the window": lambda _db: [Upsert("count", {"date": day(15), "value": 90})],
    "the WHO grade of the visit's count": lambda db: [
        Upsert("bleeding", {"who_grade": 1}, record_id=_record_id(db, "bleeding", 14))
    ],
    "a diary day before the window": lambda _db: [DoseEntry(day(9), False, None)],
    "a dosing decision since the last visit": lambda _db: [
        Upsert("decision", {"date": day(10), "action": "interrupt", "reason": "bleeding"})
    ],
    "an ongoing AE's grade": lambda db: [Upsert("ae", {"grade": 2}, record_id=_ae_id(db))],
    "an ongoing AE's resolution": lambda db: [
        Upsert("ae", {"resolved": day(20)}, record_id=_ae_id(db))
    ],
    "an AE started since the last visit": lambda _db: [_ae(11)],
    "rescue therapy since the last visit": lambda _db: [
        Upsert("rescue", {"date": day(11), "therapy": "IVIG"})
    ],
    "Day 1 (every study day printed)": lambda _db: [ParticipantUpdate({"first_dose_date": day(2)})],
    "the initials in the header": lambda _db: [ParticipantUpdate({"initials": "ZXY"})],
    "a discontinuation by the visit": lambda _db: [
        ParticipantUpdate({"discontinuation_date": day(13), "discontinuation_reason": "other"})
    ],
    # not printed, but the printed numbers are computed from them
    "an earlier count (baseline, interruption rule)": lambda _db: [
        Upsert("count", {"date": day(3), "value": 400})
    ],
    "an earlier dosing decision (interruptions)": lambda _db: [
        Upsert("decision", {"date": day(5), "action": "interrupt", "reason": "platelets"})
    ],
    "an earlier AE at the discontinuation grade (expected days)": lambda _db: [_ae(3, grade=4)],
}

ALLOWED: dict[str, list[Change]] = {
    "a diary day before the days since the last visit": [DoseEntry(day(5), False, None)],
    "a count after the window": [Upsert("count", {"date": day(20), "value": 95})],
    "an AE over before the days since the last visit": [_ae(2, grade=2, resolved=4)],
    "an AE after the visit": [_ae(18)],
    "a discontinuation after the visit": [
        ParticipantUpdate({"discontinuation_date": day(30), "discontinuation_reason": "other"})
    ],
}


@pytest.mark.parametrize("what", sorted(PRINTED))
def test_every_record_the_signed_summary_prints_or_reads_is_locked(
    database: Database, what: str
) -> None:
    signature = SignatureService(database, actor("investigator")).sign_visit(
        PID, "d14", PASSWORDS["investigator"]
    )
    nurse = StudyService(database, actor("nurse"))
    version = nurse.version(PID)
    with pytest.raises(RecordLocked, match="visit d14") as refused:
        nurse.apply(PID, PRINTED[what](database), reason="Data entry error")
    assert refused.value.signature.signature_id == signature.signature_id
    assert "Nothing was changed" in str(refused.value)
    assert nurse.version(PID) == version


def test_the_signed_summary_reprints_the_same_after_every_allowed_change(
    database: Database,
) -> None:
    SignatureService(database, actor("investigator")).sign_visit(
        PID, "d14", PASSWORDS["investigator"]
    )
    signed = _summary_text(database)
    assert "Headache" in signed and "80 ×10⁹/L" in signed  # the ongoing AE, the count
    nurse = StudyService(database, actor("nurse"))
    for changes in ALLOWED.values():
        nurse.apply(PID, changes, reason="Data entry error")
    assert _summary_text(database) == signed


def _signing(database: Database, today: date) -> SignatureService:
    return SignatureService(database, actor("investigator"), today=lambda: today)


def test_a_visit_whose_window_has_not_opened_is_not_signed(database: Database) -> None:
    with pytest.raises(CannotSign, match=r"The window of Day 14 opens on 2022-07-24"):
        _signing(database, day(10)).sign_visit(PID, "d14", PASSWORDS["investigator"])
    visits = {v.visit_id: v for v in _signing(database, day(10)).visits(PID)}
    assert visits["d7"].refusal is None and visits["d14"].refusal is not None


def test_a_visit_still_running_without_its_count_is_not_signed(database: Database) -> None:
    nurse = StudyService(database, actor("nurse"))
    nurse.apply(PID, [Delete("count", _record_id(database, "count", 14))], reason="Wrong patient")
    with pytest.raises(CannotSign, match="no platelet count yet and its window is open until"):
        _signing(database, day(15)).sign_visit(PID, "d14", PASSWORDS["investigator"])


def test_a_visit_with_nothing_recorded_is_not_signed(database: Database) -> None:
    nurse = StudyService(database, actor("nurse"))
    nurse.apply(PID, [Upsert("ae", {"resolved": day(8)}, record_id=_ae_id(database))])
    with pytest.raises(CannotSign, match="Nothing is recorded for Week 8"):
        SignatureService(database, actor("investigator")).sign_visit(
            PID, "w8", PASSWORDS["investigator"]
        )
    assert issubclass(CannotSign, UserFacingError)


def test_the_command_line_says_why_a_visit_cannot_be_signed(
    database: Database, db_file: Path, tmp_path: Path
) -> None:
    nurse = StudyService(database, actor("nurse"))
    nurse.apply(PID, [Upsert("ae", {"resolved": day(8)}, record_id=_ae_id(database))])
    database.dispose()
    result = run_baitp(
        tmp_path,
        "--db",
        str(db_file),
        "--user",
        "investigator",
        "sign",
        PID,
        "--visit",
        "w8",
        password=PASSWORDS["investigator"],
    )
    assert result.returncode == 1, result.stderr
    assert "Nothing is recorded for Week 8" in result.stderr
