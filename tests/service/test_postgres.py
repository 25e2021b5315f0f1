"""The compliance layer on a shared PostgreSQL server (skipped without one; see
tests/storage/conftest.py for BAITP_TEST_POSTGRES_URL)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import make_url

from baitp_desktop.core.queries import QueryStatus, QueryTarget
from baitp_desktop.service import StudyService, Upsert
from baitp_desktop.service.locks import RecordLocked
from baitp_desktop.service.queries import QueryService
from baitp_desktop.service.signatures import SignatureService, verify_signatures
from baitp_desktop.service.users import AccountLocked, AuthenticationFailed, UserService
from baitp_desktop.storage import Database, open_database
from baitp_desktop.storage.audit import verify
from baitp_desktop.storage.models import Base
from baitp_desktop.storage.schema import head_revision, schema_revision, upgrade
from tests.account_helpers import ready_account
from tests.storage.storage_helpers import DATA

from .conftest import PID, day, sample_participant

pytestmark = pytest.mark.postgres
POSTGRES_ENV = "BAITP_TEST_POSTGRES_URL"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a new, empty database on the test server (dropped afterwards)."""
    server = os.environ.get(POSTGRES_ENV)
    if not server:
        reason = f"no PostgreSQL server configured: set {POSTGRES_ENV}"
        if os.environ.get("BAITP_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    name = f"baitp_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    try:
        yield database
    finally:
        database.dispose()


def test_accounts_signatures_queries_and_verify(pg_database: Database) -> None:
    database = pg_database
    StudyService(database).import_participants([sample_participant()])
    admin = UserService(database).create_first_admin("admin", "Ada Admin", "kestrel-ada-71")
    passwords = {"nurse": "wader-pass-one", "inv": "wader-pass-two", "mon": "wader-pass-three"}
    for name, role in (("nurse", "nurse"), ("inv", "investigator"), ("mon", "monitor")):
        ready_account(database, admin, name, name.title(), role, passwords[name])
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            UserService(database).authenticate("mon", "wrong-password")
    with pytest.raises(AccountLocked):
        UserService(database).authenticate("mon", "wrong-password")
    UserService(database, admin).unlock("mon", "Checked")
    monitor = UserService(database).authenticate("mon", passwords["mon"])
    nurse = UserService(database).authenticate("nurse", passwords["nurse"])
    inv = UserService(database).authenticate("inv", passwords["inv"])

    signature = SignatureService(database, inv).sign_visit(PID, "d7", passwords["inv"])
    study = StudyService(database, nurse)
    count = next(c for c in study.participant(PID).platelet_counts if c.date == day(7))
    with pytest.raises(RecordLocked):
        study.apply(
            PID,
            [Upsert("count", {"value": 46}, record_id=count.record_id)],
            reason="Transcription error",
        )
    SignatureService(database, inv).unlock(signature.signature_id, "Wrong count")
    study.apply(
        PID,
        [Upsert("count", {"value": 46}, record_id=count.record_id)],
        reason="Transcription error",
    )

    query = QueryService(database, monitor).raise_query(PID, QueryTarget("Count Day 7"), "46?")
    QueryService(database, nurse).answer(query.query_id, "Yes, 46")
    closed = QueryService(database, monitor).close(query.query_id, "Thanks")
    assert closed.status is QueryStatus.CLOSED

    with database.read_session() as session:
        result = verify(session)
    assert result.intact, result.problem
    assert verify_signatures(database).problem is None
    with database.engine.begin() as connection:
        connection.execute(text("update query set status = 'new'"))
    with database.read_session() as session:
        problem = verify(session).problem
    assert problem is not None and "query record" in problem and "status" in problem


def test_upgrade_0003_takes_the_hashes_out_on_the_server(pg_url: str) -> None:
    """The archived revision-0002 study (tests/data/schema_0002_accounts.sqlite), moved
    onto the server at revision 0002, upgrades there like the file does."""
    server = Database(pg_url)
    upgrade(server, "0002")
    source = create_engine(
        f"sqlite:///file:{DATA / 'schema_0002_accounts.sqlite'}?mode=ro&uri=true"
    )
    with source.connect() as reading, server.engine.begin() as writing:
        present = set(inspect(reading).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name not in present:
                continue
            old = {c["name"] for c in inspect(reading).get_columns(table.name)}
            columns = [c for c in table.columns if c.name in old]
            rows = [dict(r._mapping) for r in reading.execute(select(*columns))]
            if rows:
                writing.execute(table.insert(), rows)
    source.dispose()
    server.dispose()

    database = open_database(pg_url)  # at 0002: upgraded on opening
    try:
        assert schema_revision(database) == head_revision()
        # a server file has no pre-upgrade copy, so its identity is recorded by the opening's
        # background steps: wait for them, or the count below depends on the timing
        database.write_refusal(wait=True)
        with database.snapshot_session() as session:
            result = verify(session)
            values = session.execute(text("select old_value, new_value from audit_entry")).all()
        assert result.intact, result.problem
        # the re-chaining, three counters, the identity (study, site, id: key and value each)
        assert result.entries_checked == 612 + 1 + 3 + 6
        assert not any("$argon2" in str(value) for row in values for value in row)
    finally:
        database.dispose()
