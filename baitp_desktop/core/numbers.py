"""How numbers appear on screen, in messages and in PDFs: one formatter for all of them.

No spurious decimals ("90", not "90.0"), never scientific notation, and thousands grouped
with a comma ("45,000") — the way both English and Chinese readers write large numbers —
whatever the workstation's locale is (a German locale would print "45.000", which reads
as 45 here). Typed values and exports keep plain digits ("45000"); this is for reading.
"""

from __future__ import annotations

import math
from decimal import Decimal


def fmt_number(value: float) -> str:
    """90.0 -> "90", 12.1 -> "12.1", 1.25 -> "1.25", 45000 -> "45,000", 2500.5 -> "2,500.5"."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    if abs(value) >= 1000:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.4g}" if abs(value) >= 1e-3 else f"{value:g}"


def as_decimal(value: Decimal | float | int | str) -> Decimal:
    """A number as the Decimal of its digits: 33.3 (a float) -> Decimal("33.3").

    A float is taken through its shortest repr, which gives back the digits that were typed
    or written in a JSON file (Decimal(33.3) would be 33.2999999999999971578…).
    """
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("a truth value is not a number")
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def fmt_decimal(value: Decimal) -> str:
    """A Decimal without spurious zeros or exponent, like fmt_number: 12.10 -> "12.1",
    0.0 -> "0", 5.6E+3 -> "5600" (the value compared is the one entered; this only shows it)."""
    return format(value.normalize(), "f")
