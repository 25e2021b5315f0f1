"""The site dashboard's lists on a study with a participant in every state (no Qt).

The expected lines are worked out by hand from tests/dashboard/dashboard_study.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from baitp_desktop.core.dashboard import (
    build_dashboard,
    diary_gaps,
    group_findings,
    tab_for_record,
    unsigned_visits,
    visits_due,
)
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.validator import validate_study
from tests.dashboard.dashboard_study import TODAY, queries, signature, study


def lines(items) -> list[tuple]:
    return [(v.participant_id, v.visit_id, v.target, v.first, v.last) for v in items]


def test_visits_due_and_overdue_with_their_windows() -> None:
    due, overdue = visits_due(study(), TODAY)
    assert lines(due) == [
        # the Day 7 visit of BAITP-008 is today: due, not overdue
        ("BAITP-008", "d7", date(2023, 3, 1), date(2023, 2, 28), date(2023, 3, 2)),
        ("BAITP-002", "d28", date(2023, 3, 4), date(2023, 3, 1), date(2023, 3, 7)),
        # exactly 7 days ahead is still inside the week
        ("BAITP-008", "d14", date(2023, 3, 8), date(2023, 3, 6), date(2023, 3, 10)),
    ]
    assert lines(overdue) == [
        ("BAITP-004", "d14", date(2023, 2, 23), date(2023, 2, 21), date(2023, 2, 25)),
        ("BAITP-003", "d28", date(2023, 2, 27), date(2023, 2, 24), date(2023, 3, 2)),
    ]
    assert [(v.participant_id, v.window_closed) for v in overdue] == [
        ("BAITP-004", True),
        ("BAITP-003", False),
    ]
    # BAITP-004's Day 28 is 8 days ahead; BAITP-005 stopped before its week-8 window;
    # screening and completed participants have nothing due
    listed = {v.participant_id for v in (*due, *overdue)}
    assert listed.isdisjoint({"BAITP-001", "BAITP-005", "BAITP-006", "BAITP-007"})


def test_visits_due_horizon_is_configurable() -> None:
    due, _ = visits_due(study(), TODAY, days_ahead=8)
    assert ("BAITP-004", "d28") in [(v.participant_id, v.visit_id) for v in due]


def test_diary_gaps_count_only_returned_cards() -> None:
    gaps = diary_gaps(study(), TODAY)
    assert [
        (g.participant_id, g.missing_days, g.first_missing, g.first_run_last, g.through)
        for g in gaps
    ] == [("BAITP-007", 3, date(2023, 2, 2), date(2023, 2, 4), date(2023, 2, 28))]
    assert gaps[0].record == "diary:2023-02-02/2023-02-04"


def test_unsigned_visits_ignore_voided_and_casebook_signatures() -> None:
    people = {p.participant_id: p for p in study()}
    chosen = [people[pid] for pid in ("BAITP-001", "BAITP-002", "BAITP-005", "BAITP-006")]
    signatures = {
        "BAITP-002": [
            signature("BAITP-002", "screening"),
            signature("BAITP-002", "baseline"),
            signature("BAITP-002", "d7"),
        ],
        "BAITP-005": [signature("BAITP-005", "d7", void=True)],
        "BAITP-006": [signature("BAITP-006", None, casebook=True)],
    }
    assert [
        (u.participant_id, u.visit_id, u.data_date, u.record)
        for u in unsigned_visits(chosen, signatures)
    ] == [
        ("BAITP-005", "screening", date(2023, 1, 8), "screening:date"),
        ("BAITP-005", "baseline", date(2023, 1, 11), "visit:baseline"),
        ("BAITP-005", "d7", date(2023, 1, 17), "visit:d7"),
        ("BAITP-005", "d14", date(2023, 1, 24), "visit:d14"),
        ("BAITP-005", "d28", date(2023, 2, 7), "visit:d28"),
        ("BAITP-002", "d14", date(2023, 2, 18), "visit:d14"),
        ("BAITP-001", "screening", date(2023, 2, 24), "screening:date"),
    ]


def test_build_dashboard_lists_findings_by_severity_and_open_queries() -> None:
    people = study()
    board = build_dashboard(
        people, TODAY, findings=validate_study(people, TODAY), queries=queries(), signatures={}
    )
    assert [(f.participant_id, f.code, f.date) for f in board.findings] == [
        ("BAITP-004", "MISSED_VISIT", date(2023, 2, 23)),
        ("BAITP-007", "MISSING_DIARY", date(2023, 2, 2)),
        ("BAITP-008", "MISSING_DIARY", date(2023, 2, 28)),  # Day 6: the card is not back
    ]
    by_severity = board.findings_by_severity()
    assert [len(by_severity[s]) for s in Severity] == [0, 1, 2]
    # open queries oldest first; the closed one is left out; each points at its record
    assert [(q.query.participant_id, q.query.number, q.record) for q in board.queries] == [
        ("BAITP-007", 1, "diary:2023-01-03/2023-01-05"),
        ("BAITP-003", 1, "count:2023-02-13"),
    ]
    assert [v.visit_id for v in board.due] == ["d7", "d28", "d14"]
    assert [v.participant_id for v in board.overdue] == ["BAITP-004", "BAITP-003"]
    assert [g.participant_id for g in board.diary_gaps] == ["BAITP-007"]


@pytest.mark.parametrize(
    ("record", "tab"),
    [
        ("screening:labs", "screening"),
        ("first_dose", "screening"),
        ("dose:2023-01-02", "diary"),
        ("diary:2023-01-02/2023-01-05", "diary"),
        ("visit:d28", "counts"),
        ("count:2023-01-02", "counts"),
        ("bleeding:2023-01-02", "bleeding"),
        ("ae:3", "adverse_events"),
        ("rescue:1", "adverse_events"),
        ("", "screening"),
    ],
)
def test_tab_for_record(record: str, tab: str) -> None:
    assert tab_for_record(record) == tab


def test_findings_group_by_participant_and_code() -> None:
    def finding(pid: str, code: str, day: int, severity: Severity) -> Finding:
        return Finding(pid, code, severity, date(2023, 2, day), f"dose:2023-02-{day:02d}", "m")

    groups = group_findings(
        [
            finding("BAITP-002", "MISSING_DIARY", 3, Severity.QUERY),
            finding("BAITP-001", "DOSE_DURING_INTERRUPTION", 12, Severity.MAJOR),
            finding("BAITP-001", "DOSE_DURING_INTERRUPTION", 10, Severity.MAJOR),
            finding("BAITP-001", "DOSE_DURING_INTERRUPTION", 11, Severity.MAJOR),
            finding("BAITP-001", "LOW_COMPLIANCE", 28, Severity.MINOR),
        ]
    )
    assert [(g.participant_id, g.first.code, g.count) for g in groups] == [
        ("BAITP-001", "DOSE_DURING_INTERRUPTION", 3),
        ("BAITP-001", "LOW_COMPLIANCE", 1),
        ("BAITP-002", "MISSING_DIARY", 1),
    ]
    first = groups[0]
    assert (first.first_date, first.last_date, first.record) == (
        date(2023, 2, 10),
        date(2023, 2, 12),
        "dose:2023-02-10",
    )
