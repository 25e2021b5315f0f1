"""Accounts for tests: as people leave them after their first sign-in, and signed in on
the real command line.

An administrator can only give a new account a temporary password, which the account
must change before it can do anything; tests that need a working investigator or nurse
take both steps here, through the real service.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from baitp_desktop.service.actor import Actor
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import Database
from tests.conftest import baitp_executable

TEMPORARY_PASSWORD = "Provisional-4417"


def ready_account(
    database: Database, admin: Actor, username: str, printed_name: str, role: str, password: str
) -> Actor:
    """`username` added by `admin` with a temporary password, then changed to `password` by
    its owner; the account as it now stands."""
    UserService(database, admin).add_user(username, printed_name, role, TEMPORARY_PASSWORD)
    owner = UserService(database).authenticate(username, TEMPORARY_PASSWORD)
    return UserService(database, owner).change_own_password(TEMPORARY_PASSWORD, password)


def baitp(
    tmp_path: Path, *args: str, password: str | None = None, new_password: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The real `baitp` command with $BAITP_PASSWORD / $BAITP_NEW_PASSWORD as a script sets
    them, logging into tmp_path/logs; returns the finished process."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("BAITP_DB", "BAITP_PASSWORD", "BAITP_NEW_PASSWORD")
    }
    env["BAITP_LOG_DIR"] = str(tmp_path / "logs")
    if password is not None:
        env["BAITP_PASSWORD"] = password
    if new_password is not None:
        env["BAITP_NEW_PASSWORD"] = new_password
    return subprocess.run(
        [*baitp_executable(), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
