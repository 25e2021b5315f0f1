"""`baitp --lang zh_CN report …` prints in Chinese without repeating --lang after `report`."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def test_global_language_reaches_the_report(tmp_path: Path, baitp) -> None:
    db = str(tmp_path / "study.sqlite")
    baitp("demo", "--participants", "3", "--db", db, check=True)
    chinese = tmp_path / "zh.pdf"
    english = tmp_path / "en.pdf"
    baitp(
        "--lang",
        "zh_CN",
        "report",
        "BAITP-001",
        "--visit",
        "d7",
        "-o",
        str(chinese),
        "--db",
        db,
        check=True,
    )
    baitp("report", "BAITP-001", "--visit", "d7", "-o", str(english), "--db", db, check=True)
    zh_text = PdfReader(chinese).pages[0].extract_text()
    en_text = PdfReader(english).pages[0].extract_text()
    assert "访视小结" in zh_text and "Visit summary" not in zh_text
    assert "Visit summary" in en_text
    # a date with its study day reads the Chinese way, without English brackets
    assert "（第 7 天）" in zh_text and "(第 7 天)" not in zh_text
