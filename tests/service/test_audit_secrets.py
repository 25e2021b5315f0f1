"""Secrets are declared on their models and never reach the audit trail as values."""

from __future__ import annotations

from types import MappingProxyType
from typing import ClassVar

import pytest
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from baitp_desktop.storage import Database
from baitp_desktop.storage.audit import (
    AUDITED_MODELS,
    AuditTrail,
    audited_texts,
    history,
    undeclared_sensitive_columns,
)
from baitp_desktop.storage.part11_models import UserRow


def test_every_audited_column_named_like_a_secret_is_declared() -> None:
    """A column called *hash*, *key*, *secret*, *salt*, *token* or *password* on an audited
    model is either secret (recorded as a fingerprint) or declared public data."""
    assert undeclared_sensitive_columns(AUDITED_MODELS) == []


class _Keyring(DeclarativeBase):
    pass


class _SigningKeyRow(_Keyring):
    __tablename__ = "signing_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))
    sealed_private_key: Mapped[str] = mapped_column(String(200))


class _DeclaredKeyRow(_Keyring):
    __tablename__ = "declared_key"
    secret_columns: ClassVar = MappingProxyType({"sealed_private_key": "private key"})
    public_columns: ClassVar = frozenset({"public_key"})
    id: Mapped[int] = mapped_column(primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))
    sealed_private_key: Mapped[str] = mapped_column(String(200))


def test_a_new_key_column_must_be_declared_before_it_is_audited() -> None:
    assert undeclared_sensitive_columns((_SigningKeyRow,)) == [  # type: ignore[arg-type]
        "signing_key.public_key",
        "signing_key.sealed_private_key",
    ]
    assert undeclared_sensitive_columns((_DeclaredKeyRow,)) == []  # type: ignore[arg-type]
    texts = audited_texts(
        _DeclaredKeyRow,  # type: ignore[arg-type]
        {"public_key": "ab12", "sealed_private_key": "sealed:0123456789"},
    )
    assert texts["public_key"] == "ab12"
    assert "sealed_private_key" not in texts
    assert str(texts["private key"]).startswith("fingerprint:")
    assert "0123456789" not in str(texts["private key"])


def test_the_trail_refuses_a_secret_column_as_a_field(database: Database) -> None:
    with database.write_session() as session:
        trail = AuditTrail(session, "admin", None)
        with pytest.raises(ValueError, match="secret"):
            trail.add("app_user", 1, "User admin", "update", "password_hash", None, "x", "r")


def test_account_entries_carry_fingerprints_not_hashes(database: Database) -> None:
    with database.read_session() as session:
        stored = {u.username: u.password_hash for u in session.query(UserRow)}
        entries = history(session, table_name="app_user")
    assert all(h.startswith("$argon2id$") for h in stored.values())
    password_entries = [e for e in entries if e.field == "password"]
    assert len(password_entries) == 1 + 2 * 4  # the administrator; 4 accounts set + changed
    for entry in entries:
        for value in (entry.old_value, entry.new_value, entry.reason, entry.record_label):
            assert value is None or not any(h in value for h in stored.values())
            assert value is None or "$argon2" not in value
    assert {e.field for e in entries} >= {"password", "failed_attempts", "must_change_password"}
    assert "password_hash" not in {e.field for e in entries}
