"""The export data dictionary: every domain, variable and code list, defined once.

The CSV files (their columns and the data-dictionary file beside them) and the ODM
metadata (FormDef, ItemGroupDef, ItemDef, CodeList) are both generated from these tables,
so the two formats cannot disagree about a name, a type or a code. The domain of each
kind of record (XB, EX, XD, AE, CM, …) is derived from its declaration in
`core.crf_forms` (variable names, labels, types, code lists, units); the domains of the
participant form (DM, IE, the screening labs in LB, DS) and of the findings (DV) are
written out here.

Variable names follow CDASH (`AETERM`, `AESTDAT`, `LBORRES`, ...); domains without a CDASH
home use sponsor-defined codes starting with X (`XB` WHO bleeding, `XD` dosing decisions),
as CDISC reserves X/Y/Z for that. Coded values are the values the database stores (the
bundle's values), so an export re-read gives back exactly what was entered; each code list
gives their English decode.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from baitp_desktop.core.crf_forms import RECORD_KINDS
from baitp_desktop.core.findings import Severity
from baitp_desktop.core.forms import FieldSpec, RecordKind
from baitp_desktop.core.forms_config import MedicationCategory
from baitp_desktop.core.records import (
    AeAction,
    AeOutcome,
    DecisionAction,
    DiscontinuationReason,
    Frequency,
    ItpTherapyCode,
    Relationship,
    Route,
    StopReason,
    TherapyResponse,
)
from baitp_desktop.core.vocabulary import CRITERIA, CTCAE_GRADES, WHO_GRADES, english_label


@dataclass(frozen=True, slots=True)
class Variable:
    """One column of a domain (one ItemDef in ODM).

    `kind` is the ODM DataType: text, integer, float or date. `key` variables (STUDYID,
    DOMAIN, SUBJID, VISIT) are columns in CSV but structure in ODM (study, subject, event),
    so they are not ItemDefs there.
    """

    name: str
    label: str
    kind: str = "text"
    codelist: str | None = None
    unit: str | None = None
    key: bool = False


@dataclass(frozen=True, slots=True)
class Domain:
    code: str
    label: str
    variables: tuple[Variable, ...]
    repeating: bool = True
    in_odm: bool = True

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(v.name for v in self.variables)

    def variable(self, name: str) -> Variable:
        for variable in self.variables:
            if variable.name == name:
                return variable
        raise KeyError(name)


@dataclass(frozen=True, slots=True)
class CodeList:
    name: str
    label: str
    kind: str  # "text" or "integer"
    items: tuple[tuple[str, str], ...]  # (coded value, English decode)


def _enum_items(enum: type[StrEnum]) -> tuple[tuple[str, str], ...]:
    return tuple((member.value, _english(member)) for member in enum)


def _english(member: StrEnum) -> str:
    """The vocabulary's wording; a code list without one yet reads as its code."""
    try:
        return english_label(member)
    except KeyError:
        return member.value.replace("_", " ").capitalize()


def _graded(meanings: dict[int, str]) -> tuple[tuple[str, str], ...]:
    return tuple((str(grade), text) for grade, text in sorted(meanings.items()))


# Categories of the rows the §9–§12 forms add to CM, MH and LB.
RESCUE_CATEGORY = "RESCUE THERAPY"
PRIOR_ITP_CATEGORY = "PRIOR ITP THERAPY"
MEDICATION_CATEGORY = "PRIOR OR CONCOMITANT"
ITP_HISTORY_CATEGORY = "ITP HISTORY"
GENERAL_HISTORY_CATEGORY = "GENERAL"
SAFETY_PANEL_CATEGORY = "SAFETY PANEL"
NOT_DONE = "NOT DONE"

# The kinds of record of PROTOCOL.md §9–§12 (names as core.crf_forms declares them). Their
# rows are built by exports/form_rows.py into the domains written out below, whatever
# domain their declarations name, so that a declaration never adds a second CM or LB.
FORM_KINDS = frozenset({"therapy", "history", "medication", "lab", "qol"})

