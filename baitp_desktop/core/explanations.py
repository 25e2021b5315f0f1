"""Explanations of findings (PROTOCOL.md §13): kept with the finding, never instead of it.

A finding that is correct but acceptable (a visit missed while the participant was in
hospital elsewhere) stays a finding; an explanation records why. It is tied to the
finding's code, date and record within the participant, so when the data change and the
finding disappears the explanation simply matches nothing, and it applies again if the
finding comes back. Which explanation is current, and its history, is the storage's and
the service's business; the core sees the current ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from baitp_desktop.core.entry_checks import check_text
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.records import Explanation
from baitp_desktop.core.rules import RULES
from baitp_desktop.i18n import tr

REASON_MAX_CHARACTERS = 500


def check_reason(reason: str) -> str | None:
    """A reason is 1–500 Unicode characters once trimmed; None when acceptable."""
    trimmed = reason.strip()
    if not trimmed:
        return tr("Explanation", "the reason is required")
    return check_text(trimmed, REASON_MAX_CHARACTERS)


def check_target(code: str, day: date, record: str) -> tuple[str, str] | None:
    """(field, message) when no finding can have this code, date and record, else None."""
    rule = RULES.get(code)
    if rule is None:
        return "code", tr("Explanation", "{code!r} is not a finding code").format(code=code)
    if not rule.record_fits(record, day):
        return "record", tr(
            "Explanation", "{record!r} is not the record of a {code} finding dated {date}"
        ).format(record=record, code=code, date=day.isoformat())
    return None


def explain(findings: Iterable[Finding], explanations: Iterable[Explanation]) -> list[Finding]:
    """The findings, each carrying its current explanation's reason (or None).

    "As of" plays no part: an explanation recorded later still explains an earlier finding.
    """
    reasons = {(e.code, e.date, e.record): e.reason for e in explanations}
    if not reasons:
        return list(findings)
    return [replace(f, explained=reasons[f.key]) if f.key in reasons else f for f in findings]
