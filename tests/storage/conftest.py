"""Fixtures of the storage tests: scenario participants, and a PostgreSQL database per test.

The PostgreSQL tests need a server: `BAITP_TEST_POSTGRES_URL` names one whose account may
create databases (`.ci/run` starts one with scripts/pg-test-server.sh; locally:
`eval "$(bash scripts/pg-test-server.sh start)"`). Without it they are skipped with that
reason, unless BAITP_REQUIRE_POSTGRES=1 (set by .ci/run), where a missing server fails.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_ENV = "BAITP_TEST_POSTGRES_URL"


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The admin URL of the test server, or a skip saying how to get one."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        reason = (
            f"no PostgreSQL server configured: set {POSTGRES_ENV} "
            '(eval "$(bash scripts/pg-test-server.sh start)")'
        )
        if os.environ.get("BAITP_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return url


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"baitp_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on an SQLite file and on a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "study.sqlite")
    return str(request.getfixturevalue("postgres_url"))
