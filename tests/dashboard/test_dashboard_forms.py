"""The dashboard's lines for the §11–§13 forms: questionnaires due or missing, lab values
of grade ≥ 3 with no adverse event yet, and explained findings counted apart — in the
core lists and on the widget a nurse reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from baitp_desktop.core.dashboard import build_dashboard, questionnaire_lines, severe_lab_lines
from baitp_desktop.core.validator import validate_study
from baitp_desktop.gui.dashboard import DashboardWidget
from baitp_desktop.service import SYSTEM, StudyService
from baitp_desktop.storage import open_database
from tests.core import builders as b

TODAY = b.day(80)  # Week 12's window (Days 77–91) is open, Day 28's is over


def test_questionnaires_due_and_missing_follow_the_qol_windows() -> None:
    p = b.participant(questionnaires=(b.questionnaire(b.day(1)),))
    lines = questionnaire_lines([p], TODAY)
    assert [(q.visit_id, q.missing) for q in lines] == [("d28", True), ("w12", False)]
    assert lines[0].record == "qol:d28"
    # Week 24 opens on Day 161: not listed until it comes within the week
    assert all(q.visit_id != "w24" for q in lines)
    done = b.participant(questionnaires=(b.questionnaire(b.day(1)), b.questionnaire(b.day(80))))
    assert [q.visit_id for q in questionnaire_lines([done], TODAY)] == ["d28"]


def test_a_discontinuation_waives_later_questionnaires_but_never_the_baseline() -> None:
    p = b.participant(questionnaires=(), discontinuation=b.discontinued(b.day(20)))
    lines = questionnaire_lines([p], TODAY)
    assert [(q.visit_id, q.missing) for q in lines] == [("baseline", True)]


def test_a_severe_lab_value_is_listed_until_its_adverse_event_is_recorded() -> None:
    severe = b.panel(b.day(56), anc="900")
    p = b.participant(lab_panels=(b.panel(b.day(28)), severe))
    lines = severe_lab_lines([p])
    assert [(line.analyte_key, line.grade, line.term) for line in lines] == [
        ("neutrophils_decreased", 3, "Neutrophil count decreased")
    ]
    assert lines[0].record == f"lab:{b.day(56).isoformat()}:neutrophils_decreased"
    covered = replace(p, adverse_events=(b.ae(3, b.day(57), term="Neutrophil count decreased"),))
    assert severe_lab_lines([covered]) == []
    # a grade 2 value needs no AE
    mild = b.participant(lab_panels=(b.panel(b.day(56), anc="1200"),))
    assert severe_lab_lines([mild]) == []


def test_explained_findings_are_kept_apart() -> None:
    p = b.participant(questionnaires=(b.questionnaire(b.day(1)),))
    findings = validate_study([p], TODAY)
    missing = next(f for f in findings if f.code == "MISSING_QOL")
    explained = replace(missing, explained="questionnaire lost; participant unwell")
    others = [f for f in findings if f is not missing]
    board = build_dashboard([p], TODAY, findings=[*others, explained])
    assert explained not in board.findings
    assert board.explained == (explained,)
    assert len(board.findings) == len(others)


@pytest.fixture
def widget(qtbot, tmp_path: Path) -> Iterator[DashboardWidget]:
    database = open_database(tmp_path / "study.sqlite")
    widget = DashboardWidget(StudyService(database, SYSTEM), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    yield widget
    widget.shutdown()
    database.dispose()


def test_widget_shows_the_new_lists_and_counts_explained_findings_apart(
    widget: DashboardWidget,
) -> None:
    p = b.participant(
        questionnaires=(b.questionnaire(b.day(1)),),
        lab_panels=(b.panel(b.day(56), anc="900"),),
    )
    findings = validate_study([p], TODAY)
    missing = next(f for f in findings if f.code == "MISSING_QOL")
    board = build_dashboard(
        [p],
        TODAY,
        findings=[replace(missing, explained="lost") if f is missing else f for f in findings],
    )
    widget.show_dashboard(board)
    qol = widget.models["questionnaires"]
    assert qol.rowCount() == 2
    assert qol.index(0, 1).data() == "Day 28"
    assert qol.index(0, 2).data().startswith("missing: window closed")
    assert qol.index(1, 2).data().startswith("due: window")
    assert widget.boxes["questionnaires"].title() == "Questionnaires due (1) and missing (1)"
    labs = widget.models["labs"]
    assert labs.index(0, 2).data() == "3"
    assert labs.index(0, 3).data() == "Neutrophil count decreased"
    assert widget.boxes["labs"].title() == "Lab grades ≥ 3 without an adverse event (1)"
    assert widget.boxes["findings"].title().endswith("; 1 explained")
