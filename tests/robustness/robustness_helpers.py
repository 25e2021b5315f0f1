"""Helpers shared by the robustness tests: writer processes and checks of the database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database
from baitp_desktop.storage.audit import verify

WRITER = Path(__file__).with_name("robustness_writer.py")


def writer(*args: object, cwd: Path | None = None) -> subprocess.Popen[str]:
    """Start the writer process (robustness_writer.py) with its output piped to us."""
    env = {**os.environ, "BAITP_LOG_DIR": str(Path(cwd or ".") / "logs")}
    env.pop("BAITP_DB", None)
    return subprocess.Popen(
        [sys.executable, str(WRITER), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
    )


def wait_ready(process: subprocess.Popen[str]) -> None:
    """Block until the writer has opened the database (its first line)."""
    assert process.stdout is not None
    line = process.stdout.readline()
    if line.strip() != "READY":
        process.kill()
        _, err = process.communicate()
        raise AssertionError(f"writer did not start: {line!r}\n{err}")


def integrity(path: Path) -> str:
    """PRAGMA integrity_check as a fresh process would see the file (WAL replayed)."""
    connection = sqlite3.connect(path)
    try:
        return "\n".join(str(r[0]) for r in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def audit_problem(path: Path) -> str | None:
    """storage.audit.verify over the whole file: None when the chain and values agree."""
    database = open_database(path)
    try:
        with database.read_session() as session:
            return verify(session).problem
    finally:
        database.dispose()


def create_participants(path: Path, ids: list[str]) -> None:
    """Register participants through the service (the "New participant" form)."""
    database = open_database(path)
    try:
        service = StudyService(database)
        for pid in ids:
            service.create_participant(
                pid,
                initials="TST",
                sex="F",
                birth_date=date(1980, 1, 1),
                consent_date=date(2017, 12, 1),
            )
    finally:
        database.dispose()
