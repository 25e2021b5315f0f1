"""The `baitp-bundle/2` forms of a participant (INTERCHANGE.md, PROTOCOL.md §9–§13).

ITP history, prior ITP therapies, medical history, medications, lab panels, questionnaires
and explanations: read with every field rule of the contract (each problem naming the
participant, the record and the field) and written back in the same shape, so that an
export imports to the same data. `core.bundle` calls these for a `/2` file; a `/1` file
has none of these keys and reads them as empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from baitp_desktop.core import entry_checks as checks
from baitp_desktop.core.bundle_fields import FieldReader
from baitp_desktop.core.explanations import check_reason, check_target
from baitp_desktop.core.records import (
    PANEL_FIELDS,
    Explanation,
    Frequency,
    ItpHistory,
    ItpTherapyCode,
    LabPanel,
    MedicalHistoryEntry,
    Medication,
    Participant,
    PriorItpTherapy,
    Questionnaire,
    Route,
    StopReason,
    TherapyResponse,
)
from baitp_desktop.i18n import tr

FORM_KEYS: tuple[str, ...] = (
    "itp_history",
    "prior_itp_therapies",
    "medical_history",
    "medications",
    "lab_panels",
    "questionnaires",
    "explanations",
)
_THERAPY_KEYS = ("therapy", "name", "start", "stop", "best_response", "reason_stopped")
_HISTORY_KEYS = ("term", "start", "ongoing", "end")
_MEDICATION_KEYS = (
    "drug", "indication", "dose", "unit", "route", "frequency", "start", "stop", "ongoing",
)  # fmt: skip
_QUESTIONNAIRE_KEYS = ("date", "instrument", "version", "employed", "answers")
_EXPLANATION_KEYS = ("code", "date", "record", "reason")


@dataclass(frozen=True, slots=True)
class FormSections:
    """The `/2` records of one participant, as `Participant` holds them."""

    itp_history: ItpHistory | None = None
    prior_itp_therapies: tuple[PriorItpTherapy, ...] = ()
    medical_history: tuple[MedicalHistoryEntry, ...] = ()
    medications: tuple[Medication, ...] = ()
    lab_panels: tuple[LabPanel, ...] = ()
    questionnaires: tuple[Questionnaire, ...] = ()
    explanations: tuple[Explanation, ...] = ()


def _required(keys: tuple[str, ...]) -> dict[str, bool]:
    return dict.fromkeys(keys, True)


def _label(name: str, detail_key: str) -> Callable[[int, Any], str]:
    """A record's name in problems: `medications[2] (Aspirin)`."""

    def label(index: int, item: Any) -> str:
        detail = item.get(detail_key) if isinstance(item, dict) else None
        return f"{name}[{index}]" + (f" ({detail})" if isinstance(detail, str) else "")

    return label


def _required_text(r: FieldReader, item: dict[str, Any], key: str) -> str | None:
    value = r.text(item, key)
    if value is not None and not value.strip():
        r.problem(key, tr("Import", "text is required"))
        return None
    return None if value is None else value.strip()


def _not_before(r: FieldReader, key: str, later: date | None, earlier: date | None) -> bool:
    if later is not None and earlier is not None and later < earlier:
        r.problem(key, tr("Import", "{date} is before the start").format(date=later.isoformat()))
        return False
    return True


def _itp_history(r: FieldReader, obj: Any) -> ItpHistory | None:
    r.record = "itp_history"
    spec = _required(("diagnosis_date", "splenectomy", "splenectomy_date"))
    if obj is None or not r.keys(obj, spec, "itp_history"):
        return None
    diagnosed = r.date(obj, "diagnosis_date", nullable=True)
    splenectomy = r.boolean(obj, "splenectomy")
    operated = r.date(obj, "splenectomy_date", nullable=True)
    if splenectomy is True and operated is None and obj.get("splenectomy_date") is None:
        r.problem("splenectomy_date", tr("Import", "the splenectomy date is required"))
    if splenectomy is False and obj.get("splenectomy_date") is not None:
        r.problem("splenectomy_date", tr("Import", "must be null without a splenectomy"))
    if splenectomy is None:
        return None
    return ItpHistory(diagnosed, splenectomy, operated if splenectomy else None)


