"""A small study with a participant in every state the site dashboard knows, on a fixed today.

Each participant is built from study days (Day 1 = first dose, counts with a grade 0 on the
visit target days), so the expected dashboard lines can be worked out by hand:

| id  | state on TODAY                                     | study day today |
| 001 | screening (no Day 1)                               | —               |
| 002 | on treatment, Day 28 visit due in 3 days           | 25              |
| 003 | Day 28 overdue, window still open (closes tomorrow)| 30              |
| 004 | Day 14 overdue, window closed; Day 28 in 8 days    | 20              |
| 005 | discontinued on Day 40, before the week-8 window   | 50              |
| 006 | completed week 24                                  | 200             |
| 007 | diary gap on Days 33-35                            | 60              |
| 008 | Day 7 visit today; diary card not back since Day 5 | 7               |
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from baitp_desktop.core.queries import Query, QueryStatus, QueryTarget
from baitp_desktop.core.records import (
    BleedingAssessment,
    Discontinuation,
    DiscontinuationReason,
    Dose,
    Participant,
    PlateletCount,
)
from baitp_desktop.core.signatures import SIGNATURE_MEANING, SignatureRecord, SignatureScope
from baitp_desktop.core.studyday import date_of_day
from tests.core.builders import QOL_DAYS, screening
from tests.core.builders import participant as clean_participant

TODAY = date(2023, 3, 1)
VISIT_DAYS = (1, 7, 14, 28, 56, 84, 112, 140, 168)
COUNT_AT = {1: 18, 7: 45, 14: 80, 28: 120, 56: 150, 84: 150, 112: 140, 140: 130, 168: 110}
QOL = clean_participant().questionnaires


def day1_for(today_day: int) -> date:
    """Day 1 such that TODAY is study day `today_day`."""
    return TODAY - timedelta(days=today_day - 1)


def enrolled(
    pid: str,
    initials: str,
    today_day: int,
    visits: Iterable[int],
    diary_last: int,
    *,
    skip: Iterable[int] = (),
    discontinued_day: int | None = None,
) -> Participant:
    day1 = day1_for(today_day)

    def on(n: int) -> date:
        return date_of_day(day1, n)

    skipped = set(skip)
    visit_days = list(visits)
    consent = on(-3)
    return replace(
        clean_participant(),
        participant_id=pid,
        initials=initials,
        consent_date=consent,
        screening=screening(date=consent),
        first_dose_date=day1,
        doses=tuple(Dose(on(n), True, 4.0) for n in range(1, diary_last + 1) if n not in skipped),
        platelet_counts=tuple(
            PlateletCount(on(n), float(COUNT_AT[n]), record_id=100 + n) for n in visit_days
        ),
        bleeding=tuple(BleedingAssessment(on(n), 0) for n in visit_days),
        lab_panels=(),
        questionnaires=tuple(  # the ITP-PAQ at the QoL visits that took place
            replace(q, date=on(n)) for q, n in zip(QOL, QOL_DAYS, strict=True) if n in visit_days
        ),
        discontinuation=None
        if discontinued_day is None
        else Discontinuation(on(discontinued_day), DiscontinuationReason.PARTICIPANT_REQUEST),
    )


def study() -> list[Participant]:
    screening_only = replace(
        clean_participant(),
        participant_id="BAITP-001",
        initials="SCR",
        consent_date=TODAY - timedelta(days=5),
        screening=screening(date=TODAY - timedelta(days=5)),
        first_dose_date=None,
        doses=(),
        platelet_counts=(),
        bleeding=(),
    )
    return [
        screening_only,
        enrolled("BAITP-002", "DUE", 25, (1, 7, 14), 24),
        enrolled("BAITP-003", "OPN", 30, (1, 7, 14), 29),
        enrolled("BAITP-004", "CLS", 20, (1, 7), 19),
        enrolled("BAITP-005", "DSC", 50, (1, 7, 14, 28), 40, discontinued_day=40),
        enrolled("BAITP-006", "CMP", 200, VISIT_DAYS, 168),
        enrolled("BAITP-007", "GAP", 60, (1, 7, 14, 28, 56), 59, skip=(33, 34, 35)),
        enrolled("BAITP-008", "TDY", 7, (1,), 5),
    ]


def at(day_offset: int) -> datetime:
    return datetime(2023, 2, 1, 9, 0, tzinfo=UTC) + timedelta(days=day_offset)


def queries() -> list[Query]:
    """An open field query, an answered finding query, and a closed one (not listed)."""
    return [
        Query(
            1,
            "BAITP-003",
            1,
            QueryTarget("Day 14 count", kind="count", record_id=114, field="value"),
            QueryStatus.NEW,
            "monitor",
            at(3),
        ),
        Query(
            2,
            "BAITP-007",
            1,
            QueryTarget(
                "MISSING_DIARY",
                finding_code="MISSING_DIARY",
                finding_record="diary:2023-01-03/2023-01-05",
            ),
            QueryStatus.ANSWERED,
            "monitor",
            at(1),
        ),
        Query(
            3,
            "BAITP-006",
            1,
            QueryTarget("AE 1", kind="ae", record_id=5, field="grade"),
            QueryStatus.CLOSED,
            "monitor",
            at(0),
        ),
    ]


def signature(
    pid: str,
    visit_id: str | None,
    *,
    casebook: bool = False,
    void: bool = False,
) -> SignatureRecord:
    return SignatureRecord(
        signature_id=hash((pid, visit_id, casebook, void)) & 0xFFFF,
        participant_id=pid,
        scope=SignatureScope.CASEBOOK if casebook else SignatureScope.VISIT,
        visit_id=visit_id,
        printed_name="Dr Li",
        username="li",
        signed_at_utc=at(5),
        meaning=SIGNATURE_MEANING,
        void=void,
    )
