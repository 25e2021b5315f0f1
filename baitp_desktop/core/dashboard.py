"""The site's day: which visits are due or overdue, and where the diary has gaps.

Plain functions over core records, so the dashboard screen, the command line and the
tests all agree on who is due. A visit is *due* when its target day falls within the
coming week and it has no count yet; *overdue* when its target day has passed without a
count (its window may still be open — the nurse can still see the participant — or
closed, which the validator reports as MISSED_VISIT).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.records import Participant
from baitp_desktop.core.visits import VisitWindow


@dataclass(frozen=True, slots=True)
class VisitDue:
    participant_id: str
    initials: str
    visit_id: str
    visit_name: str
    target: date
    first: date
    last: date
    overdue: bool
    window_closed: bool


@dataclass(frozen=True, slots=True)
class DiaryGap:
    participant_id: str
    initials: str
    missing_days: int
    first_missing: date


def _visits_without_count(course: Course) -> Iterable[VisitWindow]:
    """Visits with no count yet, unless treatment stopped before their window opened."""
    stopped = course.discontinuation_date
    for window in course.windows:
        if stopped is not None and stopped <= window.first:
            continue
        if course.visit_counts.get(window.visit_id) is None:
            yield window


def visits_due(
    participants: Iterable[Participant],
    today: date,
    days_ahead: int = 7,
    config: ProtocolConfig | None = None,
) -> tuple[list[VisitDue], list[VisitDue]]:
    """(due in the next `days_ahead` days, overdue), each sorted by target date."""
    config = config or default_config()
    horizon = today + timedelta(days=days_ahead)
    due: list[VisitDue] = []
    overdue: list[VisitDue] = []
    for participant in participants:
        course = Course(participant, config)
        if course.day1 is None:
            continue
        for window in _visits_without_count(course):
            item = VisitDue(
                participant.participant_id,
                participant.initials,
                window.visit_id,
                window.definition.name,
                window.target,
                window.first,
                window.last,
                overdue=window.target < today,
                window_closed=window.last < today,
            )
            if window.target < today:
                overdue.append(item)
            elif window.target <= horizon:
                due.append(item)
    due.sort(key=lambda v: (v.target, v.participant_id))
    overdue.sort(key=lambda v: (v.target, v.participant_id))
    return due, overdue


def diary_gaps(
    participants: Iterable[Participant], today: date, config: ProtocolConfig | None = None
) -> list[DiaryGap]:
    """Participants with expected dosing days that have no diary entry, most days first."""
    config = config or default_config()
    gaps = []
    for participant in participants:
        course = Course(participant, config)
        missing = [d for d in course.expected_dosing_days(today) if d not in course.diary]
        if missing:
            gaps.append(
                DiaryGap(participant.participant_id, participant.initials, len(missing), missing[0])
            )
    return sorted(gaps, key=lambda g: (-g.missing_days, g.participant_id))
