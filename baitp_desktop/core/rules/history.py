"""ITP history finding (PROTOCOL.md §9): one query per dosed participant, every reason named."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.itp_history import itp_history_reasons
from baitp_desktop.core.rules.registry import Rule, rule
from baitp_desktop.i18n import tr


@rule("ITP_HISTORY", Severity.QUERY, "screening:itp_history")
def itp_history(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    if not course.participant.is_dosed:
        return
    reasons = itp_history_reasons(
        course.participant, course.participant.screening.date, course.config
    )
    if reasons:
        yield r.finding(
            course,
            course.screening_date,
            "screening:itp_history",
            tr("Finding", "ITP history to check: {reasons}").format(reasons="; ".join(reasons)),
        )
