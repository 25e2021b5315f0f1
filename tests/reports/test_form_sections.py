"""The §9–§13 forms on paper: what a monitor reads in the casebook and the visit summary.

Participants come from the baitp-bundle/2 scenarios (read as the import reads them) or
are built with tests/core/builders.py; the PDFs are real and are read back as text.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from baitp_desktop.core import vocabulary
from baitp_desktop.core.bundle import read_bundle
from baitp_desktop.core.config import default_config
from baitp_desktop.core.records import (
    AeOutcome,
    DiscontinuationReason,
    ItpTherapyCode,
    Participant,
    Route,
    Sex,
    TherapyResponse,
)
from baitp_desktop.reports.blank_crf import write_blank_crf
from baitp_desktop.reports.casebook import write_casebook
from baitp_desktop.reports.form_sections import completed_months, itp_duration_text
from baitp_desktop.reports.model import ReportData
from baitp_desktop.reports.visit_summary import (
    LAB_KIND,
    MEDICATION_KIND,
    QOL_KIND,
    placed_by_coverage,
    write_visit_summary,
)
from tests.core import builders as b
from tests.reports.conftest import pdf_pages

SCENARIOS = Path(__file__).parents[1] / "data" / "scenarios" / "bundle2"
PRINTED = datetime(2023, 3, 1, 12, tzinfo=UTC)


def scenario(name: str) -> Participant:
    document = json.loads((SCENARIOS / f"{name}.json").read_text(encoding="utf-8"))
    return read_bundle(document, default_config(), date(2023, 3, 1))[0]


def casebook_text(p: Participant, tmp_path: Path) -> str:
    target = tmp_path / "casebook.pdf"
    write_casebook(ReportData(p, default_config(), PRINTED, zone=UTC), target)
    return " ".join(pdf_pages(target))


def test_itp_duration_counts_whole_calendar_months() -> None:
    assert completed_months(date(2021, 8, 31), date(2022, 2, 28)) == 6
    assert completed_months(date(2021, 8, 31), date(2022, 2, 27)) == 5
    assert completed_months(date(2024, 2, 29), date(2024, 8, 29)) == 6
    assert completed_months(date(2022, 1, 10), date(2022, 1, 9)) == 0
    assert itp_duration_text(date(2019, 4, 2), date(2022, 7, 10)) == "39 months (3.2 years)"
    assert itp_duration_text(None, date(2022, 7, 10)) == "—"


def test_casebook_prints_history_medications_panels_and_questionnaires(tmp_path: Path) -> None:
    text = casebook_text(scenario("07_v2_history_and_safety"), tmp_path)
    for title in (
        "ITP history and prior ITP therapies",
        "Other medical history",
        "Prior and concomitant medications",
        "Safety laboratory panels",
        "Quality of life (ITP-PAQ)",
    ):
        assert title in text
    assert "Date of ITP diagnosis 2019-04-02" in text
    assert "ITP duration at screening 39 months (3.2 years)" in text
    assert "Splenectomy no" in text
    # prior therapies with coded response and reason in words
    assert "prednisone 2019-04-05" in text and "relapse" in text
    assert "rhTPO" in text and "NR (no response)" in text
    assert "Hypertension" in text and "Iron deficiency anaemia" in text
    assert "Amlodipine Hypertension 5 mg oral, once daily" in text
    # the Week 12 panel: lymphocytes 950 under the LLN 1,000 is grade 1; cholesterol 5.9
    # over the configured ULN 5.2 is grade 1
    week12 = text[text.index("Panel of 2022-10-04") : text.index("Panel of 2022-12-27")]
    assert "Lymphocytes 950 /µL 1,000 — 1 Lymphocyte count decreased" in week12
    assert "Total cholesterol 5.9 mmol/L — 5.2 1 Cholesterol high" in week12
    assert "ALT 35 U/L — 40 0" in week12
    # the baseline questionnaire, scored on the shipped (unverified) definition
    baseline = text[text.index("Questionnaire of 2022-07-13") :]
    assert "Used for Baseline" in baseline
    assert "ITP-PAQ structure-1 (not verified)" in baseline
    assert "Symptoms 6 / 6 41.7" in baseline
    assert "q01: 1" in baseline


def test_a_panel_value_not_done_prints_so_and_a_severe_grade_is_named(tmp_path: Path) -> None:
    panel = b.panel(b.day(28), anc="900", lymphocytes=None)
    p = b.participant(lab_panels=(panel,))
    text = casebook_text(p, tmp_path)
    assert "Lymphocytes not done /µL 1,000 — —" in text
    assert "ANC 900 /µL 1,800 — 3 Neutrophil count decreased" in text


def test_listed_medications_are_marked_prohibited_or_caution(tmp_path: Path) -> None:
    p = b.participant(
        medications=(
            b.medication("Xeljanz", b.day(10), b.day(20)),
            b.medication("阿司匹林", b.day(30)),
            b.medication("Aspirin 100 mg", b.day(40), b.day(41)),
        )
    )
    text = casebook_text(p, tmp_path)
    assert "Xeljanz" in text and "■ prohibited" in text
    assert "● caution" in text
    # a name merely containing a listed one is on no list: its row ends with "—"
    row = text[text.index("Aspirin 100 mg") : text.index("■ prohibited, ● caution: on")]
    assert row.rstrip().endswith("—")
    assert "prohibited" not in row and "caution" not in row


def test_endpoints_name_the_worst_lab_grade_of_each_analyte_above_0(tmp_path: Path) -> None:
    text = casebook_text(scenario("08_v2_new_findings"), tmp_path)
    assert (
        "Worst lab grades (Day 1 to Day 168) Anemia 1; White blood cell decreased 2; "
        "Neutrophil count decreased 3; Lymphocyte count decreased 1; Cholesterol high 1"
    ) in text
    clean = casebook_text(b.participant(), tmp_path)
    assert "Worst lab grades (Day 1 to Day 168) grade 0 for every analyte measured" in clean
    undosed = casebook_text(b.participant(first_dose_date=None, doses=()), tmp_path)
    assert "Worst lab grades (Day 1 to Day 168) no panel from Day 1 to Day 168" in undosed


def test_explained_findings_are_printed_apart_with_the_reason_and_counted_apart(
    tmp_path: Path,
) -> None:
    p = scenario("08_v2_new_findings")
    text = casebook_text(p, tmp_path)
    reason = "participant isolated at home (COVID-19); visit not possible in the window"
    assert "Explained finding (1): it stands, with the reason given" in text
    explained = text[text.index("Explained finding (1)") :]
    assert "MISSED_VISIT" in explained and reason in explained
    open_part = text[text.index("Findings as of 2023-03-01 Severity") : text.index("Explained")]
    assert "MISSED_VISIT" not in open_part and "LAB_HOLD_IGNORED" in open_part
    # the cover counts the explained one apart from the open ones
    assert "1 explained" in text.split("Contents")[0]
    unexplained = replace(p, explanations=())
    cover = casebook_text(unexplained, tmp_path).split("Contents")[0]
    assert "explained" not in cover


def test_a_male_participant_has_womens_health_not_applicable(tmp_path: Path) -> None:
    q = b.questionnaire(b.day(1))
    p = b.participant(sex=Sex.MALE, questionnaires=(q,))
    text = casebook_text(p, tmp_path)
    assert "Women's reproductive health 3 / 3 not applicable" in text
    assert "Symptoms 6 / 6 50.0" in text  # every answer 3 on a 1–5 range


def test_visit_summary_prints_the_visits_panel_questionnaire_and_medications(
    tmp_path: Path,
) -> None:
    p = scenario("07_v2_history_and_safety")
    target = tmp_path / "w12.pdf"
    write_visit_summary(ReportData(p, default_config(), PRINTED, zone=UTC), "w12", target)
    text = " ".join(pdf_pages(target))
    assert "Panel of 2022-10-04" in text
    assert "1 Lymphocyte count decreased" in text
    assert "Questionnaire of 2022-10-04" in text or "Questionnaire missing" in text
    assert all(placed_by_coverage(k) for k in (LAB_KIND, QOL_KIND, MEDICATION_KIND))
    # omeprazole from Day 30 to Day 44: after the Day 28 visit, before the week 8 visit
    printed = {}
    for visit in ("d28", "w8"):
        target = tmp_path / f"{visit}.pdf"
        write_visit_summary(ReportData(p, default_config(), PRINTED, zone=UTC), visit, target)
        printed[visit] = " ".join(pdf_pages(target))
    assert "Omeprazole" not in printed["d28"] and "Omeprazole" in printed["w8"]


def test_visit_summary_has_a_section_for_each_kind_the_signature_locks(tmp_path: Path) -> None:
    """A section is printed only for a kind coverage places (so a signature locks it):
    panels, questionnaires and medications all are."""
    p = scenario("08_v2_new_findings")
    target = tmp_path / "d28.pdf"
    write_visit_summary(ReportData(p, default_config(), PRINTED, zone=UTC), "d28", target)
    text = " ".join(pdf_pages(target))
    assert "Safety laboratory panel" in text
    assert "Quality of life questionnaire" in text
    assert "Medications started or stopped" in text


def test_code_lists_sharing_a_value_keep_their_own_words() -> None:
    """'other' and 'unknown' are values of several lists; each reads as its own list says."""
    assert vocabulary.label(DiscontinuationReason.OTHER) == "other"
    assert vocabulary.label(AeOutcome.UNKNOWN) == "unknown"
    assert vocabulary.label(ItpTherapyCode.OTHER) == "other therapy"
    assert vocabulary.label(Route.OTHER) == "other route"
    assert vocabulary.label(TherapyResponse.UNKNOWN) == "response unknown"


def test_blank_crf_has_a_page_for_each_new_form(tmp_path: Path) -> None:
    target = tmp_path / "blank.pdf"
    pages = write_blank_crf(default_config(), target)
    text = pdf_pages(target)
    assert len(text) == pages
    titles = {
        "ITP history and prior ITP therapies (paper back-up)": None,
        "Other medical history (paper back-up)": None,
        "Prior and concomitant medications (paper back-up)": None,
        "Safety laboratory panel (paper back-up)": None,
        "Quality of life questionnaire ITP-PAQ (paper back-up)": None,
    }
    for title in titles:
        titles[title] = next(i for i, page in enumerate(text) if title in page)
    assert len(set(titles.values())) == len(titles)  # each on its own page
    history = text[titles["ITP history and prior ITP therapies (paper back-up)"]]
    assert "Date of ITP diagnosis" in history and "Splenectomy" in history
    assert "Therapy: prednisone, prednisolone" in history and "other therapy." in history
    panel = text[titles["Safety laboratory panel (paper back-up)"]]
    assert "Hemoglobin g/dL — F 12 / M 13" in panel
    assert "ALT U/L" in panel and "Total cholesterol mmol/L 5.2" in panel
    questionnaire = " ".join(
        text[titles["Quality of life questionnaire ITP-PAQ (paper back-up)"] :]
    )
    assert "Definition ITP-PAQ structure-1 (not verified)" in questionnaire
    for item in ("q01", "q29", "q44"):
        assert item in questionnaire
    assert questionnaire.count("☐1 ☐2 ☐3 ☐4 ☐5") == 44  # one line per item
    assert "Work (only if employed)" in questionnaire
    assert "Women's reproductive health (women only)" in questionnaire
