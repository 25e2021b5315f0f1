"""Where a participant stands today: the status the navigator and the dashboard show."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from baitp_desktop.core.course import Course
from baitp_desktop.i18n import tr


class ParticipantStatus(StrEnum):
    SCREENING = "screening"
    ON_TREATMENT = "on_treatment"
    INTERRUPTED = "interrupted"
    DISCONTINUED = "discontinued"
    COMPLETED = "completed"

    @property
    def label(self) -> str:
        return {
            ParticipantStatus.SCREENING: tr("Status", "Screening"),
            ParticipantStatus.ON_TREATMENT: tr("Status", "On treatment"),
            ParticipantStatus.INTERRUPTED: tr("Status", "Interrupted"),
            ParticipantStatus.DISCONTINUED: tr("Status", "Discontinued"),
            ParticipantStatus.COMPLETED: tr("Status", "Completed"),
        }[self]


def participant_status(course: Course, today: date) -> ParticipantStatus:
    """Screening until Day 1; discontinued once recorded; completed after the planned period."""
    if course.day1 is None or course.day1 > today:
        return ParticipantStatus.SCREENING
    if course.discontinuation_date is not None and course.discontinuation_date <= today:
        return ParticipantStatus.DISCONTINUED
    if today > course.day_date(course.config.last_planned_day):
        return ParticipantStatus.COMPLETED
    if course.interrupted_on(today):
        return ParticipantStatus.INTERRUPTED
    return ParticipantStatus.ON_TREATMENT
