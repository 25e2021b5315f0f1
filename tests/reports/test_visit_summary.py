"""Visit summaries of the demo study, read back from the PDF text.

Expected values come from the core (the visit's chosen count, its response, the baseline,
the eligibility reasons, the findings), so the test checks that the report prints what
the protocol core derived, for the right visit and participant.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from baitp_desktop.core.config import default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.endpoints import visit_assessment
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.queries import Query, QueryAction, QueryMessage, QueryStatus, QueryTarget
from baitp_desktop.core.records import Participant, Sex
from baitp_desktop.core.signatures import SIGNATURE_MEANING, SignatureRecord, SignatureScope
from baitp_desktop.core.validator import validate_participant
from baitp_desktop.reports.labels import response_meaning, who_grade_meaning
from baitp_desktop.reports.model import ReportData, UnknownVisit
from baitp_desktop.reports.visit_summary import write_visit_summary

from .conftest import TODAY, assert_page_numbers, pdf_pages, report_data


def _first_with_visit(participants: list[Participant], visit_id: str) -> Participant:
    for p in participants:
        course = Course(p, default_config())
        if visit_assessment(course, visit_id) is not None:
            return p
    raise AssertionError(f"no demo participant has a {visit_id} assessment")


@pytest.mark.parametrize("visit_id", ["d7", "d28", "w12", "w24"])
def test_count_response_baseline_and_grade_of_the_visit(
    demo_participants: list[Participant], visit_id: str, tmp_path: Path
) -> None:
    p = _first_with_visit(demo_participants, visit_id)
    course = Course(p, default_config())
    assessment = visit_assessment(course, visit_id)
    assert assessment is not None and course.baseline is not None
    out = tmp_path / "visit.pdf"
    pages = write_visit_summary(report_data(p), visit_id, out)
    text = pdf_pages(out)
    assert len(text) == pages and 1 <= pages <= 3
    assert_page_numbers(text)
    first = text[0]
    window = course.window(visit_id)
    assert window is not None
    assert f"{p.participant_id}, initials {p.initials}" in first
    assert f"({visit_id})" in first
    assert f"Window Day {window.definition.first_day} to {window.definition.last_day}" in first
    assert f"Actual date {assessment.date.isoformat()}" in first
    assert f"Platelet count {fmt_number(assessment.count)} ×10⁹/L on {assessment.date}" in first
    assert f"Baseline count {fmt_number(course.baseline)} ×10⁹/L" in first
    response = f"Response {assessment.response.value} — {response_meaning(assessment.response)}"
    assert response in first
    if assessment.who_grade is not None:
        grade = f"Grade {assessment.who_grade}: {who_grade_meaning(assessment.who_grade)}"
        assert grade in first
    # unsigned: the statement and lines for a handwritten signature, and the footer says so
    whole = " ".join(text)
    assert "This visit was not signed electronically when printed." in whole
    assert "Investigator (printed name)" in whole and "Signature" in whole
    assert all("Not signed when printed: the data may still change." in t for t in text)


def test_missed_visit_and_its_finding(demo_participants: list[Participant], tmp_path: Path) -> None:
    missed = [
        (p, f)
        for p in demo_participants
        for f in validate_participant(p, TODAY)
        if f.code == "MISSED_VISIT"
    ]
    assert missed, "the demo study has a missed visit"
    p, finding = missed[0]
    visit_id = finding.record.split(":", 1)[1]
    out = tmp_path / "missed.pdf"
    write_visit_summary(report_data(p), visit_id, out)
    text = " ".join(pdf_pages(out))
    assert "no count in the window (missed visit)" in text
    assert "No platelet count for this visit." in text
    assert "MISSED_VISIT" in text and finding.message in text


def test_screening_summary_lists_the_reasons_of_an_ineligible_participant(
    demo_participants: list[Participant], tmp_path: Path
) -> None:
    config = default_config()
    p = next(p for p in demo_participants if not Course(p, config).eligibility.eligible)
    out = tmp_path / "screening.pdf"
    write_visit_summary(report_data(p), "screening", out)
    text = " ".join(pdf_pages(out))
    assert "Visit summary: Screening" in text and "Not eligible:" in text
    for reason in Course(p, config).eligibility.reasons:
        assert reason in text
    assert "Inclusion and exclusion criteria" in text and "Screening labs (E11)" in text


def test_signed_visit_prints_name_time_with_zone_and_meaning(
    demo_participants: list[Participant], tmp_path: Path
) -> None:
    p = _first_with_visit(demo_participants, "d28")
    window = Course(p, default_config()).window("d28")
    assert window is not None
    signed_at = datetime(2026, 3, 2, 6, 30, 15, tzinfo=UTC)
    signature = SignatureRecord(
        signature_id=7, participant_id=p.participant_id, scope=SignatureScope.VISIT,
        visit_id="d28", printed_name="Dr Li Wei", username="liwei", signed_at_utc=signed_at,
        meaning=SIGNATURE_MEANING, covers_first=window.first, covers_last=window.last,
    )  # fmt: skip
    beijing = timezone(timedelta(hours=8))
    data = ReportData(p, default_config(), datetime.now(UTC), signatures=(signature,), zone=beijing)
    out = tmp_path / "signed.pdf"
    write_visit_summary(data, "d28", out)
    pages = pdf_pages(out)
    text = " ".join(pages)
    assert "Signed by Dr Li Wei (user liwei)" in text
    assert "Date and time 2026-03-02 14:30:15 UTC+08:00" in text
    assert f"Meaning {SIGNATURE_MEANING}" in text
    assert f"records dated {window.first.isoformat()} to {window.last.isoformat()}" in text
    assert "Investigator (printed name)" not in text, "no handwriting lines once signed"
    assert all("Visit signed by Dr Li Wei at 2026-03-02 14:30:15 UTC+08:00" in t for t in pages)
    # the signature of another visit does not count for this one
    other = replace(signature, visit_id="d7")
    write_visit_summary(replace(data, signatures=(other,)), "d28", out)
    assert "This visit was not signed electronically" in " ".join(pdf_pages(out))


def test_open_queries_of_the_visit_are_listed(
    demo_participants: list[Participant], tmp_path: Path
) -> None:
    p = _first_with_visit(demo_participants, "d28")
    course = Course(p, default_config())
    count_date = course.visit_counts["d28"]
    count = next(c for c in p.platelet_counts if c.date == count_date)
    count = replace(count, record_id=501)
    p = replace(p, platelet_counts=(*p.platelet_counts, count))

    def query(number: int, status: QueryStatus, text: str) -> Query:
        at = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
        message = QueryMessage(number, QueryAction.RAISE, "mona", "Mona Monitor", at, text)
        target = QueryTarget(f"Platelet count {count_date}", "count", 501, "value")
        return Query(number, p.participant_id, number, target, status, "mona", at, (message,))

    data = report_data(p, queries=(
        query(1, QueryStatus.NEW, "Source says 15, please check."),
        query(2, QueryStatus.CLOSED, "Closed question."),
    ))  # fmt: skip
    out = tmp_path / "queries.pdf"
    write_visit_summary(data, "d28", out)
    text = " ".join(pdf_pages(out))
    assert "Source says 15, please check." in text and "Mona Monitor" in text
    assert "Closed question." not in text


def test_participant_with_demographics_only(tmp_path: Path) -> None:
    bare = Participant("BAITP-201", "QX", Sex.MALE, birth_date=TODAY.replace(year=TODAY.year - 40),
                       consent_date=TODAY)  # fmt: skip
    for visit_id in ("screening", "baseline", "w24"):
        out = tmp_path / f"{visit_id}.pdf"
        assert write_visit_summary(report_data(bare), visit_id, out) >= 1
        text = pdf_pages(out)
        assert_page_numbers(text)
        assert "BAITP-201, initials QX" in text[0]
    assert "Day 1 not set" in " ".join(pdf_pages(tmp_path / "w24.pdf"))


def test_unknown_visit_is_refused_before_writing(
    demo_participants: list[Participant], tmp_path: Path
) -> None:
    out = tmp_path / "none.pdf"
    with pytest.raises(UnknownVisit, match="the visits are: screening, baseline, d7"):
        write_visit_summary(report_data(demo_participants[0]), "w99", out)
    assert not out.exists()
