"""Accounts: sign-in, lockout, password changes, administration and site settings.

Passwords are hashed with Argon2id (argon2-cffi's defaults: memory-hard, salted); only the
hash is stored, and the audit trail records only that it changed (storage/audit.py).
New passwords follow the site's rules (service/password_policy.py). Five wrong passwords
in a row lock the account until an administrator unlocks it (a correct password does not
reopen a locked account). A wrong password typed to sign or to unlock the idle screen
counts the same way as one typed at sign-in; every failure is audited ("failed sign-in
3 of 5"), and so is the reset of the counter by the next successful sign-in.

Rules that keep an administrator from becoming someone else: nobody changes their own
role; the last active administrator stays one; a password an administrator sets is
temporary (the account can do nothing but change it, service/roles.py) and the owner's
new password must differ from it; an administrator acts with the role and state stored
now, not as at sign-in, so a demoted or deactivated administrator's open window can no
longer manage accounts.

Every account change is a write through this service and is audited (table `app_user`,
no participant); failed sign-ins and locking are recorded under the `system` account.

Each account's signing key follows its password (service/signing_keys.py): made with an
account created with its final password or at the owner's first own password, re-sealed
when the owner changes it, retired by an administrator's reset. Signing proves the
password by opening the key with it (`open_signing_key`).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from baitp_desktop.core.entry_checks import check_text
from baitp_desktop.core.errors import InputProblem, InvalidInput, UserFacingError
from baitp_desktop.core.signing_crypto import KeyPair
from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.service.actor import SYSTEM, Actor
from baitp_desktop.service.errors import NotFound
from baitp_desktop.service.password_policy import site_policy
from baitp_desktop.service.roles import Permission, PermissionDenied, Role, require
from baitp_desktop.service.signing_keys import (
    active_key,
    create_key,
    ensure_key,
    open_key,
    reseal_key,
    retire_key,
    temporary_password,
    unusable_key,
)
from baitp_desktop.storage.audit import AuditTrail, utc_now
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.models import column_width
from baitp_desktop.storage.part11_models import SettingRow, UserRow

log = logging.getLogger(__name__)

MAX_FAILED_ATTEMPTS = 5
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_SETTING = "idle_lock_minutes"
ACCOUNT_ROLES = (Role.NURSE, Role.INVESTIGATOR, Role.MONITOR, Role.ADMIN)

# (user name, printed name, role, password) created by `baitp demo`; never on a real study.
# The passwords follow the password rules like any other (README lists them).
DEMO_ACCOUNTS: tuple[tuple[str, str, Role, str], ...] = (
    ("admin", "Demo Administrator", Role.ADMIN, "demo-2207-adm"),
    ("nurse", "Wang Fang (demo nurse)", Role.NURSE, "demo-2207-nur"),
    ("investigator", "Dr Li Wei (demo investigator)", Role.INVESTIGATOR, "demo-2207-inv"),
    ("monitor", "Zhang Min (demo monitor)", Role.MONITOR, "demo-2207-mon"),
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
    """Why a new password is refused (the site's rules), or None."""
    return site_policy().problem(username, password)


def _actor(row: UserRow) -> Actor:
    return Actor(
        username=row.username,
        display_name=row.printed_name,
        role=row.role,
        temporary_password=row.must_change_password,
    )


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
        return self._authenticate(username, password, _password_proof)[0]

    def check_password(self, password: str) -> Actor:
        """Re-entry of the acting person's password (the idle lock screen)."""
        return self.authenticate(self.actor.username, password)

    def open_signing_key(self, password: str) -> tuple[Actor, KeyPair]:
        """Re-entry of the acting person's password to sign: the account and its signing
        key, opened with it (the key is the proof of the password; a wrong one counts
        towards the lockout like any other)."""
        actor, pair = self._authenticate(self.actor.username, password, _key_proof)
        assert pair is not None  # _key_proof returns a key or refuses
        return actor, pair

    def _authenticate(
        self, username: str, password: str, proof: _Proof
    ) -> tuple[Actor, KeyPair | None]:
        failure: AuthenticationFailed | None = None
        # Signing in is allowed while saving is refused: an administrator must be able
        # to sign in to deal with the refusal's cause.
        with self.database.write_session(despite_refusal=True) as session:
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
            elif (proven := proof(session, row, password)) is None:
                failure = self._count_failure(session, row)
            else:
                self._signed_in(session, row)
                return _actor(row), proven.key
        # Whatever was typed as an unknown user name stays out of the log: it is often
        # the password, typed into the wrong field.
        if row is None:
            log.warning("sign-in refused for an unknown user name")
        else:
            log.warning("sign-in refused for %r", username)
        raise failure

    def _count_failure(self, session: Session, row: UserRow) -> AuthenticationFailed:
        """Audit the failure; the fifth in a row locks the account."""
        trail = AuditTrail(session, SYSTEM.username, None)
        count = row.failed_attempts + 1
        trail.updated(
            row,
            "failed_attempts",
            row.failed_attempts,
            count,
            tr("Users", "Failed sign-in {n} of {max}").format(n=count, max=MAX_FAILED_ATTEMPTS),
        )
        row.failed_attempts = count
        if count < MAX_FAILED_ATTEMPTS:
            trail.write()
            left = MAX_FAILED_ATTEMPTS - count
            return AuthenticationFailed(
                _wrong()
                + " "
                + tr_n(
                    "Users",
                    "{n} attempt left before the account is locked.",
                    "{n} attempts left before the account is locked.",
                    left,
                ).format(n=left)
            )
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

    @staticmethod
    def _signed_in(session: Session, row: UserRow) -> None:
        """A successful sign-in: the failure counter is reset (audited only when it was not
        zero, so that ordinary sign-ins do not fill the trail)."""
        if row.failed_attempts:
            trail = AuditTrail(session, row.username, None)
            trail.updated(
                row,
                "failed_attempts",
                row.failed_attempts,
                0,
                tr("Users", "Failed sign-ins reset by a successful sign-in"),
            )
            row.failed_attempts = 0
            trail.write()
        row.last_login_utc = utc_now()

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
        self, username: str, printed_name: str, role: str, temporary_password: str
    ) -> UserInfo:
        """A new account with a temporary password: the administrator knows it, so the
        account can do nothing until its owner has chosen their own."""
        require(self.actor, Permission.MANAGE_USERS)
        with self.database.write_session() as session:
            self._require_admin_now(_administrators(session))
            row = self._insert(
                session,
                username,
                printed_name,
                role,
                temporary_password,
                self.actor.username,
                tr("Users", "New account"),
                must_change_password=True,
            )
            return _info(row)

    def unlock(self, username: str, reason: str) -> None:
        """Reopen a locked account; its failure counter starts again from zero."""
        self._admin_update(username, {"locked": False, "failed_attempts": 0}, reason)

    def set_role(self, username: str, role: str, reason: str) -> None:
        """Another person's role; nobody changes their own (an administrator who could
        would make themself investigator and sign)."""
        if role not in ACCOUNT_ROLES:
            raise _refusal([InputProblem("", username, "role", _unknown_role(role))])
        if username == self.actor.username:
            raise PermissionDenied(
                tr(
                    "Users",
                    "Nobody changes their own role: another administrator must do it; "
                    "nothing was changed.",
                )
            )
        self._admin_update(username, {"role": role}, reason)

    def set_active(self, username: str, active: bool, reason: str) -> None:
        if not active and username == self.actor.username:
            raise UserFacingError(tr("Users", "You cannot deactivate your own account."))
        self._admin_update(username, {"active": active}, reason)

    def reset_password(self, username: str, temporary_password: str, reason: str) -> None:
        """An administrator issues a temporary password for someone who forgot theirs.

        The account can then do nothing but change it (the administrator knows it), and
        the owner's new password must differ from it. This is the one place where an
        administrator sets another person's password."""
        require(self.actor, Permission.MANAGE_USERS)
        reason = _required_reason(username, reason)
        if username == self.actor.username:
            raise UserFacingError(
                tr(
                    "Users",
                    "Your own password is changed with Change password (baitp user passwd), "
                    "not reset.",
                )
            )
        if (problem := password_problem(username, temporary_password)) is not None:
            raise _refusal([InputProblem("", username, "password", problem)])
        password_hash = hash_password(temporary_password)
        with self.database.write_session() as session:
            row = self._administered_row(session, username)
            values = {"password_hash": password_hash, "must_change_password": True}
            if row.failed_attempts:
                values["failed_attempts"] = 0
            why = tr("Users", "Temporary password issued: {reason}").format(reason=reason)
            self._set(session, row, values, why)
            retire_key(session, row, self.actor.username, reason)

    def change_own_password(self, current_password: str, new_password: str) -> Actor:
        """The signed-in person changes their password (needs the current one); returns
        the account as it now stands (no longer on a temporary password).

        This is the one place where a person sets their own password."""
        self.check_password(current_password)
        username = self.actor.username
        problem = password_problem(username, new_password)
        if problem is None and new_password == current_password:
            problem = tr("Users", "must differ from the current password")
        if problem is not None:
            raise _refusal([InputProblem("", username, "password", problem)])
        password_hash = hash_password(new_password)
        with self.database.write_session() as session:
            row = self._row(session, username)
            values = {"password_hash": password_hash, "must_change_password": False}
            self._set(session, row, values, tr("Users", "Password changed by its owner"))
            reseal_key(session, row, current_password, new_password)
            return _actor(row)

    def set_idle_lock_minutes(self, minutes: int, reason: str) -> None:
        require(self.actor, Permission.MANAGE_USERS)
        if not 1 <= minutes <= 240:
            raise _refusal(
                [InputProblem("", "", IDLE_LOCK_SETTING, tr("Users", "between 1 and 240 minutes"))]
            )
        with self.database.write_session() as session:
            self._require_admin_now(_administrators(session))
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
    def _admin_update(self, username: str, values: dict[str, object], reason: str) -> None:
        require(self.actor, Permission.MANAGE_USERS)
        reason = _required_reason(username, reason)
        with self.database.write_session() as session:
            admins = _administrators(session)
            row = self._row(session, username)
            _keep_an_administrator(
                admins,
                row,
                str(values.get("role", row.role)),
                bool(values.get("active", row.active)),
            )
            self._require_admin_now(admins)
            self._set(session, row, values, reason)

    def _administered_row(self, session: Session, username: str) -> UserRow:
        """The account an administrator acts on, after checking the administrator."""
        self._require_admin_now(_administrators(session))
        return self._row(session, username)

    def _require_admin_now(self, admins: Sequence[UserRow]) -> None:
        """The acting account as stored now must be an active administrator on their own
        password (a window left open keeps the role it signed in with)."""
        acting = next((r for r in admins if r.username == self.actor.username), None)
        if acting is None or not acting.active or acting.locked:
            raise PermissionDenied(
                tr(
                    "Users",
                    "{user} is no longer an active administrator; nothing was changed.",
                ).format(user=self.actor.username)
            )
        require(_actor(acting), Permission.MANAGE_USERS)

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
        if not must_change_password:  # a temporary password waits for the owner's own
            create_key(session, row, password, tr("Keys", "account created"))
        return row

    @staticmethod
    def _row(session: Session, username: str) -> UserRow:
        row = session.scalars(select(UserRow).where(UserRow.username == username)).first()
        if row is None:
            raise NotFound(tr("Users", "No account {user}.").format(user=username))
        return row


