"""Blank paper CRF pages, paper sizes, and the fonts: embedded, and Chinese as real text."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from baitp_desktop import i18n
from baitp_desktop.core.config import default_config
from baitp_desktop.reports import fonts
from baitp_desktop.reports.blank_crf import write_blank_crf
from baitp_desktop.reports.labels import who_grade_meaning
from baitp_desktop.reports.visit_summary import write_visit_summary

from .conftest import assert_page_numbers, pdf_pages, report_data

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


def _page_size(path: Path) -> tuple[float, float]:
    box = PdfReader(str(path)).pages[0].mediabox
    return float(box.width), float(box.height)


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_blank_crf_pages(tmp_path: Path, paper: str, size: tuple[float, float]) -> None:
    out = tmp_path / "blank.pdf"
    # screening, visit, AEs, diary; ITP history, medical history, medications, panel, and
    # the ITP-PAQ's 44 items over two pages
    assert write_blank_crf(default_config(), out, paper=paper) == 10
    assert _page_size(out) == pytest.approx(size, abs=0.5)
    text = pdf_pages(out)
    assert_page_numbers(text)
    whole = " ".join(text)
    for title in ("Screening and eligibility (paper back-up)", "Visit (paper back-up)",
                  "Adverse events (paper back-up)", "Dosing diary card, 28 days"):  # fmt: skip
        assert title in whole
    for visit in default_config().visits:
        assert visit.name in whole
    for grade in range(5):
        assert who_grade_meaning(grade) in whole
    assert all("Participant BAITP-" in t and "Paper back-up for an outage" in t for t in text)
    # the plain logs come from their declarations: title, fields, common values
    assert "Rescue therapy" in whole and "Date given" in whole
    assert "Therapy (IVIG, Platelet transfusion, Corticosteroids, TPO receptor agonists" in whole


def test_font_runs_pick_latin_chinese_and_the_cid_fallback() -> None:
    runs = fonts.runs("Day 7 ≥ 30 ×10⁹/L 血小板 體")
    names = [name for name, _ in runs]
    assert names == [fonts.REGULAR, fonts.CJK, fonts.REGULAR, fonts.CID_FALLBACK]
    assert runs[1][1] == "血小板"
    markup = fonts.markup("a<b & 研究")
    assert markup == f'a&lt;b &amp; <font name="{fonts.CJK}">研究</font>'


def test_chinese_labels_are_real_characters_in_an_embedded_font(
    chinese_catalogue: Path, demo_participants: list, tmp_path: Path
) -> None:
    p = demo_participants[0]
    out = tmp_path / "zh.pdf"
    pages = write_visit_summary(report_data(p), "d7", out, language="zh_CN")
    text = pdf_pages(out)
    whole = " ".join(text)
    assert "访视小结" in whole and "血小板计数与疗效" in whole and "研究者签名" in whole
    for number in range(1, pages + 1):
        assert f"第 {number} 页，共 {pages} 页" in text[number - 1]
    assert "\ufffd" not in whole and "□" not in whole
    reader = PdfReader(str(out))
    embedded = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in (f.get_object() for f in page["/Resources"]["/Font"].values())
        if "/FontFile2" in font.get("/FontDescriptor", {})
    }
    assert "WenQuanYiMicroHei" in embedded, embedded
    assert "DejaVuSans" in embedded and "DejaVuSans-Bold" in embedded


def test_english_report_in_a_chinese_session_stays_english(
    chinese_catalogue: Path, demo_participants: list, tmp_path: Path
) -> None:
    out = tmp_path / "en.pdf"
    with i18n.language_scope("zh_CN"):
        write_visit_summary(report_data(demo_participants[0]), "d7", out, language="en")
    assert "Visit summary:" in " ".join(pdf_pages(out))
