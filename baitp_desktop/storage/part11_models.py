"""Tables for accounts, electronic signatures, SDV marks and queries (21 CFR Part 11).

Every one of them is audited like the CRF tables (storage/audit.py `AUDITED_MODELS`), so
`baitp verify` catches a signature, a query or an account edited in the database file.
Rows are never deleted by the application: a signature or an SDV mark is voided (with
who, when and why), a query is closed, an account is deactivated.

Timestamps are ISO-8601 UTC text ("2026-11-24T10:15:00.000Z"), like the audit trail's,
so that their audited text is exactly what is stored.

The password hash of `app_user` is a secret column: the trail records that it changed
(field `password`, with a fingerprint), never the hash (storage/audit.py). The
failed-attempt counter is audited (each failure, and its reset when it was not zero);
the last sign-in time is not, as it changes on every sign-in and carries no data.

A signing key's sealed private key is likewise a secret column; its public key and
fingerprint are audited instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import ClassVar

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy import UniqueConstraint as Unique
from sqlalchemy.orm import Mapped, mapped_column

from baitp_desktop.storage.models import Base

ROLES = ("nurse", "investigator", "monitor", "admin")


class UserRow(Base):
    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint(
            "role in ('nurse', 'investigator', 'monitor', 'admin')", name="ck_user_role"
        ),
    )
    not_audited: ClassVar[frozenset[str]] = frozenset({"last_login_utc"})
    secret_columns: ClassVar[Mapping[str, str]] = MappingProxyType({"password_hash": "password"})
    public_columns: ClassVar[frozenset[str]] = frozenset({"must_change_password"})

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    printed_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_login_utc: Mapped[str | None] = mapped_column(String(32))

    @staticmethod
    def audit_label(values: dict[str, str | None]) -> str:
        return f"User {values.get('username')}"


class SettingRow(Base):
    """A site setting an administrator may change (e.g. the idle-lock minutes)."""

    __tablename__ = "app_setting"
    public_columns: ClassVar[frozenset[str]] = frozenset({"key"})

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(Text)

    @staticmethod
    def audit_label(values: dict[str, str | None]) -> str:
        return f"Setting {values.get('key')}"


class _VoidableMixin:
    """Voiding instead of deleting: who, when and why, with the row kept."""

    void: Mapped[bool] = mapped_column(Boolean, default=False)
    voided_at_utc: Mapped[str | None] = mapped_column(String(32))
    voided_by: Mapped[str | None] = mapped_column(String(64))
    void_reason: Mapped[str | None] = mapped_column(Text)


class SignatureRow(_VoidableMixin, Base):
    """An electronic signature; `data_hash` is the digest of the data it covered when signed.

    A cryptographic signature (every one made since signing keys exist) also stores the
    signer's key id (`key_id`, the key's fingerprint), what it covers (`coverage`, the
    canonical JSON of core.coverage.Coverage) and the Ed25519 signature (`signature`,
    base64) over the canonical payload of core.signatures.signature_payload. The three are
    NULL for a signature made before keys existed (verify reports it as legacy).
    """

    __tablename__ = "signature"
    public_columns: ClassVar[frozenset[str]] = frozenset({"data_hash", "key_id"})
    __table_args__ = (
        CheckConstraint("scope in ('visit', 'casebook')", name="ck_signature_scope"),
        Index("ix_signature_participant", "participant_pk"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    scope: Mapped[str] = mapped_column(String(10))
    visit_id: Mapped[str | None] = mapped_column(String(20))
    username: Mapped[str] = mapped_column(String(64))
    printed_name: Mapped[str] = mapped_column(String(120))
    meaning: Mapped[str] = mapped_column(Text)
    signed_at_utc: Mapped[str] = mapped_column(String(32))
    covers_first: Mapped[date | None] = mapped_column(Date)
    covers_last: Mapped[date | None] = mapped_column(Date)
    data_hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(64))
    coverage: Mapped[str | None] = mapped_column(Text)
    signature: Mapped[str | None] = mapped_column(Text)

    @staticmethod
    def audit_label(values: dict[str, str | None]) -> str:
        if values.get("scope") == "casebook":
            return "Signature casebook"
        return f"Signature visit {values.get('visit_id')}"


class SdvMarkRow(_VoidableMixin, Base):
    """A monitor's source-data-verified mark on one visit."""

    __tablename__ = "sdv_mark"
    public_columns: ClassVar[frozenset[str]] = frozenset({"data_hash"})
    __table_args__ = (Index("ix_sdv_participant", "participant_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    visit_id: Mapped[str] = mapped_column(String(20))
    username: Mapped[str] = mapped_column(String(64))
    printed_name: Mapped[str] = mapped_column(String(120))
    verified_at_utc: Mapped[str] = mapped_column(String(32))
    covers_first: Mapped[date | None] = mapped_column(Date)
    covers_last: Mapped[date | None] = mapped_column(Date)
    data_hash: Mapped[str] = mapped_column(String(64))

    @staticmethod
    def audit_label(values: dict[str, str | None]) -> str:
        return f"SDV visit {values.get('visit_id')}"


class SigningKeyRow(Base):
    """An account's Ed25519 signing key (service/signing_keys.py).

    The private key is stored only sealed under the account's password
    (`sealed_private_key`, a secret column: never an audit value). The public key and its
    fingerprint are audited when the key is made, so `verify` checks every signature
    against the key as the trail recorded it, whatever the table says now. A key is
    retired (never deleted) when an administrator resets the password; signatures made
    with it keep verifying.
    """

    __tablename__ = "signing_key"
    __table_args__ = (Index("ix_signing_key_user", "user_id"),)
    secret_columns: ClassVar[Mapping[str, str]] = MappingProxyType(
        {"sealed_private_key": "private_key"}
    )
    public_columns: ClassVar[frozenset[str]] = frozenset({"public_key"})

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    username: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    created_at_utc: Mapped[str] = mapped_column(String(32))
    retired_at_utc: Mapped[str | None] = mapped_column(String(32))
    sealed_private_key: Mapped[str | None] = mapped_column(Text)

    @staticmethod
    def audit_label(values: dict[str, str | None]) -> str:
        return f"Signing key of {values.get('username')}"


class QueryRow(Base):
    """A query (discrepancy note) on a field or a finding; closed, never deleted."""

    __tablename__ = "query"
    __table_args__ = (
        Unique("participant_pk", "number", name="uq_query_number"),
        CheckConstraint("status in ('new', 'answered', 'closed')", name="ck_query_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer)
    target_label: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(20))
    record_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String(40))
    finding_code: Mapped[str | None] = mapped_column(String(40))
    finding_record: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(10))
    raised_by: Mapped[str] = mapped_column(String(64))
    raised_at_utc: Mapped[str] = mapped_column(String(32))

    @staticmethod
    def audit_label(values: dict[str, str | None]) -> str:
        return f"Query {values.get('number')}"


class QueryMessageRow(Base):
    """One message of a query's thread (raise, answer, follow-up, close)."""

    __tablename__ = "query_message"
    __table_args__ = (Index("ix_query_message_query", "query_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    query_id: Mapped[int] = mapped_column(ForeignKey("query.id", ondelete="RESTRICT"))
    action: Mapped[str] = mapped_column(String(10))
    username: Mapped[str] = mapped_column(String(64))
    printed_name: Mapped[str] = mapped_column(String(120))
    at_utc: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)

    @staticmethod
    def audit_label(values: dict[str, str | None]) -> str:
        return f"Query message ({values.get('action')})"


PART11_MODELS: tuple[type[Base], ...] = (
    UserRow,
    SigningKeyRow,
    SettingRow,
    SignatureRow,
    SdvMarkRow,
    QueryRow,
    QueryMessageRow,
)
