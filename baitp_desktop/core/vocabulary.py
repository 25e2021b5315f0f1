"""The CRF's coded values in words, defined once for the screen, the paper and the exports.

A WHO grade, a response, an AE relationship or a screening criterion must read the same
on the Bleeding tab, in the casebook PDF and in the data dictionary. The English wording
below is the source: exports use it as it stands (data for a statistician), the GUI and
the reports show it through `tr("Vocabulary", …)` in the current language.
"""

from __future__ import annotations

from enum import StrEnum

from baitp_desktop.core.assessments import Response
from baitp_desktop.core.findings import Severity
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
    Sex,
    StopReason,
    TherapyResponse,
)
from baitp_desktop.i18n import tr, tr_noop

CONTEXT = "Vocabulary"  # the literal is repeated in each tr_noop for the extractor

# PROTOCOL.md §4
WHO_GRADES: dict[int, str] = {
    0: tr_noop("Vocabulary", "No bleeding"),
    1: tr_noop("Vocabulary", "Petechiae, ecchymoses, mild bleeding"),
    2: tr_noop("Vocabulary", "Mild blood loss (clinically significant)"),
    3: tr_noop("Vocabulary", "Gross blood loss needing transfusion"),
    4: tr_noop("Vocabulary", "Debilitating blood loss (retinal, cerebral, or fatal)"),
}

# CTCAE grade meanings as PROTOCOL.md §5 words them (a term's own texts: core.ctcae)
CTCAE_GRADES: dict[int, str] = {
    1: tr_noop("Vocabulary", "Mild"),
    2: tr_noop("Vocabulary", "Moderate"),
    3: tr_noop("Vocabulary", "Severe"),
    4: tr_noop("Vocabulary", "Life-threatening"),
    5: tr_noop("Vocabulary", "Death"),
}

# PROTOCOL.md §1, short enough for a form row and a table cell.
CRITERIA: dict[str, str] = {
    "I1": tr_noop("Vocabulary", "Primary ITP, other causes of thrombocytopenia excluded"),
    "I2": tr_noop("Vocabulary", "Platelets < 30 for 6 months, at least one failed treatment"),
    "I3": tr_noop(
        "Vocabulary",
        "No sustained response to ≥ 4 weeks of full-dose corticosteroids, "
        "or relapse during/after the taper",
    ),
    "I4": tr_noop(
        "Vocabulary", "Screening count < 30, or < 50 with significant bleeding (derived)"
    ),
    "I5": tr_noop("Vocabulary", "Written informed consent; agrees to the visit schedule"),
    "E1": tr_noop("Vocabulary", "Secondary ITP (HIV, HCV, H. pylori, autoimmune disease)"),
    "E2": tr_noop("Vocabulary", "Active or past malignancy"),
    "E3": tr_noop("Vocabulary", "Pregnancy or lactation"),
    "E4": tr_noop("Vocabulary", "Serious infection now or < 4 weeks before screening"),
    "E5": tr_noop("Vocabulary", "Symptomatic herpes zoster < 12 weeks before screening"),
    "E6": tr_noop("Vocabulary", "Active or chronic HBV, HCV or HIV infection"),
    "E7": tr_noop("Vocabulary", "Active TB, or TB exposure without documented treatment"),
    "E8": tr_noop(
        "Vocabulary",
        "Significant thrombosis < 24 weeks before screening, or "
        "anticoagulation not well controlled",
    ),
    "E9": tr_noop("Vocabulary", "MI, unstable ischaemic heart disease, stroke, NYHA IV failure"),
    "E10": tr_noop("Vocabulary", "Other serious or unstable illness (investigator's judgement)"),
    "E11": tr_noop("Vocabulary", "Screening labs outside the limits (derived)"),
}

RESPONSES: dict[Response, str] = {
    Response.CR: tr_noop("Vocabulary", "complete response"),
    Response.R: tr_noop("Vocabulary", "response"),
    Response.NR: tr_noop("Vocabulary", "no response"),
    Response.NE: tr_noop("Vocabulary", "not evaluable (no bleeding grade on the same date)"),
}

