"""Study-day arithmetic: Day 1 is the first dose and there is no Day 0."""

from __future__ import annotations

from datetime import date, timedelta


def study_day(day: date, day1: date) -> int:
    """The study day of a calendar date (Day -1 is the day before Day 1)."""
    delta = (day - day1).days
    return delta + 1 if delta >= 0 else delta


def date_of_day(day1: date, study_day_number: int) -> date:
    """The calendar date of study day N (N != 0)."""
    if study_day_number == 0:
        raise ValueError("there is no Day 0")
    offset = study_day_number - 1 if study_day_number > 0 else study_day_number
    return day1 + timedelta(days=offset)


def days_between(start: date, end: date) -> list[date]:
    """Every calendar date from start to end inclusive (empty when end < start)."""
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def age_in_completed_years(birth_date: date, on: date) -> int:
    """Age in completed years; a 29 February birthday is reached on 1 March in other years."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years
