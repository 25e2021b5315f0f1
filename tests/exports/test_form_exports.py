"""The §9–§13 forms in the CSV and ODM exports, read back as a statistician would.

Participants come from the baitp-bundle/2 scenarios, read as the import reads them.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from lxml import etree

from baitp_desktop.core.bundle import read_bundle
from baitp_desktop.core.config import default_config
from baitp_desktop.core.records import Participant
from baitp_desktop.core.validator import validate_study
from baitp_desktop.exports.csv_export import CODELIST_FILE, DICTIONARY_FILE, write_csv_export
from baitp_desktop.exports.odm_export import build_odm, write_odm
from baitp_desktop.exports.rows import build_rows

DATA = Path(__file__).resolve().parents[1] / "data"
AS_OF = date(2023, 3, 1)
NS = {"odm": "http://www.cdisc.org/ns/odm/v1.3"}


def participants() -> list[Participant]:
    out: list[Participant] = []
    for name in ("07_v2_history_and_safety", "08_v2_new_findings"):
        document = json.loads((DATA / "scenarios" / "bundle2" / f"{name}.json").read_text())
        out += read_bundle(document, default_config(), AS_OF)
    return out


def export(tmp_path: Path) -> Path:
    people = participants()
    config = default_config()
    rows = build_rows(people, config, validate_study(people, AS_OF, config))
    target = tmp_path / "csv"
    write_csv_export(rows, target)
    return target


def read(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_medical_history_has_the_itp_diagnosis_splenectomy_and_conditions(
    tmp_path: Path,
) -> None:
    mh = [r for r in read(export(tmp_path), "MH.csv") if r["SUBJID"] == "BAITP-021"]
    assert [(r["MHCAT"], r["MHTERM"]) for r in mh] == [
        ("ITP HISTORY", "Immune thrombocytopenia"),
        ("ITP HISTORY", "Splenectomy"),
        ("GENERAL", "Hypertension"),
        ("GENERAL", "Iron deficiency anaemia"),
    ]
    assert mh[0]["MHSTDAT"] == "2019-04-02" and mh[1]["MHOCCUR"] == "N"
    assert mh[2]["MHONGO"] == "Y" and mh[3]["MHENDAT"] == "2022-03-01"
    assert {r["VISIT"] for r in mh} == {"screening"}


def test_cm_holds_prior_therapies_and_medications_with_their_protocol_list(
    tmp_path: Path,
) -> None:
    cm = read(export(tmp_path), "CM.csv")
    prior = [r for r in cm if r["CMCAT"] == "PRIOR ITP THERAPY" and r["SUBJID"] == "BAITP-021"]
    assert [r["CMDECOD"] for r in prior] == ["prednisone", "ivig", "rhtpo", "eltrombopag"]
    assert prior[1]["CMTRT"] == "IVIG" and prior[1]["CMSTPRSN"] == "completed"
    assert prior[2]["CMBESTRS"] == "NR"
    meds = {r["CMTRT"]: r for r in cm if r["CMCAT"] == "PRIOR OR CONCOMITANT"}
    assert meds["Aspirin"]["CMLIST"] == "caution"
    assert meds["Live attenuated influenza vaccine"]["CMLIST"] == "prohibited"
    assert meds["Sumatriptan"]["CMLIST"] == ""
    assert meds["Sumatriptan"]["CMONGO"] == "Y" and meds["Sumatriptan"]["CMENDAT"] == ""
    assert meds["Amlodipine"]["CMDOSE"] == "5" and meds["Amlodipine"]["CMDOSU"] == "mg"
    assert meds["Amlodipine"]["CMROUTE"] == "oral" and meds["Amlodipine"]["CMDOSFRQ"] == "qd"


def test_lb_has_every_panel_value_with_limits_and_ctcae_grade(tmp_path: Path) -> None:
    lb = read(export(tmp_path), "LB.csv")
    kinds = {r["LBCAT"] for r in lb}
    assert {"SCREENING", "PLATELETS", "SAFETY PANEL"} <= kinds
    panel = {
        r["LBTESTCD"]: r
        for r in lb
        if r["SUBJID"] == "BAITP-022"
        and r["LBCAT"] == "SAFETY PANEL"
        and r["LBDAT"] == "2022-10-04"
    }
    assert len(panel) == 10
    assert panel["NEUT"]["LBORRES"] == "850" and panel["NEUT"]["LBTOXGR"] == "3"
    assert panel["NEUT"]["LBORNRLO"] == "1800" and panel["NEUT"]["LBORRESU"] == "/uL"
    assert panel["WBC"]["LBTOXGR"] == "2"
    assert panel["ALT"]["LBORNRHI"] == "40" and panel["ALT"]["LBTOXGR"] == "0"
    assert panel["CREAT"]["LBORNRHI"] == "84"
    assert panel["NEUT"]["VISIT"] == "w12"  # drawn with the Week 12 count


def test_qs_has_every_item_and_every_scale_score(tmp_path: Path) -> None:
    qs = [r for r in read(export(tmp_path), "QS.csv") if r["SUBJID"] == "BAITP-021"]
    baseline = [r for r in qs if r["QSDAT"] == "2022-07-13"]
    items = [r for r in baseline if r["QSDRVFL"] == "N"]
    scales = {r["QSTESTCD"]: r for r in baseline if r["QSDRVFL"] == "Y"}
    assert len(items) == 44 and items[0]["QSTESTCD"] == "q01" and items[0]["QSORRES"] == "1"
    assert len(scales) == 10
    assert scales["symptoms"]["QSORRES"] == "41.6667"
    assert {r["VISIT"] for r in baseline} == {"baseline"}
    assert {r["QSINSTVR"] for r in baseline} == {"structure-1"}


def test_an_unanswered_item_and_an_unscored_scale_say_not_done(tmp_path: Path) -> None:
    qs = [r for r in read(export(tmp_path), "QS.csv") if r["SUBJID"] == "BAITP-022"]
    incomplete = [r for r in qs if r["QSDAT"] == "2022-08-09"]
    assert any(r["QSORRES"] == "" and r["QSSTAT"] == "NOT DONE" for r in incomplete)
    assert all(
        r["QSSTAT"] in ("NOT DONE", "NOT APPLICABLE")
        for r in incomplete
        if r["QSDRVFL"] == "Y" and r["QSORRES"] == ""
    )


def test_dv_carries_the_explanation_of_an_explained_finding(tmp_path: Path) -> None:
    dv = read(export(tmp_path), "DV.csv")
    missed = next(r for r in dv if r["DVSPID"] == "MISSED_VISIT" and r["SUBJID"] == "BAITP-022")
    assert missed["DVEXPLN"].startswith("participant isolated at home (COVID-19)")
    assert all(r["DVEXPLN"] == "" for r in dv if r["DVSPID"] != "MISSED_VISIT")


def test_dictionary_and_code_lists_describe_the_new_columns(tmp_path: Path) -> None:
    folder = export(tmp_path)
    dictionary = {(r["DOMAIN"], r["VARIABLE"]): r for r in read(folder, DICTIONARY_FILE)}
    for key in (
        ("MH", "MHTERM"),
        ("CM", "CMLIST"),
        ("LB", "LBTOXGR"),
        ("LB", "LBORNRLO"),
        ("QS", "QSORRES"),
        ("DV", "DVEXPLN"),
    ):
        assert key in dictionary, key
    assert dictionary[("LB", "LBTOXGR")]["CODELIST"] == "LBTOXGR"
    codes = {(r["CODELIST"], r["CODE"]) for r in read(folder, CODELIST_FILE)}
    assert ("CMLIST", "prohibited") in codes and ("LBTOXGR", "0") in codes
    assert ("ITPTHER", "rhtpo") in codes and ("FREQ", "prn") in codes


def test_odm_has_the_new_forms_and_stays_valid(tmp_path: Path) -> None:
    people = participants()
    config = default_config()
    target = tmp_path / "study.xml"
    write_odm(build_odm(build_rows(people, config), config), target)
    schema = etree.XMLSchema(etree.parse(str(DATA / "odm-1.3.2" / "ODM1-3-2.xsd")))
    document = etree.parse(str(target))
    assert schema.validate(document), schema.error_log
    forms = {f.get("OID") for f in document.iterfind(".//odm:FormDef", NS)}
    assert {"F.MH", "F.QS", "F.CM", "F.LB"} <= forms
    screening = document.find(".//odm:StudyEventDef[@OID='SE.SCREENING']", NS)
    assert screening is not None
    assert "F.MH" in {r.get("FormOID") for r in screening.iterfind("odm:FormRef", NS)}
    subject = document.find(".//odm:SubjectData[@SubjectKey='BAITP-021']", NS)
    assert subject is not None
    baseline = subject.find("odm:StudyEventData[@StudyEventOID='SE.BASELINE']", NS)
    assert baseline is not None and baseline.find("odm:FormData[@FormOID='F.QS']", NS) is not None
    grade = subject.find(".//odm:ItemData[@ItemOID='IT.LB.LBTOXGR']", NS)
    assert grade is not None and grade.get("Value") == "0"
