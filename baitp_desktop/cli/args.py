"""Argument types that refuse bad values with a clear message (argparse exits 2)."""

from __future__ import annotations

import argparse
from datetime import date

from baitp_desktop.core.entry_checks import parse_iso_date


def iso_date(text: str) -> date:
    try:
        return parse_iso_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: {exc}") from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    return value


def participant_count(text: str) -> int:
    """Demo study size: ids are BAITP-NNN, so at most 1,000 participants fit."""
    value = positive_int(text)
    if value > 1000:
        raise argparse.ArgumentTypeError(
            f"{text!r}: at most 1000 participants (ids BAITP-000 to BAITP-999)"
        )
    return value
