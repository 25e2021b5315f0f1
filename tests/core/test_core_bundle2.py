"""`baitp-bundle/2` (INTERCHANGE.md): every field rule of the new keys, refused with the
participant, record and field named; `/1` still reads unchanged; explanations; one
record per date; the top-level audit keys passed through; a round trip keeps the data."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from baitp_desktop.core.bundle import (
    BUNDLE_FORMAT,
    read_bundle,
    read_bundle_document,
    write_bundle,
)
from baitp_desktop.core.config import default_config
from baitp_desktop.core.errors import InvalidInput
from baitp_desktop.core.records import Participant
from baitp_desktop.core.validator import validate_participant

SCENARIOS = Path(__file__).resolve().parents[1] / "data" / "scenarios"
V2 = SCENARIOS / "bundle2" / "08_v2_new_findings.json"
V1 = SCENARIOS / "01_clean.json"
CONFIG = default_config()
TODAY = date(2026, 1, 1)


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


def read(document: dict[str, Any]) -> list[Participant]:
    return read_bundle(document, CONFIG, TODAY)


def problems(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    with pytest.raises(InvalidInput) as refused:
        read(document)
    return [(p.participant, p.record, p.field) for p in refused.value.problems]


def v2(**changes: Any) -> dict[str, Any]:
    """Scenario 08 with the participant's keys changed ("<drop>" removes a key)."""
    document = copy.deepcopy(load(V2))
    person = document["participants"][0]
    for key, value in changes.items():
        if value == "<drop>":
            del person[key]
        else:
            person[key] = value
    return document


def item(key: str, index: int = 0, **changes: Any) -> list[dict[str, Any]]:
    """One list of scenario 08's participant with one row changed ("<drop>" removes a field)."""
    rows = copy.deepcopy(load(V2)["participants"][0][key])
    for field, value in changes.items():
        if value == "<drop>":
            del rows[index][field]
        else:
            rows[index][field] = value
    return rows


# -- versions --------------------------------------------------------------------------------
def test_a_v1_bundle_reads_unchanged_with_empty_new_records() -> None:
    [p] = read(load(V1))
    new = (p.itp_history, p.prior_itp_therapies, p.medical_history, p.medications,
           p.lab_panels, p.questionnaires, p.explanations)  # fmt: skip
    assert new == (None, (), (), (), (), (), ())
    assert read_bundle_document(load(V1), CONFIG, TODAY).format == "baitp-bundle/1"


def test_old_data_of_a_dosed_participant_raises_the_new_queries() -> None:
    [p] = read(load(V1))
    codes = {f.code for f in validate_participant(p, date(2023, 6, 1))}
    assert {"ITP_HISTORY", "MISSING_QOL"} <= codes


@pytest.mark.parametrize("key", ["itp_history", "medications", "explanations"])
def test_a_v1_file_carrying_a_v2_key_is_refused(key: str) -> None:
    document = load(V1)
    document["participants"][0][key] = [] if key != "itp_history" else None
    assert problems(document) == [("BAITP-001", "", key)]


def test_v2_requires_every_new_key() -> None:
    assert problems(v2(medications="<drop>")) == [("BAITP-022", "", "medications")]


def test_exports_are_written_as_v2_and_round_trip() -> None:
    participants = read(load(V2))
    first = write_bundle(participants)
    assert first["format"] == BUNDLE_FORMAT == "baitp-bundle/2"
    again = read(json.loads(json.dumps(first)))
    assert again == participants and write_bundle(again) == first
    person = first["participants"][0]
    assert person["lab_panels"] == load(V2)["participants"][0]["lab_panels"]
    assert person["questionnaires"] == load(V2)["participants"][0]["questionnaires"]


def test_lab_values_keep_their_digits() -> None:
    document = v2(lab_panels=item("lab_panels", alt=99.9, alt_uln=33.3))
    panel = read(document)[0].lab_panels[0]
    assert (panel.alt, panel.alt_uln) == (Decimal("99.9"), Decimal("33.3"))
    # a reader that parsed the file with Decimal numbers gives the same panel
    exact = json.loads(json.dumps(document), parse_float=Decimal)
    assert read(exact)[0].lab_panels[0] == panel


def test_the_audit_keys_are_optional_and_passed_through_untouched() -> None:
    document = load(V2)
    extra = {"audit_head": "ab" * 32, "audit": [{"any": ["thing"]}], "signatures": []}
    bundle = read_bundle_document({**document, **extra}, CONFIG, TODAY)
    assert dict(bundle.passthrough) == extra
    assert read_bundle_document(document, CONFIG, TODAY).passthrough == {}
    assert problems({**load(V1), "audit": []}) == [("", "", "audit")]  # not a /1 key


