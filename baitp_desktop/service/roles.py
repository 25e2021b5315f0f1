"""Who may do what. The service checks it on every write; the GUI only mirrors it.

- nurse: enters data, answers queries
- investigator: enters data, signs and unlocks, raises/answers/closes queries, explains
  findings (and withdraws explanations)
- monitor: reads, raises and closes queries, marks source data verified
- admin: manages accounts and site settings, restores backups, acknowledges audit-trail
  warnings (enters no CRF data: separation of duties)
- system: the account recorded for `baitp demo` / `baitp import` without `--user`, and
  for programs that use the service without a person (tests, scripts); it cannot sign.

Whatever the role, an account signed in with a temporary password (set by an
administrator, who therefore knows it) may do nothing but change that password: no data
entry, no signature, no query, no account administration.
"""

from __future__ import annotations

from enum import StrEnum

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import tr, tr_noop
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
    ADMINISTER_DATABASE = "administer_database"  # restore, acknowledge trail warnings
    EXPLAIN_FINDING = "explain_finding"  # record or withdraw why a finding is acceptable


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
            Permission.EXPLAIN_FINDING,
        }
    ),
    Role.MONITOR: frozenset(
        {Permission.RAISE_QUERY, Permission.CLOSE_QUERY, Permission.VERIFY_SOURCE}
    ),
    Role.ADMIN: frozenset({Permission.MANAGE_USERS, Permission.ADMINISTER_DATABASE}),
    Role.SYSTEM: frozenset({Permission.ENTER_DATA, Permission.IMPORT}),
}

# What each permission is called in a refusal ("A monitor cannot <enter data>").
_DOING: dict[Permission, str] = {
    Permission.ENTER_DATA: tr_noop("Roles", "enter or change CRF data"),
    Permission.IMPORT: tr_noop("Roles", "import data"),
    Permission.SIGN: tr_noop("Roles", "sign"),
    Permission.UNLOCK: tr_noop("Roles", "unlock signed data"),
    Permission.RAISE_QUERY: tr_noop("Roles", "raise queries"),
    Permission.ANSWER_QUERY: tr_noop("Roles", "answer queries"),
    Permission.CLOSE_QUERY: tr_noop("Roles", "close queries"),
    Permission.VERIFY_SOURCE: tr_noop("Roles", "mark source data verified"),
    Permission.MANAGE_USERS: tr_noop("Roles", "manage user accounts"),
    Permission.EXPLAIN_FINDING: tr_noop("Roles", "explain findings or withdraw explanations"),
    Permission.ADMINISTER_DATABASE: tr_noop(
        "Roles", "restore the database or acknowledge audit-trail warnings"
    ),
}

ROLE_NAMES: dict[Role, str] = {
    Role.NURSE: tr_noop("Roles", "Nurse"),
    Role.INVESTIGATOR: tr_noop("Roles", "Investigator"),
    Role.MONITOR: tr_noop("Roles", "Monitor"),
    Role.ADMIN: tr_noop("Roles", "Administrator"),
    Role.SYSTEM: tr_noop("Roles", "System"),
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
    return not actor.temporary_password and permission in PERMISSIONS[role_of(actor)]


def require(actor: Actor, permission: Permission) -> None:
    """Refuse (PermissionDenied) unless the actor's role grants `permission`."""
    if actor.temporary_password:
        raise PermissionDenied(
            tr(
                "Roles",
                "{user} signed in with a temporary password and may only change it "
                "(in the application, or baitp --user {user} user passwd); nothing was changed.",
            ).format(user=actor.username)
        )
    if not can(actor, permission):
        raise PermissionDenied(
            tr("Roles", "{user} ({role}) may not {doing}; nothing was changed.").format(
                user=actor.username,
                role=role_name(actor.role),
                doing=tr("Roles", _DOING[permission]),
            )
        )
