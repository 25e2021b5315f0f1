"""Accounts: first administrator, sign-in, lockout after five failures, administration."""

from __future__ import annotations

import pytest

from baitp_desktop.core.errors import InvalidInput, UserFacingError
from baitp_desktop.service.roles import PermissionDenied
from baitp_desktop.service.users import (
    MAX_FAILED_ATTEMPTS,
    AccountLocked,
    AuthenticationFailed,
    UserService,
)
from baitp_desktop.storage import Database, open_database

from .conftest import NAMES, PASSWORDS, actor


def test_first_admin_only_on_an_empty_database(tmp_path, database: Database) -> None:
    fresh = open_database(tmp_path / "new.sqlite")
    try:
        assert not UserService(fresh).has_users()
        admin = UserService(fresh).create_first_admin("boss", "B. Oss", "long-enough-1")
        assert (admin.username, admin.role, admin.display_name) == ("boss", "admin", "B. Oss")
        [entry, *_] = [e for e in UserService(fresh).users()]
        assert entry.username == "boss"
        with pytest.raises(UserFacingError, match="already has accounts"):
            UserService(fresh).create_first_admin("other", "O. Ther", "long-enough-2")
    finally:
        fresh.dispose()


def test_password_is_stored_hashed_with_argon2(database: Database) -> None:
    with database.read_session() as session:
        from sqlalchemy import select

        from baitp_desktop.storage.part11_models import UserRow

        stored = session.scalar(select(UserRow.password_hash).where(UserRow.username == "nurse"))
    assert stored is not None and stored.startswith("$argon2id$")
    assert PASSWORDS["nurse"] not in stored


def test_sign_in_returns_the_account(database: Database) -> None:
    signed_in = UserService(database).authenticate("nurse", PASSWORDS["nurse"])
    assert (signed_in.username, signed_in.role, signed_in.display_name) == (
        "nurse",
        "nurse",
        NAMES["nurse"],
    )
    assert UserService(database).user("nurse").last_login_utc is not None


def test_unknown_user_and_wrong_password_get_the_same_answer(database: Database) -> None:
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        UserService(database).authenticate("nobody", "whatever-1")
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        UserService(database).authenticate("nurse", "whatever-1")


def test_lockout_after_five_failures_until_an_admin_unlocks(database: Database) -> None:
    users = UserService(database)
    for attempt in range(1, MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthenticationFailed) as caught:
            users.authenticate("nurse", "wrong-password")
        assert not isinstance(caught.value, AccountLocked)
        left = MAX_FAILED_ATTEMPTS - attempt
        wording = "1 attempt left" if left == 1 else f"{left} attempts left"
        assert wording in str(caught.value)
    with pytest.raises(AccountLocked, match="locked after 5 failed attempts"):
        users.authenticate("nurse", "wrong-password")
    with pytest.raises(AccountLocked):  # the right password does not reopen it
        users.authenticate("nurse", PASSWORDS["nurse"])
    assert users.user("nurse").locked

    with pytest.raises(PermissionDenied):
        UserService(database, actor("investigator")).unlock("nurse", "forgot")
    with pytest.raises(InvalidInput, match="reason"):
        UserService(database, actor("admin")).unlock("nurse", " ")
    UserService(database, actor("admin")).unlock("nurse", "Identity checked by phone")
    assert users.authenticate("nurse", PASSWORDS["nurse"]).username == "nurse"
    assert users.user("nurse").failed_attempts == 0

    from baitp_desktop.storage.audit import history

    with database.read_session() as session:
        trail = [
            e
            for e in history(session, table_name="app_user")
            if e.field == "locked" and e.action == "update"
        ]
    assert [(e.username, e.old_value, e.new_value) for e in trail] == [
        ("system", "false", "true"),
        ("admin", "true", "false"),
    ]
    assert trail[0].reason == "Locked after 5 failed sign-in attempts"
    assert trail[1].reason == "Identity checked by phone"


def test_a_success_resets_the_failure_count(database: Database) -> None:
    users = UserService(database)
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(AuthenticationFailed):
            users.authenticate("monitor", "wrong-password")
    users.authenticate("monitor", PASSWORDS["monitor"])
    with pytest.raises(AuthenticationFailed) as caught:
        users.authenticate("monitor", "wrong-password")
    assert not isinstance(caught.value, AccountLocked)


def test_only_admins_manage_accounts(database: Database) -> None:
    for name in ("nurse", "investigator", "monitor"):
        with pytest.raises(PermissionDenied, match="manage user accounts"):
            UserService(database, actor(name)).add_user("x1", "X One", "nurse", "password-123")
    admin = UserService(database, actor("admin"))
    info = admin.add_user("sam", "Sam Nurse", "nurse", "password-123")
    assert info.must_change_password
    with pytest.raises(InvalidInput) as refused:
        admin.add_user("Sam", "", "chef", "short")
    fields = {p.field for p in refused.value.problems}
    assert fields == {"username", "printed_name", "role", "password"}


def test_password_reset_forces_a_change(database: Database) -> None:
    UserService(database, actor("admin")).reset_password("nurse", "temporary-1", "Forgotten")
    assert UserService(database).user("nurse").must_change_password
    nurse = UserService(database).authenticate("nurse", "temporary-1")
    with pytest.raises(AuthenticationFailed):
        UserService(database, nurse).change_own_password("not-the-old-one", "brand-new-pass")
    UserService(database, nurse).change_own_password("temporary-1", "brand-new-pass")
    assert not UserService(database).user("nurse").must_change_password
    UserService(database).authenticate("nurse", "brand-new-pass")


def test_deactivated_account_cannot_sign_in(database: Database) -> None:
    admin = UserService(database, actor("admin"))
    with pytest.raises(UserFacingError, match="own account"):
        admin.set_active("admin", False, "leaving")
    admin.set_active("monitor2", False, "Left the CRO")
    with pytest.raises(AuthenticationFailed, match="deactivated"):
        UserService(database).authenticate("monitor2", PASSWORDS["monitor2"])


def test_idle_lock_setting(database: Database) -> None:
    users = UserService(database)
    assert users.idle_lock_minutes() == 10
    with pytest.raises(PermissionDenied):
        UserService(database, actor("nurse")).set_idle_lock_minutes(5, "shorter")
    UserService(database, actor("admin")).set_idle_lock_minutes(3, "Busy ward")
    assert users.idle_lock_minutes() == 3
    with pytest.raises(InvalidInput):
        UserService(database, actor("admin")).set_idle_lock_minutes(0, "never")
