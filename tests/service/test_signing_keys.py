"""Signing keys: made with the account, audited by their public key only, opened only with
the password, re-sealed on a password change, replaced after an administrator's reset."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Row, select

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.signatures import SignatureStatus
from baitp_desktop.core.signing_crypto import fingerprint
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.signatures import SignatureService, signatures_for, verify_signatures
from baitp_desktop.service.users import AuthenticationFailed, UserService
from baitp_desktop.storage import Database
from baitp_desktop.storage.models import AuditEntryRow
from baitp_desktop.storage.part11_models import SigningKeyRow

from .conftest import PASSWORDS, PID, actor

NEW_PASSWORD = "a-brand-new-pass-1"


def _keys(database: Database, username: str) -> list[Row[Any]]:
    with database.read_session() as session:
        columns = [c for c in SigningKeyRow.__table__.columns]
        query = select(*columns).where(SigningKeyRow.username == username)
        return list(session.execute(query.order_by(SigningKeyRow.id)))


def _trail(database: Database) -> list[Row[Any]]:
    with database.read_session() as session:
        columns = [c for c in AuditEntryRow.__table__.columns]
        return list(session.execute(select(*columns).order_by(AuditEntryRow.id)))


def test_every_account_has_a_key_audited_by_its_public_key_never_its_secret(
    database: Database,
) -> None:
    [key] = _keys(database, "investigator")
    assert key.retired_at_utc is None and key.sealed_private_key
    assert key.fingerprint == fingerprint(bytes.fromhex(key.public_key))
    entries = [e for e in _trail(database) if e.table_name == "signing_key"]
    mine = {e.field: e for e in entries if e.record_id == key.id}
    assert mine["public_key"].new_value == key.public_key
    assert mine["fingerprint"].new_value == key.fingerprint
    grouped = " ".join(key.fingerprint[i : i + 4] for i in range(0, 64, 4))
    assert f"Signing key created, fingerprint {grouped}" in mine["public_key"].reason
    assert mine["public_key"].username == "investigator"
    assert "sealed_private_key" not in {e.field for e in entries}
    secrets = [
        json.loads(k.sealed_private_key)["ciphertext"] for k in [*_keys(database, "nurse"), key]
    ]
    for entry in _trail(database):  # no sealed key, nor its ciphertext, in any audit value
        for value in (entry.old_value, entry.new_value, entry.reason):
            assert value is None or not any(secret in value for secret in secrets)
            assert value is None or "ciphertext" not in value


def test_a_signature_is_made_with_the_signers_key_and_verifies(database: Database) -> None:
    signature = SignatureService(database, actor("investigator")).sign_visit(
        PID, "d7", PASSWORDS["investigator"]
    )
    [key] = _keys(database, "investigator")
    assert signature.key_id == key.fingerprint
    [read] = signatures_for(database, PID)
    assert read.status is SignatureStatus.VALID and read.problem is None
    check = verify_signatures(database)
    assert (check.checked, check.problems, check.warnings) == (1, (), ())


def test_a_password_change_keeps_the_key_and_old_signatures_verifying(database: Database) -> None:
    investigator = actor("investigator")
    SignatureService(database, investigator).sign_visit(PID, "d7", PASSWORDS["investigator"])
    [before] = _keys(database, "investigator")
    UserService(database, investigator).change_own_password(PASSWORDS["investigator"], NEW_PASSWORD)
    [after] = _keys(database, "investigator")
    assert after.fingerprint == before.fingerprint  # the same key, sealed anew
    assert after.sealed_private_key != before.sealed_private_key
    signing = SignatureService(database, investigator)
    with pytest.raises(AuthenticationFailed):  # the old password no longer opens it
        signing.sign_visit(PID, "d14", PASSWORDS["investigator"])
    second = signing.sign_visit(PID, "d14", NEW_PASSWORD)
    assert second.key_id == before.fingerprint
    assert [s.status for s in signatures_for(database, PID)] == [SignatureStatus.VALID] * 2
    assert verify_signatures(database).problems == ()


def test_a_reset_retires_the_key_and_the_owners_new_password_makes_a_new_one(
    database: Database,
) -> None:
    investigator = actor("investigator")
    first = SignatureService(database, investigator).sign_visit(
        PID, "d7", PASSWORDS["investigator"]
    )
    UserService(database, actor("admin")).reset_password(
        "investigator", "temporary-pass-1", "Forgot the password"
    )
    [old] = _keys(database, "investigator")
    assert old.retired_at_utc is not None  # retired, kept
    retired = [e for e in _trail(database) if e.field == "retired_at_utc"]
    assert [(e.username, e.reason) for e in retired] == [("admin", "Forgot the password")]
    # the administrator knows the temporary password: it opens no key and signs nothing
    with pytest.raises(UserFacingError, match="temporary password"):
        SignatureService(database, investigator).sign_visit(PID, "d14", "temporary-pass-1")
    assert len(_keys(database, "investigator")) == 1
    UserService(database, investigator).change_own_password("temporary-pass-1", NEW_PASSWORD)
    keys = _keys(database, "investigator")
    assert len(keys) == 2 and keys[1].fingerprint != old.fingerprint
    second = SignatureService(database, investigator).sign_visit(PID, "d14", NEW_PASSWORD)
    assert (first.key_id, second.key_id) == (old.fingerprint, keys[1].fingerprint)
    statuses = {s.signature_id: s.status for s in signatures_for(database, PID)}
    assert statuses == {
        first.signature_id: SignatureStatus.VALID,
        second.signature_id: SignatureStatus.VALID,
    }
    assert verify_signatures(database).problems == ()


def test_a_wrong_password_at_signing_counts_towards_the_lockout(database: Database) -> None:
    signing = SignatureService(database, actor("investigator"))
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match=r"attempts? left"):
            signing.sign_visit(PID, "d7", "not the password")
    with pytest.raises(AuthenticationFailed, match="locked"):
        signing.sign_visit(PID, "d7", "not the password")
    with pytest.raises(AuthenticationFailed, match="locked"):
        signing.sign_visit(PID, "d7", PASSWORDS["investigator"])
    assert signatures_for(database, PID) == []


def test_an_account_with_a_temporary_password_gets_its_key_from_its_own_password(
    database: Database,
) -> None:
    admin = UserService(database, actor("admin"))
    admin.add_user("dr.new", "Dr New", "investigator", "temporary-pass-2")
    assert _keys(database, "dr.new") == []  # the administrator's password makes no key
    newcomer = UserService(database, actor("admin")).user("dr.new")
    assert newcomer.must_change_password
    me = Actor("dr.new", "Dr New", "investigator")
    UserService(database, me).change_own_password("temporary-pass-2", NEW_PASSWORD)
    [key] = _keys(database, "dr.new")
    signature = SignatureService(database, me).sign_visit(PID, "d7", NEW_PASSWORD)
    assert signature.key_id == key.fingerprint
