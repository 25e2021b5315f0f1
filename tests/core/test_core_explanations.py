"""Explanations (PROTOCOL.md §13): a finding keeps standing and carries the current
explanation's reason, matched by code, date and record, whatever "as of"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from baitp_desktop.core.entry_checks import (
    check_decision_date,
    check_panel_date,
    check_questionnaire_date,
)
from baitp_desktop.core.explanations import check_reason, check_target
from baitp_desktop.core.records import Explanation
from baitp_desktop.core.rules import RULES
from tests.core.builders import CLEAN_COUNTS, day, findings, of, participant, with_counts
from tests.core.test_core_safety_and_validator import everything

MISSED = with_counts(participant(), {n: v for n, v in CLEAN_COUNTS.items() if n != 56})


def test_a_finding_without_explanation_has_none() -> None:
    [finding] = of(MISSED, "MISSED_VISIT")
    assert finding.explained is None and finding.to_json()["explained"] is None


def test_the_explanation_is_matched_by_code_date_and_record() -> None:
    reason = "in hospital elsewhere"
    right = Explanation("MISSED_VISIT", day(56), "visit:w8", reason)
    p = replace(MISSED, explanations=(right,))
    [finding] = of(p, "MISSED_VISIT")
    assert finding.explained == reason and finding.to_json()["explained"] == reason
    for wrong in (
        Explanation("MISSED_VISIT", day(57), "visit:w8", reason),  # another date
        Explanation("MISSED_VISIT", day(56), "visit:w12", reason),  # another record
        Explanation("MISSING_BLEEDING", day(56), "visit:w8", reason),  # another code
    ):
        other = replace(MISSED, explanations=(wrong,))
        assert of(other, "MISSED_VISIT")[0].explained is None


def test_an_explanation_recorded_later_explains_whatever_as_of() -> None:
    later = Explanation("MISSED_VISIT", day(56), "visit:w8", "explained on Day 190")
    p = replace(MISSED, explanations=(later,))
    assert of(p, "MISSED_VISIT", as_of=day(64))[0].explained == "explained on Day 190"


@pytest.mark.parametrize(
    ("reason", "accepted"),
    [("x", True), ("  x  ", True), ("", False), (" \u3000 ", False), ("字" * 500, True),
     ("字" * 501, False), (" " + "a" * 500 + " ", True), ("bad\x07bell", False)],
)  # fmt: skip
def test_a_reason_is_1_to_500_characters_after_trimming(reason: str, accepted: bool) -> None:
    assert (check_reason(reason) is None) is accepted


@pytest.mark.parametrize(
    ("code", "on", "record", "fits"),
    [
        ("MISSED_VISIT", day(56), "visit:w8", True),
        ("WRONG_DOSE", day(20), f"dose:{day(20)}", True),
        ("WRONG_DOSE", day(20), f"dose:{day(21)}", False),
        ("MISSING_DIARY", day(20), f"diary:{day(20)}/{day(25)}", True),
        ("LOW_COMPLIANCE", day(28), f"diary:{day(1)}/{day(28)}", True),
        ("LOW_COMPLIANCE", day(28), f"diary:{day(28)}/{day(1)}", False),
        ("DOSED_BEFORE_CONSENT", day(1), "first_dose", True),
        ("SAE_LATE_REPORT", day(9), "ae:3", True),
        ("ITP_HISTORY", day(-3), "screening:itp_history", True),
        ("ITP_HISTORY", day(-3), "screening:labs", False),
        ("CAUTION_MEDICATION", day(1), f"medication:{day(-30)}:aspirin", True),
        ("LAB_AE_NOT_RECORDED", day(56), f"lab:{day(56)}:neutrophils_decreased", True),
        ("LAB_HOLD_IGNORED", day(56), f"lab:{day(56)}", True),
        ("LAB_HOLD_IGNORED", day(56), f"lab:{day(56)}:anemia", False),
        ("MISSING_QOL", day(28), "qol:d28", True),
        ("QOL_INCOMPLETE", day(28), f"questionnaire:{day(28)}", True),
        ("NO_SUCH_CODE", day(28), "qol:d28", False),
    ],
)
def test_an_explanation_names_a_record_its_finding_can_have(
    code: str, on: date, record: str, fits: bool
) -> None:
    assert (check_target(code, on, record) is None) is fits


def test_every_findings_record_fits_its_rules_pattern() -> None:
    for finding in findings(everything()):
        assert RULES[finding.code].record_fits(finding.record, finding.date), finding


def test_one_record_per_date_checks_for_entry_and_edit() -> None:
    taken = [day(10), day(20)]
    assert check_decision_date(taken, day(10)) is not None
    assert check_decision_date(taken, day(11)) is None
    assert check_decision_date([day(20)], day(10)) is None  # editing the Day 10 one itself
    assert check_panel_date(taken, day(20)) is not None
    assert check_questionnaire_date(taken, day(20)) is not None
    assert check_questionnaire_date([], day(20)) is None
