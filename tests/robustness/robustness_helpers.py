"""Helpers shared by the robustness tests: writer processes and checks of the database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database
from baitp_desktop.storage.audit import verify

WRITER = Path(__file__).with_name("robustness_writer.py")


class Writer:
    """A running writer process (robustness_writer.py).

    Its stdout is read only through one buffered stream (never `communicate`, which
    reads the raw pipe and would drop lines already buffered by `readline`); its stderr
    goes to a file so that it can never fill a pipe and stall the writer.
    """

    def __init__(self, *args: object, folder: Path) -> None:
        env = {**os.environ, "BAITP_LOG_DIR": str(folder / "logs")}
        env.pop("BAITP_DB", None)
        self._errors = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in _collect
            "w+", dir=folder, prefix="writer-", suffix=".err", delete=False
        )
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=self._errors,
            text=True,
            env=env,
            cwd=folder,
        )
        assert self.process.stdout is not None
        self._stdout = self.process.stdout

    def errors(self) -> str:
        self._errors.flush()
        return Path(self._errors.name).read_text(encoding="utf-8", errors="replace")

    def line(self) -> str:
        """The next line the writer printed (blocks until there is one)."""
        return self._stdout.readline().rstrip("\n")

    def wait_ready(self) -> None:
        """Block until the writer has opened the database (its first line)."""
        line = self.line()
        if line != "READY":
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"writer did not start: {line!r}\n{self.errors()}")

    def kill(self) -> list[str]:
        """SIGKILL now; the lines it printed that were not read yet."""
        self.process.send_signal(signal.SIGKILL)
        lines = self._collect()
        assert self.process.returncode == -signal.SIGKILL, (
            f"the writer ended before the kill:\n{self.errors()}"
        )
        return lines

    def finish(self) -> list[str]:
        """Wait for the writer to end normally; its remaining lines, DONE stripped."""
        lines = self._collect()
        assert self.process.returncode == 0, f"the writer failed:\n{self.errors()}"
        assert lines and lines[-1] == "DONE", f"the writer stopped early:\n{self.errors()}"
        return lines[:-1]

    def _collect(self) -> list[str]:
        rest = self._stdout.read()
        self._stdout.close()
        self.process.wait(timeout=600)
        self._errors.close()
        return rest.splitlines()


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
