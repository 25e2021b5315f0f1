"""Opening the database: where it lives, how SQLite is set up, and the two kinds of session.

SQLite settings, and why:
- `journal_mode=WAL`: readers (the GUI's validator, a backup) never block the writer
  (persistent in the file; set by schema.py when the file is accepted).
- `synchronous=FULL`: when the screen says "saved", the transaction is on disk even if the
  clinic loses power a second later. With WAL, NORMAL is faster but may lose the last
  commits on a power cut; a CRF must not, and a save costs one fsync more, well within
  the per-save budget (see benchmarks/).
- `foreign_keys=ON`: no orphan diary day or count can exist.
- `busy_timeout`: a second window or a backup waits briefly instead of failing.
- Write transactions start with `BEGIN IMMEDIATE`, so two writers queue for the lock at
  the start instead of one failing mid-transaction on a lock upgrade.

A file that cannot be written (a read-only file, or a folder where SQLite cannot create
its `-wal` and `-shm` files) is opened read-only, so that reading, `verify` and exports
still work; saving is refused with the reason. Other reasons to refuse saving are
registered as write gates (an audit trail that lost its anchored head, a failed full
integrity check): every write transaction asks them first, whichever screen or command
it comes from.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from baitp_desktop.i18n import tr
from baitp_desktop.storage.errors import StorageError
from baitp_desktop.storage.failures import (
    FileIdentity,
    check_same_file,
    environment_errors,
    file_identity,
)

DEFAULT_FILENAME = "baitp.sqlite"
BUSY_TIMEOUT_MS = 10_000

log = logging.getLogger(__name__)


class WritesRefused(StorageError):
    """Saving is refused on this database until the cause its message names is dealt with."""


# Asked before every write: a refusal message, or None. `wait` lets a check that is still
# running (the background integrity check) finish first; without it, "not known yet" is None.
WriteGate = Callable[[bool], str | None]


def default_database_path() -> Path:
    """The per-user data folder's database (platformdirs), used when nothing else is named."""
    return Path(user_data_dir("baitp-desktop", appauthor=False)) / DEFAULT_FILENAME


