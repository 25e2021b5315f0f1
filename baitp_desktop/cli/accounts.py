"""Who runs a command: `--user NAME` signs in with a password; otherwise `system`.

The password comes from $BAITP_PASSWORD (for scripts) or a prompt without echo. A wrong
password counts towards the account lockout, exactly as at the GUI's sign-in. An account
whose password an administrator reset must change it first (`baitp --user NAME user
passwd`) before any other command runs as it.
"""

from __future__ import annotations

import getpass
import os
from typing import TextIO

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import tr
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.users import AuthenticationFailed, UserService
from baitp_desktop.storage import Database

PASSWORD_VARIABLE = "BAITP_PASSWORD"


def read_password(prompt: str, stream: TextIO) -> str:
    """$BAITP_PASSWORD, else a prompt on the terminal (no echo)."""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    try:
        return getpass.getpass(prompt, stream=stream)
    except EOFError:
        raise AuthenticationFailed(
            tr("CLI", "No password given: set {var} or run the command in a terminal.").format(
                var=PASSWORD_VARIABLE
            )
        ) from None


def sign_in(
    database: Database, username: str, stream: TextIO, *, allow_temporary: bool = False
) -> tuple[Actor, str]:
    """Sign in as `username`; returns the actor and the password (kept for re-entry)."""
    password = read_password(tr("CLI", "Password for {user}: ").format(user=username), stream)
    users = UserService(database)
    actor = users.authenticate(username, password)
    if not allow_temporary and users.user(username).must_change_password:
        raise AuthenticationFailed(
            tr(
                "CLI",
                "{user} has a temporary password set by an administrator; change it first: "
                "baitp --user {user} user passwd",
            ).format(user=username)
        )
    return actor, password


def refuse_system(command: str) -> UserFacingError:
    return UserFacingError(
        tr(
            "CLI",
            "`baitp {command}` changes data and must name the person doing it: add "
            "--user NAME (password from {var} or a prompt). The system account is only "
            "for demo and import.",
        ).format(command=command, var=PASSWORD_VARIABLE)
    )
