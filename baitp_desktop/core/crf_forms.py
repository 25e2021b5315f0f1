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

from baitp_desktop.core import entry_checks as checks
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.forms import (
    BothOrNeither,
    DateOrder,
    ExportColumn,
    FieldSpec,
    FieldType,
    FormSpec,
    RecordKind,
)
from baitp_desktop.core.records import (
    EXCLUSION_ITEMS,
    INCLUSION_ITEMS,
    AdverseEvent,
    AeAction,
    AeOutcome,
    BleedingAssessment,
    DecisionAction,
    DiscontinuationReason,
    Dose,
    DosingDecision,
    PlateletCount,
    Relationship,
    RescueTherapy,
    Sex,
)
from baitp_desktop.core.vocabulary import CRITERIA
from baitp_desktop.i18n import tr_noop

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
    ),
    checks=(
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

# The order records are stored in (an import writes, and the audit trail lists, each
# participant's diary, decisions, counts, grades, AEs and rescue in this order).
RECORD_KINDS: tuple[RecordKind, ...] = (DOSE, DECISION, COUNT, BLEEDING, AE, RESCUE)
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