def _therapy(r: FieldReader, item: dict[str, Any], index: int) -> PriorItpTherapy | None:
    therapy = r.code(item, "therapy", ItpTherapyCode, nullable=False)
    name = r.text(item, "name", nullable=True)
    if therapy == ItpTherapyCode.OTHER and not (name and name.strip()):
        r.problem("name", tr("Import", "the therapy's name is required for 'other'"))
    elif therapy is not None and therapy != ItpTherapyCode.OTHER and name is not None:
        r.problem("name", tr("Import", "must be null unless the therapy is 'other'"))
    start = r.date(item, "start")
    stop = r.date(item, "stop", nullable=True)
    ordered = _not_before(r, "stop", stop, start)
    response = r.code(item, "best_response", TherapyResponse, nullable=False)
    reason = r.code(item, "reason_stopped", StopReason, nullable=True)
    if item.get("stop") is not None and item.get("reason_stopped") is None:
        r.problem("reason_stopped", tr("Import", "the reason is required when stopped"))
    if item.get("stop") is None and item.get("reason_stopped") is not None:
        r.problem("reason_stopped", tr("Import", "must be null while ongoing"))
    if therapy is None or start is None or response is None or not ordered:
        return None
    other_name = name.strip() if therapy == ItpTherapyCode.OTHER and name else None
    return PriorItpTherapy(therapy, start, stop, response, reason, other_name)


def _history(r: FieldReader, item: dict[str, Any], index: int) -> MedicalHistoryEntry | None:
    term = _required_text(r, item, "term")
    start = r.date(item, "start", nullable=True)
    ongoing = r.boolean(item, "ongoing")
    end = r.date(item, "end", nullable=True)
    if ongoing and item.get("end") is not None:
        r.problem("end", tr("Import", "must be null while ongoing"))
    ordered = _not_before(r, "end", end, start)
    if term is None or ongoing is None or not ordered:
        return None
    return MedicalHistoryEntry(term, start, ongoing, None if ongoing else end)


def _medication(r: FieldReader, item: dict[str, Any], index: int) -> Medication | None:
    drug = _required_text(r, item, "drug")
    indication = r.text(item, "indication", nullable=True)
    dose = r.checked(item, "dose", checks.check_medication_dose, nullable=True)
    unit = r.text(item, "unit", nullable=True)
    route = r.code(item, "route", Route, nullable=False)
    frequency = r.code(item, "frequency", Frequency, nullable=False)
    start = r.date(item, "start")
    stop = r.date(item, "stop", nullable=True)
    ongoing = r.boolean(item, "ongoing")
    if ongoing is not None and ongoing != (item.get("stop") is None):
        r.problem("ongoing", tr("Import", "true exactly when there is no stop date"))
        ongoing = None
    ordered = _not_before(r, "stop", stop, start)
    if None in (drug, route, frequency, start, ongoing) or not ordered:
        return None
    assert drug is not None and route is not None and frequency is not None
    assert start is not None
    return Medication(drug, start, route, frequency, stop, indication or None, dose, unit or None)


def _panel(r: FieldReader, item: dict[str, Any], index: int) -> LabPanel | None:
    day = r.date(item, "date")
    values: dict[str, Decimal | None] = {}
    for key in PANEL_FIELDS:
        check = partial(checks.check_lab, key, config=r.config)
        values[key] = r.decimal(item, key, check, nullable=True)
    for key in PANEL_FIELDS:
        uln = f"{key}_uln"
        if uln in PANEL_FIELDS and (m := checks.check_lab_pair(item.get(key), item.get(uln))):
            r.problem(uln, m)
    return None if day is None else LabPanel.of(day, values)


def _questionnaire(r: FieldReader, item: dict[str, Any], index: int) -> Questionnaire | None:
    day = r.date(item, "date")
    instrument = r.text(item, "instrument")
    version = r.text(item, "version")
    employed = r.boolean(item, "employed")
    answers = item.get("answers")
    if instrument is None or version is None:
        return None
    definition = r.config.instruments.find(instrument, version)
    if definition is None:
        loaded = "; ".join(f"{d.name} {d.version}" for d in r.config.instruments.definitions)
        r.problem(
            "version",
            tr("Import", "no questionnaire definition {name} {version} is loaded ({loaded})")
            .format(name=instrument, version=version, loaded=loaded or "-"),
        )  # fmt: skip
        return None
    if not r.keys(answers, _required(definition.item_ids), "answers"):
        return None
    assert isinstance(answers, dict)
    given: dict[str, int | None] = {}
    for item_def in definition.items:
        answer = r.integer(answers, item_def.item_id)
        if answer is not None and not item_def.accepts(answer):
            r.problem(
                item_def.item_id,
                tr("Import", "{value} is outside {low}–{high}").format(
                    value=answer, low=item_def.minimum, high=item_def.maximum
                ),
            )
            answer = None
        given[item_def.item_id] = answer
    if day is None or employed is None:
        return None
    return Questionnaire(day, instrument, version, employed, given)


def _explanation(r: FieldReader, item: dict[str, Any], index: int) -> Explanation | None:
    code = r.text(item, "code")
    day = r.date(item, "date")
    record = r.text(item, "record")
    reason = item.get("reason")
    if not isinstance(reason, str):
        r.problem("reason", tr("Import", "text is required"))
        reason = None
    elif (message := check_reason(reason)) is not None:  # 1–500 characters once trimmed
        r.problem("reason", message)
        reason = None
    if code is None or day is None or record is None or reason is None:
        return None
    if (target := check_target(code, day, record)) is not None:
        r.problem(*target)
        return None
    return Explanation(code, day, record, reason.strip())


