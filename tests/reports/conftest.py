"""Fixtures for the report tests: the demo study in a real SQLite file, and PDF text.

The demo study is generated as of today and imported once per session through
StudyService (as `baitp demo` does); tests read it and never write to it.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from baitp_desktop import i18n
from baitp_desktop.core.config import default_config
from baitp_desktop.core.records import Participant
from baitp_desktop.demo import generate_study
from baitp_desktop.reports.model import ReportData
from baitp_desktop.resources import resources_dir
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database

TODAY = date.today()
TRANSLATIONS = {
    "Visit summary: {visit}": "访视小结：{visit}",
    "Page {n} of {total}": "第 {n} 页，共 {total} 页",
    "Platelet count and response": "血小板计数与疗效",
    "Investigator signature": "研究者签名",
    "Blank CRF (paper back-up)": "空白病例报告表（纸质备份）",
}


@pytest.fixture(scope="session")
def demo_participants() -> list[Participant]:
    return generate_study(35, 2207, today=TODAY)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_participants: list[Participant]) -> Path:
    path = tmp_path_factory.mktemp("demo") / "study.sqlite"
    database = open_database(path)
    StudyService(database).import_participants(demo_participants, reason="Demo study")
    database.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def participant(participants: list[Participant], pid: str) -> Participant:
    return next(p for p in participants if p.participant_id == pid)


def report_data(p: Participant, **extra: object) -> ReportData:
    """ReportData as of now (UTC), as the CLI builds it."""
    return ReportData(p, default_config(), datetime.now(UTC), zone=UTC, **extra)  # type: ignore[arg-type]


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with runs of whitespace folded to one space (wrapping varies)."""
    reader = PdfReader(str(path))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def assert_page_numbers(pages: list[str]) -> None:
    """'Page X of Y' on every page, X counting up, Y the real page count."""
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text, f"page {number}: no 'Page {number} of {total}'"


@pytest.fixture
def chinese_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources folder whose zh_CN catalogue translates a few report labels."""
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources, ignore=shutil.ignore_patterns("translations"))
    (resources / "translations").mkdir()
    messages = "".join(
        f"<message><source>{source}</source><translation>{text}</translation></message>"
        for source, text in TRANSLATIONS.items()
    )
    (resources / "translations" / "baitp_zh_CN.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN">'
        f"<context><name>Report</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setenv("BAITP_RESOURCES", str(resources))
    monkeypatch.setattr(i18n, "_catalogues", {})
    monkeypatch.setattr(i18n, "_numerus", {})
    return resources
