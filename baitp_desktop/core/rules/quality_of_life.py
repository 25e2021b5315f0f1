"""ITP-PAQ findings (PROTOCOL.md §12): a QoL visit without a questionnaire, and a
questionnaire on which an applicable scale cannot be scored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.qol import qol_visits, unscored_scales
from baitp_desktop.core.rules.registry import FINDING_DATE, Rule, rule
from baitp_desktop.core.visits import visit_label
from baitp_desktop.i18n import tr


def _instrument(course: Course) -> str:
    current = course.config.instruments.current
    return "ITP-PAQ" if current is None else current.name


@rule("MISSING_QOL", Severity.QUERY, r"qol:[A-Za-z0-9_]+")
def missing_qol(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    if course.day1 is None:
        return
    stopped = course.discontinuation_date
    visits = qol_visits(
        course.participant.questionnaires,
        course.day1,
        course.screening_date,
        course.config,
        course.windows,
    )
    for visit in visits:
        if visit.questionnaire is not None:
            continue
        if visit.baseline:
            if not course.day1 < as_of:
                continue
            message = tr(
                "Finding",
                "{visit}: no {instrument} questionnaire dated from screening ({first}) "
                "through Day 1 ({last})",
            )
        else:
            if not visit.last < as_of or (stopped is not None and stopped <= visit.first):
                continue
            message = tr(
                "Finding", "{visit}: no {instrument} questionnaire between {first} and {last}"
            )
        yield r.finding(
            course,
            visit.target,
            f"qol:{visit.visit_id}",
            message.format(
                visit=visit_label(course.config.visit(visit.visit_id)),
                instrument=_instrument(course),
                first=visit.first.isoformat(),
                last=visit.last.isoformat(),
            ),
        )


@rule("QOL_INCOMPLETE", Severity.QUERY, f"questionnaire:{FINDING_DATE}")
def qol_incomplete(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    if course.day1 is None:
        return
    catalog = course.config.instruments
    for questionnaire in course.participant.questionnaires:
        definition = catalog.find(questionnaire.instrument, questionnaire.version)
        if definition is None:
            message = tr(
                "Finding",
                "Questionnaire {date}: its definition {instrument} {version} is not loaded, "
                "so it cannot be scored",
            ).format(
                date=questionnaire.date.isoformat(),
                instrument=questionnaire.instrument,
                version=questionnaire.version,
            )
        else:
            missing = unscored_scales(questionnaire, course.participant.sex, definition)
            if not missing:
                continue
            message = tr(
                "Finding", "Questionnaire {date}: too few answers to score {scales}"
            ).format(
                date=questionnaire.date.isoformat(),
                scales=", ".join(s.label for s in missing),
            )
        yield r.finding(
            course, questionnaire.date, f"questionnaire:{questionnaire.date.isoformat()}", message
        )
