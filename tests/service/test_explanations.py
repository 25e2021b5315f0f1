"""Explaining a finding (PROTOCOL.md §13): investigators only, audited, withdrawn but kept,
and carried by `validate --json` as `explained` (the sample participant of conftest)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from baitp_desktop.core.errors import InvalidInput
from baitp_desktop.service import StudyService
from baitp_desktop.service.roles import PermissionDenied
from baitp_desktop.storage import Database
from baitp_desktop.storage.audit import verify
from tests.account_helpers import baitp

from .conftest import PASSWORDS, PID, actor

FINDING = ("MISSED_VISIT", date(2022, 8, 10), "visit:w4")


def test_only_an_investigator_explains_and_withdraws(database: Database) -> None:
    for name in ("nurse", "monitor", "admin"):
        with pytest.raises(PermissionDenied, match="explain findings"):
            StudyService(database, actor(name)).explain_finding(PID, *FINDING, "in hospital")
    investigator = StudyService(database, actor("investigator"))
    investigator.explain_finding(PID, *FINDING, "  in hospital elsewhere  ")
    [current] = investigator.participant(PID).explanations
    assert (current.code, current.record, current.reason) == (
        "MISSED_VISIT", "visit:w4", "in hospital elsewhere")  # fmt: skip
    with pytest.raises(PermissionDenied):
        StudyService(database, actor("nurse")).withdraw_explanation(PID, *FINDING, "no")


def test_a_withdrawal_keeps_the_row_and_says_who_when_why(database: Database) -> None:
    investigator = StudyService(database, actor("investigator"))
    investigator.explain_finding(PID, *FINDING, "in hospital elsewhere")
    with pytest.raises(InvalidInput, match="already explained"):
        investigator.explain_finding(PID, *FINDING, "twice")
    investigator.withdraw_explanation(PID, *FINDING, "the hospital stay was later")
    assert investigator.participant(PID).explanations == ()
    investigator.explain_finding(PID, *FINDING, "missed: transport strike")
    first, second = investigator.explanation_history(PID)
    assert first.withdrawn and first.withdrawn_by == "investigator"
    assert first.withdraw_reason == "the hospital stay was later" and first.withdrawn_at_utc
    assert first.explained_by == "investigator"
    assert not second.withdrawn and second.explanation.reason == "missed: transport strike"
    entries = investigator.history(PID)
    withdrawn = [e for e in entries if e.field == "withdrawn" and e.action == "update"]
    assert [(w.old_value, w.new_value, w.reason) for w in withdrawn] == [
        ("false", "true", "the hospital stay was later")
    ]
    with database.read_session() as session:
        assert verify(session).problem is None


@pytest.mark.parametrize(
    ("code", "record", "reason", "field"),
    [
        ("NOT_A_CODE", "visit:w4", "r", "code"),
        ("MISSED_VISIT", "dose:2022-08-10", "r", "record"),
        ("MISSED_VISIT", "visit:w4", "   ", "reason"),
        ("MISSED_VISIT", "visit:w4", "x" * 501, "reason"),
    ],
)
def test_what_no_finding_could_carry_is_refused_by_field(
    database: Database, code: str, record: str, reason: str, field: str
) -> None:
    investigator = StudyService(database, actor("investigator"))
    with pytest.raises(InvalidInput) as refused:
        investigator.explain_finding(PID, code, date(2022, 8, 10), record, reason)
    assert [p.field for p in refused.value.problems] == [field]
    assert investigator.explanation_history(PID) == []


def test_baitp_explain_and_validate_carry_it(db_file: Path, tmp_path: Path) -> None:
    db = ("--db", str(db_file))
    code, day, record = "MISSED_VISIT", "2022-08-09", "visit:d28"
    args = ("explain", PID, code, day, "--record", record)
    system = baitp(tmp_path, *args, "--reason", "in hospital", *db)
    assert system.returncode != 0 and "--user" in system.stderr
    nurse = baitp(tmp_path, "--user", "nurse", *args, "--reason", "x", *db,
                  password=PASSWORDS["nurse"])  # fmt: skip
    assert nurse.returncode == 1 and "may not explain findings" in nurse.stderr
    bad_date = baitp(tmp_path, "--user", "investigator", "explain", PID, code, "2022-02-30",
                     "--record", record, "--reason", "r", *db,
                     password=PASSWORDS["investigator"])  # fmt: skip
    assert bad_date.returncode == 2 and "DATE" in bad_date.stderr
    bad_record = baitp(tmp_path, "--user", "investigator", "explain", PID, code, day,
                       "--record", "ae:1", "--reason", "r", *db,
                       password=PASSWORDS["investigator"])  # fmt: skip
    assert bad_record.returncode == 2 and "record" in bad_record.stderr
    ok = baitp(tmp_path, "--user", "investigator", *args, "--reason", "in hospital", *db,
               password=PASSWORDS["investigator"])  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    validated = json.loads(
        baitp(tmp_path, "validate", "--as-of", "2022-09-30", "--json", *db).stdout
    )
    [missed] = [f for f in validated["findings"] if (f["code"], f["record"]) == (code, record)]
    assert missed["explained"] == "in hospital"
    assert all(f["explained"] is None for f in validated["findings"] if f is not missed)
    withdrawn = baitp(tmp_path, "--user", "investigator", *args, "--withdraw",
                      "--reason", "wrong visit", *db,
                      password=PASSWORDS["investigator"])  # fmt: skip
    assert withdrawn.returncode == 0, withdrawn.stderr
    again = json.loads(baitp(tmp_path, "validate", "--as-of", "2022-09-30", "--json", *db).stdout)
    assert all(f["explained"] is None for f in again["findings"])
    assert baitp(tmp_path, "verify", *db).returncode == 0
