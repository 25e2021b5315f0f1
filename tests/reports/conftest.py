"""Fixtures for the report tests: the demo study in a real SQLite file, and PDF text.

The demo study is generated as of today and imported once per session through
StudyService (as `baitp demo` does); tests read it and never write to it.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from baitp_desktop.core.config import default_config
from baitp_desktop.core.records import Participant
from baitp_desktop.demo import generate_study
from baitp_desktop.reports.model import ReportData
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database

TODAY = date.today()


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
