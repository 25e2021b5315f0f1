"""Who may do what. The service checks it on every write; the GUI only mirrors it.

- nurse: enters data, answers queries
- investigator: enters data, signs and unlocks, raises/answers/closes queries
- monitor: reads, raises and closes queries, marks source data verified
- admin: manages accounts and site settings (enters no CRF data: separation of duties)
- system: the account recorded for `baitp demo` / `baitp import` without `--user`, and
  for programs that use the service without a person (tests, scripts); it cannot sign.
"""

from __future__ import annotations

from enum import StrEnum

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import tr
from baitp_desktop.service.actor import Actor


class Role(StrEnum):
    NURSE = "nurse"
    INVESTIGATOR = "investigator"
    MONITOR = "monitor"
    ADMIN = "admin"
    SYSTEM = "system"


class Permission(StrEnum):
    ENTER_DATA = "enter_data"
    IMPORT = "import"
    SIGN = "sign"
    UNLOCK = "unlock"
    RAISE_QUERY = "raise_query"
    ANSWER_QUERY = "answer_query"
    CLOSE_QUERY = "close_query"
    VERIFY_SOURCE = "verify_source"
    MANAGE_USERS = "manage_users"


PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.NURSE: frozenset({Permission.ENTER_DATA, Permission.IMPORT, Permission.ANSWER_QUERY}),
    Role.INVESTIGATOR: frozenset(
        {
            Permission.ENTER_DATA,
            Permission.IMPORT,
            Permission.SIGN,
            Permission.UNLOCK,
            Permission.RAISE_QUERY,
            Permission.ANSWER_QUERY,
            Permission.CLOSE_QUERY,
        }
    ),
    Role.MONITOR: frozenset(
        {Permission.RAISE_QUERY, Permission.CLOSE_QUERY, Permission.VERIFY_SOURCE}
    ),
    Role.ADMIN: frozenset({Permission.MANAGE_USERS}),
    Role.SYSTEM: frozenset({Permission.ENTER_DATA, Permission.IMPORT}),
}

# What each permission is called in a refusal ("A monitor cannot <enter data>").
_DOING: dict[Permission, str] = {
    Permission.ENTER_DATA: "enter or change CRF data",
    Permission.IMPORT: "import data",
    Permission.SIGN: "sign",
    Permission.UNLOCK: "unlock signed data",
    Permission.RAISE_QUERY: "raise queries",
    Permission.ANSWER_QUERY: "answer queries",
    Permission.CLOSE_QUERY: "close queries",
    Permission.VERIFY_SOURCE: "mark source data verified",
    Permission.MANAGE_USERS: "manage user accounts",
}

ROLE_NAMES: dict[Role, str] = {
    Role.NURSE: "Nurse",
    Role.INVESTIGATOR: "Investigator",
    Role.MONITOR: "Monitor",
    Role.ADMIN: "Administrator",
    Role.SYSTEM: "System",
}


class PermissionDenied(UserFacingError):
    """The signed-in person's role does not allow this; nothing was changed."""

    exit_code = 1


def role_of(actor: Actor) -> Role:
    try:
        return Role(actor.role)
    except ValueError:
        return Role.MONITOR  # an unknown role may read, nothing more


def role_name(role: str) -> str:
    try:
        return tr("Roles", ROLE_NAMES[Role(role)])
    except ValueError:
        return role


def can(actor: Actor, permission: Permission) -> bool:
    return permission in PERMISSIONS[role_of(actor)]


def require(actor: Actor, permission: Permission) -> None:
    """Refuse (PermissionDenied) unless the actor's role grants `permission`."""
    if not can(actor, permission):
        raise PermissionDenied(
            tr("Roles", "{user} ({role}) may not {doing}; nothing was changed.").format(
                user=actor.username,
                role=role_name(actor.role),
                doing=tr("Roles", _DOING[permission]),
            )
        )
