"""AE findings (AE_BEFORE_CONSENT, SAE_LATE_REPORT) and validator-wide guarantees: every §6
code with its severity, nothing dated after "as of", sorted output."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from baitp_desktop.core.findings import Severity
from baitp_desktop.core.records import Participant
from baitp_desktop.core.rules import RULES
from baitp_desktop.core.validator import validate_study
from tests.core.builders import (
    AS_OF,
    CLEAN_COUNTS,
    CONSENT,
    PANEL_DAYS,
    ae,
    birth_for_age,
    codes,
    dates,
    day,
    diary,
    discontinued,
    findings,
    interrupt,
    labs,
    medication,
    of,
    panel,
    participant,
    questionnaire,
    resume,
    screening,
    with_counts,
)

# PROTOCOL.md §6 and §9–§12: every code and its severity
SEVERITIES = {
    "INELIGIBLE_AGE": "major", "INELIGIBLE_PLATELETS": "major", "INELIGIBLE_CRITERIA": "major",
    "INELIGIBLE_LAB": "major", "DOSED_BEFORE_CONSENT": "major", "SCREENING_WINDOW": "minor",
    "WRONG_DOSE": "major", "DOSE_DURING_INTERRUPTION": "major",
    "DOSE_AFTER_DISCONTINUATION": "major", "DOSE_AFTER_SEVERE_AE": "major",
    "DOSE_BEYOND_TREATMENT": "minor", "LOW_COMPLIANCE": "minor", "MISSED_VISIT": "minor",
    "MISSING_DIARY": "query", "MISSING_BLEEDING": "query", "AE_BEFORE_CONSENT": "query",
    "SAE_LATE_REPORT": "major",
    # PROTOCOL.md §9–§12
    "ITP_HISTORY": "query", "PROHIBITED_MEDICATION": "major", "CAUTION_MEDICATION": "query",
    "LAB_AE_NOT_RECORDED": "query", "LAB_HOLD_IGNORED": "major", "MISSING_QOL": "query",
    "QOL_INCOMPLETE": "query",
}  # fmt: skip


def test_every_protocol_code_has_one_rule_with_its_severity() -> None:
    assert {code: r.severity.value for code, r in RULES.items()} == SEVERITIES


# -- AE_BEFORE_CONSENT ----------------------------------------------------------------------
def test_ae_before_consent() -> None:
    p = participant(adverse_events=(ae(1, CONSENT.replace(day=9), number=1),
                                    ae(2, CONSENT, number=2)))  # fmt: skip
    got = of(p, "AE_BEFORE_CONSENT")
    assert [(f.date, f.record) for f in got] == [(CONSENT.replace(day=9), "ae:1")]
    assert got[0].severity == Severity.QUERY


# -- SAE_LATE_REPORT ------------------------------------------------------------------------
@pytest.mark.parametrize(("delay", "late"), [(0, False), (1, False), (2, True), (10, True)])
def test_sae_report_delay(delay: int, late: bool) -> None:
    sae = ae(3, day(50), serious=True, aware_date=day(50), reported_date=day(50 + delay))
    got = of(participant(adverse_events=(sae,)), "SAE_LATE_REPORT")
    assert [f.date for f in got] == ([day(50)] if late else [])  # dated at awareness
    if late:
        assert got[0].severity == Severity.MAJOR and got[0].record == "ae:1"


def test_non_serious_ae_reported_late_is_fine() -> None:
    late = ae(3, day(50), serious=False, aware_date=day(50), reported_date=day(60))
    assert dates(participant(adverse_events=(late,)), "SAE_LATE_REPORT") == []


@pytest.mark.parametrize(("as_of_day", "late"), [(50, False), (51, False), (52, True)])
def test_unreported_sae_is_late_once_as_of_is_more_than_1_day_after_awareness(
    as_of_day: int, late: bool
) -> None:
    sae = ae(4, day(50), serious=True, aware_date=day(50), reported_date=None)
    got = dates(participant(adverse_events=(sae,)), "SAE_LATE_REPORT", as_of=day(as_of_day))
    assert got == ([day(50)] if late else [])


def test_late_report_is_not_shown_before_awareness() -> None:
    sae = ae(3, day(50), serious=True, aware_date=day(50), reported_date=day(55))
    assert dates(participant(adverse_events=(sae,)), "SAE_LATE_REPORT", as_of=day(49)) == []


# -- one participant with every finding -----------------------------------------------------
def everything() -> Participant:
    """A participant producing every code of §6 and §9–§12 (as of AS_OF)."""
    s = screening(date=day(-30), platelets=80, labs=labs(hemoglobin=7))
    s = replace(s, inclusion={**s.inclusion, "I1": False})
    counts = {n: v for n, v in CLEAN_COUNTS.items() if n != 14}
    p = with_counts(participant(), counts, {n: 0 for n in counts if n != 28})
    return replace(
        p,
        birth_date=birth_for_age(day(2), 75),
        consent_date=day(2),  # after Day 1 and after screening
        screening=s,
        doses=diary(1, 180, missed=range(1, 11), skip=range(60, 63), doses_mg={20: 2}),
        dosing_decisions=(interrupt(40), resume(45)),
        discontinuation=discontinued(day(150)),
        adverse_events=(
            ae(4, day(120), number=1),
            ae(1, day(-40), number=2),
            ae(2, day(70), number=3, serious=True, aware_date=day(70), reported_date=day(75)),
        ),
        itp_history=None,  # ITP_HISTORY
        medications=(
            medication("Xeljanz", day(30), day(35)),  # PROHIBITED_MEDICATION
            medication("aspirin", day(-20)),  # CAUTION_MEDICATION, dated Day 1
        ),
        # Day 56: ANC grade 3 without an AE, and a hold ignored until Day 84's panel
        lab_panels=tuple(panel(day(n), anc=850 if n == 56 else 3100) for n in PANEL_DAYS),
        questionnaires=(  # no Week 12 questionnaire; Day 28's unanswered
            questionnaire(day(1)),
            questionnaire(day(28), default=None),
            questionnaire(day(168)),
        ),
    )


def test_everything_participant_gives_every_code() -> None:
    assert codes(everything()) == set(SEVERITIES)
    for f in findings(everything()):
        assert f.severity.value == SEVERITIES[f.code]
        assert f.participant_id == "BAITP-001"
        assert f.message and f.record


@pytest.mark.parametrize("offset", [-41, -31, -30, -1, 1, 2, 3, 10, 17, 28, 29, 57, 71, 121,
                                    151, 169, 176, 177, 178, 181, 200])  # fmt: skip
def test_nothing_dated_after_as_of(offset: int) -> None:
    as_of = day(offset)
    got = findings(everything(), as_of=as_of)
    assert all(f.date <= as_of for f in got)
    assert got == sorted(got, key=lambda f: f.sort_key)


def test_findings_dated_after_as_of_are_dropped_for_every_code() -> None:
    for code_date in sorted({f.date for f in findings(everything(), as_of=AS_OF)}):
        before = findings(everything(), as_of=code_date - timedelta(days=1))
        assert all(g.date < code_date for g in before)


def test_study_findings_sorted_by_participant_date_code() -> None:
    a = replace(everything(), participant_id="BAITP-002")
    b = replace(everything(), participant_id="BAITP-001")
    got = validate_study([a, b, participant(participant_id="BAITP-003")], AS_OF)
    keys = [(f.participant_id, f.date, f.code) for f in got]
    assert keys == sorted(keys)
    assert {f.participant_id for f in got} == {"BAITP-001", "BAITP-002"}
    assert len(got) == 2 * len(findings(everything()))


def test_one_finding_per_rule_per_day() -> None:
    got = findings(everything())
    keys = [(f.code, f.date) for f in got]
    per_day = {"WRONG_DOSE", "DOSE_DURING_INTERRUPTION", "DOSE_AFTER_DISCONTINUATION",
               "DOSE_AFTER_SEVERE_AE", "DOSE_BEYOND_TREATMENT"}  # fmt: skip
    assert len([k for k in keys if k[0] in per_day]) == len({k for k in keys if k[0] in per_day})
    assert sum(1 for f in got if f.code == "INELIGIBLE_CRITERIA") == 1
    assert sum(1 for f in got if f.code == "INELIGIBLE_LAB") == 1
    assert sum(1 for f in got if f.code == "DOSED_BEFORE_CONSENT") == 1