# Labels of every coded (enum) value, by enum member.
_LABELS: dict[StrEnum, str] = {
    Severity.MAJOR: tr_noop("Vocabulary", "major"),
    Severity.MINOR: tr_noop("Vocabulary", "minor"),
    Severity.QUERY: tr_noop("Vocabulary", "query"),
    Sex.FEMALE: tr_noop("Vocabulary", "female"),
    Sex.MALE: tr_noop("Vocabulary", "male"),
    Relationship.NOT_RELATED: tr_noop("Vocabulary", "not related"),
    Relationship.UNLIKELY: tr_noop("Vocabulary", "unlikely"),
    Relationship.POSSIBLE: tr_noop("Vocabulary", "possible"),
    Relationship.PROBABLE: tr_noop("Vocabulary", "probable"),
    Relationship.DEFINITE: tr_noop("Vocabulary", "definite"),
    AeAction.NONE: tr_noop("Vocabulary", "none"),
    AeAction.INTERRUPTED: tr_noop("Vocabulary", "interrupted"),
    AeAction.DISCONTINUED: tr_noop("Vocabulary", "discontinued"),
    AeOutcome.RECOVERED: tr_noop("Vocabulary", "recovered"),
    AeOutcome.RECOVERING: tr_noop("Vocabulary", "recovering"),
    AeOutcome.NOT_RECOVERED: tr_noop("Vocabulary", "not recovered"),
    AeOutcome.RECOVERED_WITH_SEQUELAE: tr_noop("Vocabulary", "recovered with sequelae"),
    AeOutcome.FATAL: tr_noop("Vocabulary", "fatal"),
    AeOutcome.UNKNOWN: tr_noop("Vocabulary", "unknown"),
    DecisionAction.INTERRUPT: tr_noop("Vocabulary", "interrupt"),
    DecisionAction.RESUME: tr_noop("Vocabulary", "resume"),
    DiscontinuationReason.ADVERSE_EVENT: tr_noop("Vocabulary", "adverse event"),
    DiscontinuationReason.PARTICIPANT_REQUEST: tr_noop("Vocabulary", "participant's request"),
    DiscontinuationReason.OTHER: tr_noop("Vocabulary", "other"),
}