def test_an_unknown_format_is_refused() -> None:
    assert ("", "", "format") in problems({**load(V2), "format": "baitp-bundle/3"})


# -- field rules -----------------------------------------------------------------------------
HISTORY = {"diagnosis_date": "2020-03-01", "splenectomy": False, "splenectomy_date": None}


@pytest.mark.parametrize(
    ("history", "field"),
    [
        ({**HISTORY, "splenectomy": True}, "splenectomy_date"),
        ({**HISTORY, "splenectomy_date": "2021-01-01"}, "splenectomy_date"),
        ({**HISTORY, "diagnosis_date": "2020-02-30"}, "diagnosis_date"),
        ({**HISTORY, "diagnosis_date": "2099-01-01"}, "diagnosis_date"),
        ({k: v for k, v in HISTORY.items() if k != "splenectomy"}, "splenectomy"),
        ({**HISTORY, "spleen": 1}, "spleen"),
    ],
)
def test_itp_history_rules(history: dict[str, Any], field: str) -> None:
    assert problems(v2(itp_history=history)) == [("BAITP-022", "itp_history", field)]


def test_itp_history_may_be_null_or_carry_a_splenectomy() -> None:
    assert read(v2(itp_history=None))[0].itp_history is None
    [p] = read(v2(itp_history={**HISTORY, "splenectomy": True, "splenectomy_date": "2021-05-01"}))
    assert p.itp_history is not None and p.itp_history.splenectomy_date == date(2021, 5, 1)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"therapy": "steroids"}, "therapy"),
        ({"therapy": "Prednisone"}, "therapy"),  # codes are written as the contract spells them
        ({"therapy": "other"}, "name"),  # other needs a name
        ({"name": "dexa"}, "name"),  # a coded therapy has none
        ({"stop": "2022-02-15"}, "stop"),  # before start
        ({"best_response": "good"}, "best_response"),
        ({"stop": None}, "reason_stopped"),  # ongoing with a reason
        ({"reason_stopped": None}, "reason_stopped"),  # stopped without one
        ({"start": "<drop>"}, "start"),
    ],
)
def test_prior_therapy_rules(changes: dict[str, Any], field: str) -> None:
    rows = item("prior_itp_therapies", **changes)
    got = problems(v2(prior_itp_therapies=rows))
    assert [(pid, f) for pid, _, f in got] == [("BAITP-022", field)]
    assert got[0][1].startswith("prior_itp_therapies[0]")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"term": " "}, "term"),
        ({"end": "2020-01-01"}, "end"),  # ongoing with an end
        ({"ongoing": False, "end": "2012-01-01"}, "end"),  # before start
        ({"ongoing": "yes"}, "ongoing"),
    ],
)
def test_medical_history_rules(changes: dict[str, Any], field: str) -> None:
    got = problems(v2(medical_history=item("medical_history", **changes)))
    assert [(pid, f) for pid, _, f in got] == [("BAITP-022", field)]


def test_medical_history_may_end_on_an_unknown_date() -> None:
    rows = item("medical_history", ongoing=False, end=None, start=None)
    [p] = read(v2(medical_history=rows))
    assert p.medical_history[0].ongoing is False and p.medical_history[0].end is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"drug": ""}, "drug"),
        ({"start": None}, "start"),
        ({"route": "Oral"}, "route"),
        ({"frequency": "daily"}, "frequency"),
        ({"ongoing": True}, "ongoing"),  # a stop date and ongoing
        ({"stop": None}, "ongoing"),  # no stop date, not ongoing
        ({"stop": "2022-08-20"}, "stop"),  # before start
        ({"dose": -1}, "dose"),
        ({"unit": "<drop>"}, "unit"),
    ],
)
def test_medication_rules(changes: dict[str, Any], field: str) -> None:
    got = problems(v2(medications=item("medications", **changes)))
    assert [(pid, f) for pid, _, f in got] == [("BAITP-022", field)]
    assert got[0][1].startswith("medications[0]")


def test_a_vaccine_needs_no_indication_dose_or_unit() -> None:
    rows = item("medications", 1, indication=None, dose=None, unit=None)
    [p] = read(v2(medications=rows))
    assert p.medications[1].dose is None and p.medications[1].unit is None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"hemoglobin": 123}, "hemoglobin", "g/L"),
        ({"wbc": 5.1}, "wbc", "×10⁹/L"),
        ({"cholesterol": 180}, "cholesterol", "mg/dL"),
        ({"triglycerides": 101}, "triglycerides", "mg/dL"),
        ({"alt": -3}, "alt", "negative"),
        ({"alt_uln": 0}, "alt_uln", "above 0"),
        ({"ast_uln": None}, "ast_uln", "together"),
        ({"creatinine": None}, "creatinine_uln", "together"),
        ({"cholesterol": "<drop>"}, "cholesterol", "missing"),
    ],
)
def test_lab_panel_rules(changes: dict[str, Any], field: str, words: str) -> None:
    document = v2(lab_panels=item("lab_panels", **changes))
    with pytest.raises(InvalidInput) as refused:
        read(document)
    [problem] = refused.value.problems
    assert (problem.participant, problem.record, problem.field) == (
        "BAITP-022", "lab_panels[0] (2022-07-10)", field)  # fmt: skip
    assert words in problem.message


