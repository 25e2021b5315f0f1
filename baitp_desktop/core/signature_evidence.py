"""Does a signature verify? The checks `baitp verify` and `baitp verify-export` share.

The audit trail is the authority on who could sign: the public key and fingerprint of
every signing key are audited when the key is made, and so are every account's role and
state. A signature is checked against the key as the trail recorded it (whatever the key
table says now), made by that key's own account, while that account was an active
investigator, with a key that was in use then; and its Ed25519 signature must sign the
payload rebuilt from the stored signature and the digest of the data it covers now.

A signature without a key is legacy: accepted (with a warning) only when it was made
before the first signing key appeared in the trail; after that, the application never
makes one, so a keyless signature is one appended to the file by hand.

Plain Python over plain values: the service feeds it rows of a database, the offline
check rows rebuilt from an exported trail.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from baitp_desktop.core.coverage import Coverage
from baitp_desktop.core.signatures import SignatureStatus, signature_payload
from baitp_desktop.core.signing_crypto import (
    fingerprint,
    grouped,
    public_key_from_hex,
    signature_verifies,
)
from baitp_desktop.i18n import tr

# The audit tables the checks read (accounts, keys, signatures).
USER_TABLE = "app_user"
KEY_TABLE = "signing_key"
SIGNATURE_TABLE = "signature"
EVIDENCE_TABLES = (USER_TABLE, KEY_TABLE, SIGNATURE_TABLE)


@dataclass(frozen=True, slots=True)
class TrailEntry:
    """The part of an audit entry the checks read."""

    entry_id: int
    table_name: str
    record_id: int | None
    action: str
    field: str
    new_value: str | None


@dataclass(slots=True)
class KeyFacts:
    """A signing key as the trail recorded it."""

    record_id: int
    created_entry: int
    username: str | None = None
    public_key: str | None = None
    fingerprint: str | None = None
    retired_entry: int | None = None

    def in_use_at(self, entry_id: int) -> bool:
        return self.created_entry < entry_id and (
            self.retired_entry is None or self.retired_entry > entry_id
        )


class TrailFacts:
    """What the audit trail says about accounts, keys and signatures, entry by entry."""

    def __init__(self, entries: Iterable[TrailEntry]) -> None:
        self._timeline: dict[tuple[str, int, str], list[tuple[int, str | None]]] = defaultdict(list)
        self.users: dict[str, int] = {}
        keys: dict[int, KeyFacts] = {}
        self.signature_entry: dict[int, int] = {}
        for e in entries:
            if e.record_id is None or e.table_name not in EVIDENCE_TABLES:
                continue
            self._timeline[(e.table_name, e.record_id, e.field)].append((e.entry_id, e.new_value))
            if e.table_name == USER_TABLE and e.field == "username" and e.action == "insert":
                self.users[e.new_value or ""] = e.record_id
            elif e.table_name == KEY_TABLE:
                key = keys.setdefault(e.record_id, KeyFacts(e.record_id, e.entry_id))
                if e.action == "insert" and e.field in ("username", "public_key", "fingerprint"):
                    setattr(key, e.field, e.new_value)
                elif e.field == "retired_at_utc" and e.new_value is not None:
                    key.retired_entry = e.entry_id
            elif e.table_name == SIGNATURE_TABLE and e.action == "insert":
                self.signature_entry.setdefault(e.record_id, e.entry_id)
        self.keys = {k.fingerprint: k for k in keys.values() if k.fingerprint}
        self.first_key_entry = min((k.created_entry for k in keys.values()), default=None)

    def value_at(self, table: str, record_id: int, field: str, entry_id: int) -> str | None:
        """The value the trail gave a field just before entry `entry_id`."""
        value: str | None = None
        for at, new in self._timeline.get((table, record_id, field), ()):
            if at >= entry_id:
                break
            value = new
        return value

    def overlapping_key(self, key: KeyFacts) -> KeyFacts | None:
        """Another key of the same account still in use when `key` was made."""
        return next(
            (
                other
                for other in self.keys.values()
                if other is not key
                and other.username == key.username
                and other.in_use_at(key.created_entry)
            ),
            None,
        )


@dataclass(frozen=True, slots=True)
class StoredSignature:
    """A signature's stored fields, as the checks read them."""

    signature_id: int
    participant_id: str
    scope: str
    visit_id: str | None
    username: str
    printed_name: str
    signed_at_utc: str
    meaning: str
    data_hash: str
    key_id: str | None
    coverage: str | None
    signature: str | None


@dataclass(frozen=True, slots=True)
class Verdict:
    """What checking one signature found; `note` is the problem, or the legacy warning."""

    status: SignatureStatus
    note: str | None = None


def _broken(note: str) -> Verdict:
    return Verdict(SignatureStatus.BROKEN, note)


