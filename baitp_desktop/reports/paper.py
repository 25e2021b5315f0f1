"""Paper sizes by name, in PostScript points, without importing reportlab.

The command line offers these names when it builds its parser, on every start of
`baitp`; reportlab is loaded only when a PDF is actually written.
"""

from __future__ import annotations

_POINTS_PER_MM = 72 / 25.4

PAPER_SIZES: dict[str, tuple[float, float]] = {
    "a4": (210 * _POINTS_PER_MM, 297 * _POINTS_PER_MM),
    "letter": (8.5 * 72, 11.0 * 72),
}
