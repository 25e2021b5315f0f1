"""Accounts: sign-in, lockout, password changes, administration and site settings.

Passwords are hashed with Argon2id (argon2-cffi's defaults: memory-hard, salted); only the
hash is stored. Five wrong passwords in a row lock the account until an administrator
unlocks it (a correct password does not reopen a locked account). A wrong password typed
to sign or to unlock the idle screen counts the same way as one typed at sign-in.

Every account change is a write through this service and is audited (table `app_user`,
no participant); locking after the fifth failure is recorded under the `system` account.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from baitp_desktop.core.entry_checks import check_text
from baitp_desktop.core.errors import InputProblem, InvalidInput, UserFacingError
from baitp_desktop.i18n import tr
from baitp_desktop.service.actor import SYSTEM, Actor
from baitp_desktop.service.errors import NotFound
from baitp_desktop.service.roles import Permission, Role, require
from baitp_desktop.storage.audit import AuditTrail, utc_now
from baitp_desktop.storage.compliance_models import SettingRow, UserRow
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.models import column_width

log = logging.getLogger(__name__)

MAX_FAILED_ATTEMPTS = 5
MIN_PASSWORD_LENGTH = 8
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_SETTING = "idle_lock_minutes"
ACCOUNT_ROLES = (Role.NURSE, Role.INVESTIGATOR, Role.MONITOR, Role.ADMIN)

# (user name, printed name, role, password) created by `baitp demo`; never on a real study.
DEMO_ACCOUNTS: tuple[tuple[str, str, Role, str], ...] = (
    ("admin", "Demo Administrator", Role.ADMIN, "demo-admin"),
    ("nurse", "Wang Fang (demo nurse)", Role.NURSE, "demo-nurse"),
    ("investigator", "Dr Li Wei (demo investigator)", Role.INVESTIGATOR, "demo-investigator"),
    ("monitor", "Zhang Min (demo monitor)", Role.MONITOR, "demo-monitor"),
)

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the user name is unknown, so that the answer takes as long.

    Made on first use: hashing costs ~150 ms, which every start of `baitp` would pay."""
    return _hasher.hash("not a password of anyone")


class AuthenticationFailed(UserFacingError):
    """Wrong user name or password (which one is not said), or a locked/inactive account."""

    exit_code = 1


class AccountLocked(AuthenticationFailed):
    pass


