"""A database from before signing keys (revision 0002), upgraded: its signatures stay valid as
legacy (verify warns, never silently "intact"), its accounts get keys when their password
is next typed, and a keyless signature appended after that is a forgery."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import insert, select

from baitp_desktop.core.config import default_config
from baitp_desktop.core.signatures import SIGNATURE_MEANING, SignatureScope, SignatureStatus
from baitp_desktop.reports.gather import gather_report_data
from baitp_desktop.reports.visit_summary import write_visit_summary
from baitp_desktop.service import StudyService, Upsert
from baitp_desktop.service.locks import RecordLocked, covered_data_hash
from baitp_desktop.service.signatures import signatures_for
from baitp_desktop.service.users import hash_password
from baitp_desktop.storage import Database, open_database
from baitp_desktop.storage.audit import AuditTrail
from baitp_desktop.storage.models import Base, ParticipantRow
from baitp_desktop.storage.part11_models import SignatureRow, SigningKeyRow, UserRow
from baitp_desktop.storage.schema import upgrade
from tests.tamper.test_tamper_signatures import appended_keyless_row

from .conftest import NAMES, PASSWORDS, PID, actor, day, sample_participant
from .test_cli import baitp

_LATER_TABLES = (
    "prior_itp_therapy", "medical_history", "medication", "lab_panel", "questionnaire",
    "explanation",
)  # fmt: skip
_LATER_PARTICIPANT_COLUMNS = (
    ("diagnosis_date", "DATE"), ("splenectomy", "BOOLEAN"), ("splenectomy_date", "DATE"),
)  # fmt: skip


def _release_0002_file(path: Path) -> None:
    """A study as release 0002 left it: accounts and a Day 7 signature, no keys."""
    database = Database(f"sqlite:///{path}")
    upgrade(database, "0002")
    # Today's code writes the data: the participant columns and tables of later releases
    # (ITP history, the §9–§13 forms) are there while it does, and dropped again below,
    # as 0002 had none of them.
    later_tables = [Base.metadata.tables[name] for name in _LATER_TABLES]
    with database.engine.begin() as connection:
        for column, kind in _LATER_PARTICIPANT_COLUMNS:
            connection.exec_driver_sql(f"ALTER TABLE participant ADD COLUMN {column} {kind}")
        Base.metadata.create_all(connection, tables=later_tables)
    StudyService(database).import_participants([sample_participant()])
    with database.write_session() as session:
        for name in ("admin", "investigator", "nurse"):
            values = {
                "username": name,
                "printed_name": NAMES[name],
                "role": name,
                "password_hash": hash_password(PASSWORDS[name]),
                "active": True,
                "locked": False,
                "must_change_password": False,
                "failed_attempts": 0,
            }
            user = session.execute(insert(UserRow.__table__).values(**values))
            trail = AuditTrail(session, "system", None)
            user_id = user.inserted_primary_key[0]
            trail.inserted_values(UserRow, user_id, f"User {name}", values, "New account")
            trail.write()
        participant = session.scalars(select(ParticipantRow)).one()
        window = (day(6), day(8))
        values = {
            "participant_pk": participant.id,
            "scope": "visit",
            "visit_id": "d7",
            "username": "investigator",
            "printed_name": NAMES["investigator"],
            "meaning": SIGNATURE_MEANING,
            "signed_at_utc": "2024-01-05T10:00:00.000Z",
            "covers_first": window[0],
            "covers_last": window[1],
            "void": False,
            "data_hash": covered_data_hash(
                session, participant, SignatureScope.VISIT, "d7", *window
            ),
        }
        signature = session.execute(insert(SignatureRow.__table__).values(**values))
        trail = AuditTrail(session, "investigator", PID)
        record = signature.inserted_primary_key[0]
        trail.inserted_values(SignatureRow, record, "Signature visit d7", values, "Signed")
        trail.write()
    with database.engine.begin() as connection:
        Base.metadata.drop_all(connection, tables=later_tables)
        for column, _kind in _LATER_PARTICIPANT_COLUMNS:
            connection.exec_driver_sql(f"ALTER TABLE participant DROP COLUMN {column}")
    database.dispose()


@pytest.fixture
def upgraded(tmp_path: Path) -> Path:
    path = tmp_path / "release-0002.sqlite"
    _release_0002_file(path)
    open_database(path, daily_backup=False).dispose()  # the upgrade to signing keys
    return path


def test_a_legacy_signature_verifies_with_a_warning_and_says_what_it_is(
    upgraded: Path, tmp_path: Path
) -> None:
    result = baitp(tmp_path, "--db", str(upgraded), "verify")
    assert result.returncode == 0, result.stdout
    assert f"WARNING: signature 1 of {PID}" in result.stdout
    assert "made before signing keys existed" in result.stdout
    database = open_database(upgraded, daily_backup=False)
    try:
        [legacy] = signatures_for(database, PID)
        assert legacy.status is SignatureStatus.LEGACY and legacy.key_id is None
        buffer = io.BytesIO()
        write_visit_summary(gather_report_data(database, PID, default_config()), "d7", buffer)
        with pytest.raises(RecordLocked):  # it still locks its window
            StudyService(database, actor("nurse")).apply(
                PID, [Upsert("count", {"date": day(8), "value": 50})], reason="Late entry"
            )
    finally:
        database.dispose()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(buffer).pages)
    assert "none: made before signing keys existed" in text and "NOT VALID" not in text


def test_keys_come_with_the_next_password_and_a_later_keyless_signature_is_forged(
    upgraded: Path, tmp_path: Path
) -> None:
    signed_in = baitp(
        tmp_path,
        *("--db", str(upgraded), "--user", "investigator", "signatures", PID),
        password=PASSWORDS["investigator"],
    )
    assert signed_in.returncode == 0, signed_in.stderr
    database = open_database(upgraded, daily_backup=False)
    try:
        with database.read_session() as session:  # made at sign-in, for that account only
            owners = list(session.scalars(select(SigningKeyRow.username)))
        assert owners == ["investigator"]
    finally:
        database.dispose()
    signature_id, _pid = appended_keyless_row(upgraded)
    result = baitp(tmp_path, "--db", str(upgraded), "verify")
    assert result.returncode == 1
    assert f"BROKEN: signature {signature_id} of {PID}" in result.stdout
    assert "no cryptographic signature, yet it was made after signing keys" in result.stdout
    assert "WARNING: signature 1 of" in result.stdout  # the old one stays legacy
