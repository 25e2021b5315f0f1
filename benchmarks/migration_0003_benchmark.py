"""Times upgrade 0003 (secrets out of the trail, re-chained) on a whole trial's trail.

The worst case: the accounts were made before any data, so the first password hash sits
near the start and almost the whole trail is re-chained. The study is the 35-participant
demo with every dosed participant's visits signed; the file is then put in the shape
revision 0002 left it (the password entries holding Argon2 hashes under `password_hash`,
the chain intact, alembic_version 0002) and opened, which upgrades it.

Prints JSON: `entries` (trail length before), `rechained`, `upgrade_s` (opening: the
pre-upgrade copy and the migration), `verify_s` after it.

    .venv/bin/python benchmarks/migration_0003_benchmark.py
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from baitp_desktop.demo import generate_study
from baitp_desktop.service import StudyService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import open_database
from baitp_desktop.storage.audit import GENESIS_HASH, entry_hash, verify

TODAY = date(2026, 11, 24)


def _study(path: Path) -> None:
    database = open_database(path, daily_backup=False)
    try:
        UserService(database).create_demo_accounts()  # accounts first: the worst case
        StudyService(database, today=lambda: TODAY).import_participants(
            generate_study(35, seed=2207, today=TODAY)
        )
    finally:
        database.dispose()


def _as_revision_0002(path: Path) -> int:
    """Put the hashes back in the trail as 0002 recorded them and re-chain; entries."""
    with sqlite3.connect(path) as connection:
        connection.row_factory = sqlite3.Row
        hashes = {
            f"User {row['username']}": row["password_hash"]
            for row in connection.execute("SELECT username, password_hash FROM app_user")
        }
        entries = [dict(r) for r in connection.execute("SELECT * FROM audit_entry ORDER BY id")]
        previous = GENESIS_HASH
        for entry in entries:
            if entry["field"] == "password" and entry["table_name"] == "app_user":
                entry["field"] = "password_hash"
                entry["new_value"] = hashes[entry["record_label"]]
            entry["previous_hash"] = previous
            entry["entry_hash"] = previous = entry_hash(entry, previous)
        connection.executemany(
            "UPDATE audit_entry SET field = :field, new_value = :new_value, "
            "previous_hash = :previous_hash, entry_hash = :entry_hash WHERE id = :id",
            entries,
        )
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
    connection.close()
    return len(entries)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "trial.sqlite"
        _study(path)
        entries = _as_revision_0002(path)
        start = time.perf_counter()
        database = open_database(path, daily_backup=False)
        upgrade_s = time.perf_counter() - start
        try:
            start = time.perf_counter()
            with database.read_session() as session:
                result = verify(session)
                record = str(session.scalar(text(
                    "SELECT reason FROM audit_entry WHERE record_label = 'Audit trail'"
                )))  # fmt: skip
            verify_s = time.perf_counter() - start
        finally:
            database.dispose()
        assert result.intact, result.problem
        found = re.search(r"(\d+) entries re-chained", record)
        print(
            json.dumps(
                {
                    "entries": entries,
                    "rechained": int(found.group(1)) if found else 0,
                    "upgrade_s": round(upgrade_s, 2),
                    "verify_s": round(verify_s, 2),
                }
            )
        )


if __name__ == "__main__":
    main()
