"""Restoring a backup, as an administrator: who may, and what the backup must pass.

The storage layer does the locked check-and-replace (storage/restore.py); this adds what
it cannot know: the person (an administrator, password typed again), and the checks of
the service layer the backup must pass too (every signature, as `verify` checks them).

Who is asked for the password: the current database's accounts when it can be opened
and has any; otherwise (damaged, missing, a new empty file) the backup's own accounts,
after the backup has passed its checks.
"""

from __future__ import annotations

import os
from pathlib import Path

from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.service.roles import Permission, require
from baitp_desktop.service.signatures import verify_signatures
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import open_database
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.errors import StorageError
from baitp_desktop.storage.integrity import CheckResult
from baitp_desktop.storage.restore import RestoreReport, restore_database


class RestoreNotAllowed(UserFacingError):
    """The restore cannot run: nobody (or not an administrator) signed in for it."""

    exit_code = 3


def signature_check(database: Database) -> CheckResult:
    """The backup's signatures, as `verify` checks them."""
    name = tr("Check", "signatures")
    result = verify_signatures(database)
    if result.problem is not None:
        return CheckResult(name, False, result.problem)
    return CheckResult(
        name,
        True,
        tr_n(
            "Check",
            "{n} signature matches its data",
            "{n} signatures match their data",
            result.checked,
        ).format(n=result.checked),
    )


def _administrator(database: Database, username: str, password: str) -> str:
    """Sign in on `database`; the user name if it is an administrator's account."""
    try:
        actor = UserService(database).authenticate(username, password)
        require(actor, Permission.ADMINISTER_DATABASE)
    except UserFacingError as refused:
        if isinstance(refused, StorageError):
            raise
        raise RestoreNotAllowed(
            tr("Restore", "Restoring needs an administrator's sign-in: {reason}").format(
                reason=refused
            )
        ) from refused
    return actor.username


def _current_accounts(location: str | os.PathLike[str] | None) -> Database | None:
    """The current database if it opens and has accounts to sign in with, else None."""
    try:
        database = open_database(location, daily_backup=False)
    except StorageError:
        return None
    if UserService(database).has_users():
        return database
    database.dispose()
    return None


def restore_backup(
    source: Path,
    location: str | os.PathLike[str] | None,
    username: str | None,
    password: str | None,
    *,
    check_only: bool = False,
    config: ProtocolConfig | None = None,
) -> RestoreReport:
    """Check `source` and, unless `check_only`, restore it as administrator `username`."""
    config = config or default_config()
    study = (config.protocol_id, config.site)
    checks = (signature_check,)
    if check_only:
        return restore_database(
            source, location, check_only=True, extra_checks=checks, expected_study=study
        )
    if not username or password is None:
        raise RestoreNotAllowed(
            tr(
                "Restore",
                "Restoring replaces the database: sign in as an administrator "
                "(--user NAME, password from BAITP_PASSWORD or a prompt).",
            )
        )
    current = _current_accounts(location)
    signed_in: str | None = None
    if current is not None:
        try:
            signed_in = _administrator(current, username, password)
        finally:
            current.dispose()

    def restorer(backup: Database) -> str:
        return signed_in or _administrator(backup, username, password)

    return restore_database(
        source, location, restorer=restorer, extra_checks=checks, expected_study=study
    )
