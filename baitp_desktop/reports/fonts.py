"""Fonts for the PDF reports: embedded subsets, with a per-character choice of font.

Choice (see resources/fonts/README.md): Latin text and symbols (≥ × µ ⁹ ☐) are set in an
embedded DejaVu Sans subset, Chinese in an embedded WenQuanYi Micro Hei subset (GB2312), so
a printed CRF is self-contained and prints the same on a Windows PC without Chinese fonts.
A character neither subset has (a rare hanzi in a free-text reason) is set in reportlab's
CID font STSong-Light, which is not embedded: the viewer supplies it. Nothing is ever
silently dropped and no text turns into boxes when a font lacks it.

reportlab picks one font per run of text, so `markup` (paragraphs) and `draw_string`
(the canvas: header, footer, chart labels) split text into runs by the first font that has
each character.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import tr
from baitp_desktop.resources import resource_path

REGULAR = "BaitpSans"
BOLD = "BaitpSans-Bold"
CJK = "BaitpCJK"
CID_FALLBACK = "STSong-Light"

_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans-subset.ttf",
    BOLD: "DejaVuSans-Bold-subset.ttf",
    CJK: "WenQuanYiMicroHei-subset.ttf",
}
_lock = threading.Lock()


class FontSetupError(UserFacingError):
    """A shipped font file is missing or damaged (an installation problem, not a bug)."""


@dataclass(frozen=True, slots=True)
class _Coverage:
    regular: frozenset[int]
    bold: frozenset[int]
    cjk: frozenset[int]


@lru_cache(maxsize=1)
def register_fonts() -> _Coverage:
    """Register the report fonts with reportlab once per process; their character sets."""
    with _lock:
        covered: dict[str, frozenset[int]] = {}
        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            try:
                font = TTFont(name, str(path))
            except (OSError, TTFError) as exc:
                raise FontSetupError(
                    tr(
                        "Report",
                        "The report font {path} cannot be read ({detail}); reinstall "
                        "baitp-desktop or restore the resources/fonts folder.",
                    ).format(path=path, detail=exc)
                ) from exc
            pdfmetrics.registerFont(font)
            covered[name] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        return _Coverage(covered[REGULAR], covered[BOLD], covered[CJK])


def font_for(char: str, bold: bool = False) -> str:
    """The first font that has `char`: the Latin face, then the Chinese one, then CID."""
    coverage = register_fonts()
    code = ord(char)
    if code in (coverage.bold if bold else coverage.regular):
        return BOLD if bold else REGULAR
    if code in coverage.cjk:
        return CJK
    return CID_FALLBACK


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split text into (font name, text) runs.

    The Chinese face has no bold: bold text with Chinese in it is set in the Chinese face
    throughout (digits and Latin too), so a heading has one weight rather than bold digits
    between regular characters.
    """
    if text.isascii():
        return [(BOLD if bold else REGULAR, text)] if text else []
    cjk_first = bold and has_wide_characters(text)
    coverage = register_fonts()
    out: list[tuple[str, str]] = []
    for char in text:
        font = CJK if cjk_first and ord(char) in coverage.cjk else font_for(char, bold)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + char)
        else:
            out.append((font, char))
    return out


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for plain text: escaped, with <font> tags where the face changes.

    The paragraph style's own font is the Latin face (bold for bold styles), so runs in it
    need no tag. Line breaks in the text are kept.
    """
    base = BOLD if bold else REGULAR
    if text.isascii():
        return escape(text).replace("\n", "<br/>")
    parts = []
    for font, chunk in runs(text, bold):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(escaped if font == base else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


def has_wide_characters(text: str) -> bool:
    """True when the text holds Chinese/Japanese characters (they wrap between characters)."""
    return not text.isascii() and any(ord(c) >= 0x2E80 for c in text)


def string_width(text: str, size: float, bold: bool = False) -> float:
    return float(sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs(text, bold)))


def draw_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> float:
    """Draw one line of text at (x, y), aligned left/centre/right; returns its width."""
    width = string_width(text, size, bold)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for font, chunk in runs(text, bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)
    return width


def fit_text(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """The text, shortened with an ellipsis so that it fits max_width (for one-line labels)."""
    if string_width(text, size, bold) <= max_width:
        return text
    while text and string_width(text + "…", size, bold) > max_width:
        text = text[:-1]
    return text + "…"
