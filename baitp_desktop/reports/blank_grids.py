"""Ruled grids for the blank paper CRF: a label with a line to write on, an empty table."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from baitp_desktop.reports.fonts import REGULAR
from baitp_desktop.reports.styles import CELL_SIZE, INK, RULE, para, styles
from baitp_desktop.reports.tables import Cell, data_table

BOX = "☐"
BLANK_DATE = "____-__-__"
ROW = 7.5 * mm


def write_in_grid(pairs: list[tuple[str, str]], width: float, columns: int = 2) -> Table:
    """Labels with a ruled space to write in, `columns` pairs per row."""
    label_width = width / columns * 0.42
    value_width = width / columns - label_width
    rows: list[list[Cell]] = []
    for start in range(0, len(pairs), columns):
        row: list[Cell] = []
        for label, hint in pairs[start : start + columns]:
            row += [para(label, styles().cell_bold), para(hint, styles().small)]
        while len(row) < 2 * columns:
            row += ["", ""]
        rows.append(row)
    table = Table(rows, colWidths=[label_width, value_width] * columns, rowHeights=ROW)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                *[("LINEBELOW", (c, 0), (c, -1), 0.6, INK) for c in range(1, 2 * columns, 2)],
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def ruled_table(
    header: list[str],
    fractions: tuple[float, ...],
    rows: int,
    width: float,
    *,
    template: list[str] | None = None,
    row_height: float = ROW,
) -> Table:
    """An empty grid to fill in by hand (each row a copy of `template`), header repeating."""
    body: list[list[Cell]] = [list(template or [""] * len(header)) for _ in range(rows)]
    return data_table(
        header,
        body,
        fractions,
        width,
        row_height=row_height,
        zebra=False,
        extra=[("GRID", (0, 0), (-1, -1), 0.4, RULE)],
    )
