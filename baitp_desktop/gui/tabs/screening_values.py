"""The screening form's values: a participant record as form fields, the verdict as HTML."""

from __future__ import annotations

from baitp_desktop.core.eligibility import EligibilityResult
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
