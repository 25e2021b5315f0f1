"""Table building blocks: a data table with a repeating header, a label/value grid.

Widths are given as fractions of the text width so that the same section fits A4 and
Letter. Numbers are right-aligned (UX.md), every table repeats its header row on a new page,
and a zebra fill keeps long rows readable on a grey-scale print.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from baitp_desktop.reports.fonts import BOLD, REGULAR
from baitp_desktop.reports.styles import (
    CELL_SIZE,
    HEADER_FILL,
    INK,
    RULE,
    ZEBRA_FILL,
    cell,
    para,
    styles,
)

Cell: TypeAlias = str | Paragraph | Flowable


def _widths(fractions: Sequence[float], width: float) -> list[float]:
    total = sum(fractions)
    return [width * f / total for f in fractions]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    fractions: Sequence[float],
    width: float,
    *,
    right: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
    row_height: float | None = None,
    zebra: bool = True,
) -> Table:
    """A table with a bold header row that repeats on every page it spans.

    `row_height` fixes the height of the body rows (blank forms leave room to write).
    """
    head = [para(h, styles().cell_bold) for h in header]
    heights = None if row_height is None else [None, *([row_height] * len(rows))]
    table = Table(
        [head, *[list(r) for r in rows]],
        colWidths=_widths(fractions, width),
        rowHeights=heights,
        repeatRows=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE, CELL_SIZE + 1.8),
        ("FONT", (0, 0), (-1, 0), BOLD, CELL_SIZE, CELL_SIZE + 1.8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.7, INK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in range(2, len(rows) + 1, 2) if zebra else ():
        commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA_FILL))
    for column in right:
        commands.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


def field_grid(
    pairs: Sequence[tuple[str, Cell]],
    width: float,
    columns: int = 2,
    label_fraction: float = 0.34,
) -> Table:
    """Label/value pairs laid out in `columns` column pairs (the header of a form)."""
    label_width = width / columns * label_fraction
    value_width = width / columns - label_width
    rows: list[list[Cell]] = []
    for start in range(0, len(pairs), columns):
        row: list[Cell] = []
        for label, value in pairs[start : start + columns]:
            row += [
                para(label, styles().cell_bold),
                value if not isinstance(value, str) else cell(value, styles().cell),
            ]
        while len(row) < 2 * columns:
            row += ["", ""]
        rows.append(row)
    table = Table(rows, colWidths=[label_width, value_width] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ]
        )
    )
    return table


def note(text: str) -> Paragraph:
    """A short muted sentence under a table ("None recorded.")."""
    return para(text, styles().small)


def empty_state(text: str) -> list[Flowable]:
    return [para(text, styles().body), Spacer(0, 2)]
