"""A signed study to attack, and the insider's tools: plain SQLite on the file.

The study (built once per session, copied per test) has two participants with counts,
WHO grades and diary days (an AE for BAITP-001 only), the four kinds of account, a visit signature
over data (BAITP-001 Day 7), a signature over an empty window (BAITP-001 Week 12), an
SDV mark (BAITP-001 Day 14) and a query with its first message (BAITP-001).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from baitp_desktop.core.queries import QueryTarget
from baitp_desktop.service import SYSTEM, Actor, StudyService
from baitp_desktop.service.queries import QueryService
from baitp_desktop.service.sdv import SdvService
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import open_database
from baitp_desktop.storage.audit import GENESIS_HASH, entry_hash
from tests.account_helpers import ready_account
from tests.service.conftest import NAMES, PASSWORDS, sample_participant

ACCOUNTS = {"nurse": "nurse", "investigator": "investigator", "monitor": "monitor"}


def build_signed_study(path: Path) -> None:
    """The study described above, written through the application's own services."""
    database = open_database(path)
    try:
        first = sample_participant("BAITP-001")
        second = replace(sample_participant("BAITP-002"), initials="LMW", adverse_events=())
        StudyService(database, SYSTEM).import_participants([first, second])
        admin = UserService(database).create_first_admin(
            "admin", NAMES["admin"], PASSWORDS["admin"]
        )
        for name, role in ACCOUNTS.items():
            ready_account(database, admin, name, NAMES[name], role, PASSWORDS[name])
        investigator = Actor("investigator", NAMES["investigator"], "investigator")
        monitor = Actor("monitor", NAMES["monitor"], "monitor")
        signatures = SignatureService(database, investigator)
        signatures.sign_visit("BAITP-001", "d7", PASSWORDS["investigator"])
        signatures.sign_visit("BAITP-001", "w12", PASSWORDS["investigator"])  # empty window
        SdvService(database, monitor).mark_verified("BAITP-001", "d14")
        QueryService(database, monitor).raise_query(
            "BAITP-001", QueryTarget(label="Platelet count Day 14"), "Please check the source."
        )
    finally:
        database.dispose()
    checkpoint(path)


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file (so that a plain copy is complete)."""
    with closing_connection(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def copy_study(template: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    return target


@contextmanager
def closing_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """The insider's session: `sqlite3 study.sqlite`, committed at the end."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        with connection:
            yield connection
    finally:
        connection.close()


def rechain(connection: sqlite3.Connection, first_id: int = 1) -> None:
    """Recompute every hash from entry `first_id` on, as someone who read the code would."""
    previous = GENESIS_HASH
    if first_id > 1:
        previous = connection.execute(
            "SELECT entry_hash FROM audit_entry WHERE id = ?", (first_id - 1,)
        ).fetchone()[0]
    rows = connection.execute(
        "SELECT * FROM audit_entry WHERE id >= ? ORDER BY id", (first_id,)
    ).fetchall()
    for row in rows:
        values = dict(row)
        digest = entry_hash(values, previous)
        connection.execute(
            "UPDATE audit_entry SET previous_hash = ?, entry_hash = ? WHERE id = ?",
            (previous, digest, row["id"]),
        )
        previous = digest


def participant_pk(connection: sqlite3.Connection, participant_id: str) -> int:
    row = connection.execute(
        "SELECT id FROM participant WHERE participant_id = ?", (participant_id,)
    ).fetchone()
    return int(row[0])


def last_line(output: str) -> str:
    lines = output.strip().splitlines()
    return lines[-1] if lines else ""
