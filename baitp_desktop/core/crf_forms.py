"""The CRF's forms, declared once: the participant form and every kind of record.

Everything the layers need to know about a form is here (see `core.forms` for what each
part means): the service's fields and checks, the storage loops and column widths, the
audit trail's labels, the dashboard's tabs, the export columns and the paper pages are
derived from these declarations. Adding a plain log form (like the rescue therapy log)
means a `RecordKind` here, its ORM class and migration, translations and tests.

The exports list the domains of the kinds placed at visits first, then the logs', each in
the order of `RECORD_KINDS`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from baitp_desktop.core import entry_checks as checks
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.forms import (
    AllowedWhen,
    BothOrNeither,
    DateOrder,
    ExportColumn,
    FieldSpec,
    FieldType,
    FormSpec,
    RecordCheck,
    RecordKind,
)
from baitp_desktop.core.labs import FIELD_LABELS as LAB_LABELS
from baitp_desktop.core.records import (
    EXCLUSION_ITEMS,
    INCLUSION_ITEMS,
    PANEL_FIELDS,
    AdverseEvent,
    AeAction,
    AeOutcome,
    BleedingAssessment,
    DecisionAction,
    DiscontinuationReason,
    Dose,
    DosingDecision,
    Frequency,
    ItpTherapyCode,
    LabPanel,
    MedicalHistoryEntry,
    Medication,
    PlateletCount,
    PriorItpTherapy,
    Questionnaire,
    Relationship,
    RescueTherapy,
    Route,
    Sex,
    StopReason,
    TherapyResponse,
)
from baitp_desktop.core.vocabulary import CRITERIA
from baitp_desktop.i18n import tr, tr_noop

T = FieldType

# Export constants (CDASH): the study treatment and the units exports name.
STUDY_TREATMENT = "BARICITINIB"
DOSE_UNIT = "mg"
PLATELET_UNIT = "10^9/L"

# The longest free text a log accepts (and the width of its column); the bundle format
# allows the same.
LOG_TEXT_MAX = 500


def _platelets(value: float, config: ProtocolConfig) -> str | None:
    return checks.check_platelets(value, config)


def _dose(value: float, _config: ProtocolConfig) -> str | None:
    return checks.check_dose_mg(value)


def _lab(value: float, _config: ProtocolConfig) -> str | None:
    return checks.check_lab_value(value)


def _positive_dose(value: float, _config: ProtocolConfig) -> str | None:
    return checks.check_medication_dose(value)


def _date(
    name: str,
    label: str,
    *,
    required: bool = False,
    cdash: str | None = None,
    cdash_label: str | None = None,
) -> FieldSpec:
    return FieldSpec(
        name=name,
        label=label,
        datatype=T.DATE,
        required=required,
        cdash=cdash,
        cdash_label=cdash_label,
    )


# -- the participant form (demographics, screening, discontinuation) ---------------------------
def _criterion(item: str) -> FieldSpec:
    return FieldSpec(
        name=item.lower(), label=CRITERIA[item], datatype=T.BOOLEAN, context="Vocabulary", code=item
    )


def _lab_field(name: str, label: str, unit: str = "", context: str = "Lab") -> FieldSpec:
    return FieldSpec(
        name=name, label=label, datatype=T.FLOAT, number_check=_lab, unit=unit, context=context
    )


PARTICIPANT_FORM = FormSpec(
    kind="participant",
    label=tr_noop("Forms", "Participant"),
    table="participant",
    audit_label="Participant {participant_id}",
    fields=(
        FieldSpec(
            name="participant_id",
            label=tr_noop("Forms", "Participant id"),
            datatype=T.TEXT,
            max_length=20,
            assigned=True,
        ),
        FieldSpec(
            name="initials",
            label=tr_noop("Forms", "Initials"),
            datatype=T.TEXT,
            required=True,
            max_length=10,
            text_check=checks.check_initials,
        ),
        FieldSpec(
            name="sex",
            label=tr_noop("Forms", "Sex"),
            datatype=T.CHOICE,
            codes=Sex,
            required=True,
            max_length=1,
        ),
        _date("birth_date", tr_noop("Forms", "Birth date"), required=True),
        _date("consent_date", tr_noop("Forms", "Consent date"), required=True),
        _date("first_dose_date", tr_noop("Forms", "Day 1 (first dose)")),
        _date("screening_date", tr_noop("Forms", "Screening date")),
        *(_criterion(item) for item in INCLUSION_ITEMS + EXCLUSION_ITEMS),
        FieldSpec(
            name="screening_platelets",
            label=tr_noop("Forms", "Screening platelet count"),
            datatype=T.FLOAT,
            number_check=_platelets,
            unit="×10⁹/L",
        ),
        FieldSpec(
            name="significant_bleeding",
            label=tr_noop("Forms", "Significant bleeding at screening"),
            datatype=T.BOOLEAN,
        ),
        _lab_field("alt", "ALT"),
        _lab_field("alt_uln", tr_noop("Forms", "ALT upper limit of normal"), context="Forms"),
        _lab_field("ast", "AST"),
        _lab_field("ast_uln", tr_noop("Forms", "AST upper limit of normal"), context="Forms"),
        _lab_field("bilirubin", "Total bilirubin"),
        _lab_field(
            "bilirubin_uln", tr_noop("Forms", "Bilirubin upper limit of normal"), context="Forms"
        ),
        _lab_field("hemoglobin", "Hemoglobin", "g/dL"),
        _lab_field("wbc", "WBC", "/µL"),
        _lab_field("anc", "ANC", "/µL"),
        _lab_field("lymphocytes", "Lymphocytes", "/µL"),
        _lab_field("egfr", "eGFR", "mL/min/1.73 m²"),
        _date("discontinuation_date", tr_noop("Forms", "Date of discontinuation")),
        FieldSpec(
            name="discontinuation_reason",
            label=tr_noop("Forms", "Reason for discontinuation"),
            datatype=T.CHOICE,
            codes=DiscontinuationReason,
            max_length=30,
        ),
        # ITP history (PROTOCOL.md §9); `splenectomy` empty means none was recorded.
        _date("diagnosis_date", tr_noop("Forms", "Date of ITP diagnosis"), cdash="MHSTDAT"),
        FieldSpec(
            name="splenectomy",
            label=tr_noop("Forms", "Splenectomy"),
            datatype=T.BOOLEAN,
            cdash="SPLENX",
        ),
        _date("splenectomy_date", tr_noop("Forms", "Date of splenectomy"), cdash="SPLENXDT"),
    ),
    checks=(
        AllowedWhen(
            "splenectomy_date",
            "splenectomy",
            (True,),
            tr_noop("Entry", "must be empty without a splenectomy"),
            required=tr_noop("Entry", "the splenectomy date is required"),
        ),
        AllowedWhen(
            "diagnosis_date",
            "splenectomy",
            (True, False),
            tr_noop("Entry", "record whether there was a splenectomy with the diagnosis date"),
        ),
        DateOrder(
            "birth_date",
            "consent_date",
            tr_noop("Entry", "birth date is not before the consent date"),
            at="birth_date",
            strict=True,
        ),
        BothOrNeither(
            "discontinuation_date",
            "discontinuation_reason",
            tr_noop("Entry", "a discontinuation needs both its date and its reason"),
        ),
    ),
)

# -- the kinds of record ---------------------------------------------------------------------
COUNT = RecordKind(
    kind="count",
    label=tr_noop("Forms", "Platelet count"),
    table="platelet_count",
    audit_label="Platelet count {date}",
    record_type=PlateletCount,
    attribute="platelet_counts",
    date_field="date",
    tab="counts",
    domain="LB",
    domain_label="Laboratory: platelet counts and screening labs",
    visit_placed=True,
    fields=(
        _date("date", tr_noop("Forms", "Date of the count"), required=True, cdash="LBDAT"),
        FieldSpec(
            name="value",
            label=tr_noop("Forms", "Platelet count"),
            datatype=T.FLOAT,
            required=True,
            number_check=_platelets,
            unit="×10⁹/L",
            cdash="LBORRES",
        ),
    ),
    export_columns=(
        ExportColumn("LBCAT", "Category (SCREENING or PLATELETS)", lambda _r: "PLATELETS"),
        ExportColumn("LBTESTCD", "Test code", lambda _r: "PLAT"),
        ExportColumn("LBORRESU", "Unit", lambda _r: PLATELET_UNIT),
        ExportColumn("LBORNRHI", "Upper limit of normal (the lab's)", lambda _r: None),
    ),
)

BLEEDING = RecordKind(
    kind="bleeding",
    label=tr_noop("Forms", "WHO bleeding assessment"),
    table="bleeding_assessment",
    audit_label="WHO bleeding {date}",
    record_type=BleedingAssessment,
    attribute="bleeding",
    date_field="date",
    tab="bleeding",
    domain="XB",
    domain_label="WHO bleeding assessment",
    visit_placed=True,
    fields=(
        _date("date", tr_noop("Forms", "Date of the assessment"), required=True, cdash="XBDAT"),
        FieldSpec(
            name="who_grade",
            label=tr_noop("Forms", "WHO bleeding grade"),
            datatype=T.INTEGER,
            required=True,
            number_check=checks.check_who_grade,
            cdash="XBGRADE",
            codelist="WHOGRADE",
        ),
    ),
)

DOSE = RecordKind(
    kind="dose",
    label=tr_noop("Forms", "Diary day"),
    table="dose",
    audit_label="Diary {date}",
    record_type=Dose,
    attribute="doses",
    date_field="date",
    tab="diary",
    domain="EX",
    domain_label="Exposure: daily dose diary",
    unique_date_message=tr_noop("Entry", "this day already has a diary entry"),
    fields=(
        _date("date", tr_noop("Forms", "Diary day"), required=True, cdash="EXSTDAT"),
        FieldSpec(
            name="taken",
            label=tr_noop("Forms", "Dose taken"),
            datatype=T.BOOLEAN,
            required=True,
            cdash="EXOCCUR",
        ),
        FieldSpec(
            name="dose_mg",
            label=tr_noop("Forms", "Dose"),
            datatype=T.FLOAT,
            required_when="taken",
            number_check=_dose,
            unit=DOSE_UNIT,
            cdash="EXDOSE",
        ),
    ),
    export_columns=(
        ExportColumn("EXTRT", "Treatment", lambda _r: STUDY_TREATMENT),
        ExportColumn("EXDOSU", "Dose unit", lambda r: DOSE_UNIT if r.dose_mg is not None else None),
    ),
    domain_columns=("EXSEQ", "EXTRT", "EXSTDAT", "EXOCCUR", "EXDOSE", "EXDOSU"),
)

DECISION = RecordKind(
    kind="decision",
    label=tr_noop("Forms", "Dosing decision"),
    one_per_date=checks.check_decision_date,
    table="dosing_decision",
    audit_label="Dosing decision {date} {action}",
    record_type=DosingDecision,
    attribute="dosing_decisions",
    date_field="date",
    tab="diary",
    domain="XD",
    domain_label="Dosing decisions (interrupt / resume)",
    fields=(
        _date("date", tr_noop("Forms", "Date of the decision"), required=True, cdash="XDDAT"),
        FieldSpec(
            name="action",
            label=tr_noop("Forms", "Decision"),
            datatype=T.CHOICE,
            codes=DecisionAction,
            required=True,
            max_length=10,
            cdash="XDACT",
            codelist="XDACT",
        ),
        FieldSpec(
            name="reason",
            label=tr_noop("Forms", "Reason"),
            datatype=T.TEXT,
            max_length=LOG_TEXT_MAX,
            default="",
            cdash="XDREAS",
        ),
    ),
)

AE = RecordKind(
    kind="ae",
    label=tr_noop("Forms", "Adverse event"),
    table="adverse_event",
    audit_label="AE {number}",
    record_type=AdverseEvent,
    attribute="adverse_events",
    date_field="onset",
    tab="adverse_events",
    domain="AE",
    domain_label="Adverse events",
    end_field="resolved",
    fields=(
        FieldSpec(
            name="number",
            label=tr_noop("Forms", "AE number"),
            datatype=T.INTEGER,
            assigned=True,
            cdash="AESPID",
            cdash_label="AE number (stable within the participant)",
        ),
        FieldSpec(
            name="term",
            label=tr_noop("Forms", "CTCAE term"),
            datatype=T.TEXT,
            required=True,
            max_length=LOG_TEXT_MAX,
            cdash="AETERM",
            cdash_label="Reported term (CTCAE v5.0)",
        ),
        FieldSpec(
            name="grade",
            label=tr_noop("Forms", "CTCAE grade"),
            datatype=T.INTEGER,
            required=True,
            number_check=checks.check_ctcae_grade,
            cdash="AETOXGR",
            codelist="CTCAEGR",
        ),
        _date("onset", tr_noop("Forms", "Onset date"), required=True, cdash="AESTDAT"),
        _date(
            "resolved",
            tr_noop("Forms", "Resolution date"),
            cdash="AEENDAT",
            cdash_label="Resolution date (empty: ongoing)",
        ),
        FieldSpec(
            name="serious",
            label=tr_noop("Forms", "Serious"),
            datatype=T.BOOLEAN,
            required=True,
            cdash="AESER",
        ),
        FieldSpec(
            name="relationship",
            label=tr_noop("Forms", "Relationship to baricitinib"),
            datatype=T.CHOICE,
            codes=Relationship,
            max_length=20,
            cdash="AEREL",
            codelist="AEREL",
        ),
        FieldSpec(
            name="action",
            label=tr_noop("Forms", "Action taken with baricitinib"),
            datatype=T.CHOICE,
            codes=AeAction,
            max_length=20,
            cdash="AEACN",
            codelist="AEACN",
        ),
        FieldSpec(
            name="outcome",
            label=tr_noop("Forms", "Outcome"),
            datatype=T.CHOICE,
            codes=AeOutcome,
            max_length=30,
            cdash="AEOUT",
            codelist="AEOUT",
        ),
        _date(
            "aware_date",
            tr_noop("Forms", "Date the site became aware"),
            cdash="AEAWDAT",
            cdash_label="Date the site became aware (serious AE)",
        ),
        _date(
            "reported_date",
            tr_noop("Forms", "Date reported to the sponsor"),
            cdash="AERPTDAT",
            cdash_label="Date reported to the sponsor (serious AE)",
        ),
    ),
    checks=(
        DateOrder(
            "onset",
            "resolved",
            tr_noop("Entry", "resolution date is before the onset"),
            at="resolved",
        ),
        DateOrder(
            "aware_date",
            "reported_date",
            tr_noop("Entry", "reported to the sponsor before awareness"),
            at="reported_date",
        ),
    ),
)

RESCUE = RecordKind(
    kind="rescue",
    label=tr_noop("Forms", "Rescue therapy"),
    table="rescue_therapy",
    audit_label="Rescue {number}",
    record_type=RescueTherapy,
    attribute="rescue",
    date_field="date",
    tab="adverse_events",
    plain_log=True,
    domain="CM",
    domain_label="Rescue therapy",
    fields=(
        FieldSpec(
            name="number",
            label=tr_noop("Forms", "Rescue number"),
            datatype=T.INTEGER,
            assigned=True,
            cdash="CMSPID",
            cdash_label="Rescue number (stable within the participant)",
        ),
        _date("date", tr_noop("Forms", "Date given"), required=True, cdash="CMSTDAT"),
        FieldSpec(
            name="therapy",
            label=tr_noop("Forms", "Therapy"),
            datatype=T.TEXT,
            required=True,
            max_length=LOG_TEXT_MAX,
            suggestions=(
                tr_noop("Forms", "IVIG"),
                tr_noop("Forms", "Platelet transfusion"),
                tr_noop("Forms", "Corticosteroids"),
                tr_noop("Forms", "TPO receptor agonists"),
            ),
            cdash="CMTRT",
        ),
    ),
    export_columns=(ExportColumn("CMCAT", "Category", lambda _r: "RESCUE THERAPY"),),
    domain_columns=("CMSPID", "CMCAT", "CMTRT", "CMSTDAT"),
)

# -- the screening history and the safety forms (PROTOCOL.md §9–§12) ----------------------------
THERAPY = RecordKind(
    listed_by_date=False,
    kind="therapy",
    label=tr_noop("Forms", "Prior ITP therapy"),
    table="prior_itp_therapy",
    audit_label="Prior ITP therapy {therapy} {start}",
    record_type=PriorItpTherapy,
    attribute="prior_itp_therapies",
    date_field="start",
    end_field="stop",
    signed_by_date=False,
    tab="screening",
    domain="XT",
    domain_label="Prior ITP therapies (CM, category PRIOR ITP THERAPY)",
    fields=(
        FieldSpec(
            name="therapy",
            label=tr_noop("Forms", "Therapy"),
            datatype=T.CHOICE,
            codes=ItpTherapyCode,
            required=True,
            max_length=20,
            cdash="CMTRT",
            codelist="ITPTHER",
        ),
        _date("start", tr_noop("Forms", "Start date"), required=True, cdash="CMSTDAT"),
        _date(
            "stop",
            tr_noop("Forms", "Stop date"),
            cdash="CMENDAT",
            cdash_label="Stop date (empty: ongoing)",
        ),
        FieldSpec(
            name="best_response",
            label=tr_noop("Forms", "Best response"),
            datatype=T.CHOICE,
            codes=TherapyResponse,
            required=True,
            max_length=10,
            cdash="CMBESTRS",
            codelist="ITPRESP",
        ),
        FieldSpec(
            name="reason_stopped",
            label=tr_noop("Forms", "Reason stopped"),
            datatype=T.CHOICE,
            codes=StopReason,
            max_length=20,
            cdash="CMRSSTOP",
            codelist="ITPSTOP",
        ),
        FieldSpec(
            name="name",
            label=tr_noop("Forms", "Name of the other therapy"),
            datatype=T.TEXT,
            max_length=LOG_TEXT_MAX,
            cdash="CMOTHTRT",
        ),
    ),
    checks=(
        DateOrder(
            "start", "stop", tr_noop("Entry", "the stop date is before the start"), at="stop"
        ),
        BothOrNeither(
            "stop",
            "reason_stopped",
            tr_noop("Entry", "a stopped therapy needs its stop date and the reason"),
        ),
        AllowedWhen(
            "name",
            "therapy",
            (ItpTherapyCode.OTHER.value,),
            tr_noop("Entry", "only an 'other' therapy has a name"),
            required=tr_noop("Entry", "the therapy's name is required for 'other'"),
        ),
    ),
    export_columns=(ExportColumn("CMCAT", "Category", lambda _r: "PRIOR ITP THERAPY"),),
)

HISTORY = RecordKind(
    listed_by_date=False,
    kind="history",
    label=tr_noop("Forms", "Medical history"),
    table="medical_history",
    audit_label="Medical history {term}",
    record_type=MedicalHistoryEntry,
    attribute="medical_history",
    date_field="start",
    signed_by_date=False,
    tab="screening",
    domain="MH",
    domain_label="Medical history",
    fields=(
        FieldSpec(
            name="term",
            label=tr_noop("Forms", "Condition"),
            datatype=T.TEXT,
            required=True,
            max_length=LOG_TEXT_MAX,
            cdash="MHTERM",
        ),
        _date(
            "start",
            tr_noop("Forms", "Start date"),
            cdash="MHSTDAT",
            cdash_label="Start date (empty: unknown)",
        ),
        FieldSpec(
            name="ongoing",
            label=tr_noop("Forms", "Ongoing"),
            datatype=T.BOOLEAN,
            required=True,
            cdash="MHONGO",
        ),
        _date(
            "end",
            tr_noop("Forms", "End date"),
            cdash="MHENDAT",
            cdash_label="End date (empty: ongoing, or ended on an unknown date)",
        ),
    ),
    checks=(
        DateOrder("start", "end", tr_noop("Entry", "the end date is before the start"), at="end"),
        AllowedWhen("end", "ongoing", (False,), tr_noop("Entry", "must be empty while ongoing")),
    ),
)

MEDICATION = RecordKind(
    listed_by_date=False,
    kind="medication",
    label=tr_noop("Forms", "Medication"),
    table="medication",
    audit_label="Medication {drug} {start}",
    record_type=Medication,
    attribute="medications",
    date_field="start",
    end_field="stop",
    tab="medications",
    domain="XM",
    domain_label="Prior and concomitant medications (CM)",
    fields=(
        FieldSpec(
            name="drug",
            label=tr_noop("Forms", "Drug"),
            datatype=T.TEXT,
            required=True,
            max_length=LOG_TEXT_MAX,
            cdash="CMTRT",
        ),
        _date("start", tr_noop("Forms", "Start date"), required=True, cdash="CMSTDAT"),
        FieldSpec(
            name="route",
            label=tr_noop("Forms", "Route"),
            datatype=T.CHOICE,
            codes=Route,
            required=True,
            max_length=10,
            cdash="CMROUTE",
            codelist="ROUTE",
        ),
        FieldSpec(
            name="frequency",
            label=tr_noop("Forms", "Frequency"),
            datatype=T.CHOICE,
            codes=Frequency,
            required=True,
            max_length=10,
            cdash="CMDOSFRQ",
            codelist="FREQ",
        ),
        _date(
            "stop",
            tr_noop("Forms", "Stop date"),
            cdash="CMENDAT",
            cdash_label="Stop date (empty: ongoing)",
        ),
        FieldSpec(
            name="indication",
            label=tr_noop("Forms", "Indication"),
            datatype=T.TEXT,
            max_length=LOG_TEXT_MAX,
            cdash="CMINDC",
        ),
        FieldSpec(
            name="dose",
            label=tr_noop("Forms", "Dose"),
            datatype=T.FLOAT,
            number_check=_positive_dose,
            cdash="CMDSTXT",
        ),
        FieldSpec(
            name="unit",
            label=tr_noop("Forms", "Unit"),
            datatype=T.TEXT,
            max_length=20,
            cdash="CMDOSU",
        ),
    ),
    checks=(
        DateOrder(
            "start", "stop", tr_noop("Entry", "the stop date is before the start"), at="stop"
        ),
    ),
    export_columns=(ExportColumn("CMONGO", "Ongoing (no stop date)", lambda r: r.stop is None),),
)

# LBTESTCD of each analyte of a panel; a ULN is exported as that test's LBORNRHI.
LAB_TEST_CODES: dict[str, str] = {
    "hemoglobin": "HGB",
    "wbc": "WBC",
    "anc": "NEUT",
    "lymphocytes": "LYM",
    "alt": "ALT",
    "ast": "AST",
    "bilirubin": "BILI",
    "creatinine": "CREAT",
    "cholesterol": "CHOL",
    "triglycerides": "TRIG",
}
LAB_UNITS: dict[str, str] = {
    "hemoglobin": "g/dL",
    "wbc": "/µL",
    "anc": "/µL",
    "lymphocytes": "/µL",
    "alt": "U/L",
    "ast": "U/L",
    "bilirubin": "µmol/L",
    "creatinine": "µmol/L",
    "cholesterol": "mmol/L",
    "triglycerides": "mmol/L",
}


def _analyte(name: str) -> str:
    return name.removesuffix("_uln")


def _panel_field(name: str) -> FieldSpec:
    analyte = _analyte(name)
    code = LAB_TEST_CODES[analyte]
    uln = name != analyte
    return FieldSpec(
        name=name,
        label=LAB_LABELS[name],
        context="Lab",
        datatype=T.DECIMAL,
        decimal_check=checks.check_lab,
        unit=LAB_UNITS[analyte],
        cdash=f"{code}ULN" if uln else code,
        cdash_label=(
            f"{code}: the lab's upper limit of normal (LBORNRHI)"
            if uln
            else f"{code} result (LBORRES, LBTESTCD {code})"
        ),
    )


LAB = RecordKind(
    kind="lab",
    label=tr_noop("Forms", "Safety lab panel"),
    table="lab_panel",
    audit_label="Lab panel {date}",
    record_type=LabPanel,
    attribute="lab_panels",
    date_field="date",
    tab="labs",
    domain="XL",
    domain_label="Safety laboratory panels (LB, one column per LBTESTCD)",
    one_per_date=checks.check_panel_date,
    fields=(
        _date("date", tr_noop("Forms", "Date of the panel"), required=True, cdash="LBDAT"),
        *(_panel_field(name) for name in PANEL_FIELDS),
    ),
    checks=tuple(
        BothOrNeither(
            name,
            f"{name}_uln",
            tr_noop("Entry", "give the value and its ULN together, or neither"),
        )
        for name in PANEL_FIELDS
        if f"{name}_uln" in PANEL_FIELDS
    ),
)


def answers_text(answers: Mapping[str, int | None]) -> str:
    """A questionnaire's answers as the one canonical text stored, audited and exported."""
    return json.dumps(dict(answers), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _answers_problems(values: Mapping[str, Any], config: ProtocolConfig) -> list[tuple[str, str]]:
    """The answers fit the definition the questionnaire names: every item, each an integer
    in the item's range or empty (INTERCHANGE.md `questionnaires[]`)."""
    name, version, answers = values.get("instrument"), values.get("version"), values.get("answers")
    if not isinstance(name, str) or not isinstance(version, str):
        return []  # the fields' own checks name what is missing
    definition = config.instruments.find(name, version)
    if definition is None:
        loaded = "; ".join(f"{d.name} {d.version}" for d in config.instruments.definitions)
        message = tr("Import", "no questionnaire definition {name} {version} is loaded ({loaded})")
        return [("version", message.format(name=name, version=version, loaded=loaded or "-"))]
    if not isinstance(answers, dict):
        return []  # the field's own check names it
    problems: list[tuple[str, str]] = []
    for item_id in sorted(set(answers) - set(definition.item_ids)):
        problems.append((str(item_id), tr("Import", "unknown field")))
    for item in definition.items:
        if item.item_id not in answers:
            problems.append((item.item_id, tr("Import", "required field is missing")))
            continue
        answer = answers[item.item_id]
        if answer is None:
            continue
        if isinstance(answer, bool) or not isinstance(answer, int):
            message = tr("Import", "{value!r} is not a whole number").format(value=answer)
            problems.append((item.item_id, message))
        elif not item.accepts(answer):
            message = tr("Import", "{value} is outside {low}–{high}")
            problems.append(
                (item.item_id, message.format(value=answer, low=item.minimum, high=item.maximum))
            )
    return problems


QOL = RecordKind(
    kind="qol",
    label=tr_noop("Forms", "Quality of life questionnaire"),
    table="questionnaire",
    audit_label="Questionnaire {date}",
    record_type=Questionnaire,
    attribute="questionnaires",
    date_field="date",
    tab="qol",
    domain="QS",
    domain_label="Questionnaires: ITP-PAQ",
    one_per_date=checks.check_questionnaire_date,
    fields=(
        _date("date", tr_noop("Forms", "Date completed"), required=True, cdash="QSDAT"),
        FieldSpec(
            name="instrument",
            label=tr_noop("Forms", "Questionnaire"),
            datatype=T.TEXT,
            required=True,
            max_length=60,
            cdash="QSCAT",
        ),
        FieldSpec(
            name="version",
            label=tr_noop("Forms", "Version of the questionnaire"),
            datatype=T.TEXT,
            required=True,
            max_length=60,
            cdash="QSVER",
        ),
        FieldSpec(
            name="employed",
            label=tr_noop("Forms", "Employed"),
            datatype=T.BOOLEAN,
            required=True,
            cdash="QSEMPL",
        ),
        FieldSpec(
            name="answers",
            label=tr_noop("Forms", "Answers"),
            datatype=T.ANSWERS,
            required=True,
        ),
    ),
    record_checks=(RecordCheck(_answers_problems),),
    export_columns=(
        ExportColumn(
            "QSORRES", "Answers ({item id: answer}, JSON)", lambda r: answers_text(r.answers)
        ),
    ),
)

# The order records are stored in (an import writes, and the audit trail lists, each
# participant's diary, decisions, counts, grades, AEs, rescue, prior therapies, medical
# history, medications, lab panels and questionnaires in this order).
RECORD_KINDS: tuple[RecordKind, ...] = (
    DOSE, DECISION, COUNT, BLEEDING, AE, RESCUE, THERAPY, HISTORY, MEDICATION, LAB, QOL,
)  # fmt: skip
FORMS: tuple[FormSpec, ...] = (PARTICIPANT_FORM, *RECORD_KINDS)

_BY_KIND: dict[str, RecordKind] = {k.kind: k for k in RECORD_KINDS}
_BY_TABLE: dict[str, FormSpec] = {f.table: f for f in FORMS}


def record_kind(kind: str) -> RecordKind:
    """The declaration of a record kind (`count`, `ae`, …); ValueError for an unknown one."""
    try:
        return _BY_KIND[kind]
    except KeyError:
        raise ValueError(f"unknown record kind {kind!r}") from None


def is_record_kind(kind: str) -> bool:
    return kind in _BY_KIND


def form_of_table(table: str) -> FormSpec | None:
    """The form stored in a table (None for the tables that hold no CRF form)."""
    return _BY_TABLE.get(table)