def read_form_sections(r: FieldReader, obj: dict[str, Any]) -> FormSections:
    """The `/2` records of one participant object (keys already checked present)."""
    history = _itp_history(r, obj.get("itp_history"))
    therapies = r.each(
        obj, "prior_itp_therapies", _label("prior_itp_therapies", "therapy"),
        _required(_THERAPY_KEYS), partial(_therapy, r),
    )  # fmt: skip
    medical = r.each(
        obj, "medical_history", _label("medical_history", "term"), _required(_HISTORY_KEYS),
        partial(_history, r),
    )  # fmt: skip
    medications = r.each(
        obj, "medications", _label("medications", "drug"), _required(_MEDICATION_KEYS),
        partial(_medication, r),
    )  # fmt: skip
    panels = r.each(
        obj, "lab_panels", _label("lab_panels", "date"), _required(("date", *PANEL_FIELDS)),
        partial(_panel, r),
    )  # fmt: skip
    r.one_per_date("lab_panels", [p.date for p in panels], checks.check_panel_date)
    questionnaires = r.each(
        obj, "questionnaires", _label("questionnaires", "date"), _required(_QUESTIONNAIRE_KEYS),
        partial(_questionnaire, r),
    )  # fmt: skip
    r.one_per_date(
        "questionnaires", [q.date for q in questionnaires], checks.check_questionnaire_date
    )
    explanations = r.each(
        obj, "explanations", _label("explanations", "code"), _required(_EXPLANATION_KEYS),
        partial(_explanation, r),
    )  # fmt: skip
    seen: set[tuple[str, date, str]] = set()
    for e in explanations:
        if (e.code, e.date, e.record) in seen:
            r.record = f"explanations ({e.code} {e.date.isoformat()} {e.record})"
            r.problem("record", tr("Import", "a second explanation of the same finding"))
        seen.add((e.code, e.date, e.record))
    return FormSections(
        itp_history=history,
        prior_itp_therapies=tuple(therapies),
        medical_history=tuple(medical),
        medications=tuple(medications),
        lab_panels=tuple(sorted(panels, key=lambda p: p.date)),
        questionnaires=tuple(sorted(questionnaires, key=lambda q: q.date)),
        explanations=tuple(explanations),
    )


# -- writing ---------------------------------------------------------------------------------
def _number(value: Decimal | float | None) -> int | float | None:
    """A JSON number: whole values as integers, others as the float of their digits."""
    if value is None:
        return None
    if value == int(value):
        return int(value)
    return float(value)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def form_sections_to_json(p: Participant) -> dict[str, Any]:
    """The seven `/2` keys of one participant, in the order INTERCHANGE.md lists them."""
    history = p.itp_history
    return {
        "itp_history": None
        if history is None
        else {
            "diagnosis_date": _iso(history.diagnosis_date),
            "splenectomy": history.splenectomy,
            "splenectomy_date": _iso(history.splenectomy_date),
        },
        "prior_itp_therapies": [
            {
                "therapy": t.therapy.value,
                "name": t.name,
                "start": t.start.isoformat(),
                "stop": _iso(t.stop),
                "best_response": t.best_response.value,
                "reason_stopped": None if t.reason_stopped is None else t.reason_stopped.value,
            }
            for t in p.prior_itp_therapies
        ],
        "medical_history": [
            {"term": h.term, "start": _iso(h.start), "ongoing": h.ongoing, "end": _iso(h.end)}
            for h in p.medical_history
        ],
        "medications": [
            {
                "drug": m.drug,
                "indication": m.indication,
                "dose": _number(m.dose),
                "unit": m.unit,
                "route": m.route.value,
                "frequency": m.frequency.value,
                "start": m.start.isoformat(),
                "stop": _iso(m.stop),
                "ongoing": m.ongoing,
            }
            for m in p.medications
        ],
        "lab_panels": [
            {"date": panel.date.isoformat()}
            | {key: _number(panel.value(key)) for key in PANEL_FIELDS}
            for panel in sorted(p.lab_panels, key=lambda panel: panel.date)
        ],
        "questionnaires": [
            {
                "date": q.date.isoformat(),
                "instrument": q.instrument,
                "version": q.version,
                "employed": q.employed,
                "answers": dict(q.answers),
            }
            for q in sorted(p.questionnaires, key=lambda q: q.date)
        ],
        "explanations": [
            {"code": e.code, "date": e.date.isoformat(), "record": e.record, "reason": e.reason}
            for e in sorted(p.explanations, key=lambda e: (e.date, e.code, e.record))
        ],
    }
