"""The outcomes PDF: the numbers compute_outcomes gives, in the report layer's page template."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from baitp_desktop.core.bundle import write_bundle
from baitp_desktop.core.config import default_config
from baitp_desktop.core.outcomes import compute_outcomes
from baitp_desktop.reports.outcomes_report import write_outcomes_pdf
from tests.core.builders import AS_OF
from tests.outcomes.test_outcomes_text import hand_study


def pdf_text(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


def test_outcomes_pdf_shows_every_section_with_its_numbers(tmp_path: Path) -> None:
    outcomes = compute_outcomes(hand_study(), AS_OF)
    target = tmp_path / "outcomes.pdf"
    pages = write_outcomes_pdf(outcomes, target, default_config())
    text = pdf_text(target)
    assert len(text) == pages >= 2
    for number, page in enumerate(text, start=1):
        assert f"Page {number} of {pages}" in page
        assert "All dosed participants (N = 8)" in page
    whole = " ".join(text)
    for expected in (
        "Study outcomes",
        "Screened 8",
        "Eligible 7",
        "Dosed 8",
        "Completed week 24 7",
        "Discontinued 1",
        "1 dosed participant did not meet the eligibility criteria",
        # durable response 3/8 with its exact CI; initial response 4/8
        "Durable response at 6 months 3/8 37.5% 8.5–75.5 1 0",
        "Initial response (Day 28, CR or R) 4/8 50.0% 15.7–84.3 0 0",
        "median 6 days, range 6–6 (n = 4)",
        "Cumulative response",
        "Platelet trajectories",
        "CR > 100",
        "R > 30",
        "2 events in 1 of 8 dosed participants",
        "Pneumonia 1 12.5% 0 0 1 0 0",
        "Pneumonia, grade 3, onset 2022-08-01 (Day 20)",
        "Discontinued: Adverse event 1 BAITP-003",
        "Participants with rescue therapy 1 BAITP-005",
        "Appendix: the participants behind every number",
        "BAITP-001, BAITP-002, BAITP-004",  # durable responders
    ):
        assert expected in whole, expected


def test_outcomes_pdf_without_detail_has_no_appendix(tmp_path: Path) -> None:
    outcomes = compute_outcomes(hand_study(), AS_OF)
    target = tmp_path / "short.pdf"
    write_outcomes_pdf(outcomes, target, default_config(), detail=False)
    whole = " ".join(pdf_text(target))
    assert "Appendix" not in whole and "Durable response at 6 months 3/8" in whole


def test_outcomes_command_writes_the_pdf(tmp_path: Path, baitp) -> None:
    bundle = tmp_path / "study.json"
    bundle.write_text(json.dumps(write_bundle(hand_study())), "utf-8")
    db = str(tmp_path / "o.sqlite")
    baitp("import", str(bundle), "--db", db, check=True)
    target = tmp_path / "out.pdf"
    result = baitp(
        "outcomes", "--db", db, "--as-of", AS_OF.isoformat(), "-o", str(target), check=True
    )
    assert str(target) in result.stdout
    assert "Durable response at 6 months 3/8" in " ".join(pdf_text(target))
    refused = baitp("outcomes", "--db", db, "-o", str(tmp_path / "out.txt"))
    assert refused.returncode != 0 and "-o must end in .pdf or .csv" in refused.stderr


def test_a_large_study_fits_on_pages(tmp_path: Path) -> None:
    """Listings longer than a page are split over table rows (a row cannot break)."""
    from tests.outcomes.test_outcomes import study

    outcomes = compute_outcomes(study(90, 90), AS_OF)
    target = tmp_path / "large.pdf"
    pages = write_outcomes_pdf(outcomes, target, default_config())
    whole = " ".join(pdf_text(target))
    assert pages == len(pdf_text(target)) and "BAITP-180" in whole
    assert "(continued)" in whole
