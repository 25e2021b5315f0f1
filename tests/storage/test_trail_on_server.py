"""The trail's safeguards on a shared PostgreSQL server (and the same test on SQLite).

The anchor log is kept per workstation (the user's folder; a server has no folder next
to it), without the password; a trail cut on the server is found at the next open and
refuses saving; the participant snapshot is one moment of the database (REPEATABLE READ
on a server: its default would show a colleague's save committed between two reads).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from baitp_desktop.service import Actor, StudyService, Upsert
from baitp_desktop.service.trail import verify_trail
from baitp_desktop.storage import open_database, repository
from baitp_desktop.storage.anchors import (
    ANCHOR_FILE_NAME,
    anchor_files,
    database_location,
    user_anchor_folder,
)
from baitp_desktop.storage.database import Database, WritesRefused
from tests.service.conftest import sample_participant

NURSE = Actor("nurse.li", "Li Na", "nurse")
COLLEAGUE = Actor("nurse.wang", "Wang Fang", "nurse")


def test_the_anchor_names_a_server_without_its_password() -> None:
    database = Database("postgresql+psycopg://site:s3cret@db.example:5432/baitp")
    try:
        assert database_location(database) == "postgresql+psycopg://site@db.example:5432/baitp"
        assert anchor_files(database) == [user_anchor_folder() / ANCHOR_FILE_NAME]
    finally:
        database.dispose()


def test_a_trail_cut_on_the_server_refuses_saving(database_url: str) -> None:
    database = open_database(database_url)
    try:
        StudyService(database, NURSE).import_participants([sample_participant()])
    finally:
        database.dispose()  # the close anchors the head
    database = open_database(database_url)
    try:
        assert verify_trail(database).intact
        with database.engine.begin() as connection:
            connection.execute(
                text("DELETE FROM audit_entry WHERE id > (SELECT max(id) - 5 FROM audit_entry)")
            )
    finally:
        database.dispose()
    database = open_database(database_url)
    try:
        report = verify_trail(database)
        assert not report.intact and "no longer contains" in report.problems[-1]
        with pytest.raises(WritesRefused, match="acknowledge"):
            StudyService(database, NURSE).apply(
                "BAITP-001", [Upsert("count", {"date": date(2022, 8, 1), "value": 50})]
            )
    finally:
        database.dispose()


def test_the_snapshot_is_one_moment_on_the_server_too(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = open_database(database_url, daily_backup=False)
    theirs = open_database(database_url, daily_backup=False)
    try:
        StudyService(mine, NURSE).import_participants([sample_participant()])
        read = repository.load_participant

        def load_then_a_colleague_saves(session: Any, participant_id: str) -> Any:
            found = read(session, participant_id)
            StudyService(theirs, COLLEAGUE).apply(
                participant_id, [Upsert("count", {"date": date(2022, 8, 1), "value": 120})]
            )
            return found

        monkeypatch.setattr(repository, "load_participant", load_then_a_colleague_saves)
        participant, version, signatures = StudyService(mine, NURSE).snapshot(
            "BAITP-001", lambda session: repository.participant_versions(session)
        )
        assert version == 1 and signatures == {"BAITP-001": 1}  # read before the save
        assert date(2022, 8, 1) not in [c.date for c in participant.platelet_counts]
    finally:
        theirs.dispose()
        mine.dispose()