def resolve_location(location: str | os.PathLike[str] | None) -> str:
    """`--db` value, else BAITP_DB, else the default file; returned as an SQLAlchemy URL."""
    value = os.fspath(location) if location is not None else os.environ.get("BAITP_DB")
    if not value:
        value = os.fspath(default_database_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().absolute()}"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's own
        # implicit transactions would defer the lock and break BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        # journal_mode=WAL is stored in the file's header, so it is set by
        # storage/schema.py once the file is known to be ours: a foreign file or one from a
        # newer release is refused without a byte changed.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """An engine plus the sessions the application uses; one per open database."""

    def __init__(self, url: str, engine: Engine | None = None, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        self.engine = engine or create_engine_for(url, read_only)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Where the automatic pre-upgrade copy went, if opening upgraded the schema.
        self.upgrade_copy: Path | None = None
        # Today's rotating backup made on opening (storage/rotation.py), or why it failed.
        self.daily_backup: Path | None = None
        self.backup_warning: str | None = None
        # The file this Database opened, to notice it being deleted or replaced meanwhile.
        self._identity: FileIdentity | None = None
        self._gates: list[WriteGate] = []
        # Set by storage/schema.py when opening created the database (no tables before).
        self.created = False
        # Whether a write transaction committed through this object (the close anchor).
        self.wrote = False
        # Called once by `dispose` (storage/anchors.py records the head on closing).
        self.closing_hooks: list[Callable[[Database], None]] = []

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The database file for SQLite, None for a server."""
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database else None

    @property
    def display_name(self) -> str:
        """How messages name the database: the file path, or the server without password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def remember_file(self) -> None:
        """Note which file is open; later sessions refuse to run if it was swapped."""
        path = self.path
        if path is not None:
            self._identity = file_identity(path)

    @contextmanager
    def guarded(self) -> Iterator[None]:
        """Environment failures (disk full, read-only, locked, damaged, missing) inside
        become StorageError messages (storage/failures.py); anything else is a bug."""
        path = self.path
        with environment_errors(self.display_name, path):
            if path is not None:
                if self._identity is None:
                    self.remember_file()
                if self._identity is not None:
                    check_same_file(self.display_name, path, self._identity)
            yield

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading; never commits."""
        with self.guarded(), self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def locked_read_session(self) -> Iterator[Session]:
        """A read under the write lock (BEGIN IMMEDIATE on SQLite), never committed: waits
        for any writer (a restore) to finish, and sees what it left."""
        with self.guarded(), self.engine.connect() as connection:
            if self.is_sqlite:
                connection = connection.execution_options(sqlite_begin="IMMEDIATE")
            with connection.begin() as transaction, Session(bind=connection) as session:
                try:
                    yield session
                finally:
                    transaction.rollback()

    def add_write_gate(self, gate: WriteGate) -> None:
        self._gates.append(gate)

    def remove_write_gate(self, gate: WriteGate) -> None:
        if gate in self._gates:
            self._gates.remove(gate)

    def write_refusal(self, wait: bool = True) -> str | None:
        """Why saving is refused now (the first gate that refuses), None when it is not."""
        for gate in list(self._gates):
            if (refusal := gate(wait)) is not None:
                return refusal
        return None

    @contextmanager
    def snapshot_session(self) -> Iterator[Session]:
        """Reads that all see one moment of the database, never committed.

        SQLite (WAL) keeps one read transaction's view from its first read; a server
        needs REPEATABLE READ for that (its default shows each statement the latest
        commits, so a colleague's save could fall between two reads).
        """
        with self.guarded(), self.engine.connect() as connection:
            if not self.is_sqlite:
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin() as transaction, Session(bind=connection) as session:
                try:
                    yield session
                finally:
                    transaction.rollback()

    @contextmanager
    def write_session(self, *, despite_refusal: bool = False) -> Iterator[Session]:
        """A write transaction: BEGIN IMMEDIATE on SQLite; commit on success, else roll back.

        Only the application-service layer (`baitp_desktop.service`) calls this. A
        refusal by a write gate raises WritesRefused before anything is read; only
        signing in (failed-attempt counting) and an administrator's acknowledgement of
        the refusal's cause pass `despite_refusal`.
        """
        if not despite_refusal and (refusal := self.write_refusal()) is not None:
            raise WritesRefused(refusal)
        with self.guarded(), self.engine.connect() as connection:
            if self.is_sqlite:
                connection = connection.execution_options(sqlite_begin="IMMEDIATE")
            # Leaving `connection.begin()` normally commits; an exception rolls back.
            with connection.begin(), Session(bind=connection, expire_on_commit=False) as session:
                yield session
                session.flush()
            self.wrote = True

    def dispose(self) -> None:
        hooks, self.closing_hooks = self.closing_hooks, []
        for hook in hooks:
            try:
                hook(self)
            except Exception:  # closing must not fail; what failed is in the log
                log.exception("closing step for %s failed", self.display_name)
        self.engine.dispose()


def read_only_connector(path: Path) -> Callable[[], sqlite3.Connection]:
    """Connections that never write: `mode=ro`, or, where SQLite cannot create its side
    files (a read-only folder) and there is no write-ahead log to read, `immutable=1`."""
    wal = path.with_name(path.name + "-wal")
    folder_writable = os.access(path.parent, os.W_OK)
    has_log = wal.exists() and wal.stat().st_size > 0
    option = "mode=ro" if folder_writable or has_log else "immutable=1"
    uri = f"{path.absolute().as_uri()}?{option}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )

    return connect


def is_writable_file(path: Path) -> bool:
    """Whether SQLite can write the existing file at `path` (the file and its folder)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def create_engine_for(url: str, read_only: bool = False) -> Engine:
    """An engine with the SQLite settings above (or the server's defaults).

    Statement parameters are left out of driver error messages (hide_parameters): a
    failed write would otherwise carry a password hash or CRF values into the log."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if read_only and parsed.database:
            connect = read_only_connector(Path(parsed.database))
            engine = create_engine(
                "sqlite://", creator=connect, poolclass=QueuePool, hide_parameters=True
            )
        else:
            engine = create_engine(
                url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
            )
        _configure_sqlite(engine)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    except ModuleNotFoundError as exc:  # an install without the server driver
        raise StorageError(
            tr(
                "Storage",
                "{url} needs the database driver {module}, which is not installed "
                "(pip install 'psycopg[binary]').",
            ).format(url=parsed.render_as_string(hide_password=True), module=exc.name)
        ) from exc
