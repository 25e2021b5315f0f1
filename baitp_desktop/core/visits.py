"""The visit schedule (PROTOCOL.md §3): windows as dates, and which count belongs to a visit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from baitp_desktop.core.config import ProtocolConfig, VisitDefinition
from baitp_desktop.core.studyday import date_of_day
from baitp_desktop.i18n import tr

SCREENING_VISIT_ID = "screening"


def visit_label(definition: VisitDefinition) -> str:
    """The visit's name in the current language."""
    return tr("Visit", definition.name)


@dataclass(frozen=True, slots=True)
class VisitWindow:
    """A scheduled visit placed on the calendar of one participant."""

    definition: VisitDefinition
    target: date
    first: date
    last: date

    @property
    def visit_id(self) -> str:
        return self.definition.visit_id

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last


def visit_windows(day1: date, config: ProtocolConfig) -> tuple[VisitWindow, ...]:
    return tuple(
        VisitWindow(
            definition=v,
            target=date_of_day(day1, v.target_day),
            first=date_of_day(day1, v.first_day),
            last=date_of_day(day1, v.last_day),
        )
        for v in config.visits
    )


def visit_count_date(window: VisitWindow, count_dates: Mapping[date, object]) -> date | None:
    """The date chosen for the visit (its count, its questionnaire): inside the window,
    nearest the target, the earlier on a tie."""
    best: date | None = None
    best_key: tuple[int, date] | None = None
    for day in count_dates:
        if not window.contains(day):
            continue
        key = (abs((day - window.target).days), day)
        if best_key is None or key < best_key:
            best, best_key = day, key
    return best


def window_of(day: date, windows: tuple[VisitWindow, ...]) -> VisitWindow | None:
    """The visit window a date falls in, or None for an unscheduled date."""
    for window in windows:
        if window.contains(day):
            return window
    return None
