"""Checks on single entered values, shared by the import and the GUI's field validators.

Each check returns None when the value is acceptable, else the message shown at the
field (or in the import's refusal), so a value is refused with the same words wherever
it is typed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.labs import field_label
from baitp_desktop.core.numbers import as_decimal, fmt_decimal, fmt_number
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


# Lab fields counted per µL: a fractional value was typed in ×10⁹/L (PROTOCOL.md §11).
_PER_MICROLITRE = frozenset({"wbc", "anc", "lymphocytes"})
# The unit a lab field is entered in, and the unit a too-large value was probably typed in.
_UNITS: dict[str, tuple[str, str]] = {
    "hemoglobin": ("g/dL", "g/L"),
    "cholesterol": ("mmol/L", "mg/dL"),
    "triglycerides": ("mmol/L", "mg/dL"),
}


def check_lab(field: str, value: Decimal | float, config: ProtocolConfig) -> str | None:
    """A screening lab or a panel value, by field: sign, range and the likely wrong unit.

    Refused: a negative value, a ULN of 0 or less, a WBC/ANC/lymphocyte count with a
    fractional part (typed in ×10⁹/L), hemoglobin above 25 (g/L), cholesterol above 50 or
    triglycerides above 100 (mg/dL) — the limits come from the configuration.
    """
    if isinstance(value, float) and (problem := check_finite_number(value)) is not None:
        return problem
    number = as_decimal(value)
    if not number.is_finite():
        return tr("Entry", "not a number")
    label = field_label(field)
    if field.endswith("_uln") and number <= 0:
        return tr("Entry", "{lab} must be above 0").format(lab=label)
    if number < 0:
        return tr("Entry", "{lab} cannot be negative").format(lab=label)
    if field in _PER_MICROLITRE and number != number.to_integral_value():
        return tr(
            "Entry", "{lab} {value} has decimals: looks like ×10⁹/L — enter per µL ({per_ul})"
        ).format(lab=label, value=fmt_decimal(number), per_ul=fmt_decimal(number * 1000))
    limit = config.labs.other_unit_above.get(field)
    if limit is not None and number > limit:
        unit, other = _UNITS.get(field, ("", "?"))
        return tr(
            "Entry", "{lab} {value} is above {limit} {unit}: looks like {other} — enter {unit}"
        ).format(lab=label, value=fmt_decimal(number), limit=fmt_decimal(limit), unit=unit,
                 other=other)  # fmt: skip
    return check_lab_value(float(number))


def check_lab_pair(value: object, uln: object) -> str | None:
    """A value and its ULN are entered together or not at all."""
    if (value is None) != (uln is None):
        return tr("Entry", "give the value and its ULN together, or neither")
    return None


def _already_on(dates: Iterable[date], day: date) -> bool:
    return any(existing == day for existing in dates)


def check_decision_date(other_decisions: Iterable[date], day: date) -> str | None:
    """One dosing decision per date (PROTOCOL.md §8): `other_decisions` are the dates of
    the participant's other decisions (without the one being edited)."""
    if _already_on(other_decisions, day):
        return tr("Entry", "a dosing decision is already recorded on {date}").format(
            date=day.isoformat()
        )
    return None


def check_panel_date(other_panels: Iterable[date], day: date) -> str | None:
    """One safety panel per date: a repeat draw corrects the panel already there."""
    if _already_on(other_panels, day):
        return tr(
            "Entry", "a lab panel is already recorded on {date}: correct that one instead"
        ).format(date=day.isoformat())
    return None


def check_questionnaire_date(other_questionnaires: Iterable[date], day: date) -> str | None:
    """One questionnaire per date."""
    if _already_on(other_questionnaires, day):
        return tr("Entry", "a questionnaire is already recorded on {date}").format(
            date=day.isoformat()
        )
    return None


def check_participant_id(value: str, config: ProtocolConfig) -> str | None:
    if not config.is_valid_participant_id(value):
        return tr("Entry", "participant id must be BAITP- followed by three digits")
    return None


def check_initials(value: str) -> str | None:
    if not (1 <= len(value) <= 10) or value != value.strip() or not value.isprintable():
        return tr("Entry", "initials must be 1 to 10 characters without spaces at the ends")
    return None


def _allowed_in_text(ch: str) -> bool:
    """Printable characters, tab and new line, and every Unicode space (U+00A0 no-break,
    U+3000 ideographic: Chinese input methods type it), but no control characters."""
    return ch.isprintable() or ch in "\n\t" or unicodedata.category(ch) == "Zs"


def check_text(value: str, max_length: int = 500) -> str | None:
    if len(value) > max_length:
        return tr("Entry", "text longer than {n} characters").format(n=max_length)
    return control_characters(value)


def control_characters(value: str) -> str | None:
    """Refuse control characters (terminal escape sequences, NUL, ...): line breaks, tabs
    and Unicode spaces are text, the rest would act on whatever screen or file later shows
    the text."""
    if any(not _allowed_in_text(ch) for ch in value):
        return tr("Entry", "text contains control characters")
    return None


def check_medication_dose(value: float) -> str | None:
    """A medication's dose: a number above 0 (an absurdly large one is a typing slip)."""
    if not value > 0 or value > 1e7:
        return tr("Entry", "the dose must be a number above 0")
    return None
