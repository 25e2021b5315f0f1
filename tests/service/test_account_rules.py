"""Account rules in the service: roles, the last administrator, temporary passwords, and
the sign-in counter on the record."""

from __future__ import annotations

import pytest

from baitp_desktop.core.errors import InvalidInput, UserFacingError
from baitp_desktop.core.queries import QueryTarget
from baitp_desktop.service import StudyService, Upsert
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.queries import QueryService
from baitp_desktop.service.roles import Permission, PermissionDenied, can
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import (
    MAX_FAILED_ATTEMPTS,
    AccountLocked,
    AuthenticationFailed,
    UserService,
)
from baitp_desktop.storage import Database
from baitp_desktop.storage.audit import AuditEntry, history, verify

from .conftest import NAMES, PASSWORDS, PID, actor, day


def _account_trail(database: Database, username: str) -> list[AuditEntry]:
    with database.read_session() as session:
        return [e for e in history(session, table_name="app_user") if e.record_label.endswith(
            f" {username}"
        )]  # fmt: skip


def _intact(database: Database) -> None:
    with database.read_session() as session:
        result = verify(session)
    assert result.intact, result.problem


def test_nobody_changes_their_own_role(database: Database) -> None:
    admin = UserService(database, actor("admin"))
    for role in ("investigator", "nurse", "monitor", "admin"):
        with pytest.raises(PermissionDenied, match="Nobody changes their own role"):
            admin.set_role("admin", role, "I need to sign today")
    assert UserService(database).user("admin").role == "admin"
    admin.set_role("monitor2", "investigator", "Joined as sub-investigator")  # others: yes
    assert UserService(database).user("monitor2").role == "investigator"
    _intact(database)


def test_an_administrator_demoted_meanwhile_can_no_longer_manage_accounts(
    database: Database,
) -> None:
    """A window left open with the administrator's old role acts with the role stored now."""
    admin = UserService(database, actor("admin"))
    admin.set_role("monitor2", "admin", "Second administrator for holidays")
    second = UserService(database).authenticate("monitor2", PASSWORDS["monitor2"])
    UserService(database, second).set_role("admin", "nurse", "Moved to the ward")
    stale = UserService(database, actor("admin"))  # still holds role admin from sign-in
    with pytest.raises(InvalidInput, match="monitor2 is the last active administrator"):
        stale.set_role("monitor2", "nurse", "Revenge")
    with pytest.raises(PermissionDenied, match="no longer an active administrator"):
        stale.reset_password("investigator", "Provisional-9911", "Taking over")
    with pytest.raises(PermissionDenied):
        stale.add_user("ghost", "G. Host", "investigator", "Provisional-9912")
    assert UserService(database).user("monitor2").role == "admin"
    assert not UserService(database).user("investigator").must_change_password


def test_the_last_active_administrator_cannot_be_demoted_or_deactivated(
    database: Database,
) -> None:
    admin = UserService(database, actor("admin"))
    admin.set_role("monitor2", "admin", "Second administrator")
    second = UserService(database).authenticate("monitor2", PASSWORDS["monitor2"])
    # The first administrator steps down; the second is now the only active one.
    UserService(database, second).set_active("admin", False, "Left the site")
    with pytest.raises(InvalidInput, match="last active administrator"):
        admin.set_role("monitor2", "monitor", "Open window of the first administrator")
    with pytest.raises(InvalidInput, match="last active administrator"):
        admin.set_active("monitor2", False, "Open window of the first administrator")
    with pytest.raises(UserFacingError, match="own account"):
        UserService(database, second).set_active("monitor2", False, "Leaving too")
    assert UserService(database).user("monitor2").role == "admin"
    assert UserService(database).user("monitor2").active


def test_a_new_account_always_starts_with_a_temporary_password(database: Database) -> None:
    admin = UserService(database, actor("admin"))
    info = admin.add_user("dr.sun", "Dr Sun Yu", "investigator", "Provisional-5521")
    assert info.must_change_password and info.state_words() == ["temporary password"]
    signed_in = UserService(database).authenticate("dr.sun", "Provisional-5521")
    assert signed_in.temporary_password
    assert not any(can(signed_in, permission) for permission in Permission)


