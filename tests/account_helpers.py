"""Accounts as people leave them after their first sign-in, for tests outside tests/compliance.

An administrator can only give a new account a temporary password, which the account
must change before it can do anything; tests that need a working investigator or nurse
take both steps here, through the real service.
"""

from __future__ import annotations

from baitp_desktop.service.actor import Actor
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import Database

TEMPORARY_PASSWORD = "Provisional-4417"


def ready_account(
    database: Database, admin: Actor, username: str, printed_name: str, role: str, password: str
) -> Actor:
    """`username` added by `admin` with a temporary password, then changed to `password` by
    its owner; the account as it now stands."""
    UserService(database, admin).add_user(username, printed_name, role, TEMPORARY_PASSWORD)
    owner = UserService(database).authenticate(username, TEMPORARY_PASSWORD)
    return UserService(database, owner).change_own_password(TEMPORARY_PASSWORD, password)
