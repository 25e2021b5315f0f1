"""Wires the Part 11 screens into a built main window, from outside it.

`attach_part11(window)` adds the Participant menu's Signatures/Sign/Unlock/History/
Queries actions, the Tools menu's Users/Open queries/Change password/Lock now actions,
"Raise a query on this finding" to the findings panel's context menu, the signed-in
person and the shown participant's signatures in the status bar, the idle lock (whose Quit
and Switch user keep the absent person's unsaved entries as their drafts), and the
read-only mode for roles that may not enter data (monitors, administrators). The GUI
only mirrors the roles: the service refuses what a role may not do, whatever is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from baitp_desktop.core.findings import Finding
from baitp_desktop.core.queries import QueryTarget
from baitp_desktop.core.signatures import LockState, VisitScope
from baitp_desktop.gui.display import person_name
from baitp_desktop.gui.findings_panel import FINDING_ROLE
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.part11.history_dialog import HistoryDialog
from baitp_desktop.gui.part11.idle_lock import IdleLock
from baitp_desktop.gui.part11.login import ChangePasswordDialog
from baitp_desktop.gui.part11.queries_dialog import QueriesDialog, RaiseQueryDialog
from baitp_desktop.gui.part11.signatures_dialog import CASEBOOK, SignaturesDialog
from baitp_desktop.gui.part11.users_dialog import UsersDialog
from baitp_desktop.i18n import tr
from baitp_desktop.service.queries import QueryService, finding_target
from baitp_desktop.service.roles import Permission, can, role_name
from baitp_desktop.service.sdv import SdvService
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import UserService


def make_read_only(root: QWidget) -> None:
    """Every input under `root` shows its value but takes no edit."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QAbstractSpinBox | QPlainTextEdit | QTextEdit):
            widget.setReadOnly(True)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(widget, QAbstractButton | QComboBox):
            widget.setEnabled(False)


def lock_summary(state: LockState, visits: Sequence[VisitScope] = ()) -> str:
    """What is signed, the visits named as the schedule names them (in its order)."""
    if state.casebook is not None:
        return tr("Compliance", "casebook signed (locked)")
    signed = state.signed_visits()
    if not signed:
        return tr("Compliance", "not signed")
    names = [v.label for v in visits if v.visit_id in signed]
    names += sorted(set(signed) - {v.visit_id for v in visits})  # not in this schedule
    return tr("Compliance", "signed: {visits} (locked)").format(visits=", ".join(names))


