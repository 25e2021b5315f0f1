"""Signatures and source verification of one participant, visit by visit.

One row per visit (screening, the scheduled visits, then the casebook) with its window,
its signature and its source-data-verification mark; below, every signature ever made,
voided ones included with who voided them, when and why. The buttons follow the role:
investigators sign and unlock (with a reason), monitors mark verified or withdraw a mark.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.signatures import (
    SIGNATURE_MEANING,
    SdvMark,
    SignatureRecord,
    SignatureScope,
    SignatureStatus,
    VisitScope,
)
from baitp_desktop.gui.locale_format import format_datetime
from baitp_desktop.gui.part11.reason_dialog import ReasonDialog
from baitp_desktop.gui.part11.sign_dialog import SignDialog, dates_text, signature_text
from baitp_desktop.i18n import tr, tr_noop
from baitp_desktop.service.roles import Permission, can
from baitp_desktop.service.sdv import SdvService
from baitp_desktop.service.signatures import SignatureService

CASEBOOK = "__casebook__"
AskReason = Callable[[QWidget, str, str], str | None]


def ask_unlock_reason(parent: QWidget, what: str, prompt: str) -> str | None:
    dialog = ReasonDialog(
        [what], parent, title=tr("Signatures", "Unlock signed data"), prompt=prompt
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason()


def _short(signature: SignatureRecord) -> str:
    text = tr("Signatures", "{name}, {when} UTC").format(
        name=signature.printed_name, when=format_datetime(signature.signed_at_utc)
    )
    if signature.status is SignatureStatus.BROKEN:
        return tr("Signatures", "NOT VALID — {signature}").format(signature=text)
    return text


def _mark_text(mark: SdvMark | None) -> str:
    if mark is None:
        return "—"
    text = tr("Signatures", "{name}, {when} UTC").format(
        name=mark.printed_name, when=format_datetime(mark.verified_at_utc)
    )
    if mark.changed_since:
        text += " — " + tr("Signatures", "changed since verified")
    return text


class SignaturesDialog(QDialog):
    """Sign, unlock and verify one participant's visits; `changed` after every write."""

    changed = Signal()

    def __init__(
        self,
        signatures: SignatureService,
        sdv: SdvService,
        participant_id: str,
        version: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signatures_dialog")
        self.setWindowTitle(
            tr("Signatures", "Signatures and source verification — {pid}").format(
                pid=participant_id
            )
        )
        self.signatures = signatures
        self.sdv = sdv
        self.participant_id = participant_id
        self.version = version
        self.ask_reason: AskReason = ask_unlock_reason
        actor = signatures.actor
        meaning = QLabel(
            tr("Signatures", "Every signature means: “{meaning}”").format(
                meaning=tr("Signature", SIGNATURE_MEANING)
            ),
            self,
        )
        meaning.setWordWrap(True)
        self.table = self._table(
            "visits_table",
            (
                tr_noop("Signatures", "Visit"),
                tr_noop("Signatures", "Dates covered"),
                tr_noop("Signatures", "Signature"),
                tr_noop("Signatures", "Source verified"),
            ),
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.all_signatures = self._table(
            "all_signatures", (tr_noop("Signatures", "Signed"), tr_noop("Signatures", "Signature"))
        )
        self.sign_button = QPushButton(tr("Signatures", "&Sign…"), self)
        self.unlock_button = QPushButton(tr("Signatures", "&Unlock…"), self)
        self.verify_button = QPushButton(tr("Signatures", "Mark source &verified"), self)
        self.clear_button = QPushButton(tr("Signatures", "&Withdraw verification…"), self)
        self.sign_button.clicked.connect(self.sign_selected)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.verify_button.clicked.connect(self.verify_selected)
        self.clear_button.clicked.connect(self.clear_selected)
        self.sign_button.setVisible(can(actor, Permission.SIGN))
        self.unlock_button.setVisible(can(actor, Permission.UNLOCK))
        self.verify_button.setVisible(can(actor, Permission.VERIFY_SOURCE))
        self.clear_button.setVisible(can(actor, Permission.VERIFY_SOURCE))
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.sign_button, self.unlock_button, self.verify_button, self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(meaning)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(tr("Signatures", "All signatures, voided ones included:"), self))
        layout.addWidget(self.all_signatures, 1)
        layout.addWidget(close)
        self.resize(1000, 600)
        self.refresh()

    def _table(self, name: str, headers: tuple[str, ...]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([tr("Signatures", h) for h in headers])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_key()
        self.visits: list[VisitScope] = self.signatures.visits(self.participant_id)
        history = self.signatures.signatures(self.participant_id)
        active = {s.visit_id or CASEBOOK: s for s in history if s.active}
        marks = {m.visit_id: m for m in self.sdv.marks(self.participant_id) if not m.void}
        self.active = active
        self.marks = marks
        rows = [
            (
                v.visit_id,
                v.label,
                dates_text(active[v.visit_id].covered if v.visit_id in active else v.coverage),
            )
            for v in self.visits
        ]
        rows.append((CASEBOOK, tr("Signatures", "Whole casebook"), dates_text(None)))
        self.table.setRowCount(len(rows))
        for n, (key, label, covered) in enumerate(rows):
            signature = active.get(key)
            cells = (
                label,
                covered,
                _short(signature) if signature else "—",
                _mark_text(marks.get(key)) if key != CASEBOOK else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                if column == 2 and signature is not None:
                    item.setToolTip(signature_text(signature))
                if column == 1 and signature is None and (visit := self._visit(key)):
                    item.setToolTip(visit.refusal or "")
                self.table.setItem(n, column, item)
            if key == selected:
                self.table.selectRow(n)
        self.all_signatures.setRowCount(len(history))
        for n, signature in enumerate(history):
            visit_names = {v.visit_id: v.label for v in self.visits}  # never the visit's id
            what = (
                visit_names.get(signature.visit_id, signature.visit_id)
                if signature.visit_id
                else tr("Signatures", "casebook")
            )
            text = signature_text(signature)
            item = QTableWidgetItem(text.replace("\n", "  ·  "))
            item.setToolTip(text)
            self.all_signatures.setItem(n, 0, QTableWidgetItem(what))
            self.all_signatures.setItem(n, 1, item)
        self._update_buttons()

    def selected_key(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def select(self, key: str) -> None:
        for n in range(self.table.rowCount()):
            item = self.table.item(n, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                self.table.selectRow(n)

    def _visit(self, key: str | None) -> VisitScope | None:
        return next((v for v in self.visits if v.visit_id == key), None)

    def _update_buttons(self) -> None:
        key = self.selected_key()
        self.sign_button.setEnabled(key is not None and key not in self.active)
        visit = self._visit(key)
        if key is not None and key not in self.active and visit is not None and visit.refusal:
            self.status.setText(visit.refusal)  # the Sign dialog would say the same
        self.unlock_button.setEnabled(key is not None and key in self.active)
        self.verify_button.setEnabled(key is not None and key != CASEBOOK)
        self.clear_button.setEnabled(key is not None and key in self.marks)

    # -- actions ---------------------------------------------------------------------------
    def sign_selected(self) -> SignDialog | None:
        """Open the signing dialog for the selected row (returned for tests; modal)."""
        key = self.selected_key()
        if key is None:
            return None
        visit = None if key == CASEBOOK else self._visit(key)
        dialog = SignDialog(self.signatures, self.participant_id, visit, self.version(), self)
        dialog.accepted.connect(self._after_write)
        dialog.open()
        return dialog

    def unlock_selected(self) -> None:
        key = self.selected_key()
        signature = self.active.get(key or "")
        if signature is None:
            return
        what = (
            tr("Signatures", "the casebook signature")
            if signature.scope is SignatureScope.CASEBOOK
            else tr("Signatures", "the signature of {visit}").format(visit=signature.visit_id)
        )
        reason = self.ask_reason(
            self,
            f"{what} — {_short(signature)}",
            tr(
                "Signatures",
                "Unlocking voids this signature (it stays in the history) so that "
                "its data can be changed. Reason:",
            ),
        )
        if reason is None:
            return
        self._run(
            lambda: self.signatures.unlock(
                signature.signature_id, reason, expected_version=self.version()
            )
        )

    def verify_selected(self) -> None:
        key = self.selected_key()
        if key is not None and key != CASEBOOK:
            self._run(lambda: self.sdv.mark_verified(self.participant_id, key))

    def clear_selected(self) -> None:
        mark = self.marks.get(self.selected_key() or "")
        if mark is None:
            return
        reason = self.ask_reason(
            self,
            tr("Signatures", "verification of {visit}").format(visit=mark.visit_id),
            tr("Signatures", "Withdraw the verification mark. Reason:"),
        )
        if reason is not None:
            self._run(lambda: self.sdv.clear(mark.mark_id, reason))

    def _run(self, write: Callable[[], object]) -> None:
        self.status.clear()
        try:
            write()
        except UserFacingError as refused:
            self.status.setText(str(refused))
            return
        self._after_write()

    def _after_write(self) -> None:
        self.refresh()
        self.changed.emit()