def test_one_panel_and_one_questionnaire_per_date() -> None:
    panels = item("lab_panels")
    panels.append(copy.deepcopy(panels[1]))
    got = problems(v2(lab_panels=panels))
    assert got == [("BAITP-022", "lab_panels (2022-08-09)", "date")]
    questionnaires = item("questionnaires")
    questionnaires.append(copy.deepcopy(questionnaires[0]))
    assert problems(v2(questionnaires=questionnaires)) == [
        ("BAITP-022", "questionnaires (2022-07-13)", "date")
    ]


@pytest.mark.parametrize("fmt", ["v1", "v2"])
def test_one_dosing_decision_per_date_in_either_version(fmt: str) -> None:
    document = load(V1) if fmt == "v1" else load(V2)
    decisions = [{"date": "2022-10-02", "action": "interrupt", "reason": "x"},
                 {"date": "2022-10-02", "action": "resume", "reason": "y"}]  # fmt: skip
    document["participants"][0]["dosing_decisions"] = decisions
    pid = document["participants"][0]["participant_id"]
    assert problems(document) == [(pid, "dosing_decisions (2022-10-02)", "date")]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"version": "structure-9"}, "version"),  # not loaded
        ({"employed": None}, "employed"),
    ],
)
def test_questionnaire_rules(changes: dict[str, Any], field: str) -> None:
    got = problems(v2(questionnaires=item("questionnaires", **changes)))
    assert [(pid, f) for pid, _, f in got] == [("BAITP-022", field)]


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({"q01": 6}, "q01"),  # outside 1-5
        ({"q02": 2.5}, "q02"),
        ({"q45": 1}, "q45"),  # not an item of the definition
        ({"q03": "<drop>"}, "q03"),  # every item must be listed
    ],
)
def test_answers_list_every_item_in_its_range(answers: dict[str, Any], field: str) -> None:
    rows = item("questionnaires")
    for key, value in answers.items():
        if value == "<drop>":
            del rows[0]["answers"][key]
        else:
            rows[0]["answers"][key] = value
    got = problems(v2(questionnaires=rows))
    assert [(pid, f) for pid, _, f in got] == [("BAITP-022", field)]


# -- explanations ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": "NOT_A_CODE"}, "code"),
        ({"record": "visit:"}, "record"),
        ({"record": "dose:2022-11-29"}, "record"),  # a dose record is not a visit's
        ({"code": "MISSING_QOL"}, "record"),  # a visit record is not a qol record
        ({"reason": "   "}, "reason"),
        ({"reason": "x" * 501}, "reason"),
        ({"reason": 5}, "reason"),
    ],
)
def test_explanation_rules(changes: dict[str, Any], field: str) -> None:
    got = problems(v2(explanations=item("explanations", **changes)))
    assert [(pid, f) for pid, _, f in got] == [("BAITP-022", field)]


def test_an_explanation_reason_is_1_to_500_characters_after_trimming() -> None:
    rows = item("explanations", reason="  " + "理" * 500 + "  ")
    [p] = read(v2(explanations=rows))
    assert p.explanations[0].reason == "理" * 500


def test_at_most_one_explanation_per_finding() -> None:
    rows = item("explanations")
    rows.append({**rows[0], "reason": "another reason"})
    got = problems(v2(explanations=rows))
    assert [(pid, f) for pid, _, f in got] == [("BAITP-022", "record")]


def test_a_record_with_a_date_must_carry_the_findings_date() -> None:
    rows = [{"code": "QOL_INCOMPLETE", "date": "2022-08-09", "record": "questionnaire:2022-08-10",
             "reason": "r"}]  # fmt: skip
    assert [f for _, _, f in problems(v2(explanations=rows))] == ["record"]
    rows[0]["record"] = "questionnaire:2022-08-09"
    assert read(v2(explanations=rows))[0].explanations[0].record == "questionnaire:2022-08-09"


def test_an_explanation_for_no_current_finding_is_kept() -> None:
    rows = [{"code": "MISSED_VISIT", "date": "2022-08-10", "record": "visit:d28",
             "reason": "kept for when it comes back"}]  # fmt: skip
    [p] = read(v2(explanations=rows))
    assert len(p.explanations) == 1
    assert all(f.explained is None for f in validate_participant(p, date(2023, 1, 31)))
