"""Schema versions: create a new database at head, upgrade an older one, refuse the rest.

The schema version is Alembic's revision. A new (empty) database is created by running
every migration, so the path an old file takes on upgrade is the path every new file
took. Before an existing file is upgraded, a copy is made next to it; a file written by
a newer release, or by another program, is refused without being touched.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from baitp_desktop.i18n import tr
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.errors import SchemaError

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration's revision. Opening a database at this revision needs no Alembic at
# all (its import and the scan of the revision files cost a noticeable part of start-up);
# tests/storage check that it names the head of storage/migrations/versions.
SCHEMA_HEAD = "0006"

# "BAIT" as a big-endian int: lets a baitp database be told from any other SQLite file.
APPLICATION_ID = 0x42414954
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return SCHEMA_HEAD


def scripted_head() -> str:
    """The head as the revision files say (what SCHEMA_HEAD must equal)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return connection.execute(text("select version_num from alembic_version")).scalar()


def _application_id(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA application_id").scalar() or 0)


def use_wal(database: Database) -> None:
    """Put an accepted SQLite file in WAL mode (stored in the file, so done only once it
    is known to be a baitp database; outside a transaction, as SQLite requires)."""
    if not database.is_sqlite:
        return
    connection = database.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()
    finally:
        connection.close()


def upgrade(database: Database, revision: str = "head") -> None:
    """Run the migrations up to `revision` in one transaction."""
    from alembic import command

    use_wal(database)
    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
        if database.is_sqlite:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def _backup_before_upgrade(database: Database, from_revision: str) -> Path | None:
    from baitp_desktop.storage.backup import backup_to  # avoids a cycle at import

    path = database.path
    if path is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-upgrade-{from_revision}-{stamp}{path.suffix}")
    backup_to(database, target)
    return target


def ensure_schema(database: Database) -> Path | None:
    """Bring the database to head; returns the pre-upgrade copy's path if one was made."""
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = current_revision(connection) if "alembic_version" in tables else None
        app_id = _application_id(connection) if database.is_sqlite else APPLICATION_ID
        connection.rollback()
    name = database.display_name
    if not tables:
        upgrade(database)
        database.created = True
        return None
    if revision is None or "participant" not in tables or (app_id not in (0, APPLICATION_ID)):
        raise SchemaError(
            tr(
                "Storage",
                "{name} is not a baitp-desktop database (it holds other data). "
                "Choose another file, or move this one away.",
            ).format(name=name)
        )
    head = head_revision()
    if revision == head:
        if not database.read_only:
            use_wal(database)
        return None
    if revision not in known_revisions():
        raise SchemaError(
            tr(
                "Storage",
                "{name} was written by a newer version of baitp-desktop (schema {revision}). "
                "Install that version or later to open it; the file was not changed.",
            ).format(name=name, revision=revision)
        )
    if database.read_only:
        raise SchemaError(
            tr(
                "Storage",
                "{name} was written by an older version of baitp-desktop (schema {revision}) "
                "and must be upgraded, which needs write access to the file and its folder. "
                "Ask IT for write access, or open a copy in a writable folder.",
            ).format(name=name, revision=revision)
        )
    copy = _backup_before_upgrade(database, revision)
    upgrade(database)
    return copy


def schema_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        if "alembic_version" not in tables:
            return None
        return connection.execute(text("select version_num from alembic_version")).scalar()
