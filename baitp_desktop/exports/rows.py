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
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.records import EXCLUSION_ITEMS, INCLUSION_ITEMS, Participant
from baitp_desktop.core.visits import SCREENING_VISIT_ID
from baitp_desktop.exports.dictionary import (
    CRITERIA_TEXT,
    DEVIATION_CATEGORY,
    DOMAINS,
    DOSE_UNIT,
    LAB_TESTS,
    PLATELET_UNIT,
    STUDY_TREATMENT,
)
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
            str(number),
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


def _treatment(b: _Builder, p: Participant, config: ProtocolConfig) -> None:
    pid = p.participant_id
    course = Course(p, config)
    visit_of_date = {day: visit for visit, day in course.visit_counts.items() if day is not None}
    for c in p.platelet_counts:
        b.add(
            "LB",
            pid,
            {
                "LBCAT": "PLATELETS",
                "LBTESTCD": "PLAT",
                "LBDAT": c.date,
                "LBORRES": c.value,
                "LBORRESU": PLATELET_UNIT,
                "LBORNRHI": None,
            },
            {
                "LBDAT": ("platelet_count", c.record_id, "date"),
                "LBORRES": ("platelet_count", c.record_id, "value"),
            },
            visit=visit_of_date.get(c.date),
            seq="LBSEQ",
        )
    for g in p.bleeding:
        b.add(
            "XB",
            pid,
            {"XBDAT": g.date, "XBGRADE": g.who_grade},
            {
                "XBDAT": ("bleeding_assessment", g.record_id, "date"),
                "XBGRADE": ("bleeding_assessment", g.record_id, "who_grade"),
            },
            visit=visit_of_date.get(g.date),
            seq="XBSEQ",
        )
    for d in p.doses:
        b.add(
            "EX",
            pid,
            {
                "EXTRT": STUDY_TREATMENT,
                "EXSTDAT": d.date,
                "EXOCCUR": d.taken,
                "EXDOSE": d.dose_mg,
                "EXDOSU": DOSE_UNIT if d.dose_mg is not None else None,
            },
            {
                "EXSTDAT": ("dose", d.record_id, "date"),
                "EXOCCUR": ("dose", d.record_id, "taken"),
                "EXDOSE": ("dose", d.record_id, "dose_mg"),
            },
            seq="EXSEQ",
        )
    for x in p.dosing_decisions:
        b.add(
            "XD",
            pid,
            {"XDDAT": x.date, "XDACT": x.action, "XDREAS": x.reason or None},
            {
                f: ("dosing_decision", x.record_id, n)
                for f, n in (("XDDAT", "date"), ("XDACT", "action"), ("XDREAS", "reason"))
            },
            seq="XDSEQ",
        )
    for ae in p.adverse_events:
        pairs = (
            ("AESPID", "number"),
            ("AETERM", "term"),
            ("AETOXGR", "grade"),
            ("AESTDAT", "onset"),
            ("AEENDAT", "resolved"),
            ("AESER", "serious"),
            ("AEREL", "relationship"),
            ("AEACN", "action"),
            ("AEOUT", "outcome"),
            ("AEAWDAT", "aware_date"),
            ("AERPTDAT", "reported_date"),
        )
        b.add(
            "AE",
            pid,
            {v: getattr(ae, n) for v, n in pairs},
            {v: ("adverse_event", ae.record_id, n) for v, n in pairs},
        )
        b.rows["AE"][-1].repeat_key = str(ae.number)
    for r in p.rescue:
        cm_pairs = (("CMSPID", "number"), ("CMTRT", "therapy"), ("CMSTDAT", "date"))
        b.add(
            "CM",
            pid,
            {"CMCAT": "RESCUE THERAPY", **{v: getattr(r, n) for v, n in cm_pairs}},
            {v: ("rescue_therapy", r.record_id, n) for v, n in cm_pairs},
        )
        b.rows["CM"][-1].repeat_key = str(r.number)
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
        _treatment(builder, participant, config)
    _findings(builder, findings)
    return builder.rows