def check_legacy(stored: StoredSignature, facts: TrailFacts, data_hash_now: str) -> Verdict:
    """A signature made without a key: legacy before the first key, forged after it."""
    made = facts.signature_entry.get(stored.signature_id)
    if made is None:
        return _broken(_not_in_trail())
    if facts.first_key_entry is not None and made > facts.first_key_entry:
        return _broken(
            tr(
                "Signature",
                "it has no cryptographic signature, yet it was made after signing keys came "
                "into use: the application did not make it",
            )
        )
    if data_hash_now != stored.data_hash:
        return _broken(_data_changed())
    return Verdict(
        SignatureStatus.LEGACY,
        tr(
            "Signature",
            "made before signing keys existed: protected by the audit chain only, not "
            "cryptographically",
        ),
    )


def check_signature(
    stored: StoredSignature,
    facts: TrailFacts,
    digest_now: str,
    signing_roles: frozenset[str],
    key_in_table: str | None,
) -> Verdict:
    """Check a cryptographic signature; `digest_now` is the digest of the data it covers
    now, `key_in_table` the public key the key table holds for its key id (None: none)."""
    made = facts.signature_entry.get(stored.signature_id)
    if made is None:
        return _broken(_not_in_trail())
    key = facts.keys.get(stored.key_id or "")
    if key is None or key.public_key is None:
        return _broken(
            tr("Signature", "its key {key} is not recorded in the audit trail").format(
                key=grouped(stored.key_id or "?")
            )
        )
    problem = _key_problem(stored, facts, key, made, key_in_table) or _signer_problem(
        stored, facts, made, signing_roles
    )
    if problem is not None:
        return _broken(problem)
    try:
        coverage = Coverage.from_json(json.loads(stored.coverage or ""))
    except (ValueError, KeyError, TypeError):
        return _broken(tr("Signature", "what it covers cannot be read"))
    payload = signature_payload(
        participant_id=stored.participant_id,
        scope=stored.scope,
        visit_id=stored.visit_id,
        coverage=coverage.to_json(),
        covered_digest=digest_now,
        username=stored.username,
        printed_name=stored.printed_name,
        signed_at_utc=stored.signed_at_utc,
        meaning=stored.meaning,
        key_id=key.fingerprint or "",
    )
    public_key = public_key_from_hex(key.public_key)
    if public_key is not None and signature_verifies(public_key, payload, stored.signature or ""):
        return Verdict(SignatureStatus.VALID)
    if digest_now != stored.data_hash:
        return _broken(_data_changed())
    return _broken(
        tr(
            "Signature",
            "its Ed25519 signature does not verify with the signer's key: the signature, "
            "its participant or what it says was altered",
        )
    )


def _key_problem(
    stored: StoredSignature,
    facts: TrailFacts,
    key: KeyFacts,
    made: int,
    key_in_table: str | None,
) -> str | None:
    shown = grouped(key.fingerprint or "")
    public_key = public_key_from_hex(key.public_key or "")
    if public_key is None or fingerprint(public_key) != key.fingerprint:
        return tr("Signature", "the key recorded as {key} does not have that fingerprint").format(
            key=shown
        )
    if key_in_table != key.public_key:
        return tr(
            "Signature",
            "the key {key} in the key table differs from the key the audit trail recorded",
        ).format(key=shown)
    if key.username != stored.username:
        return tr("Signature", "it was made with the key of {owner}, not of {user}").format(
            owner=key.username or "?", user=stored.username
        )
    if not key.in_use_at(made):
        return tr("Signature", "its key {key} was not in use when it was made").format(key=shown)
    other = facts.overlapping_key(key)
    if other is not None:
        return tr(
            "Signature",
            "its key {key} was added while the account's key {other} was still in use, which "
            "the application never does",
        ).format(key=shown, other=grouped(other.fingerprint or ""))
    return None


def _signer_problem(
    stored: StoredSignature, facts: TrailFacts, made: int, signing_roles: frozenset[str]
) -> str | None:
    user = facts.users.get(stored.username)
    if user is None:
        return tr("Signature", "the account {user} is not in the audit trail").format(
            user=stored.username
        )
    role = facts.value_at(USER_TABLE, user, "role", made)
    if role not in signing_roles:
        return tr(
            "Signature", "{user} could not sign when it was made (role {role} in the audit trail)"
        ).format(user=stored.username, role=role or "?")
    if facts.value_at(USER_TABLE, user, "active", made) != "true":
        return tr("Signature", "the account {user} was deactivated when it was made").format(
            user=stored.username
        )
    return None


def _not_in_trail() -> str:
    return tr("Signature", "it has no entry in the audit trail: the application did not make it")


def _data_changed() -> str:
    return tr("Signature", "the signed data changed after signing without an unlock")