CODELISTS: dict[str, CodeList] = {
    c.name: c
    for c in (
        CodeList("NY", "No / Yes", "text", (("N", "No"), ("Y", "Yes"))),
        CodeList("SEX", "Sex", "text", (("F", "Female"), ("M", "Male"))),
        CodeList(
            "IECAT",
            "Criterion category",
            "text",
            (("INCLUSION", "Inclusion"), ("EXCLUSION", "Exclusion")),
        ),
        CodeList(
            "WHOGRADE",
            "WHO bleeding grade",
            "integer",
            _graded(WHO_GRADES),
        ),
        CodeList(
            "CTCAEGR",
            "CTCAE v5.0 grade",
            "integer",
            _graded(CTCAE_GRADES),
        ),
        CodeList("AEREL", "Relationship to baricitinib", "text", _enum_items(Relationship)),
        CodeList("AEACN", "Action taken with baricitinib", "text", _enum_items(AeAction)),
        CodeList("AEOUT", "Outcome of the adverse event", "text", _enum_items(AeOutcome)),
        CodeList("XDACT", "Dosing decision", "text", _enum_items(DecisionAction)),
        CodeList("ITPTHER", "Prior ITP therapy", "text", _enum_items(ItpTherapyCode)),
        CodeList("ITPRESP", "Best response to the therapy", "text", _enum_items(TherapyResponse)),
        CodeList("ITPSTOP", "Reason the therapy stopped", "text", _enum_items(StopReason)),
        CodeList("ROUTE", "Route of administration", "text", _enum_items(Route)),
        CodeList("FREQ", "Dosing frequency", "text", _enum_items(Frequency)),
        CodeList(
            "DSDECOD", "Reason for discontinuation", "text", _enum_items(DiscontinuationReason)
        ),
        CodeList("DVCAT", "Finding severity", "text", _enum_items(Severity)),
        CodeList("ITPTHER", "Prior ITP therapy", "text", _enum_items(ItpTherapyCode)),
        CodeList(
            "ITPRESP", "Best response to a prior ITP therapy", "text", _enum_items(TherapyResponse)
        ),
        CodeList(
            "CMSTPRSN", "Reason a prior ITP therapy was stopped", "text", _enum_items(StopReason)
        ),
        CodeList("ROUTE", "Route of administration", "text", _enum_items(Route)),
        CodeList("FREQ", "Dosing frequency", "text", _enum_items(Frequency)),
        CodeList(
            "CMLIST",
            "Protocol drug list (PROTOCOL.md §10)",
            "text",
            _enum_items(MedicationCategory),
        ),
        CodeList(
            "CMCAT",
            "Medication category",
            "text",
            (
                (RESCUE_CATEGORY, "Rescue therapy"),
                (PRIOR_ITP_CATEGORY, "Prior ITP therapy (screening)"),
                (MEDICATION_CATEGORY, "Prior or concomitant medication"),
            ),
        ),
        CodeList(
            "MHCAT",
            "Medical history category",
            "text",
            (
                (ITP_HISTORY_CATEGORY, "ITP history"),
                (GENERAL_HISTORY_CATEGORY, "Other medical history"),
            ),
        ),
        CodeList(
            "LBTOXGR",
            "CTCAE v5.0 grade of a laboratory value",
            "integer",
            (
                ("0", "Within the grading limits"),
                *_graded({g: CTCAE_GRADES[g] for g in (1, 2, 3, 4)}),
            ),
        ),
        CodeList(
            "DVDECOD",
            "Protocol deviation category",
            "text",
            (
                ("ELIGIBILITY CRITERIA NOT MET", "Eligibility criteria not met"),
                ("INFORMED CONSENT", "Informed consent procedure"),
                ("TREATMENT DEVIATION", "Study treatment not given as the protocol says"),
                ("TREATMENT COMPLIANCE", "Treatment compliance below the protocol's minimum"),
                ("VISIT SCHEDULE", "Visit or assessment outside the schedule"),
                ("SAFETY REPORTING", "Safety reporting timelines"),
                ("EXCLUDED CONCOMITANT MEDICATION", "A prohibited medication during treatment"),
                ("DATA QUERY", "Missing or inconsistent data (a query, not a deviation)"),
                ("OTHER", "Other"),
            ),
        ),
    )
}

