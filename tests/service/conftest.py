"""Fixtures: a study database with one participant and the four kinds of account.

Hashing passwords with Argon2 is deliberately slow, so the accounts are created once per
session in a template file that each test copies. Each account is added by the
administrator with a temporary password and then changed by its owner, as at a site.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from baitp_desktop.core.records import (
    AdverseEvent,
    BleedingAssessment,
    Dose,
    Labs,
    Participant,
    PlateletCount,
    Screening,
    Sex,
)
from baitp_desktop.service import SYSTEM, Actor, StudyService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import Database, open_database
from tests.account_helpers import ready_account

PID = "BAITP-001"
DAY1 = date(2022, 7, 13)
PASSWORDS = {
    "admin": "kestrel-ada-71",
    "nurse": "heron-nora-72",
    "investigator": "osprey-ivan-73",
    "monitor": "plover-mona-74",
    "monitor2": "plover-max-75",
}
NAMES = {
    "admin": "Ada Admin",
    "nurse": "Nora Nurse",
    "investigator": "Dr Ivan Investigator",
    "monitor": "Mona Monitor",
    "monitor2": "Max Monitor",
}


def day(n: int) -> date:
    return DAY1 + timedelta(days=n - 1)


def sample_participant(pid: str = PID) -> Participant:
    """Day 1 = 2022-07-13; counts and grades on days 1, 7, 14; an AE with onset on Day 7."""
    return Participant(
        participant_id=pid,
        initials="ZXH",
        sex=Sex.FEMALE,
        birth_date=date(1980, 5, 1),
        consent_date=date(2022, 7, 10),
        screening=Screening(
            date=date(2022, 7, 10),
            inclusion={"I1": True, "I2": True, "I3": True, "I5": True},
            exclusion={f"E{n}": False for n in range(1, 11)},
            platelets=18,
            significant_bleeding=False,
            labs=Labs(
                alt=30,
                alt_uln=40,
                ast=25,
                ast_uln=40,
                bilirubin=12,
                bilirubin_uln=21,
                hemoglobin=12.1,
                wbc=5600,
                anc=3100,
                lymphocytes=1500,
                egfr=95,
            ),
        ),
        first_dose_date=DAY1,
        doses=tuple(Dose(day(n), True, 4.0) for n in range(1, 15)),
        platelet_counts=tuple(PlateletCount(day(n), v) for n, v in ((1, 18), (7, 45), (14, 80))),
        bleeding=tuple(BleedingAssessment(day(n), 0) for n in (1, 7, 14)),
        adverse_events=(AdverseEvent(1, "Headache", 1, day(7)),),
    )


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "study.sqlite"
    database = open_database(path)
    StudyService(database).import_participants([sample_participant()])
    admin = UserService(database).create_first_admin("admin", NAMES["admin"], PASSWORDS["admin"])
    for name, role in (
        ("nurse", "nurse"),
        ("investigator", "investigator"),
        ("monitor", "monitor"),
        ("monitor2", "monitor"),
    ):
        ready_account(database, admin, name, NAMES[name], role, PASSWORDS[name])
    database.dispose()
    with sqlite3.connect(path) as connection:  # fold the WAL into the file before copying
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db_file(template_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "study.sqlite"
    shutil.copyfile(template_db, target)
    return target


@pytest.fixture
def database(db_file: Path) -> Iterator[Database]:
    database = open_database(db_file)
    yield database
    database.dispose()


def actor(name: str) -> Actor:
    role = "monitor" if name.startswith("monitor") else name
    return Actor(username=name, display_name=NAMES[name], role=role)


@pytest.fixture
def system() -> Actor:
    return SYSTEM
