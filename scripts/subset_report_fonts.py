"""Rebuild the fonts the PDF reports embed (resources/fonts/) from Debian's font packages.

Why subsets: the reports embed their fonts so that a printed CRF looks the same in every
viewer, also on a Windows PC without Chinese fonts, and an archived PDF stays readable.
The full fonts would add ~6.5 MB to the repository; these subsets keep what a CRF needs:

- DejaVu Sans and DejaVu Sans Bold (Bitstream Vera licence; fonts-dejavu-core): Latin,
  Greek, punctuation, super/subscripts, arrows, math operators (≥ × µ ⁹), boxes (☐ ☑).
- WenQuanYi Micro Hei (Apache-2.0 or GPL-3+ with font exception; fonts-wqy-microhei),
  used under Apache-2.0: every GB2312 character (6,763 hanzi, kana, symbols), CJK
  punctuation and full-width forms. Characters outside it fall back to the viewer's
  STSong-Light (reportlab CID font, not embedded); see baitp_desktop/reports/fonts.py.

Needs `pip install fonttools` (a build-time tool, not a dependency of the application).
Run: .venv/bin/python scripts/subset_report_fonts.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "fonts"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

LATIN_RANGES = (
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x0370, 0x03FF),
    (0x2000, 0x206F),
    (0x2070, 0x209F),
    (0x20A0, 0x20CF),
    (0x2100, 0x214F),
    (0x2150, 0x218F),
    (0x2190, 0x21FF),
    (0x2200, 0x22FF),
    (0x2500, 0x257F),
    (0x25A0, 0x25FF),
    (0x2610, 0x2612),
)
# Glyphs DejaVu took from the Arev fonts (DejaVu README), which carry another notice: left out,
# so that the subset is covered by the Bitstream Vera licence alone.
AREV_RANGES = (
    (0x01BA, 0x01BA),
    (0x01BF, 0x01BF),
    (0x01F7, 0x01F7),
    (0x021C, 0x021D),
    (0x0220, 0x0220),
    (0x0222, 0x0223),
    (0x02B9, 0x02BA),
    (0x02BD, 0x02BD),
    (0x02C2, 0x02C5),
    (0x02D4, 0x02D5),
    (0x02D7, 0x02D7),
    (0x02EC, 0x02EE),
    (0x0346, 0x034E),
    (0x0360, 0x0360),
    (0x0362, 0x0362),
    (0x03E2, 0x03EF),
    (0x0460, 0x0463),
    (0x0466, 0x0486),
    (0x0488, 0x0489),
    (0x04A8, 0x04A9),
    (0x0500, 0x050F),
    (0x2055, 0x205E),
    (0x20B0, 0x20B0),
    (0x20B2, 0x20B3),
    (0x2102, 0x2102),
    (0x210D, 0x210D),
    (0x210F, 0x210F),
    (0x2111, 0x2111),
    (0x2113, 0x2113),
    (0x2115, 0x2115),
    (0x2118, 0x211A),
    (0x211C, 0x211D),
    (0x2124, 0x2124),
    (0x2135, 0x2135),
    (0x213C, 0x2140),
    (0x2295, 0x2298),
    (0x2308, 0x230B),
    (0x26A2, 0x26B1),
    (0x2701, 0x2704),
    (0x2706, 0x2709),
    (0x270C, 0x274B),
    (0x2758, 0x275A),
    (0x2761, 0x2775),
    (0x2780, 0x2794),
    (0x2798, 0x27AF),
    (0x27B1, 0x27BE),
    (0xFB05, 0xFB06),
)
CJK_EXTRA_RANGES = ((0x0020, 0x007E), (0x3000, 0x303F), (0xFF00, 0xFFEF))


def _codepoints(ranges: tuple[tuple[int, int], ...]) -> list[int]:
    return [cp for low, high in ranges for cp in range(low, high + 1)]


def gb2312_codepoints() -> list[int]:
    """Every character of the GB2312 set (simplified Chinese), from Python's codec."""
    found: set[int] = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes((high, low)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return sorted(found)


def _subset(source: Path, target: Path, codepoints: list[int], note: str, number: int = 0) -> None:
    font = TTFont(source, fontNumber=number)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["kern"]
    options.hinting = False
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    # Apache-2.0 §4(b): a modified file carries a prominent notice that it was changed.
    font["name"].setName(note, 10, 3, 1, 0x409)
    font.save(target)
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size:,} bytes")


def main() -> int:
    if not DEJAVU.exists() or not WQY.exists():
        print("needs fonts-dejavu-core and fonts-wqy-microhei (apt-get install)", file=sys.stderr)
        return 1
    TARGET.mkdir(parents=True, exist_ok=True)
    note = "Subset made for baitp-desktop reports by scripts/subset_report_fonts.py (modified)."
    latin = sorted(set(_codepoints(LATIN_RANGES)) - set(_codepoints(AREV_RANGES)))
    _subset(DEJAVU / "DejaVuSans.ttf", TARGET / "DejaVuSans-subset.ttf", latin, note)
    _subset(DEJAVU / "DejaVuSans-Bold.ttf", TARGET / "DejaVuSans-Bold-subset.ttf", latin, note)
    cjk = sorted(set(gb2312_codepoints()) | set(_codepoints(CJK_EXTRA_RANGES)))
    _subset(WQY, TARGET / "WenQuanYiMicroHei-subset.ttf", cjk, note)
    shutil.copyfile("/usr/share/common-licenses/Apache-2.0", TARGET / "LICENSE-Apache-2.0.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
