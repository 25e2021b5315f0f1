"""Dates as a person reads them on screen, in the current language: 2022年7月13日 / 13 Jul 2022.

Why not QLocale or strftime: both follow the operating system's locale, not the language
chosen in baitp-desktop, and `%b` is the C library's month name. This module is pure
Python so that the GUI, the reports and the tests format dates the same way.

Only for display: typed dates stay ISO `YYYY-MM-DD` (UX.md), and exports, the CLI's JSON
and the database keep ISO dates.
"""

from __future__ import annotations

from datetime import date, datetime

from baitp_desktop.i18n import current_language

_ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def format_date(value: date | None, language: str | None = None) -> str:
    """A date for display ('' for None): '2022年7月13日' in Chinese, '13 Jul 2022' in English."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if (language or current_language()) == "zh_CN":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_ENGLISH_MONTHS[value.month - 1]} {value.year}"


def format_datetime(value: datetime | None, language: str | None = None) -> str:
    """Date and local time to the minute: '2022年7月13日 14:05' / '13 Jul 2022 14:05'."""
    if value is None:
        return ""
    return f"{format_date(value.date(), language)} {value:%H:%M}"


def format_short_date(value: date | None, language: str | None = None) -> str:
    """Day and month only, for narrow columns and chart axes: '7月13日' / '13 Jul'."""
    if value is None:
        return ""
    if (language or current_language()) == "zh_CN":
        return f"{value.month}月{value.day}日"
    return f"{value.day} {_ENGLISH_MONTHS[value.month - 1]}"


def format_date_range(first: date, last: date, language: str | None = None) -> str:
    """A window or a run of days: '18 Nov – 28 Nov 2026' / '2026年11月18日至11月28日'.

    The year is said once when both ends share it (the common case: a visit window).
    """
    chinese = (language or current_language()) == "zh_CN"
    if first.year == last.year:
        start, end = (
            (format_date(first, language), format_short_date(last, language))
            if chinese
            else (format_short_date(first, language), format_date(last, language))
        )
    else:
        start, end = format_date(first, language), format_date(last, language)
    return f"{start}至{end}" if chinese else f"{start} – {end}"
