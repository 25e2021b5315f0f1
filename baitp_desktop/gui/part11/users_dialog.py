"""Account administration (administrators only): add, unlock, reset, role, deactivate.

Every change asks for a reason and is audited; the service refuses all of it for anyone
who is not an administrator, whatever this dialog shows. The idle-lock minutes, a site
setting, are changed here too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.gui.dialogs.form_parts import ok_button, ok_cancel_buttons, stacked
from baitp_desktop.gui.part11.login import error_label, password_field, refusal_text
from baitp_desktop.gui.widgets.keyed_rows import fill_keyed_rows, select_key, selected_key
from baitp_desktop.gui.widgets.mnemonics import field_name
from baitp_desktop.i18n import tr, tr_n, tr_noop
from baitp_desktop.service.roles import role_name
from baitp_desktop.service.users import ACCOUNT_ROLES, UserInfo, UserService

AskText = Callable[[QWidget, str, str], str | None]


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok and text.strip() else None


class AddUserDialog(QDialog):
    """A new account with a temporary password (the person changes it at first sign-in)."""

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_user_dialog")
        self.setWindowTitle(tr("Users", "New account"))
        self.users = users
        self.username = QLineEdit(self)
        self.printed_name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in ACCOUNT_ROLES:
            self.role.addItem(role_name(role), role.value)
        self.password = password_field(self, "password")
        self.error = error_label(self)
        form = QFormLayout()
        self.labels: dict[str, str] = {}
        for key, label, field in (
            ("username", tr("Users", "&User name:"), self.username),
            ("printed_name", tr("Users", "&Full name (printed):"), self.printed_name),
            ("role", tr("Users", "&Role:"), self.role),
            ("password", tr("Users", "&Temporary password:"), self.password),
        ):
            form.addRow(label, field)
            self.labels[key] = field_name(label)
        buttons = ok_cancel_buttons(self, self._add)
        self.ok_button = ok_button(buttons)
        stacked(self, form, self.error, buttons)

    def _add(self) -> None:
        try:
            self.users.add_user(
                self.username.text(),
                self.printed_name.text(),
                str(self.role.currentData()),
                self.password.text(),
            )
        except UserFacingError as refused:
            self.error.setText(refusal_text(refused, self.labels))
            return
        self.accept()


class UsersDialog(QDialog):
    """The account list with the administrator's actions."""

    COLUMNS = (
        tr_noop("Users", "User name"),
        tr_noop("Users", "Full name"),
        tr_noop("Users", "Role"),
        tr_noop("Users", "State"),
        tr_noop("Users", "Last sign-in (UTC)"),
    )

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_dialog")
        self.setWindowTitle(tr("Users", "User accounts"))
        self.users = users
        self.ask_text: AskText = ask_text
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels([tr("Users", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(tr("Users", "&Add…"), self)
        self.unlock_button = QPushButton(tr("Users", "&Unlock…"), self)
        self.reset_button = QPushButton(tr("Users", "&Reset password…"), self)
        self.role_box = QComboBox(self)
        for role in ACCOUNT_ROLES:
            self.role_box.addItem(role_name(role), role.value)
        self.role_button = QPushButton(tr("Users", "Set r&ole…"), self)
        self.active_button = QPushButton(tr("Users", "&Deactivate…"), self)
        self.add_button.clicked.connect(self.add_user)
        self.unlock_button.clicked.connect(self.unlock)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.set_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(tr("Users", " min"))
        self.idle_button = QPushButton(tr("Users", "Save idle lock…"), self)
        self.idle_button.clicked.connect(self.save_idle_minutes)
        self.error = error_label(self)
        actions = QHBoxLayout()
        for widget in (
            self.add_button,
            self.unlock_button,
            self.reset_button,
            self.role_box,
            self.role_button,
            self.active_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        idle = QHBoxLayout()
        idle.addWidget(QLabel(tr("Users", "Lock the window after"), self))
        idle.addWidget(self.idle_minutes)
        idle.addWidget(QLabel(tr("Users", "without input"), self))
        idle.addWidget(self.idle_button)
        idle.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(idle)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(900, 480)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.accounts: list[UserInfo] = self.users.users()
        rows = [(u.username, self._cells(u)) for u in self.accounts]
        fill_keyed_rows(self.table, rows, selected.username if selected else None)
        self.idle_minutes.setValue(self.users.idle_lock_minutes())
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        key = selected_key(self.table)
        if key is None:
            return None
        return next((u for u in self.accounts if u.username == key), None)

    def select(self, username: str) -> None:
        select_key(self.table, username)

    @staticmethod
    def _cells(user: UserInfo) -> tuple[str, ...]:
        return (
            user.username,
            user.printed_name,
            role_name(user.role),
            ", ".join(user.state_words()) or tr("Users", "active"),
            (user.last_login_utc or "").replace("T", " ").rstrip("Z"),
        )

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.reset_button, self.role_button, self.active_button):
            button.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and user.locked)
        if user is not None:
            self.active_button.setText(
                tr("Users", "&Deactivate…") if user.active else tr("Users", "Re&activate…")
            )
            self.role_box.setCurrentIndex(self.role_box.findData(user.role))

    def _reason(self, what: str) -> str | None:
        return self.ask_text(
            self, tr("Users", "Reason"), tr("Users", "Reason for: {what}").format(what=what)
        )

    def _run(self, what: str, write: Callable[[str], None]) -> None:
        reason = self._reason(what)
        if reason is None:
            return
        self.error.clear()
        try:
            write(reason)
        except UserFacingError as refused:
            self.error.setText(refusal_text(refused))
            return
        self.refresh()

    def add_user(self) -> None:
        dialog = AddUserDialog(self.users, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def unlock(self) -> None:
        if (user := self.selected()) is not None:
            self._run(
                tr("Users", "unlock {user}").format(user=user.username),
                lambda reason: self.users.unlock(user.username, reason),
            )

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password = self.ask_text(
            self,
            tr("Users", "Temporary password"),
            tr("Users", "Temporary password for {user}:").format(user=user.username),
        )
        if password is None:
            return
        self._run(
            tr("Users", "reset the password of {user}").format(user=user.username),
            lambda reason: self.users.reset_password(user.username, password, reason),
        )

    def set_role(self) -> None:
        user = self.selected()
        role = str(self.role_box.currentData())
        if user is not None and role != user.role:
            self._run(
                tr("Users", "make {user} {role}").format(user=user.username, role=role_name(role)),
                lambda reason: self.users.set_role(user.username, role, reason),
            )

    def toggle_active(self) -> None:
        if (user := self.selected()) is not None:
            what = (
                tr("Users", "deactivate {user}")
                if user.active
                else tr("Users", "reactivate {user}")
            ).format(user=user.username)
            self._run(
                what, lambda reason: self.users.set_active(user.username, not user.active, reason)
            )

    def save_idle_minutes(self) -> None:
        minutes = self.idle_minutes.value()
        self._run(
            tr_n(
                "Users", "lock after {n} idle minute", "lock after {n} idle minutes", minutes
            ).format(n=minutes),
            lambda reason: self.users.set_idle_lock_minutes(minutes, reason),
        )