class Part11Controls(QObject):
    """The Part 11 actions of one main window (kept alive as the window's child)."""

    def __init__(self, window: MainWindow, idle_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        service = window.context.service
        self.actor = service.actor
        self.database = service.database
        self.signatures = SignatureService(self.database, self.actor, service.config, service.today)
        self.sdv = SdvService(self.database, self.actor, service.config)
        self.queries = QueryService(self.database, self.actor)
        self.users = UserService(self.database, self.actor)
        self.read_only = not can(self.actor, Permission.ENTER_DATA)
        self.dialogs: list[QWidget] = []  # the last opened ones (tests look at them)

        self._build_menus()
        self._build_status()
        self._build_findings_menu()
        minutes = self.users.idle_lock_minutes()
        self.idle_lock = IdleLock(
            window,
            self.actor,
            self.users.check_password,
            idle_ms if idle_ms is not None else minutes * 60_000,
        )
        self.idle_lock.quit_requested.connect(window.close_keeping_drafts)
        self.idle_lock.switch_user_requested.connect(lambda: window.on_sign_out())
        window.closed.connect(self.idle_lock.stop)
        window.participant_changed.connect(self._participant_changed)
        window.context.participant_saved.connect(lambda *_: self._show_lock_state())
        self._participant_changed(window.current_participant_id() or "")

    # -- building --------------------------------------------------------------------------
    def _action(
        self,
        menu: object,
        text: str,
        slot: object,
        shortcut: str | None = None,
        *,
        visible: bool = True,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        action.setVisible(visible)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_menus(self) -> None:
        menu = self.window.participant_menu
        menu.addSeparator()
        self.signatures_action = self._action(
            menu, tr("Compliance", "Si&gnatures and verification…"), self.open_signatures
        )
        self.sign_visit_action = self._action(
            menu,
            tr("Compliance", "Sign &visit…"),
            self.sign_visit,
            visible=can(self.actor, Permission.SIGN),
        )
        self.sign_casebook_action = self._action(
            menu,
            tr("Compliance", "Sign &casebook…"),
            self.sign_casebook,
            visible=can(self.actor, Permission.SIGN),
        )
        self.unlock_action = self._action(
            menu,
            tr("Compliance", "&Unlock signed data…"),
            self.unlock,
            visible=can(self.actor, Permission.UNLOCK),
        )
        self.history_action = self._action(
            menu, tr("Compliance", "&History…"), self.open_history, "Ctrl+H"
        )
        self.queries_action = self._action(
            menu, tr("Compliance", "&Queries…"), self.open_queries, "Ctrl+Shift+Q"
        )
        self.participant_actions = [
            self.signatures_action,
            self.sign_visit_action,
            self.sign_casebook_action,
            self.unlock_action,
            self.history_action,
            self.queries_action,
        ]
        tools = self.window.tools_menu
        tools.addSeparator()
        self.open_queries_action = self._action(
            tools, tr("Compliance", "Open &queries of the study…"), self.open_study_queries
        )
        self.users_action = self._action(
            tools,
            tr("Compliance", "User &accounts…"),
            self.open_users,
            visible=can(self.actor, Permission.MANAGE_USERS),
        )
        self._action(tools, tr("Compliance", "Change my &password…"), self.change_password)
        self.lock_action = self._action(
            tools, tr("Compliance", "&Lock now"), self.lock_now, "Ctrl+L"
        )
        if self.read_only:
            for action in (self.window.new_action, self.window.save_action):
                action.setEnabled(False)
                action.setVisible(False)

    def _build_status(self) -> None:
        bar = self.window.statusBar()
        self.user_label = QLabel(
            tr("Compliance", "{name} · {role}").format(
                name=person_name(self.actor), role=role_name(self.actor.role)
            ),
            self.window,
        )
        self.user_label.setObjectName("signed_in_user")
        self.lock_label = QLabel(self.window)
        self.lock_label.setObjectName("lock_state")
        bar.addPermanentWidget(self.lock_label)
        bar.addPermanentWidget(self.user_label)

    def _build_findings_menu(self) -> None:
        view = self.window.findings.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.finding_query_action = QAction(
            tr("Compliance", "Raise a &query on this finding…"), view
        )
        self.finding_query_action.triggered.connect(lambda _c=False: self.query_finding())
        self.finding_query_action.setVisible(can(self.actor, Permission.RAISE_QUERY))
        view.addAction(self.finding_query_action)

    # -- state -----------------------------------------------------------------------------
    def _participant_changed(self, participant_id: str) -> None:
        for action in self.participant_actions:
            action.setEnabled(bool(participant_id))
        if self.read_only:
            for tab in self.window.crf_tabs:
                make_read_only(tab)
        self._show_lock_state()

    def _show_lock_state(self) -> None:
        pid = self.window.current_participant_id()
        if pid is None:
            self.lock_label.clear()
            return
        state = self.signatures.lock_state(pid)
        summary = lock_summary(state, self.signatures.visits(pid))
        self.lock_label.setText(f"{pid}: {summary}")

    def _after_part11_write(self) -> None:
        """Signing and unlocking change the participant's version: show the fresh one."""
        self.window.reload()
        self._show_lock_state()

    def _keep(self, dialog: QWidget) -> QWidget:
        self.dialogs = [d for d in self.dialogs[-4:] if d is not dialog] + [dialog]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    # -- actions ---------------------------------------------------------------------------
    def open_signatures(self, select: str | None = None) -> SignaturesDialog | None:
        pid = self.window.current_participant_id()
        if pid is None:
            return None
        dialog = SignaturesDialog(
            self.signatures,
            self.sdv,
            pid,
            lambda: self.window.context.service.version(pid),
            self.window,
        )
        dialog.changed.connect(self._after_part11_write)
        if select is not None:
            dialog.select(select)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _due_visit(self) -> str | None:
        """The latest visit whose window has begun and that is not signed yet."""
        pid = self.window.current_participant_id()
        if pid is None:
            return None
        today = self.window.context.today()
        signed = self.signatures.lock_state(pid).signed_visits()
        begun = [
            v.visit_id
            for v in self.signatures.visits(pid)
            if v.visit_id not in signed and (v.first is None or v.first <= today)
        ]
        return begun[-1] if begun else None

    def sign_visit(self) -> None:
        dialog = self.open_signatures(self._due_visit())
        if dialog is not None and dialog.selected_key() is not None:
            dialog.sign_selected()

    def sign_casebook(self) -> None:
        dialog = self.open_signatures(CASEBOOK)
        if dialog is not None and dialog.sign_button.isEnabled():
            dialog.sign_selected()

    def unlock(self) -> None:
        pid = self.window.current_participant_id()
        if pid is None:
            return
        active = self.signatures.lock_state(pid).signatures
        self.open_signatures((active[-1].visit_id or CASEBOOK) if active else None)

    def open_history(self) -> HistoryDialog | None:
        pid = self.window.current_participant_id()
        if pid is None:
            return None
        entries = self.window.context.service.history(pid)
        dialog = HistoryDialog(
            tr("Compliance", "History — {pid}").format(pid=pid), entries, self.window
        )
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_queries(self) -> QueriesDialog | None:
        pid = self.window.current_participant_id()
        if pid is None:
            return None
        dialog = QueriesDialog(self.queries, pid, self.window)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_study_queries(self) -> QueriesDialog:
        dialog = QueriesDialog(self.queries, None, self.window)
        self._keep(dialog)
        dialog.open()
        return dialog

    def query_finding(self, finding: Finding | None = None) -> RaiseQueryDialog | None:
        """The findings panel's "Raise a query on this finding" (the selected finding)."""
        if finding is None:
            view = self.window.findings.view
            index = view.currentIndex()
            value = index.data(FINDING_ROLE) if index.isValid() else None
            finding = value if isinstance(value, Finding) else None
        if finding is None:
            return None
        target: QueryTarget = finding_target(finding)
        dialog = RaiseQueryDialog(self.queries, finding.participant_id, target, self.window)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_users(self) -> UsersDialog:
        dialog = UsersDialog(self.users, self.window)
        dialog.finished.connect(lambda _r: self._apply_idle_minutes())
        self._keep(dialog)
        dialog.open()
        return dialog

    def _apply_idle_minutes(self) -> None:
        self.idle_lock.set_timeout_ms(self.users.idle_lock_minutes() * 60_000)

    def change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.users, self.window)
        self._keep(dialog)
        dialog.open()
        return dialog

    def lock_now(self) -> None:
        self.idle_lock.lock_now()


def attach_part11(window: MainWindow, idle_ms: int | None = None) -> Part11Controls:
    """Add the Part 11 actions, status, idle lock and read-only mode to `window`."""
    return Part11Controls(window, idle_ms)