# Finding code (core/rules) -> DVDECOD-like category; a code not listed here is "OTHER"
# (tests/exports check that every registered rule is listed).
DEVIATION_CATEGORY: dict[str, str] = {
    "INELIGIBLE_AGE": "ELIGIBILITY CRITERIA NOT MET",
    "INELIGIBLE_PLATELETS": "ELIGIBILITY CRITERIA NOT MET",
    "INELIGIBLE_CRITERIA": "ELIGIBILITY CRITERIA NOT MET",
    "INELIGIBLE_LAB": "ELIGIBILITY CRITERIA NOT MET",
    "DOSED_BEFORE_CONSENT": "INFORMED CONSENT",
    "SCREENING_WINDOW": "VISIT SCHEDULE",
    "WRONG_DOSE": "TREATMENT DEVIATION",
    "DOSE_DURING_INTERRUPTION": "TREATMENT DEVIATION",
    "DOSE_AFTER_DISCONTINUATION": "TREATMENT DEVIATION",
    "DOSE_AFTER_SEVERE_AE": "TREATMENT DEVIATION",
    "DOSE_BEYOND_TREATMENT": "TREATMENT DEVIATION",
    "LOW_COMPLIANCE": "TREATMENT COMPLIANCE",
    "MISSED_VISIT": "VISIT SCHEDULE",
    "MISSING_DIARY": "DATA QUERY",
    "MISSING_BLEEDING": "DATA QUERY",
    "AE_BEFORE_CONSENT": "DATA QUERY",
    "SAE_LATE_REPORT": "SAFETY REPORTING",
    "ITP_HISTORY": "DATA QUERY",
    "PROHIBITED_MEDICATION": "EXCLUDED CONCOMITANT MEDICATION",
    "CAUTION_MEDICATION": "DATA QUERY",
    "LAB_AE_NOT_RECORDED": "DATA QUERY",
    "LAB_HOLD_IGNORED": "TREATMENT DEVIATION",
    "MISSING_QOL": "DATA QUERY",
    "QOL_INCOMPLETE": "DATA QUERY",
}

# The screening form's criteria as the CRF words them (PROTOCOL.md §1), for IETEST.
CRITERIA_TEXT: dict[str, str] = {
    **{item: text for item, text in CRITERIA.items() if item not in ("I4", "E11")},
    "SIGBL": "Clinically significant bleeding at screening (I4: count < 50 with bleeding)",
}

# Screening labs: LBTESTCD, the participant field holding the value, its ULN field, unit.
LAB_TESTS: tuple[tuple[str, str, str | None, str], ...] = (
    ("ALT", "alt", "alt_uln", ""),
    ("AST", "ast", "ast_uln", ""),
    ("BILI", "bilirubin", "bilirubin_uln", ""),
    ("HGB", "hemoglobin", None, "g/dL"),
    ("WBC", "wbc", None, "/uL"),
    ("NEUT", "anc", None, "/uL"),
    ("LYM", "lymphocytes", None, "/uL"),
    ("EGFR", "egfr", None, "mL/min/1.73m2"),
)


def _keys(*extra: Variable) -> tuple[Variable, ...]:
    return (
        Variable("STUDYID", "Study identifier", key=True),
        Variable("DOMAIN", "Domain abbreviation", key=True),
        Variable("SUBJID", "Participant identifier", key=True),
        *extra,
    )


