"""The screening form's values: a participant record as form fields, the verdict as HTML."""

from __future__ import annotations

from typing import Any

from baitp_desktop.core.eligibility import EligibilityResult
from baitp_desktop.core.records import LAB_FIELDS, Participant
from baitp_desktop.gui.style import ERROR_COLOUR, OK_COLOUR
from baitp_desktop.i18n import tr


def verdict_html(result: EligibilityResult, dates_known: bool) -> str:
    """ "Eligible", or "Not eligible:" with every reason in the validator's words."""
    reasons = list(result.reasons)
    if not dates_known:
        reasons = [r for r in reasons if r != result.age_failure]
        reasons.insert(0, tr("Screening", "Age: birth date and consent date needed"))
    if not reasons:
        return "<span style='color:{c}; font-weight:600'>✔ {t}</span>".format(
            c=OK_COLOUR, t=tr("Screening", "Eligible")
        )
    items = "".join(f"<li>{_html(r)}</li>" for r in reasons)
    return (
        "<span style='color:{c}; font-weight:600'>✘ {t}</span><ul style='margin:0'>{items}</ul>"
    ).format(c=ERROR_COLOUR, t=tr("Screening", "Not eligible:"), items=items)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def participant_values(p: Participant) -> dict[str, Any]:
    """The participant row's fields (PARTICIPANT_FIELDS) from a core record."""
    s = p.screening
    values: dict[str, Any] = {
        "initials": p.initials,
        "sex": p.sex.value,
        "birth_date": p.birth_date,
        "consent_date": p.consent_date,
        "first_dose_date": p.first_dose_date,
        "screening_date": s.date,
        "screening_platelets": s.platelets,
        "significant_bleeding": s.significant_bleeding,
        "discontinuation_date": p.discontinuation.date if p.discontinuation else None,
        "discontinuation_reason": p.discontinuation.reason.value if p.discontinuation else None,
    }
    for item, answer in {**s.inclusion, **s.exclusion}.items():
        values[item.lower()] = answer
    for key in LAB_FIELDS:
        values[key] = getattr(s.labs, key)
    return values
