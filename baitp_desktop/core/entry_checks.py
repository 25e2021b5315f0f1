"""Checks on single entered values, shared by the import and the GUI's field validators.

Each check returns None when the value is acceptable, else the message shown at the
field (or in the import's refusal), so a value is refused with the same words wherever
it is typed.
"""

from __future__ import annotations

import math
import re
from datetime import date

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.i18n import tr

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EARLIEST_PLAUSIBLE_DATE = date(1900, 1, 1)


def parse_iso_date(text: str) -> date:
    """Parse YYYY-MM-DD strictly (no week dates, no compact forms); ValueError with a message."""
    if not isinstance(text, str) or not _ISO_DATE.match(text):
        raise ValueError(tr("Entry", "not a date in the form YYYY-MM-DD"))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(tr("Entry", "{text} is not a calendar date").format(text=text)) from None


def check_date(value: date, today: date) -> str | None:
    if value > today:
        return tr("Entry", "{date} is in the future").format(date=value.isoformat())
    if value < EARLIEST_PLAUSIBLE_DATE:
        return tr("Entry", "{date} is before 1900").format(date=value.isoformat())
    return None


def check_finite_number(value: float) -> str | None:
    if not math.isfinite(value):
        return tr("Entry", "not a number")
    return None


def check_platelets(value: float, config: ProtocolConfig) -> str | None:
    """Counts are x10^9/L; a value above the maximum was almost surely typed per µL."""
    if (problem := check_finite_number(value)) is not None:
        return problem
    if value < 0:
        return tr("Entry", "a platelet count cannot be negative")
    if value > config.platelets_max:
        return tr(
            "Entry",
            "{value} is above {max} ×10⁹/L: looks like per µL — enter {hint} for {per_ul}/µL",
        ).format(
            value=fmt_number(value),
            per_ul=fmt_number(round(value)),
            max=fmt_number(config.platelets_max),
            hint=fmt_number(round(value / 1000, 1)),
        )
    return None


def check_who_grade(value: float, config: ProtocolConfig) -> str | None:
    if not math.isfinite(value) or value != int(value) or not 0 <= value <= config.who_grade_max:
        return tr("Entry", "WHO bleeding grade must be a whole number from 0 to {max}").format(
            max=config.who_grade_max
        )
    return None


def check_ctcae_grade(value: float, config: ProtocolConfig) -> str | None:
    if not math.isfinite(value) or value != int(value) or not 1 <= value <= config.ctcae_grade_max:
        return tr("Entry", "CTCAE grade must be a whole number from 1 to {max}").format(
            max=config.ctcae_grade_max
        )
    return None


def check_dose_mg(value: float) -> str | None:
    if not math.isfinite(value) or value <= 0 or value > 100:
        return tr("Entry", "dose must be between 0 and 100 mg")
    return None


def check_lab_value(value: float) -> str | None:
    if not math.isfinite(value) or value < 0 or value > 1e7:
        return tr("Entry", "lab value must be a number from 0 to 10,000,000")
    return None


def check_participant_id(value: str, config: ProtocolConfig) -> str | None:
    if not config.is_valid_participant_id(value):
        return tr("Entry", "participant id must be BAITP- followed by three digits")
    return None


def check_initials(value: str) -> str | None:
    if not (1 <= len(value) <= 10) or value != value.strip() or not value.isprintable():
        return tr("Entry", "initials must be 1 to 10 characters without spaces at the ends")
    return None


def check_text(value: str, max_length: int = 500) -> str | None:
    if len(value) > max_length:
        return tr("Entry", "text longer than {n} characters").format(n=max_length)
    return control_characters(value)


def control_characters(value: str) -> str | None:
    """Refuse control characters (terminal escape sequences, NUL, ...): line breaks and
    tabs are text, the rest would act on whatever screen or file later shows the text."""
    if any(not ch.isprintable() and ch not in "\n\t" for ch in value):
        return tr("Entry", "text contains control characters")
    return None
