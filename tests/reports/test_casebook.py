"""Casebooks of the demo study read back from the PDF: every count, AE, finding and endpoint."""

from __future__ import annotations

from pathlib import Path

from baitp_desktop.core.compliance import compliance_blocks
from baitp_desktop.core.config import default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.endpoints import compute_endpoints
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.records import Participant, Sex
from baitp_desktop.core.validator import validate_participant
from baitp_desktop.reports.casebook import write_casebook
from baitp_desktop.reports.gather import gather_report_data
from baitp_desktop.storage import open_database

from .conftest import TODAY, assert_page_numbers, pdf_pages, report_data


def _richest(participants: list[Participant]) -> Participant:
    """The participant with the most counts, AEs and findings (the longest casebook)."""
    return max(
        participants,
        key=lambda p: len(p.platelet_counts) + len(p.adverse_events) + len(p.rescue)
        + len(validate_participant(p, TODAY)),
    )  # fmt: skip


def test_casebook_holds_every_count_ae_finding_and_endpoint(
    demo_participants: list[Participant], tmp_path: Path
) -> None:
    p = _richest(demo_participants)
    config = default_config()
    course = Course(p, config)
    out = tmp_path / "casebook.pdf"
    pages = write_casebook(report_data(p), out)
    text = pdf_pages(out)
    assert len(text) == pages and 4 <= pages <= 25
    assert_page_numbers(text)
    assert all(f"Participant {p.participant_id} ({p.initials})" in t for t in text)
    whole = " ".join(text)
    for heading in ("Participant casebook", "Screening and eligibility", "Platelet counts",
                    "Treatment and diary by 28-day block", "WHO bleeding", "Adverse events",
                    "Rescue therapy", "Endpoints", "Signatures"):  # fmt: skip
        assert heading in whole
    for day, count in course.counts.items():
        assert f"{day.isoformat()} (Day {course.study_day(day)})" in whole
        assert fmt_number(count) in whole
    for assessment in course.assessments:
        assert assessment.response.value in whole
    for ae in p.adverse_events:
        assert ae.term.split()[0] in whole
    for finding in validate_participant(p, TODAY):
        assert finding.code in whole
    for rescue in p.rescue:
        assert rescue.therapy in whole
    ends = compute_endpoints(p, config)
    assert f"Baseline count {fmt_number(ends.baseline_platelets or 0)}" in whole
    assert "Platelets ×10⁹/L (log scale)" in whole, "the chart is drawn"
    assert "The casebook was not signed electronically when printed." in whole


def test_diary_blocks_printed_as_the_core_counts_them(
    demo_participants: list[Participant], tmp_path: Path
) -> None:
    low = [
        p
        for p in demo_participants
        if any(f.code == "LOW_COMPLIANCE" for f in validate_participant(p, TODAY))
    ]
    assert low, "the demo study has a participant with low compliance"
    p = low[0]
    out = tmp_path / "low.pdf"
    write_casebook(report_data(p), out)
    whole = " ".join(pdf_pages(out))
    for block in compliance_blocks(Course(p, default_config()), TODAY):
        if block.below_minimum:
            assert f"Day {block.first_day}–{block.last_day}" in whole
            assert "below 80 %" in whole


def test_compliance_blocks_agree_with_the_low_compliance_rule(
    demo_participants: list[Participant],
) -> None:
    """The printed blocks and the LOW_COMPLIANCE finding judge the same blocks the same way."""
    config = default_config()
    for p in demo_participants:
        course = Course(p, config)
        failing = {b.tally.last for b in compliance_blocks(course, TODAY) if b.below_minimum}
        flagged = {f.date for f in validate_participant(p, TODAY) if f.code == "LOW_COMPLIANCE"}
        assert failing == flagged, p.participant_id


def test_casebook_of_a_participant_with_demographics_only(tmp_path: Path) -> None:
    bare = Participant("BAITP-202", "LM", Sex.FEMALE, birth_date=TODAY.replace(year=1980),
                       consent_date=TODAY)  # fmt: skip
    out = tmp_path / "bare.pdf"
    pages = write_casebook(report_data(bare), out)
    text = pdf_pages(out)
    assert pages == len(text) >= 3
    assert_page_numbers(text)
    whole = " ".join(text)
    assert "BAITP-202, initials LM" in whole
    assert "Not dosed yet: there is no diary." in whole
    assert "No platelet counts recorded." in whole
    assert "I1: not answered" in whole


def test_audit_appendix_from_the_database(
    demo_db: Path, demo_participants: list[Participant], tmp_path: Path
) -> None:
    pid = demo_participants[0].participant_id
    database = open_database(demo_db)
    try:
        data = gather_report_data(database, pid, default_config(), with_audit=True)
    finally:
        database.dispose()
    assert data.audit
    out = tmp_path / "audit.pdf"
    write_casebook(data, out, paper="letter")
    text = pdf_pages(out)
    assert_page_numbers(text)
    whole = " ".join(text)
    assert "Appendix: audit history" in whole
    assert f"{len(data.audit)} audit entries" in whole
    assert f"Participant {pid}: entered" in whole and "Demo study" in whole
    # fields as the forms label them, never as the columns are named
    assert "Birth date = " in whole and "Screening platelet count = " in whole
    assert "birth_date" not in whole and "screening_platelets" not in whole
