"""How numbers appear in messages: no spurious decimals, no locale surprises."""

from __future__ import annotations


def fmt_number(value: float) -> str:
    """90.0 -> "90", 12.1 -> "12.1", 1.25 -> "1.25"."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.4g}" if abs(value) >= 1e-3 else f"{value:g}"
