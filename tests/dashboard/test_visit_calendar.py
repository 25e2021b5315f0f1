"""The take-home visit calendar PDF, in English and in Chinese, and `baitp calendar`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from baitp_desktop import i18n
from baitp_desktop.core.bundle import write_bundle
from baitp_desktop.core.config import default_config
from baitp_desktop.reports.visit_calendar import NoDayOne, write_visit_calendar
from baitp_desktop.resources import resources_dir
from tests.dashboard.dashboard_study import study

# BAITP-002: Day 1 = 2023-02-05 (a Sunday); counts on Days 1, 7 and 14.
ZH = {
    ("Calendar", "Your visit calendar"): "您的随访日历",
    ("Calendar", "Sat"): "周六",
    ("Calendar", "Sun"): "周日",
    ("Calendar", "Tue"): "周二",
    ("Calendar", "Wed"): "周三",
    ("Calendar", "{date} {weekday}"): "{date}（{weekday}）",
    ("Visit", "Day 28 (initial / 1-month response)"): "第28天（初始/1个月疗效）",
    ("Report", "Page {n} of {total}"): "第 {n} 页，共 {total} 页",
}


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def participant(pid: str):
    return next(p for p in study() if p.participant_id == pid)


@pytest.fixture
def chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A resources folder whose zh_CN catalogue holds the strings this test reads."""
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources, ignore=shutil.ignore_patterns("translations"))
    (resources / "translations").mkdir()
    contexts: dict[str, list[str]] = {}
    for (context, source), text in ZH.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{source}</source><translation>{text}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    (resources / "translations" / "baitp_zh_CN.ts").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN">{body}</TS>',
        encoding="utf-8",
    )
    monkeypatch.setenv("BAITP_RESOURCES", str(resources))
    monkeypatch.setattr(i18n, "_catalogues", {})
    monkeypatch.setattr(i18n, "_numerus", {})


def test_calendar_lists_every_visit_with_its_window(tmp_path: Path) -> None:
    target = tmp_path / "calendar.pdf"
    pages = write_visit_calendar(participant("BAITP-002"), default_config(), target)
    text = pdf_text(target)
    assert pages == 1 and "Page 1 of 1" in text
    assert "Participant BAITP-002 (DUE)" in text
    assert "Day 1 (first dose) 2023-02-05 Sun" in text
    assert "Last planned dose 2023-07-22 Sat (Day 168)" in text
    # the Day 28 visit: target Saturday 4 March, window Wednesday 1 to Tuesday 7 March
    assert "2023-03-04 Sat" in text
    assert "2023-03-01 Wed to 2023-03-07 Tue" in text
    assert "Take baricitinib 4 mg by mouth once a day" in text
    # visits already done show the count's date; the others a box to fill in
    assert "2023-02-18 Sat" in text  # Day 14 count
    assert text.count("☐") == 6  # Day 28 to week 24


def test_calendar_in_chinese(tmp_path: Path, chinese: None) -> None:
    target = tmp_path / "calendar-zh.pdf"
    write_visit_calendar(participant("BAITP-002"), default_config(), target, language="zh_CN")
    text = pdf_text(target)
    assert "您的随访日历" in text
    assert "第28天（初始/1个月疗效）" in text
    assert "2023-03-04（周六）" in text
    assert "第 1 页，共 1 页" in text
    assert i18n.current_language() == "en"  # the scope ended with the document


def test_calendar_needs_day_one(tmp_path: Path) -> None:
    with pytest.raises(NoDayOne, match="BAITP-001 has no Day 1"):
        write_visit_calendar(participant("BAITP-001"), default_config(), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_calendar_command(tmp_path: Path, baitp) -> None:
    bundle = tmp_path / "study.json"
    bundle.write_text(json.dumps(write_bundle(study())), "utf-8")
    db = str(tmp_path / "c.sqlite")
    baitp("import", str(bundle), "--db", db, check=True)
    target = tmp_path / "cal.pdf"
    result = baitp("calendar", "BAITP-003", "--db", db, "-o", str(target), check=True)
    assert "BAITP-003" in result.stdout
    assert "Participant BAITP-003 (OPN)" in pdf_text(target)
    chinese = tmp_path / "cal-zh.pdf"
    baitp("--lang", "zh_CN", "calendar", "BAITP-003", "--db", db, "-o", str(chinese), check=True)
    assert "您的访视日历" in pdf_text(chinese)  # the shipped catalogue, chosen before the command
    missing = baitp("calendar", "BAITP-001", "--db", db, "-o", str(tmp_path / "n.pdf"))
    assert missing.returncode == 1 and "no Day 1" in missing.stderr
    unknown = baitp("calendar", "BAITP-099", "--db", db, "-o", str(tmp_path / "u.pdf"))
    assert unknown.returncode != 0 and "BAITP-099" in unknown.stderr
