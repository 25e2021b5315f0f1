"""Participants as export rows: one row per record and domain, with where each value came from.

Both the CSV and the ODM writers read these rows. A row carries, for every value taken
from a stored field, that field's address (table, record id, field) so the ODM writer can
attach the field's audit history; values the export adds (sequence numbers, constants,
the visit a count belongs to, validator findings) have no address.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.course import Course
from baitp_desktop.core.crf_forms import PLATELET_UNIT, RECORD_KINDS
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.records import EXCLUSION_ITEMS, INCLUSION_ITEMS, Participant
from baitp_desktop.core.visits import SCREENING_VISIT_ID
from baitp_desktop.exports.dictionary import (
    CRITERIA_TEXT,
    DEVIATION_CATEGORY,
    DOMAINS,
    FORM_KINDS,
    LAB_TESTS,
    sequence_variable,
)
from baitp_desktop.exports.form_rows import form_rows
from baitp_desktop.storage.audit import canonical

# A stored field's address: (table, record id, field); the participant row's record id is
# None (its audit entries are found by participant id).
Source = tuple[str, int | None, str]


@dataclass(slots=True)
class Row:
    domain: str
    participant_id: str
    values: dict[str, Any]
    sources: dict[str, Source] = field(default_factory=dict)
    visit: str | None = None  # visit id for LB/XB rows (SCREENING_VISIT_ID for screening)
    repeat_key: str = "1"


def cell_text(value: Any) -> str:
    """A value as export text: ISO dates, Y/N, numbers without a spurious `.0`, "" for none."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Y" if value else "N"
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date | datetime | float):
        return canonical(value) or ""
    return str(value)


class _Builder:
    """Collects the rows of every domain for a study, numbering --SEQ per participant."""

    def __init__(self, study_id: str) -> None:
        self.study_id = study_id
        self.rows: dict[str, list[Row]] = {d.code: [] for d in DOMAINS}
        self._seq: dict[tuple[str, str], int] = {}

    def add(
        self,
        domain: str,
        pid: str,
        values: dict[str, Any],
        sources: dict[str, Source],
        visit: str | None = None,
        seq: str | None = None,
        repeat_key: str | None = None,
    ) -> None:
        number = self._seq.get((domain, pid), 0) + 1
        self._seq[(domain, pid)] = number
        if seq is not None:
            values = {seq: number, **values}
        row = Row(
            domain,
            pid,
            {"STUDYID": self.study_id, "DOMAIN": domain, "SUBJID": pid, **values},
            sources,
            visit,
            repeat_key or str(number),
        )
        if visit is not None:
            row.values["VISIT"] = visit
        self.rows[domain].append(row)


def _participant_source(*pairs: tuple[str, str]) -> dict[str, Source]:
    return {variable: ("participant", None, name) for variable, name in pairs}


