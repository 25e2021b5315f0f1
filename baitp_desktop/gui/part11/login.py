"""Sign-in before the main window: the login dialog, the first administrator, a new password.

`sign_in(database, parent)` is app.py's `SIGN_IN` step. On a database without accounts it
asks for the first administrator; otherwise for a user name and password. An account
with a temporary password (set by an administrator) must choose a new one first.
Scripts and tests can sign in without a dialog with BAITP_USER and BAITP_PASSWORD.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from baitp_desktop.core.errors import InvalidInput, UserFacingError
from baitp_desktop.gui.dialogs.form_parts import ok_button, ok_cancel_buttons, stacked
from baitp_desktop.gui.widgets.mnemonics import field_name
from baitp_desktop.i18n import tr, tr_noop
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import Database

USER_VARIABLE = "BAITP_USER"
PASSWORD_VARIABLE = "BAITP_PASSWORD"


# How the account dialogs name a refused field (the service names it by its key).
_FIELD_LABELS = {
    "username": tr_noop("Users", "User name"),
    "printed_name": tr_noop("Users", "Full name"),
    "role": tr_noop("Users", "Role"),
    "password": tr_noop("Users", "Password"),
    "active": tr_noop("Users", "State"),
    "reason": tr_noop("Users", "Reason"),
    "idle_lock_minutes": tr_noop("Users", "Idle-lock minutes"),
}


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("error")
    label.setProperty("role", "field-error")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def refusal_text(error: UserFacingError, labels: Mapping[str, str] | None = None) -> str:
    """A refusal in the words of the form: each problem under its field's label as the
    form shows it (`labels`), else as the account screens name it; a field neither names is
    named by the message alone, never by its internal key."""
    if not isinstance(error, InvalidInput):
        return str(error)
    shown = labels or {}

    def label(field: str) -> str | None:
        if field in shown:
            return shown[field]
        return tr("Users", _FIELD_LABELS[field]) if field in _FIELD_LABELS else None

    return "\n".join(
        f"{name}: {p.message}" if (name := label(p.field)) else p.message for p in error.problems
    )


class _FormDialog(QDialog):
    """A form with an error line and OK/Cancel; subclasses implement `submit`.

    `add_field` adds a row and remembers its label, so that a refusal names the field as
    the form shows it. The dialog opens with the focus in the first empty field.
    """

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.labels: dict[str, str] = {}
        self.error = error_label(self)
        self.buttons = ok_cancel_buttons(self, self._submit, ok_text)
        self.ok_button = ok_button(self.buttons)
        stacked(self, self.intro, self.form, self.error, self.buttons)

    def add_field(self, key: str, label: str, field: QLineEdit) -> None:
        """A row of the form; `key` is the field the service names in a refusal."""
        self.form.addRow(label, field)
        self.labels[key] = field_name(label)

    def _submit(self) -> None:
        self.error.clear()
        try:
            self.submit()
        except UserFacingError as refused:
            self.error.setText(refusal_text(refused, self.labels))
            return
        self.accept()

    def submit(self) -> None:
        raise NotImplementedError


class LoginDialog(_FormDialog):
    """User name and password; `actor` after a successful sign-in."""

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Login", "Sign in"),
            tr("Login", "BAITP CRF — sign in with your own account."),
            tr("Login", "Sign in"),
            parent,
        )
        self.setObjectName("login_dialog")
        self.users = users
        self.actor: Actor | None = None
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = password_field(self, "password")
        self.add_field("username", tr("Login", "&User name:"), self.username)
        self.add_field("password", tr("Login", "&Password:"), self.password)

    def submit(self) -> None:
        try:
            self.actor = self.users.authenticate(self.username.text().strip(), self.password.text())
        finally:
            self.password.clear()
            self.password.setFocus()


class FirstAdminDialog(_FormDialog):
    """The first start of a new database: create the administrator account."""

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Login", "First start: create the administrator"),
            tr(
                "Login",
                "This database has no accounts yet. Create the administrator account; the "
                "administrator then creates the accounts of nurses, investigators and monitors.",
            ),
            tr("Login", "Create and sign in"),
            parent,
        )
        self.setObjectName("first_admin_dialog")
        self.users = users
        self.actor: Actor | None = None
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.printed_name = QLineEdit(self)
        self.printed_name.setObjectName("printed_name")
        self.password = password_field(self, "password")
        self.again = password_field(self, "again")
        self.add_field("username", tr("Login", "&User name:"), self.username)
        self.add_field("printed_name", tr("Login", "&Full name (printed):"), self.printed_name)
        self.add_field("password", tr("Login", "&Password:"), self.password)
        self.add_field("again", tr("Login", "&Again:"), self.again)
        # replaceable in tests: the question before quitting without an administrator
        self.confirm_quit: Callable[[QWidget], bool] = _confirm_quit_without_admin

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            raise UserFacingError(tr("Login", "The two passwords differ."))
        self.actor = self.users.create_first_admin(
            self.username.text(), self.printed_name.text(), self.password.text()
        )

    def reject(self) -> None:
        """Cancel or Escape quits the application: only after asking (nothing works
        without an administrator, and a stray key must not end the first start)."""
        if self.confirm_quit(self):
            super().reject()


def _confirm_quit_without_admin(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Login", "First start: create the administrator"),
        tr(
            "Login",
            "Quit without creating the administrator? The application cannot be used "
            "until one exists.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ChangePasswordDialog(_FormDialog):
    """The signed-in person chooses a new password (required after an administrator reset)."""

    def __init__(
        self, users: UserService, parent: QWidget | None = None, *, required: bool = False
    ) -> None:
        intro = (
            tr("Login", "An administrator set a temporary password. Choose your own now.")
            if required
            else tr("Login", "Change your password.")
        )
        super().__init__(tr("Login", "Change password"), intro, tr("Login", "Change"), parent)
        self.setObjectName("change_password_dialog")
        self.users = users
        self.actor: Actor | None = None  # the account after the change
        self.current = password_field(self, "current")
        self.new = password_field(self, "new")
        self.again = password_field(self, "again")
        self.add_field("current", tr("Login", "&Current password:"), self.current)
        self.add_field("password", tr("Login", "&New password:"), self.new)
        self.add_field("again", tr("Login", "&Again:"), self.again)

    def submit(self) -> None:
        if self.new.text() != self.again.text():
            raise UserFacingError(tr("Login", "The two new passwords differ."))
        self.actor = self.users.change_own_password(self.current.text(), self.new.text())


def sign_in(
    database: Database,
    parent: QWidget | None = None,
    *,
    username: str | None = None,
    interactive: bool = True,
    use_environment: bool = True,
) -> Actor | None:
    """app.py's sign-in step: the signed-in actor, or None to quit.

    BAITP_USER (or `username`, from `baitp gui --user`) with BAITP_PASSWORD signs in
    without a dialog; on a database without accounts they create the first administrator.
    Without them a non-interactive start (the headless start-up check) is refused.
    `use_environment` False (the next person after a sign-out) always asks.
    """
    users = UserService(database)
    if use_environment:
        username = username or os.environ.get(USER_VARIABLE)
    password = os.environ.get(PASSWORD_VARIABLE) if use_environment else None
    if username and password is not None:
        if users.has_users():
            actor = users.authenticate(username, password)  # refusals: app.py shows them
        else:
            actor = users.create_first_admin(username, username, password)
    elif not interactive:
        raise UserFacingError(
            tr(
                "Login",
                "Sign-in needs a person: set {user} and {password} to start without a dialog.",
            ).format(user=USER_VARIABLE, password=PASSWORD_VARIABLE)
        )
    elif not users.has_users():
        first = FirstAdminDialog(users, parent)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        return first.actor
    else:
        login = LoginDialog(users, parent)
        if username:
            login.username.setText(username)  # the focus then starts in the password
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return None
        actor = login.actor
    if users.user(actor.username).must_change_password:
        if not interactive:
            raise UserFacingError(
                tr("Login", "{user} must change the temporary password first.").format(
                    user=actor.username
                )
            )
        change = ChangePasswordDialog(UserService(database, actor), parent, required=True)
        if change.exec() != QDialog.DialogCode.Accepted or change.actor is None:
            QMessageBox.information(
                parent,
                tr("Login", "Sign in"),
                tr("Login", "The password must be changed before the CRF opens."),
            )
            return None
        actor = change.actor  # no longer on the temporary password
    return actor
