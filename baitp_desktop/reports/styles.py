"""Paragraph styles, colours and the two helpers every section uses to put text on a page.

`para(text, style)` turns plain text into a Paragraph in the right fonts (fonts.markup) and
lets Chinese wrap between characters. `cell(text)` is the cheap form for table cells: a
plain string when the Latin face can draw it and it is short, else a small Paragraph.
Severity is printed as a symbol and a word as well as a colour, so a grey-scale copy in
the site file still shows it (UX.md: icon and colour).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from baitp_desktop.core.findings import Severity
from baitp_desktop.reports.fonts import (
    BOLD,
    REGULAR,
    font_for,
    has_wide_characters,
    markup,
    register_fonts,
)

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#9aa0a6")
HEADER_FILL = colors.HexColor("#e8eaed")
ZEBRA_FILL = colors.HexColor("#f6f7f8")
SEVERITY_COLOURS = {
    Severity.MAJOR: colors.HexColor("#c5221f"),
    Severity.MINOR: colors.HexColor("#b06000"),
    Severity.QUERY: colors.HexColor("#1a62c9"),
}
SEVERITY_SYMBOLS = {Severity.MAJOR: "■", Severity.MINOR: "▲", Severity.QUERY: "●"}

BODY_SIZE = 9.0
CELL_SIZE = 8.0


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_centre: ParagraphStyle
    code: ParagraphStyle


def _style(name: str, font: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
    options: dict[str, object] = {"textColor": INK, **extra}
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **options)


@lru_cache(maxsize=2)
def styles(wrap_cjk: bool = False) -> Styles:
    """The report's styles; `wrap_cjk` lets lines break between any two characters."""
    register_fonts()  # a paragraph resolves its font family when it is made
    extra: dict[str, object] = {"wordWrap": "CJK"} if wrap_cjk else {}
    suffix = "-cjk" if wrap_cjk else ""
    return Styles(
        title=_style("title" + suffix, BOLD, 15, 19, spaceAfter=4, **extra),
        h1=_style("h1" + suffix, BOLD, 12.5, 16, spaceBefore=8, spaceAfter=4, **extra),
        h2=_style("h2" + suffix, BOLD, 10, 13, spaceBefore=7, spaceAfter=3, **extra),
        body=_style("body" + suffix, REGULAR, BODY_SIZE, 11.5, spaceAfter=3, **extra),
        bold=_style("bold" + suffix, BOLD, BODY_SIZE, 11.5, spaceAfter=3, **extra),
        small=_style("small" + suffix, REGULAR, 7.5, 9.5, textColor=MUTED, **extra),
        cell=_style("cell" + suffix, REGULAR, CELL_SIZE, 9.8, **extra),
        cell_bold=_style("cell-bold" + suffix, BOLD, CELL_SIZE, 9.8, **extra),
        cell_right=_style(
            "cell-right" + suffix, REGULAR, CELL_SIZE, 9.8, alignment=TA_RIGHT, **extra
        ),
        code=_style("code" + suffix, REGULAR, 6.8, 9.8, **extra),
        cell_centre=_style(
            "cell-centre" + suffix, REGULAR, CELL_SIZE, 9.8, alignment=TA_CENTER, **extra
        ),
    )


def _bold_style(style: ParagraphStyle) -> bool:
    return bool(style.fontName == BOLD)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; fonts switched where needed)."""
    if has_wide_characters(text) and getattr(style, "wordWrap", None) != "CJK":
        style = _cjk_variant(style)
    return Paragraph(markup(text, _bold_style(style)), style)


def rich(markup_text: str, style: ParagraphStyle, wide: bool = False) -> Paragraph:
    """A paragraph from markup already made with fonts.markup (mixed bold/regular runs)."""
    if wide and getattr(style, "wordWrap", None) != "CJK":
        style = _cjk_variant(style)
    return Paragraph(markup_text, style)


@lru_cache(maxsize=64)
def _cjk_variant(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")


PLAIN_CELL_MAX = 28  # longer texts are wrapped in a Paragraph so they cannot overflow a cell


def cell(text: str | None, style: ParagraphStyle | None = None) -> str | Paragraph:
    """A table cell: a plain string when that is safe (fast), else a wrapping Paragraph."""
    text = "—" if text is None or text == "" else text
    if style is None and len(text) <= PLAIN_CELL_MAX and _latin_only(text):
        return text
    return para(text, style or styles().cell)


def _latin_only(text: str) -> bool:
    """True when the regular Latin face draws every character (no line breaks)."""
    if text.isascii():
        return "\n" not in text
    return all(font_for(c) == REGULAR for c in text)
