"""Study outcomes of the §10–§12 forms as the investigator reads them: the worst lab grade
per analyte, the HRQoL change table and the listed medications, in the PDF, in
`outcomes --json`'s document and on the outcomes screen (whose counts name their
participants). Participants are the baitp-bundle/2 scenarios, read as import reads them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from baitp_desktop.core.bundle import read_bundle
from baitp_desktop.core.config import default_config
from baitp_desktop.core.outcomes import StudyOutcomes, compute_outcomes
from baitp_desktop.core.records import Participant
from baitp_desktop.exports.outcomes_csv import outcomes_csv
from baitp_desktop.gui.outcomes_view import OutcomesView
from baitp_desktop.reports.outcomes_report import write_outcomes_pdf
from baitp_desktop.service import SYSTEM, StudyService
from baitp_desktop.storage import open_database
from tests.reports.conftest import pdf_pages

SCENARIOS = Path(__file__).resolve().parents[1] / "data" / "scenarios" / "bundle2"
AS_OF = date(2023, 3, 1)


def participants() -> list[Participant]:
    out: list[Participant] = []
    for name in ("07_v2_history_and_safety", "08_v2_new_findings"):
        document = json.loads((SCENARIOS / f"{name}.json").read_text(encoding="utf-8"))
        out += read_bundle(document, default_config(), AS_OF)
    return out


@pytest.fixture(scope="module")
def outcomes() -> StudyOutcomes:
    return compute_outcomes(participants(), AS_OF, default_config())


def test_json_has_worst_grades_qol_changes_and_listed_medications(
    outcomes: StudyOutcomes,
) -> None:
    document = outcomes.to_json(detail=True)
    neutrophils = document["worst_lab_grades"]["neutrophils_decreased"]
    assert neutrophils["dosed"] == 2
    assert neutrophils["by_grade"]["3"] == {
        "n": 1,
        "participants": ["BAITP-022"],
        "percent": 50.0,
    }
    assert neutrophils["by_grade"]["0"]["participants"] == ["BAITP-021"]
    assert document["listed_medications"]["prohibited"]["participants"] == ["BAITP-022"]
    assert document["listed_medications"]["caution"]["rows"] == 1
    w24 = [c for c in document["qol_changes"] if c["visit"] == "w24"]
    assert {c["scale"] for c in w24} >= {"symptoms", "overall"}
    symptoms = next(c for c in w24 if c["scale"] == "symptoms")
    assert symptoms["n"] == 2 and symptoms["minimal_important_difference"] == 10
    assert "participants" not in outcomes.to_json()["listed_medications"]["caution"]


def test_pdf_prints_the_three_tables(outcomes: StudyOutcomes, tmp_path: Path) -> None:
    target = tmp_path / "outcomes.pdf"
    write_outcomes_pdf(outcomes, target, default_config(), detail=True)
    text = " ".join(pdf_pages(target))
    assert "Safety laboratory: worst CTCAE grade per analyte" in text
    assert "Neutrophil count decreased 1 (50.0%) 0 (0.0%) 0 (0.0%) 1 (50.0%) 0 (0.0%) 0" in text
    assert "Quality of life (ITP-PAQ): change from baseline" in text
    assert "Week 12 Activity 1 +12.5 — 10 1/1 (100.0%)" in text
    assert "Prohibited medication 1 (50.0%) 1 BAITP-022" in text
    assert "Caution medication 1 (50.0%) 1 BAITP-022" in text
    # the appendix names the participants behind a grade count
    assert "Neutrophil count decreased: worst grade 3 1 (50.0%) BAITP-022" in text


@pytest.fixture
def view(qtbot, tmp_path: Path, outcomes: StudyOutcomes) -> Iterator[OutcomesView]:
    database = open_database(tmp_path / "study.sqlite")
    view = OutcomesView(StudyService(database, SYSTEM), today=lambda: AS_OF)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    view.show_outcomes(outcomes)
    view.tabs.setCurrentIndex(view.tabs.count() - 1)
    yield view
    view.shutdown()
    database.dispose()


def test_screen_shows_the_tables_and_a_click_names_the_participants(
    qtbot, view: OutcomesView
) -> None:
    assert view.tabs.tabText(view.tabs.count() - 1) == "Labs, QoL, medications"
    model = view.models["lab_grades"]
    terms = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert terms[2] == "Neutrophil count decreased"
    assert model.index(2, 4).data() == "1 (50.0%)"  # grade 3
    table = view.views["lab_grades"]
    index = model.index(2, 4)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    assert view.trace.participants() == ["BAITP-022"]
    medications = view.models["medications"]
    assert medications.index(0, 0).data() == "Prohibited medication"
    assert medications.index(0, 1).data() == "1 (50.0%)"
    qol = view.models["qol"]
    assert qol.rowCount() == 30  # 3 follow-up visits x 10 scales


def test_csv_has_a_row_per_grade_qol_change_and_list(outcomes: StudyOutcomes) -> None:
    rows = list(csv.DictReader(io.StringIO(outcomes_csv(outcomes, detail=True))))
    by_measure = {(r["section"], r["measure"]): r for r in rows}
    grade3 = by_measure[("worst_lab_grade", "neutrophils_decreased:grade_3")]
    assert (grade3["n"], grade3["N"], grade3["percent"]) == ("1", "2", "50.0")
    assert grade3["participants"] == "BAITP-022"
    activity = by_measure[("qol_change", "w12:activity:mean_change")]
    assert (activity["n"], activity["value"]) == ("1", "12.5")
    improved = by_measure[("qol_change", "w12:activity:improved_by_mid")]
    assert (improved["n"], improved["N"], improved["value"]) == ("1", "1", "10.0")
    prohibited = by_measure[("listed_medication", "prohibited")]
    assert (prohibited["n"], prohibited["N"], prohibited["participants"]) == ("1", "2", "BAITP-022")
    # the existing rows keep their columns; `value` is empty for counts
    response = next(r for r in rows if r["section"] == "response")
    assert response["value"] == ""