def _screening(b: _Builder, p: Participant) -> None:
    pid, s = p.participant_id, p.screening
    b.add(
        "DM",
        pid,
        {
            "SUBJINIT": p.initials,
            "SEX": p.sex,
            "BRTHDAT": p.birth_date,
            "RFICDAT": p.consent_date,
            "RFXSTDAT": p.first_dose_date,
        },
        _participant_source(
            ("SUBJINIT", "initials"),
            ("SEX", "sex"),
            ("BRTHDAT", "birth_date"),
            ("RFICDAT", "consent_date"),
            ("RFXSTDAT", "first_dose_date"),
        ),
        visit=SCREENING_VISIT_ID,
    )
    answers: list[tuple[str, str, bool | None, str]] = [
        *(("INCLUSION", item, s.inclusion.get(item), item.lower()) for item in INCLUSION_ITEMS),
        *(("EXCLUSION", item, s.exclusion.get(item), item.lower()) for item in EXCLUSION_ITEMS),
        ("INCLUSION", "SIGBL", s.significant_bleeding, "significant_bleeding"),
    ]
    for category, code, answer, stored in answers:
        b.add(
            "IE",
            pid,
            {
                "IEDAT": s.date,
                "IECAT": category,
                "IETESTCD": code,
                "IETEST": CRITERIA_TEXT[code],
                "IEORRES": answer,
            },
            _participant_source(("IEDAT", "screening_date"), ("IEORRES", stored)),
            visit=SCREENING_VISIT_ID,
            seq="IESEQ",
        )
    b.add(
        "LB",
        pid,
        {
            "LBCAT": "SCREENING",
            "LBTESTCD": "PLAT",
            "LBDAT": s.date,
            "LBORRES": s.platelets,
            "LBORRESU": PLATELET_UNIT,
            "LBORNRHI": None,
        },
        _participant_source(("LBDAT", "screening_date"), ("LBORRES", "screening_platelets")),
        visit=SCREENING_VISIT_ID,
        seq="LBSEQ",
    )
    for code, value_field, uln_field, unit in LAB_TESTS:
        sources = _participant_source(("LBDAT", "screening_date"), ("LBORRES", value_field))
        if uln_field is not None:
            sources["LBORNRHI"] = ("participant", None, uln_field)
        b.add(
            "LB",
            pid,
            {
                "LBCAT": "SCREENING",
                "LBTESTCD": code,
                "LBDAT": s.date,
                "LBORRES": getattr(s.labs, value_field),
                "LBORRESU": unit,
                "LBORNRHI": getattr(s.labs, uln_field) if uln_field else None,
            },
            sources,
            visit=SCREENING_VISIT_ID,
            seq="LBSEQ",
        )


def _records(b: _Builder, p: Participant, config: ProtocolConfig) -> None:
    """One row per record of every declared kind, in its domain (core.crf_forms)."""
    pid = p.participant_id
    course = Course(p, config)
    visit_of_date = {day: visit for visit, day in course.visit_counts.items() if day is not None}
    for kind in RECORD_KINDS:
        if kind.kind in FORM_KINDS:  # exports/form_rows.py builds these below
            continue
        for record in getattr(p, kind.attribute):
            values = {column.name: column.value(record) for column in kind.export_columns}
            values.update({name: getattr(record, spec.name) for name, spec in kind.exported})
            sources: dict[str, Source] = {
                name: (kind.table, record.record_id, spec.name) for name, spec in kind.exported
            }
            visit = visit_of_date.get(kind.record_date(record)) if kind.visit_placed else None
            b.add(kind.domain, pid, values, sources, visit, seq=sequence_variable(kind))
            if kind.numbered:
                b.rows[kind.domain][-1].repeat_key = str(record.number)
    form_rows(
        lambda domain, pid, values, visit, seq, repeat_key: b.add(
            domain, pid, values, {}, visit, seq, repeat_key
        ),
        course,
        visit_of_date,
    )
    if p.discontinuation is not None:
        b.add(
            "DS",
            pid,
            {"DSDECOD": p.discontinuation.reason, "DSSTDAT": p.discontinuation.date},
            _participant_source(
                ("DSDECOD", "discontinuation_reason"), ("DSSTDAT", "discontinuation_date")
            ),
        )


def _findings(b: _Builder, findings: Iterable[Finding]) -> None:
    for f in findings:
        b.add(
            "DV",
            f.participant_id,
            {
                "DVSPID": f.code,
                "DVDECOD": DEVIATION_CATEGORY.get(f.code, "OTHER"),
                "DVCAT": f.severity,
                "DVSTDAT": f.date,
                "DVREFID": f.record,
                "DVTERM": f.message,
                "DVEXPLN": f.explained,
            },
            {},
            seq="DVSEQ",
        )


def build_rows(
    participants: Iterable[Participant],
    config: ProtocolConfig,
    findings: Iterable[Finding] = (),
) -> dict[str, list[Row]]:
    """Rows of every domain (DOMAINS order), participants in the order given."""
    builder = _Builder(config.protocol_id)
    for participant in participants:
        _screening(builder, participant)
        _records(builder, participant, config)
    _findings(builder, findings)
    return builder.rows
