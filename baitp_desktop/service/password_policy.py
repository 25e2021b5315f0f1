"""The site's password rules: a minimum length, no common password, not the user name.

A password that an attacker tries first (`12345678`, `password`, `qwertyuiop`) protects
nothing, however well it is hashed, and on a shared ward workstation the user name is
the first guess of all. The rules live in `[accounts]` of protocol.toml (a site may
raise the minimum or add to the list, as it amends the protocol: BAITP_RESOURCES) and
apply to every new password: the first administrator's, a temporary one set by an
administrator, and the one the owner chooses.

The list is read on the first new password of the process, not at start-up: signing in
never needs it.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import tr
from baitp_desktop.resources import resource_path

# Below this a configured minimum is a typing error, not a site's choice.
_LOWEST_ALLOWED_MINIMUM = 8


class PasswordPolicyUnavailable(UserFacingError):
    """The configuration of the password rules is missing or makes no sense."""


@dataclass(frozen=True, slots=True)
class PasswordPolicy:
    min_length: int
    common: frozenset[str]  # case-folded

    def problem(self, username: str, password: str) -> str | None:
        """Why `password` is refused for `username`, or None; one reason, the first."""
        if len(password) < self.min_length:
            return tr("Users", "at least {n} characters").format(n=self.min_length)
        if password.strip().casefold() in self.common:
            return tr(
                "Users",
                "this is one of the most common passwords, which are tried first; "
                "choose one that is harder to guess",
            )
        name = username.strip().casefold()
        if name and name in password.casefold():
            return tr("Users", "must not contain the user name {user}").format(
                user=username.strip()
            )
        return None


def read_common_passwords(path: Path) -> frozenset[str]:
    """One password a line; compared case-folded and without surrounding spaces."""
    with open(path, encoding="utf-8") as handle:
        return frozenset(folded for line in handle if (folded := line.strip().casefold()))


def load_policy(protocol_file: Path) -> PasswordPolicy:
    """The rules of `[accounts]` in `protocol_file`; the list is named relative to its folder."""
    try:
        with open(protocol_file, "rb") as handle:
            accounts = tomllib.load(handle)["accounts"]
        minimum = accounts["min_password_length"]
        list_file = protocol_file.parent / str(accounts["common_passwords"])
        if not isinstance(minimum, int) or not _LOWEST_ALLOWED_MINIMUM <= minimum <= 128:
            raise ValueError(minimum)
        common = read_common_passwords(list_file)
    except (OSError, KeyError, TypeError, ValueError, tomllib.TOMLDecodeError) as exc:
        raise PasswordPolicyUnavailable(
            tr(
                "Users",
                "The password rules cannot be read from {file} (section [accounts]: "
                "min_password_length between {low} and 128, common_passwords naming the "
                "list of common passwords): {problem}. No password was set.",
            ).format(file=protocol_file, low=_LOWEST_ALLOWED_MINIMUM, problem=exc)
        ) from exc
    return PasswordPolicy(minimum, common)


@functools.cache
def site_policy() -> PasswordPolicy:
    """The rules of the protocol configuration in use, read once per process."""
    return load_policy(resource_path("protocol.toml"))
