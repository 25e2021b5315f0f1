"""CSV export: re-read, the files give back exactly what the database holds."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import pytest

from baitp_desktop.core.bundle import read_bundle
from baitp_desktop.core.config import default_config
from baitp_desktop.core.records import LAB_FIELDS, Participant, RescueTherapy
from baitp_desktop.core.rules import RULES
from baitp_desktop.core.validator import validate_study
from baitp_desktop.demo import generate_study
from baitp_desktop.exports.csv_export import (
    CODELIST_FILE,
    DICTIONARY_FILE,
    TRAIL_FILE,
    write_csv_export,
)
from baitp_desktop.exports.dictionary import CODELISTS, DEVIATION_CATEGORY, DOMAIN_BY_CODE, DOMAINS
from baitp_desktop.exports.rows import build_rows
from baitp_desktop.service import StudyService
from baitp_desktop.storage import Database, open_database

AS_OF = date(2026, 11, 24)
SCENARIOS = Path(__file__).resolve().parent.parent / "data" / "scenarios"


def scenario_participants() -> list[Participant]:
    out: list[Participant] = []
    for path in sorted(SCENARIOS.glob("*.json")):
        if not path.name.endswith(".expected.json"):
            document = json.loads(path.read_text(encoding="utf-8"))
            out += read_bundle(document, default_config(), AS_OF)
    return out


@pytest.fixture
def study(tmp_path: Path) -> Iterator[tuple[Path, list[Participant]]]:
    """The scenario participants and a demo study, plus a rescue entry Excel would run."""
    path = tmp_path / "study.sqlite"
    demo = generate_study(10, seed=7, today=AS_OF)
    participants = scenario_participants() + [
        dataclasses.replace(p, participant_id=f"BAITP-{101 + i}") for i, p in enumerate(demo)
    ]
    first = participants[0]
    formula = RescueTherapy(len(first.rescue) + 1, first.consent_date, "=1+1 IVIG, 静脉注射")
    participants[0] = dataclasses.replace(first, rescue=(*first.rescue, formula))
    database = open_database(path, daily_backup=False)
    StudyService(database).import_participants(participants)
    stored = StudyService(database).participants()
    database.dispose()
    yield path, stored


def _read(folder: Path, code: str, encoding: str = "utf-8") -> list[dict[str, Any]]:
    """A domain file re-read, each cell converted back by the dictionary's type."""
    domain = DOMAIN_BY_CODE[code]
    with open(folder / f"{code}.csv", encoding=encoding, newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == domain.columns
        rows = []
        for raw in reader:
            row: dict[str, Any] = {}
            for variable in domain.variables:
                text = raw[variable.name]
                if text == "":
                    value: Any = None
                elif variable.codelist == "NY":
                    value = {"Y": True, "N": False}[text]
                elif variable.kind == "date":
                    value = date.fromisoformat(text)
                elif variable.kind == "float":
                    value = float(text)
                elif variable.kind == "integer":
                    value = int(text)
                else:
                    value = text
                row[variable.name] = value
            rows.append(row)
    return rows


def _by_subject(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        out[row["SUBJID"]].append(row)
    return out


def _value(enum_or_value: Any) -> Any:
    return getattr(enum_or_value, "value", enum_or_value)


def test_csv_files_re_read_give_the_database_values(
    study: tuple[Path, list[Participant]],
    tmp_path: Path,
    baitp: Callable[..., CompletedProcess[str]],
) -> None:
    path, participants = study
    folder = tmp_path / "export"
    result = baitp(
        "--db", str(path), "export", "--format", "csv", "-o", str(folder), "--as-of", "2026-11-24"
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{d.code}.csv" for d in DOMAINS] + [DICTIONARY_FILE, CODELIST_FILE, TRAIL_FILE]
    )
    head = baitp("--db", str(path), "verify").stdout.strip().splitlines()[-1].split()
    with open(folder / TRAIL_FILE, encoding="utf-8", newline="") as handle:
        assert list(csv.DictReader(handle)) == [{"HEAD": head[1], "ENTRIES": head[3]}]
    assert not (folder / "DM.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    dm, ie, lb, xb = (_by_subject(_read(folder, c)) for c in ("DM", "IE", "LB", "XB"))
    ex, xd, ae, cm, ds = (_by_subject(_read(folder, c)) for c in ("EX", "XD", "AE", "CM", "DS"))
    assert sorted(dm) == sorted(p.participant_id for p in participants)
    for p in participants:
        pid, s = p.participant_id, p.screening
        (demo,) = dm[pid]
        assert (demo["SUBJINIT"], demo["SEX"], demo["BRTHDAT"], demo["RFICDAT"]) == (
            p.initials,
            p.sex.value,
            p.birth_date,
            p.consent_date,
        )
        assert demo["RFXSTDAT"] == p.first_dose_date
        answers = {r["IETESTCD"]: r["IEORRES"] for r in ie[pid]}
        assert answers == {**s.inclusion, **s.exclusion, "SIGBL": s.significant_bleeding}
        assert {r["IEDAT"] for r in ie[pid]} == {s.date}
        screening = {r["LBTESTCD"]: r for r in lb[pid] if r["LBCAT"] == "SCREENING"}
        assert screening["PLAT"]["LBORRES"] == s.platelets
        assert screening["ALT"]["LBORNRHI"] == s.labs.alt_uln
        labs = {
            "ALT": "alt",
            "AST": "ast",
            "BILI": "bilirubin",
            "HGB": "hemoglobin",
            "WBC": "wbc",
            "NEUT": "anc",
            "LYM": "lymphocytes",
            "EGFR": "egfr",
        }
        assert set(labs.values()) | {f"{k}_uln" for k in ("alt", "ast", "bilirubin")} == set(
            LAB_FIELDS
        )
        for code, field in labs.items():
            assert screening[code]["LBORRES"] == getattr(s.labs, field)
        counts = [(r["LBDAT"], r["LBORRES"]) for r in lb[pid] if r["LBCAT"] == "PLATELETS"]
        assert counts == [(c.date, c.value) for c in p.platelet_counts]
        assert [(r["XBDAT"], r["XBGRADE"]) for r in xb[pid]] == [
            (b.date, b.who_grade) for b in p.bleeding
        ]
        assert [(r["EXSTDAT"], r["EXOCCUR"], r["EXDOSE"]) for r in ex[pid]] == [
            (d.date, d.taken, d.dose_mg) for d in p.doses
        ]
        assert [(r["XDDAT"], r["XDACT"], r["XDREAS"] or "") for r in xd[pid]] == [
            (d.date, d.action.value, d.reason) for d in p.dosing_decisions
        ]
        assert [
            (
                r["AESPID"],
                r["AETERM"],
                r["AETOXGR"],
                r["AESTDAT"],
                r["AEENDAT"],
                r["AESER"],
                r["AEREL"],
                r["AEACN"],
                r["AEOUT"],
                r["AEAWDAT"],
                r["AERPTDAT"],
            )
            for r in ae[pid]
        ] == [
            (
                a.number,
                a.term,
                a.grade,
                a.onset,
                a.resolved,
                a.serious,
                _value(a.relationship),
                _value(a.action),
                _value(a.outcome),
                a.aware_date,
                a.reported_date,
            )
            for a in p.adverse_events
        ]
        rescue = [r for r in cm[pid] if r["CMCAT"] == "RESCUE THERAPY"]  # CM also lists
        # prior ITP therapies and medications (tests/exports/test_form_exports.py)
        assert [(r["CMSPID"], r["CMTRT"], r["CMSTDAT"]) for r in rescue] == [
            (r.number, r.therapy, r.date) for r in p.rescue
        ]
        expected_ds = (
            [(p.discontinuation.reason.value, p.discontinuation.date)] if p.discontinuation else []
        )
        assert [(r["DSDECOD"], r["DSSTDAT"]) for r in ds.get(pid, [])] == expected_ds
    findings = validate_study(participants, AS_OF, default_config())
    dv = _read(folder, "DV")
    assert [
        (r["SUBJID"], r["DVSPID"], r["DVCAT"], r["DVSTDAT"], r["DVREFID"], r["DVTERM"]) for r in dv
    ] == [
        (f.participant_id, f.code, f.severity.value, f.date, f.record, f.message) for f in findings
    ]
    assert len({r["DVSPID"] for r in dv}) >= 8
    assert "=1+1 IVIG, 静脉注射" in [r["CMTRT"] for r in _read(folder, "CM")]


def test_every_coded_value_is_in_its_code_list(
    study: tuple[Path, list[Participant]], tmp_path: Path
) -> None:
    _path, participants = study
    rows = build_rows(participants, default_config(), validate_study(participants, AS_OF))
    folder = tmp_path / "export"
    write_csv_export(rows, folder)
    for domain in DOMAINS:
        for row in _read(folder, domain.code):
            for variable in domain.variables:
                value = row[variable.name]
                if variable.codelist is None or value is None:
                    continue
                if variable.codelist == "NY":
                    value = "Y" if value else "N"
                codes = {code for code, _ in CODELISTS[variable.codelist].items}
                assert str(value) in codes, (domain.code, variable.name, value)
    with open(folder / DICTIONARY_FILE, encoding="utf-8", newline="") as handle:
        described = {(r["DOMAIN"], r["VARIABLE"]) for r in csv.DictReader(handle)}
    assert described == {(d.code, v.name) for d in DOMAINS for v in d.variables}


def test_every_finding_code_has_a_deviation_category() -> None:
    categories = {code for code, _ in CODELISTS["DVDECOD"].items}
    assert set(RULES) <= set(DEVIATION_CATEGORY)
    assert set(DEVIATION_CATEGORY.values()) <= categories


def test_excel_export_has_a_bom_and_quotes_formulas(
    study: tuple[Path, list[Participant]], tmp_path: Path
) -> None:
    _path, participants = study
    rows = build_rows(participants, default_config())
    plain, bom, excel = tmp_path / "plain", tmp_path / "bom", tmp_path / "excel"
    write_csv_export(rows, plain)
    write_csv_export(rows, bom, bom=True)
    write_csv_export(rows, excel, excel=True)
    for folder in (bom, excel):
        for file in folder.iterdir():
            assert file.read_bytes().startswith(b"\xef\xbb\xbf"), file
    assert _read(bom, "CM", "utf-8-sig") == _read(plain, "CM")
    therapies = [r["CMTRT"] for r in _read(excel, "CM", "utf-8-sig")]
    assert "'=1+1 IVIG, 静脉注射" in therapies and "=1+1 IVIG, 静脉注射" not in therapies
    assert _read(excel, "LB", "utf-8-sig") == _read(plain, "LB")  # numbers are left alone


def test_an_existing_export_folder_is_not_written_into(
    study: tuple[Path, list[Participant]], tmp_path: Path
) -> None:
    _path, participants = study
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(Exception, match="not an empty folder"):
        write_csv_export(build_rows(participants, default_config()), folder)
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]
    assert not (tmp_path / "export.partial").exists()


def test_database_fixture_is_closed(study: tuple[Path, list[Participant]]) -> None:
    path, _participants = study
    database = Database(f"sqlite:///{path}")
    try:
        assert StudyService(database).participant_ids()
    finally:
        database.dispose()
