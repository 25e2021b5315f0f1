"""How numbers appear in messages: no spurious decimals, no locale surprises."""

from __future__ import annotations

from decimal import Decimal


def fmt_number(value: float) -> str:
    """90.0 -> "90", 12.1 -> "12.1", 1.25 -> "1.25"."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
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