# Labels of the §9–§12 code lists. Several share a value with another list ("other",
# "unknown"), and a StrEnum member hashes as its value, so these are keyed by list and
# value rather than by member.
_FORM_LABELS: dict[tuple[type[StrEnum], str], str] = {
    (type(member), member.value): text
    for member, text in (
        # PROTOCOL.md §9: prior ITP therapies
        (ItpTherapyCode.PREDNISONE, tr_noop("Vocabulary", "prednisone")),
        (ItpTherapyCode.PREDNISOLONE, tr_noop("Vocabulary", "prednisolone")),
        (ItpTherapyCode.DEXAMETHASONE, tr_noop("Vocabulary", "dexamethasone")),
        (ItpTherapyCode.METHYLPREDNISOLONE, tr_noop("Vocabulary", "methylprednisolone")),
        (ItpTherapyCode.HYDROCORTISONE, tr_noop("Vocabulary", "hydrocortisone")),
        (ItpTherapyCode.IVIG, tr_noop("Vocabulary", "IVIG")),
        (ItpTherapyCode.RHTPO, tr_noop("Vocabulary", "rhTPO")),
        (ItpTherapyCode.ELTROMBOPAG, tr_noop("Vocabulary", "eltrombopag")),
        (ItpTherapyCode.HETROMBOPAG, tr_noop("Vocabulary", "hetrombopag")),
        (ItpTherapyCode.AVATROMBOPAG, tr_noop("Vocabulary", "avatrombopag")),
        (ItpTherapyCode.ROMIPLOSTIM, tr_noop("Vocabulary", "romiplostim")),
        (ItpTherapyCode.RITUXIMAB, tr_noop("Vocabulary", "rituximab")),
        (ItpTherapyCode.DANAZOL, tr_noop("Vocabulary", "danazol")),
        (ItpTherapyCode.CICLOSPORIN, tr_noop("Vocabulary", "ciclosporin")),
        (ItpTherapyCode.MYCOPHENOLATE, tr_noop("Vocabulary", "mycophenolate")),
        (ItpTherapyCode.AZATHIOPRINE, tr_noop("Vocabulary", "azathioprine")),
        (ItpTherapyCode.VINCRISTINE, tr_noop("Vocabulary", "vincristine")),
        (ItpTherapyCode.OTHER, tr_noop("Vocabulary", "other therapy")),
        (TherapyResponse.CR, tr_noop("Vocabulary", "CR (complete response)")),
        (TherapyResponse.R, tr_noop("Vocabulary", "R (response)")),
        (TherapyResponse.NR, tr_noop("Vocabulary", "NR (no response)")),
        (TherapyResponse.UNKNOWN, tr_noop("Vocabulary", "response unknown")),
        (StopReason.NO_RESPONSE, tr_noop("Vocabulary", "no response")),
        (StopReason.RELAPSE, tr_noop("Vocabulary", "relapse")),
        (StopReason.INTOLERANCE, tr_noop("Vocabulary", "intolerance")),
        (StopReason.COMPLETED, tr_noop("Vocabulary", "course completed")),
        (StopReason.OTHER, tr_noop("Vocabulary", "other reason")),
        # PROTOCOL.md §10: medications
        (Route.ORAL, tr_noop("Vocabulary", "oral")),
        (Route.IV, tr_noop("Vocabulary", "intravenous")),
        (Route.SC, tr_noop("Vocabulary", "subcutaneous")),
        (Route.IM, tr_noop("Vocabulary", "intramuscular")),
        (Route.TOPICAL, tr_noop("Vocabulary", "topical")),
        (Route.INHALED, tr_noop("Vocabulary", "inhaled")),
        (Route.OTHER, tr_noop("Vocabulary", "other route")),
        (Frequency.QD, tr_noop("Vocabulary", "once daily")),
        (Frequency.BID, tr_noop("Vocabulary", "twice daily")),
        (Frequency.TID, tr_noop("Vocabulary", "three times daily")),
        (Frequency.QID, tr_noop("Vocabulary", "four times daily")),
        (Frequency.QW, tr_noop("Vocabulary", "once weekly")),
        (Frequency.PRN, tr_noop("Vocabulary", "as needed")),
        (Frequency.ONCE, tr_noop("Vocabulary", "once")),
        (Frequency.OTHER, tr_noop("Vocabulary", "other frequency")),
        (MedicationCategory.PROHIBITED, tr_noop("Vocabulary", "prohibited")),
        (MedicationCategory.CAUTION, tr_noop("Vocabulary", "caution")),
    )
}


def english_label(value: StrEnum) -> str:
    """The English wording of a coded value (exports, data dictionaries)."""
    return _FORM_LABELS.get((type(value), value.value)) or _LABELS[value]


def label(value: StrEnum | None, missing: str = "") -> str:
    """A coded value in the current language; `missing` for None."""
    return missing if value is None else tr(CONTEXT, english_label(value))


def who_grade_meaning(grade: int) -> str:
    """What a WHO bleeding grade means ("" for a grade the scale does not have)."""
    text = WHO_GRADES.get(grade)
    return "" if text is None else tr(CONTEXT, text)


def ctcae_grade_meaning(grade: int) -> str:
    text = CTCAE_GRADES.get(grade)
    return "" if text is None else tr(CONTEXT, text)


def criterion_text(item: str) -> str:
    """A screening criterion (I1–I5, E1–E11) in words; the code itself if unknown."""
    text = CRITERIA.get(item)
    return item if text is None else tr(CONTEXT, text)


def response_meaning(response: Response) -> str:
    return tr(CONTEXT, RESPONSES[response])
