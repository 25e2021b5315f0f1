"""How the codes of the §9–§10 forms read on screen (the stored code is never shown).

Route and frequency of a medication, a prior ITP therapy with its best response and the
reason it stopped: each code has an English label marked for translation here, and the
screens show `code_label(code)` in the current language.
"""

from __future__ import annotations

from enum import StrEnum

from baitp_desktop.core.records import (
    Frequency,
    ItpTherapyCode,
    Route,
    StopReason,
    TherapyResponse,
)
from baitp_desktop.i18n import tr, tr_noop

_LABELS: dict[StrEnum, str] = {
    Route.ORAL: tr_noop("Codes", "Oral"),
    Route.IV: tr_noop("Codes", "Intravenous"),
    Route.SC: tr_noop("Codes", "Subcutaneous"),
    Route.IM: tr_noop("Codes", "Intramuscular"),
    Route.TOPICAL: tr_noop("Codes", "Topical"),
    Route.INHALED: tr_noop("Codes", "Inhaled"),
    Route.OTHER: tr_noop("Codes", "Other route"),
    Frequency.QD: tr_noop("Codes", "Once a day"),
    Frequency.BID: tr_noop("Codes", "Twice a day"),
    Frequency.TID: tr_noop("Codes", "Three times a day"),
    Frequency.QID: tr_noop("Codes", "Four times a day"),
    Frequency.QW: tr_noop("Codes", "Once a week"),
    Frequency.PRN: tr_noop("Codes", "As needed"),
    Frequency.ONCE: tr_noop("Codes", "Once"),
    Frequency.OTHER: tr_noop("Codes", "Other frequency"),
    ItpTherapyCode.PREDNISONE: tr_noop("Codes", "Prednisone"),
    ItpTherapyCode.PREDNISOLONE: tr_noop("Codes", "Prednisolone"),
    ItpTherapyCode.DEXAMETHASONE: tr_noop("Codes", "Dexamethasone"),
    ItpTherapyCode.METHYLPREDNISOLONE: tr_noop("Codes", "Methylprednisolone"),
    ItpTherapyCode.HYDROCORTISONE: tr_noop("Codes", "Hydrocortisone"),
    ItpTherapyCode.IVIG: tr_noop("Codes", "IVIG"),
    ItpTherapyCode.RHTPO: tr_noop("Codes", "rhTPO"),
    ItpTherapyCode.ELTROMBOPAG: tr_noop("Codes", "Eltrombopag"),
    ItpTherapyCode.HETROMBOPAG: tr_noop("Codes", "Hetrombopag"),
    ItpTherapyCode.AVATROMBOPAG: tr_noop("Codes", "Avatrombopag"),
    ItpTherapyCode.ROMIPLOSTIM: tr_noop("Codes", "Romiplostim"),
    ItpTherapyCode.RITUXIMAB: tr_noop("Codes", "Rituximab"),
    ItpTherapyCode.DANAZOL: tr_noop("Codes", "Danazol"),
    ItpTherapyCode.CICLOSPORIN: tr_noop("Codes", "Ciclosporin"),
    ItpTherapyCode.MYCOPHENOLATE: tr_noop("Codes", "Mycophenolate"),
    ItpTherapyCode.AZATHIOPRINE: tr_noop("Codes", "Azathioprine"),
    ItpTherapyCode.VINCRISTINE: tr_noop("Codes", "Vincristine"),
    ItpTherapyCode.OTHER: tr_noop("Codes", "Other therapy (give its name)"),
    TherapyResponse.CR: tr_noop("Codes", "Complete response"),
    TherapyResponse.R: tr_noop("Codes", "Response"),
    TherapyResponse.NR: tr_noop("Codes", "No response"),
    TherapyResponse.UNKNOWN: tr_noop("Codes", "Unknown"),
    StopReason.NO_RESPONSE: tr_noop("Codes", "No response"),
    StopReason.RELAPSE: tr_noop("Codes", "Relapse"),
    StopReason.INTOLERANCE: tr_noop("Codes", "Intolerance"),
    StopReason.COMPLETED: tr_noop("Codes", "Course completed"),
    StopReason.OTHER: tr_noop("Codes", "Other reason"),
}


def code_label(code: StrEnum | None) -> str:
    """A code's label in the current language ("" for none)."""
    return "" if code is None else tr("Codes", _LABELS[code])


def english_code_label(code: StrEnum) -> str:
    """The English label, which the type-ahead also matches in a Chinese session."""
    return _LABELS[code]
