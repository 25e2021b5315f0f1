"""The eligibility verdict in words: a one-line summary and the list of reasons (HTML)."""

from __future__ import annotations

from baitp_desktop.core.eligibility import EligibilityResult
from baitp_desktop.core.findings import Severity
from baitp_desktop.gui.style import ERROR_COLOUR, OK_COLOUR, severity_colour
from baitp_desktop.i18n import tr, tr_n


def verdict_reasons(result: EligibilityResult, dates_known: bool) -> list[str]:
    """Every reason, in the validator's words (the age waits for both dates)."""
    reasons = list(result.reasons)
    if not dates_known:
        reasons = [r for r in reasons if r != result.age_failure]
        reasons.insert(0, tr("Screening", "Age: birth date and consent date needed"))
    return reasons


def verdict_summary_html(reasons: list[str]) -> str:
    """One line: "Eligible", "Not eligible: <the reason>" or "Not eligible: 23 reasons"."""
    if not reasons:
        return "<span style='color:{c}; font-weight:600'>✔ {t}</span>".format(
            c=OK_COLOUR, t=tr("Screening", "Eligible")
        )
    if len(reasons) == 1:
        detail = _html(reasons[0])
    else:
        detail = tr_n("Screening", "{n} reason", "{n} reasons", len(reasons)).format(n=len(reasons))
    return "<span style='color:{c}; font-weight:600'>✘ {t}</span> {detail}".format(
        c=ERROR_COLOUR, t=tr("Screening", "Not eligible:"), detail=detail
    )


def history_summary_html(reasons: tuple[str, ...]) -> str:
    """After the verdict: what the ITP history leaves to query (ITP_HISTORY), if anything."""
    if not reasons:
        return ""
    detail = (
        _html(reasons[0])
        if len(reasons) == 1
        else tr_n("Screening", "{n} reason", "{n} reasons", len(reasons)).format(n=len(reasons))
    )
    return " · <span style='color:{c}; font-weight:600'>ⓘ {t}</span> {detail}".format(
        c=severity_colour(Severity.QUERY).name(), t=tr("Screening", "ITP history:"), detail=detail
    )


def history_reason_lines(reasons: tuple[str, ...]) -> list[str]:
    return [tr("Screening", "ITP history: {reason}").format(reason=r) for r in reasons]


def reasons_html(reasons: list[str]) -> str:
    return "<ul style='margin:0'>{}</ul>".format("".join(f"<li>{_html(r)}</li>" for r in reasons))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