_VISIT = Variable("VISIT", "Visit (empty: unscheduled)", key=True)


def _field_variable(name: str, spec: FieldSpec) -> Variable:
    return Variable(
        name,
        spec.export_label,
        spec.odm_type,
        codelist=spec.export_codelist,
        unit=spec.unit or None,
    )


def sequence_variable(kind: RecordKind) -> str | None:
    """The --SEQ variable numbering a kind's rows (None: its records have their own number)."""
    return None if kind.numbered else f"{kind.domain}SEQ"


def record_domain(kind: RecordKind) -> Domain:
    """A kind of record's domain: its fields with an export name, the columns the export
    adds, a sequence number unless the records are numbered, the visit if placed by date."""
    variables = {name: _field_variable(name, spec) for name, spec in kind.exported}
    variables.update({c.name: Variable(c.name, c.label) for c in kind.export_columns})
    seq = sequence_variable(kind)
    if seq is not None:
        variables[seq] = Variable(seq, "Sequence number", "integer")
    order = kind.domain_columns or (
        *([seq] if seq else []),
        *(name for name, _spec in kind.exported),
        *(c.name for c in kind.export_columns),
    )
    visit = (_VISIT,) if kind.visit_placed else ()
    return Domain(kind.domain, kind.domain_label, _keys(*visit, *(variables[n] for n in order)))


# Domains written out below (a kind of record stored in one of them adds rows to it).
_DECLARED_HERE = ("DM", "IE", "LB", "MH", "QS", "DS", "DV")

# Variables the §9–§12 forms add to a domain derived from a declaration (CM: rescue).
_FORM_VARIABLES: dict[str, tuple[Variable, ...]] = {
    "CM": (
        Variable("CMDECOD", "Prior ITP therapy (coded)", codelist="ITPTHER"),
        Variable("CMINDC", "Indication"),
        Variable("CMDOSE", "Dose", "float"),
        Variable("CMDOSU", "Dose unit"),
        Variable("CMROUTE", "Route", codelist="ROUTE"),
        Variable("CMDOSFRQ", "Frequency", codelist="FREQ"),
        Variable("CMENDAT", "End date", "date"),
        Variable("CMONGO", "Ongoing", codelist="NY"),
        Variable("CMBESTRS", "Best response (prior ITP therapy)", codelist="ITPRESP"),
        Variable("CMSTPRSN", "Reason stopped (prior ITP therapy)", codelist="CMSTPRSN"),
        Variable("CMLIST", "On the protocol's drug list", codelist="CMLIST"),
    ),
}
_FORM_DOMAIN_LABELS = {
    "CM": "Medications: rescue therapy, prior ITP therapies, prior and concomitant medications"
}


def _with_form_variables(domain: Domain) -> Domain:
    extra = _FORM_VARIABLES.get(domain.code, ())
    if not extra:
        return domain
    variables = (
        *domain.variables,
        *(v for v in extra if v.name not in domain.columns),
    )
    label = _FORM_DOMAIN_LABELS.get(domain.code, domain.label)
    return Domain(domain.code, label, variables, domain.repeating, domain.in_odm)


# The visits' forms first (XB beside LB), then the logs, each in declaration order.
_RECORD_DOMAINS = tuple(
    _with_form_variables(record_domain(kind))
    for kind in sorted(RECORD_KINDS, key=lambda k: not k.visit_placed)
    if kind.domain not in _DECLARED_HERE and kind.kind not in FORM_KINDS
)

