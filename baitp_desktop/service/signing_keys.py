"""Each account's signing key: made, sealed under the password, re-sealed, retired.

An account has at most one key in use. It is made under a password only its owner
chose — when an account is created with its final password (the first administrator,
the demo accounts, an account created without a temporary password), otherwise the
first time the owner types their own password (signing in, signing, or setting their
password after a temporary one); accounts from before signing keys existed get theirs
the same way. A password change re-seals the same key under the new password. An
administrator's reset retires the key (signatures made with it keep verifying with the
public key the trail recorded); the owner's next own password makes a new pair. So the
administrator, who knows the temporary password, never holds a usable copy of anyone's
key.

Every step is audited under the account (table `signing_key`): "signing key created,
fingerprint …" with the public key, and the retirement. The sealed private key itself is
a secret column and never an audit value.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.signing_crypto import (
    KeyNotOpened,
    KeyPair,
    grouped,
    new_key_pair,
    seal,
    unseal,
)
from baitp_desktop.i18n import tr
from baitp_desktop.service.roles import PermissionDenied
from baitp_desktop.storage.audit import AuditTrail, utc_now
from baitp_desktop.storage.part11_models import SigningKeyRow, UserRow


class SigningKeyUnusable(UserFacingError):
    """The password is right, but the account's signing key does not open with it."""

    exit_code = 1


def _context(username: str, key_fingerprint: str) -> str:
    """What the sealed key is bound to: its account and its fingerprint."""
    return f"baitp signing key|{username}|{key_fingerprint}"


def active_key(session: Session, user: UserRow) -> SigningKeyRow | None:
    """The account's key in use, if it has one."""
    return session.scalars(
        select(SigningKeyRow)
        .where(SigningKeyRow.user_id == user.id, SigningKeyRow.retired_at_utc.is_(None))
        .order_by(SigningKeyRow.id.desc())
    ).first()


def create_key(session: Session, user: UserRow, password: str, reason: str) -> SigningKeyRow:
    """A new key pair for `user`, sealed under `password`, audited under the account."""
    pair = new_key_pair()
    row = SigningKeyRow(
        user_id=user.id,
        username=user.username,
        public_key=pair.public_key.hex(),
        fingerprint=pair.fingerprint,
        created_at_utc=utc_now(),
        retired_at_utc=None,
        sealed_private_key=seal(pair, password, _context(user.username, pair.fingerprint)),
    )
    session.add(row)
    session.flush()
    trail = AuditTrail(session, user.username, None)
    trail.inserted(
        row,
        tr("Keys", "Signing key created, fingerprint {key} ({why})").format(
            key=grouped(pair.fingerprint), why=reason
        ),
    )
    trail.write()
    return row


def ensure_key(session: Session, user: UserRow, password: str) -> SigningKeyRow | None:
    """The account's key, made now if it has none and `password` is the owner's own."""
    key = active_key(session, user)
    if key is None and not user.must_change_password:
        key = create_key(session, user, password, tr("Keys", "first use of the password"))
    return key


def open_key(user: UserRow, key: SigningKeyRow, password: str) -> KeyPair | None:
    """The key pair, opened with `password`; None when it does not open."""
    try:
        context = _context(user.username, key.fingerprint)
        pair = unseal(key.sealed_private_key or "", password, context)
    except KeyNotOpened:
        return None
    if pair.fingerprint != key.fingerprint or key.username != user.username:
        return None
    return pair


def retire_key(session: Session, user: UserRow, by: str, reason: str) -> None:
    """Stop using the account's key (kept: signatures made with it keep verifying)."""
    key = active_key(session, user)
    if key is None:
        return
    trail = AuditTrail(session, by, None)
    now = utc_now()
    trail.updated(key, "retired_at_utc", None, now, reason)
    key.retired_at_utc = now
    trail.write()


def reseal_key(session: Session, user: UserRow, old_password: str, new_password: str) -> None:
    """After a password change: the same key sealed under the new password.

    A key that does not open with the old (verified) password was not sealed by its owner;
    it is retired and a new one made, both audited.
    """
    key = active_key(session, user)
    pair = None if key is None else open_key(user, key, old_password)
    if key is not None and pair is not None:
        sealed = seal(pair, new_password, _context(user.username, key.fingerprint))
        trail = AuditTrail(session, user.username, None)
        trail.updated(
            key,
            "sealed_private_key",
            key.sealed_private_key,
            sealed,
            tr("Keys", "Signing key sealed under the new password"),
        )
        key.sealed_private_key = sealed
        trail.write()
        return
    if key is not None:
        retire_key(
            session,
            user,
            user.username,
            tr("Keys", "Signing key retired: it does not open with its owner's password"),
        )
    create_key(session, user, new_password, tr("Keys", "password set by its owner"))


def unusable_key(username: str) -> SigningKeyUnusable:
    return SigningKeyUnusable(
        tr(
            "Keys",
            "The signing key of {user} does not open with this account's password: it was "
            "changed outside the application. Nothing was signed. An administrator must "
            "reset the password, which gives the account a new key.",
        ).format(user=username)
    )


def temporary_password(username: str) -> PermissionDenied:
    """Signing on a temporary password: refused like every other action of such an account
    (service/roles.py), and no key is made from a password an administrator knows."""
    return PermissionDenied(
        tr(
            "Keys",
            "{user} still has a temporary password: set your own password first (it makes "
            "your signing key). Nothing was signed.",
        ).format(user=username)
    )