def _administrators(session: Session) -> Sequence[UserRow]:
    """Every administrator account, locked for the rest of the write: two administrators
    on a shared server cannot demote each other at the same moment (SQLite writers queue
    anyway)."""
    return session.scalars(
        select(UserRow).where(UserRow.role == Role.ADMIN.value).with_for_update()
    ).all()


def _keep_an_administrator(
    admins: Sequence[UserRow], row: UserRow, role: str, active: bool
) -> None:
    """Refuse a change that would leave no active administrator (nobody could then
    unlock, reset or add an account)."""
    if row.role != Role.ADMIN or not row.active or (role == Role.ADMIN and active):
        return
    if not any(other.active and other.id != row.id for other in admins):
        raise _refusal(
            [
                InputProblem(
                    "",
                    row.username,
                    "role" if role != Role.ADMIN else "active",
                    tr(
                        "Users",
                        "{user} is the last active administrator; make another account "
                        "administrator first",
                    ).format(user=row.username),
                )
            ]
        )


def _required_reason(username: str, reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise _refusal([InputProblem("", username, "reason", tr("Users", "a reason is required"))])
    return reason


@dataclass(frozen=True, slots=True)
class _Proven:
    """A password proven right; with signing, the key it opened."""

    key: KeyPair | None = None


_Proof = Callable[[Session, UserRow, str], _Proven | None]


def _password_proof(session: Session, row: UserRow, password: str) -> _Proven | None:
    """Signing in: the password hash; an account without a key gets one now."""
    if not _verify(row.password_hash, password):
        return None
    ensure_key(session, row, password)
    return _Proven()


def _key_proof(session: Session, row: UserRow, password: str) -> _Proven | None:
    """Signing: the account's key must open with the password (made now if it has none)."""
    key = active_key(session, row)
    if key is None:
        if not _verify(row.password_hash, password):
            return None
        if row.must_change_password:
            raise temporary_password(row.username)
        key = create_key(session, row, password, tr("Keys", "first use of the password"))
    pair = open_key(row, key, password)
    if pair is not None:
        return _Proven(pair)
    if _verify(row.password_hash, password):  # right password, foreign key: tampering
        raise unusable_key(row.username)
    return None


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