def test_a_temporary_password_can_do_nothing_but_change_itself(database: Database) -> None:
    """After a reset the administrator knows the password: the account can neither sign,
    enter data, raise or answer a query, nor manage accounts until its owner changes it."""
    UserService(database, actor("admin")).reset_password(
        "investigator", "Provisional-7731", "Forgot the password"
    )
    temporary = UserService(database).authenticate("investigator", "Provisional-7731")
    signing = SignatureService(database, temporary)
    with pytest.raises(PermissionDenied, match="temporary password"):
        signing.sign_visit(PID, "d7", "Provisional-7731")
    with pytest.raises(PermissionDenied, match="temporary password"):
        StudyService(database, temporary).apply(
            PID, [Upsert("count", {"date": day(28), "value": 99})]
        )
    with pytest.raises(PermissionDenied, match="temporary password"):
        QueryService(database, temporary).raise_query(PID, QueryTarget(label="Count"), "Why?")
    assert signing.signatures(PID) == []

    with pytest.raises(InvalidInput, match="must differ from the current password"):
        UserService(database, temporary).change_own_password("Provisional-7731", "Provisional-7731")
    own = UserService(database, temporary).change_own_password(
        "Provisional-7731", "Harbour-lights-88"
    )
    assert not own.temporary_password and own.role == "investigator"
    signature = SignatureService(database, own).sign_visit(PID, "d7", "Harbour-lights-88")
    assert signature.printed_name == NAMES["investigator"]
    _intact(database)


def test_a_signature_checks_the_stored_state_not_the_window(database: Database) -> None:
    """A window opened before the reset still holds a normal actor: the password typed to
    sign is checked against the account as stored, which is now temporary."""
    UserService(database, actor("admin")).reset_password(
        "investigator", "Provisional-7732", "Forgot the password"
    )
    window = SignatureService(database, actor("investigator"))
    with pytest.raises(PermissionDenied, match="temporary password"):
        window.sign_visit(PID, "d7", "Provisional-7732")


def test_an_administrator_does_not_reset_their_own_password(database: Database) -> None:
    with pytest.raises(UserFacingError, match="Change password"):
        UserService(database, actor("admin")).reset_password("admin", "Provisional-1234", "Forgot")


def test_failed_sign_ins_are_on_the_record_and_reset_only_when_needed(
    database: Database,
) -> None:
    users = UserService(database)
    before = len(_account_trail(database, "nurse"))
    users.authenticate("nurse", PASSWORDS["nurse"])  # an ordinary sign-in writes nothing
    assert len(_account_trail(database, "nurse")) == before
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            users.authenticate("nurse", "Wrong-password-1")
    users.authenticate("nurse", PASSWORDS["nurse"])
    trail = _account_trail(database, "nurse")[before:]
    assert [(e.username, e.field, e.old_value, e.new_value, e.reason) for e in trail] == [
        ("system", "failed_attempts", "0", "1", f"Failed sign-in 1 of {MAX_FAILED_ATTEMPTS}"),
        ("system", "failed_attempts", "1", "2", f"Failed sign-in 2 of {MAX_FAILED_ATTEMPTS}"),
        ("nurse", "failed_attempts", "2", "0", "Failed sign-ins reset by a successful sign-in"),
    ]
    _intact(database)


def test_the_lock_and_the_unlock_are_on_the_record(database: Database) -> None:
    users = UserService(database)
    before = len(_account_trail(database, "monitor"))
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(AuthenticationFailed):
            users.authenticate("monitor", "Wrong-password-1")
    with pytest.raises(AccountLocked):
        users.authenticate("monitor", "Wrong-password-1")
    with pytest.raises(AccountLocked):  # a locked account counts no further
        users.authenticate("monitor", "Wrong-password-1")
    UserService(database, actor("admin")).unlock("monitor", "Identity checked by phone")
    trail = [(e.field, e.new_value, e.reason) for e in _account_trail(database, "monitor")[before:]]
    assert trail[-4:] == [
        ("failed_attempts", "5", "Failed sign-in 5 of 5"),
        ("locked", "true", "Locked after 5 failed sign-in attempts"),
        ("locked", "false", "Identity checked by phone"),
        ("failed_attempts", "0", "Identity checked by phone"),
    ]
    assert len(trail) == MAX_FAILED_ATTEMPTS + 3
    _intact(database)


def test_the_reset_is_on_the_record_without_the_password(database: Database) -> None:
    UserService(database, actor("admin")).reset_password(
        "nurse", "Provisional-3344", "Forgot the password"
    )
    [password, flag] = _account_trail(database, "nurse")[-2:]
    assert (password.username, password.field) == ("admin", "password")
    assert password.reason == "Temporary password issued: Forgot the password"
    assert password.new_value is not None and password.new_value.startswith("fingerprint:")
    assert (flag.field, flag.old_value, flag.new_value) == ("must_change_password", "false", "true")


def test_an_unchanged_actor_keeps_its_normal_permissions() -> None:
    nurse = Actor("nurse", "Nora Nurse", "nurse")
    assert can(nurse, Permission.ENTER_DATA) and not can(nurse, Permission.SIGN)
