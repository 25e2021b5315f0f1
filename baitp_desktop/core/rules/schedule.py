"""Visit findings: missed visits and visit counts without a bleeding assessment."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.rules.registry import FINDING_DATE, Rule, rule
from baitp_desktop.core.visits import visit_label
from baitp_desktop.i18n import tr


@rule("MISSED_VISIT", Severity.MINOR, r"visit:[A-Za-z0-9_]+")
def missed_visit(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    stopped = course.discontinuation_date
    for window in course.windows:
        if window.last >= as_of:
            continue
        if stopped is not None and stopped <= window.first:
            continue
        if course.visit_counts.get(window.visit_id) is None:
            yield r.finding(
                course,
                window.target,
                f"visit:{window.visit_id}",
                tr("Finding", "{visit}: no platelet count between {first} and {last}").format(
                    visit=visit_label(window.definition),
                    first=window.first.isoformat(),
                    last=window.last.isoformat(),
                ),
            )


@rule("MISSING_BLEEDING", Severity.QUERY, f"count:{FINDING_DATE}")
def missing_bleeding(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    for window in course.windows:
        count_date = course.visit_counts.get(window.visit_id)
        if count_date is not None and count_date not in course.grades:
            yield r.finding(
                course,
                count_date,
                f"count:{count_date.isoformat()}",
                tr("Finding", "{visit}: platelet count on {date} has no WHO bleeding grade").format(
                    visit=visit_label(window.definition),
                    date=count_date.isoformat(),
                ),
            )