@dataclass(frozen=True, slots=True)
class UserInfo:
    """An account as the administration screen shows it (never the password hash)."""

    username: str
    printed_name: str
    role: str
    active: bool
    locked: bool
    must_change_password: bool
    failed_attempts: int
    last_login_utc: str | None

    def state_words(self) -> list[str]:
        """What stands in the way of signing in ('locked', 'deactivated', …), for lists;
        empty for an account in normal use. One wording for the GUI and `baitp user list`."""
        return [
            text
            for text, on in (
                (tr("Users", "locked"), self.locked),
                (tr("Users", "deactivated"), not self.active),
                (tr("Users", "temporary password"), self.must_change_password),
            )
            if on
        ]


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_problem(username: str, password: str) -> str | None:
    """Why a new password is refused, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return tr("Users", "at least {n} characters").format(n=MIN_PASSWORD_LENGTH)
    if password.strip().lower() == username.strip().lower():
        return tr("Users", "must differ from the user name")
    return None


def _actor(row: UserRow) -> Actor:
    return Actor(username=row.username, display_name=row.printed_name, role=row.role)


def _info(row: UserRow) -> UserInfo:
    return UserInfo(
        row.username,
        row.printed_name,
        row.role,
        row.active,
        row.locked,
        row.must_change_password,
        row.failed_attempts,
        row.last_login_utc,
    )


def _refusal(problems: list[InputProblem]) -> InvalidInput:
    return InvalidInput(problems)


class UserService:
    """Account operations, performed by `actor` (an administrator for the admin ones)."""

    def __init__(self, database: Database, actor: Actor = SYSTEM) -> None:
        self.database = database
        self.actor = actor

    # -- reading ---------------------------------------------------------------------------
    def has_users(self) -> bool:
        with self.database.read_session() as session:
            return bool(session.scalar(select(func.count()).select_from(UserRow)))

    def users(self) -> list[UserInfo]:
        with self.database.read_session() as session:
            return [_info(r) for r in session.scalars(select(UserRow).order_by(UserRow.username))]

    def user(self, username: str) -> UserInfo:
        with self.database.read_session() as session:
            return _info(self._row(session, username))

    def idle_lock_minutes(self) -> int:
        with self.database.read_session() as session:
            value = session.scalar(
                select(SettingRow.value).where(SettingRow.key == IDLE_LOCK_SETTING)
            )
        try:
            return max(1, int(value)) if value is not None else DEFAULT_IDLE_LOCK_MINUTES
        except ValueError:
            return DEFAULT_IDLE_LOCK_MINUTES

    # -- signing in ------------------------------------------------------------------------
    def authenticate(self, username: str, password: str) -> Actor:
        """The account's actor if the password is right; counts and locks on failure."""
        failure: AuthenticationFailed | None = None
        with self.database.write_session() as session:
            row = session.scalars(select(UserRow).where(UserRow.username == username)).first()
            if row is None:
                _verify(_dummy_hash(), password)
                failure = AuthenticationFailed(_wrong())
            elif not row.active:
                failure = AuthenticationFailed(
                    tr("Users", "The account {user} is deactivated; ask an administrator.").format(
                        user=username
                    )
                )
            elif row.locked:
                failure = AccountLocked(_locked_message(username))
            elif not _verify(row.password_hash, password):
                failure = self._count_failure(session, row)
            else:
                row.failed_attempts = 0
                row.last_login_utc = utc_now()
                return _actor(row)
        log.warning("sign-in refused for %r", username)
        raise failure

    def check_password(self, password: str) -> Actor:
        """Re-entry of the acting person's password (signing, the idle lock screen)."""
        return self.authenticate(self.actor.username, password)

    def _count_failure(self, session: Session, row: UserRow) -> AuthenticationFailed:
        row.failed_attempts += 1
        if row.failed_attempts < MAX_FAILED_ATTEMPTS:
            left = MAX_FAILED_ATTEMPTS - row.failed_attempts
            return AuthenticationFailed(
                _wrong()
                + " "
                + tr("Users", "{n} attempts left before the account is locked.").format(n=left)
            )
        trail = AuditTrail(session, SYSTEM.username, None)
        trail.updated(
            row,
            "locked",
            row.locked,
            True,
            tr("Users", "Locked after {n} failed sign-in attempts").format(n=MAX_FAILED_ATTEMPTS),
        )
        row.locked = True
        trail.write()
        return AccountLocked(_locked_message(row.username))

    # -- first start -----------------------------------------------------------------------
    def create_first_admin(self, username: str, printed_name: str, password: str) -> Actor:
        """The first account of a new database: an administrator, created by that person."""
        with self.database.write_session() as session:
            if session.scalar(select(func.count()).select_from(UserRow)):
                raise UserFacingError(
                    tr("Users", "This database already has accounts; sign in instead.")
                )
            row = self._insert(
                session,
                username,
                printed_name,
                Role.ADMIN,
                password,
                username,
                tr("Users", "First administrator, created at first start"),
            )
            return _actor(row)

    def create_demo_accounts(self) -> list[UserInfo]:
        """The documented demo accounts (README), on a database without accounts only."""
        with self.database.write_session() as session:
            if session.scalar(select(func.count()).select_from(UserRow)):
                return []
            reason = tr("Users", "Demo account (password documented in the README)")
            rows = [
                self._insert(session, name, printed, role, password, SYSTEM.username, reason)
                for name, printed, role, password in DEMO_ACCOUNTS
            ]
            return [_info(row) for row in rows]

    # -- administration --------------------------------------------------------------------
    def add_user(
        self,
        username: str,
        printed_name: str,
        role: str,
        password: str,
        *,
        must_change_password: bool = True,
    ) -> UserInfo:
        require(self.actor, Permission.MANAGE_USERS)
        with self.database.write_session() as session:
            row = self._insert(
                session,
                username,
                printed_name,
                role,
                password,
                self.actor.username,
                tr("Users", "New account"),
                must_change_password=must_change_password,
            )
            return _info(row)

    def unlock(self, username: str, reason: str) -> None:
        self._admin_update(username, {"locked": False}, reason, reset_attempts=True)

    def set_role(self, username: str, role: str, reason: str) -> None:
        if role not in ACCOUNT_ROLES:
            raise _refusal([InputProblem("", username, "role", _unknown_role(role))])
        self._admin_update(username, {"role": role}, reason)

    def set_active(self, username: str, active: bool, reason: str) -> None:
        if not active and username == self.actor.username:
            raise UserFacingError(tr("Users", "You cannot deactivate your own account."))
        self._admin_update(username, {"active": active}, reason)

    def reset_password(self, username: str, new_password: str, reason: str) -> None:
        """An administrator sets a temporary password; the person must change it."""
        if (problem := password_problem(username, new_password)) is not None:
            raise _refusal([InputProblem("", username, "password", problem)])
        values = {"password_hash": hash_password(new_password), "must_change_password": True}
        self._admin_update(username, values, reason, reset_attempts=True)

    def change_own_password(self, old_password: str, new_password: str) -> None:
        """The signed-in person changes their password (needs the current one)."""
        self.check_password(old_password)
        username = self.actor.username
        if (problem := password_problem(username, new_password)) is not None:
            raise _refusal([InputProblem("", username, "password", problem)])
        values = {"password_hash": hash_password(new_password), "must_change_password": False}
        with self.database.write_session() as session:
            row = self._row(session, username)
            self._set(session, row, values, tr("Users", "Password changed by its owner"))

    def set_idle_lock_minutes(self, minutes: int, reason: str) -> None:
        require(self.actor, Permission.MANAGE_USERS)
        if not 1 <= minutes <= 240:
            raise _refusal(
                [InputProblem("", "", IDLE_LOCK_SETTING, tr("Users", "between 1 and 240 minutes"))]
            )
        with self.database.write_session() as session:
            trail = AuditTrail(session, self.actor.username, None)
            row = session.scalars(
                select(SettingRow).where(SettingRow.key == IDLE_LOCK_SETTING)
            ).first()
            if row is None:
                row = SettingRow(key=IDLE_LOCK_SETTING, value=str(minutes))
                session.add(row)
                session.flush()
                trail.inserted(row, reason)
            elif row.value != str(minutes):
                trail.updated(row, "value", row.value, str(minutes), reason)
                row.value = str(minutes)
            trail.write()

    # -- helpers ---------------------------------------------------------------------------
    def _admin_update(
        self, username: str, values: dict[str, object], reason: str, *, reset_attempts: bool = False
    ) -> None:
        require(self.actor, Permission.MANAGE_USERS)
        reason = reason.strip()
        if not reason:
            raise _refusal(
                [InputProblem("", username, "reason", tr("Users", "a reason is required"))]
            )
        with self.database.write_session() as session:
            row = self._row(session, username)
            if reset_attempts:
                row.failed_attempts = 0
            self._set(session, row, values, reason)

    def _set(self, session: Session, row: UserRow, values: dict[str, object], reason: str) -> None:
        trail = AuditTrail(session, self.actor.username, None)
        for field, new in values.items():
            old = getattr(row, field)
            if old != new:
                trail.updated(row, field, old, new, reason)
                setattr(row, field, new)
        trail.write()

    def _insert(
        self,
        session: Session,
        username: str,
        printed_name: str,
        role: str,
        password: str,
        by: str,
        reason: str,
        *,
        must_change_password: bool = False,
    ) -> UserRow:
        username, printed_name = username.strip(), printed_name.strip()
        problems = []
        if (
            not username
            or not username.replace(".", "").replace("-", "").replace("_", "").isalnum()
        ):
            problems.append(
                InputProblem(
                    "", "", "username", tr("Users", "letters, digits, '.', '-' or '_' only")
                )
            )
        elif username == SYSTEM.username or session.scalar(
            select(UserRow.id).where(func.lower(UserRow.username) == username.lower())
        ):
            problems.append(
                InputProblem(
                    "", "", "username", tr("Users", "{user} is already taken").format(user=username)
                )
            )
        elif (long := check_text(username, column_width(UserRow.username))) is not None:
            problems.append(InputProblem("", "", "username", long))
        if not printed_name:
            problems.append(
                InputProblem(
                    "",
                    username,
                    "printed_name",
                    tr("Users", "the full name is printed with signatures; enter it"),
                )
            )
        elif (long := check_text(printed_name, column_width(UserRow.printed_name))) is not None:
            problems.append(InputProblem("", username, "printed_name", long))
        if role not in ACCOUNT_ROLES:
            problems.append(InputProblem("", username, "role", _unknown_role(role)))
        if (problem := password_problem(username, password)) is not None:
            problems.append(InputProblem("", username, "password", problem))
        if problems:
            raise _refusal(problems)
        row = UserRow(
            username=username,
            printed_name=printed_name,
            role=str(role),
            password_hash=hash_password(password),
            active=True,
            locked=False,
            must_change_password=must_change_password,
            failed_attempts=0,
        )
        session.add(row)
        session.flush()
        trail = AuditTrail(session, by, None)
        trail.inserted(row, reason)
        trail.write()
        return row

    @staticmethod
    def _row(session: Session, username: str) -> UserRow:
        row = session.scalars(select(UserRow).where(UserRow.username == username)).first()
        if row is None:
            raise NotFound(tr("Users", "No account {user}.").format(user=username))
        return row


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _wrong() -> str:
    return tr("Users", "Wrong user name or password.")


def _locked_message(username: str) -> str:
    return tr(
        "Users",
        "The account {user} is locked after {n} failed attempts. An administrator must "
        "unlock it (Users… in the application, or `baitp user unlock`).",
    ).format(user=username, n=MAX_FAILED_ATTEMPTS)


def _unknown_role(role: str) -> str:
    return tr("Users", "unknown role {role} (nurse, investigator, monitor or admin)").format(
        role=role
    )
