"""How numbers appear on screen, in messages and in PDFs: one formatter for all of them.

No spurious decimals ("90", not "90.0"), never scientific notation, and thousands grouped
with a comma ("45,000") — the way both English and Chinese readers write large numbers —
whatever the workstation's locale is (a German locale would print "45.000", which reads
as 45 here). Typed values and exports keep plain digits ("45000"); this is for reading.
"""

from __future__ import annotations

import math


def fmt_number(value: float) -> str:
    """90.0 -> "90", 12.1 -> "12.1", 1.25 -> "1.25", 45000 -> "45,000", 2500.5 -> "2,500.5"."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    if abs(value) >= 1000:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.4g}" if abs(value) >= 1e-3 else f"{value:g}"
