"""Adverse-event findings: AEs before consent and serious AEs reported late."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.rules.registry import Rule, rule
from baitp_desktop.i18n import tr


@rule("AE_BEFORE_CONSENT", Severity.QUERY, r"ae:[1-9][0-9]*")
def ae_before_consent(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    consent = course.participant.consent_date
    for ae in course.participant.adverse_events:
        if ae.onset < consent:
            yield r.finding(
                course,
                ae.onset,
                f"ae:{ae.number}",
                tr(
                    "Finding",
                    "AE {number} ({term}) began {onset}, before consent: medical history instead?",
                ).format(number=ae.number, term=ae.term, onset=ae.onset.isoformat()),
            )


@rule("SAE_LATE_REPORT", Severity.MAJOR, r"ae:[1-9][0-9]*")
def sae_late_report(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    allowed = course.config.sae_max_report_delay_days
    for ae in course.participant.adverse_events:
        if not ae.serious or ae.aware_date is None:
            continue
        if ae.reported_date is not None:
            delay = (ae.reported_date - ae.aware_date).days
            if delay > allowed:
                yield r.finding(
                    course,
                    ae.aware_date,
                    f"ae:{ae.number}",
                    tr(
                        "Finding",
                        "Serious AE {number} ({term}) reported {delay} days after awareness "
                        "(at most {allowed})",
                    ).format(number=ae.number, term=ae.term, delay=delay, allowed=allowed),
                )
        elif (as_of - ae.aware_date).days > allowed:
            yield r.finding(
                course,
                ae.aware_date,
                f"ae:{ae.number}",
                tr(
                    "Finding",
                    "Serious AE {number} ({term}) not yet reported to the sponsor "
                    "(site aware since {aware})",
                ).format(number=ae.number, term=ae.term, aware=ae.aware_date.isoformat()),
            )