DOMAINS: tuple[Domain, ...] = (
    Domain(
        "DM",
        "Demographics",
        _keys(
            Variable("SUBJINIT", "Participant initials"),
            Variable("SEX", "Sex", codelist="SEX"),
            Variable("BRTHDAT", "Date of birth", "date"),
            Variable("RFICDAT", "Date of informed consent", "date"),
            Variable("RFXSTDAT", "Date of first dose (Day 1)", "date"),
        ),
        repeating=False,
    ),
    Domain(
        "IE",
        "Inclusion/exclusion criteria",
        _keys(
            Variable("IESEQ", "Sequence number", "integer"),
            Variable("IEDAT", "Screening date", "date"),
            Variable("IECAT", "Criterion category", codelist="IECAT"),
            Variable("IETESTCD", "Criterion code"),
            Variable("IETEST", "Criterion"),
            Variable("IEORRES", "Criterion met", codelist="NY"),
        ),
    ),
    Domain(
        "MH",
        "Medical history: ITP history and other conditions",
        _keys(
            _VISIT,
            Variable("MHSEQ", "Sequence number", "integer"),
            Variable("MHCAT", "Category", codelist="MHCAT"),
            Variable("MHTERM", "Condition or procedure"),
            Variable("MHOCCUR", "Occurred (splenectomy)", codelist="NY"),
            Variable("MHSTDAT", "Start date (ITP: date of diagnosis)", "date"),
            Variable("MHONGO", "Ongoing", codelist="NY"),
            Variable("MHENDAT", "End date", "date"),
        ),
    ),
    Domain(
        "LB",
        "Laboratory: platelet counts, screening labs and safety panels",
        _keys(
            _VISIT,
            Variable("LBSEQ", "Sequence number", "integer"),
            Variable("LBCAT", "Category (SCREENING, PLATELETS or SAFETY PANEL)"),
            Variable("LBTESTCD", "Test code"),
            Variable("LBDAT", "Date of the sample", "date"),
            Variable("LBORRES", "Result", "float"),
            Variable("LBORRESU", "Unit"),
            Variable("LBORNRHI", "Upper limit of normal (the lab's)", "float"),
            Variable("LBORNRLO", "Lower limit of normal (the protocol's, by sex)", "float"),
            Variable("LBTOXGR", "CTCAE v5.0 grade (derived)", "integer", codelist="LBTOXGR"),
            Variable("LBSTAT", "Completion status (NOT DONE)"),
        ),
    ),
    *_RECORD_DOMAINS,
    Domain(
        "QS",
        "Questionnaires: ITP-PAQ items and scale scores",
        _keys(
            _VISIT,
            Variable("QSSEQ", "Sequence number", "integer"),
            Variable("QSCAT", "Instrument"),
            Variable("QSINSTVR", "Instrument definition version"),
            Variable("QSDAT", "Date of the questionnaire", "date"),
            Variable("QSEMPL", "Participant employed", codelist="NY"),
            Variable("QSTESTCD", "Item or scale id"),
            Variable("QSORRES", "Answer, or scale score 0-100", "float"),
            Variable("QSDRVFL", "Derived (a scale score)", codelist="NY"),
            Variable("QSSTAT", "Status (NOT DONE, NOT APPLICABLE)"),
        ),
    ),
    Domain(
        "DS",
        "Disposition: discontinuation of treatment",
        _keys(
            Variable("DSDECOD", "Reason for discontinuation", codelist="DSDECOD"),
            Variable("DSSTDAT", "Date of discontinuation", "date"),
        ),
        repeating=False,
    ),
    Domain(
        "DV",
        "Protocol deviations and data queries (validator findings)",
        _keys(
            Variable("DVSEQ", "Sequence number", "integer"),
            Variable("DVSPID", "Finding code"),
            Variable("DVDECOD", "Deviation category", codelist="DVDECOD"),
            Variable("DVCAT", "Severity", codelist="DVCAT"),
            Variable("DVSTDAT", "Date the finding refers to", "date"),
            Variable("DVREFID", "Record the finding points at"),
            Variable("DVTERM", "Finding (as the validator words it)"),
            Variable("DVEXPLN", "Explanation: why the finding is acceptable (it stands)"),
        ),
        in_odm=False,
    ),
)

DOMAIN_BY_CODE: dict[str, Domain] = {d.code: d for d in DOMAINS}
