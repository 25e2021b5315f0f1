"""Queries move New -> Answered -> Closed, are threaded, audited, and never deleted."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.queries import QueryAction, QueryStatus, QueryTarget
from baitp_desktop.service.queries import QueryService, QueryStateError, finding_target
from baitp_desktop.service.roles import PermissionDenied
from baitp_desktop.storage import Database
from baitp_desktop.storage.audit import verify

from .conftest import PID, actor

TARGET = QueryTarget(
    label="Platelet count 2022-07-19 (value)", kind="count", record_id=2, field="value"
)


def test_query_lifecycle(database: Database) -> None:
    monitor = QueryService(database, actor("monitor"))
    nurse = QueryService(database, actor("nurse"))
    query = monitor.raise_query(PID, TARGET, "Source says 54, not 45?")
    assert (query.number, query.status, query.raised_by) == (1, QueryStatus.NEW, "monitor")
    assert query.target == TARGET

    query = nurse.answer(query.query_id, "Checked the lab sheet: 45 is right.")
    assert query.status is QueryStatus.ANSWERED
    query = monitor.follow_up(query.query_id, "Please attach the lab print-out reference.")
    assert query.status is QueryStatus.NEW
    query = nurse.answer(query.query_id, "Lab sheet #2207-19, filed.")
    query = monitor.close(query.query_id, "Thanks, resolved.")
    assert query.status is QueryStatus.CLOSED
    assert [m.action for m in query.messages] == [
        QueryAction.RAISE,
        QueryAction.ANSWER,
        QueryAction.FOLLOW_UP,
        QueryAction.ANSWER,
        QueryAction.CLOSE,
    ]
    assert [m.username for m in query.messages] == [
        "monitor",
        "nurse",
        "monitor",
        "nurse",
        "monitor",
    ]
    with pytest.raises(QueryStateError, match="Closed"):
        nurse.answer(query.query_id, "one more thing")
    with pytest.raises(QueryStateError):
        monitor.close(query.query_id, "again")
    assert monitor.queries(PID, open_only=True) == []
    assert [q.query_id for q in monitor.queries(PID)] == [query.query_id]


def test_roles_and_the_raiser_rule(database: Database) -> None:
    with pytest.raises(PermissionDenied):
        QueryService(database, actor("nurse")).raise_query(PID, TARGET, "nurses answer")
    with pytest.raises(PermissionDenied):
        QueryService(database, actor("admin")).raise_query(PID, TARGET, "admins manage")
    query = QueryService(database, actor("investigator")).raise_query(PID, TARGET, "Check?")
    with pytest.raises(PermissionDenied):
        QueryService(database, actor("monitor")).answer(query.query_id, "monitors ask")
    with pytest.raises(QueryStateError, match="Only investigator"):
        QueryService(database, actor("monitor")).close(query.query_id, "not mine")
    with pytest.raises(QueryStateError):  # a follow-up needs an answer first
        QueryService(database, actor("investigator")).follow_up(query.query_id, "well?")


def test_query_on_a_finding(database: Database) -> None:
    finding = Finding(
        PID,
        "MISSING_BLEEDING",
        Severity.QUERY,
        date(2022, 7, 19),
        "count:2022-07-19",
        "no bleeding grade on the count's date",
    )
    query = QueryService(database, actor("monitor")).raise_query(
        PID, finding_target(finding), "Was bleeding assessed?"
    )
    assert query.target.finding_code == "MISSING_BLEEDING"
    assert query.target.finding_record == "count:2022-07-19"
    assert query.target.label.startswith("MISSING_BLEEDING 2022-07-19")


def test_queries_are_audited_and_a_deleted_one_is_detected(
    database: Database, db_file: Path
) -> None:
    monitor = QueryService(database, actor("monitor"))
    query = monitor.raise_query(PID, TARGET, "Source says 54?")
    QueryService(database, actor("nurse")).answer(query.query_id, "45 is right")
    with database.read_session() as session:
        assert verify(session).intact
        from baitp_desktop.storage.audit import history

        entries = history(session, participant_id=PID, table_name="query")
    assert [
        (e.action, e.field, e.old_value, e.new_value) for e in entries if e.field == "status"
    ] == [("insert", "status", None, "new"), ("update", "status", "new", "answered")]
    assert not hasattr(QueryService, "delete")
    database.dispose()
    with sqlite3.connect(db_file) as connection:
        connection.execute("delete from query_message")
        connection.execute("delete from query")
    with database.read_session() as session:
        result = verify(session)
    assert not result.intact
    assert result.problem is not None and "missing from the database" in result.problem
    assert "query" in result.problem


def test_field_targets_list_the_fields_holding_a_value(database: Database) -> None:
    targets = QueryService(database, actor("monitor")).field_targets(PID)
    labels = {t.label for t in targets}
    assert "Platelet count 2022-07-19 (value)" in labels
    assert f"Participant {PID} (initials)" in labels
    assert not any(t.label.startswith(("User ", "Query", "Signature")) for t in targets)
    count = next(t for t in targets if t.label == "Platelet count 2022-07-19 (value)")
    assert (count.kind, count.field) == ("count", "value") and count.record_id is not None
