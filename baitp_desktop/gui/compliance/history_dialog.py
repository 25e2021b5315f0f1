"""The history view: who changed what, when, from which value to which, and why.

It shows audit entries (a participant's, or one record's) in a sortable table with a
record chooser and a text filter. Password hashes are never shown, only that the
password changed; the `system` account is labelled as the import/demo account.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.gui.widgets.proxy import change_filter
from baitp_desktop.i18n import tr, tr_noop
from baitp_desktop.service.actor import SYSTEM
from baitp_desktop.storage.audit import AuditEntry

Index = QModelIndex | QPersistentModelIndex
_HIDDEN_FIELDS = {"password_hash"}
_ACTIONS = {
    "insert": tr_noop("History", "entered"),
    "update": tr_noop("History", "changed"),
    "delete": tr_noop("History", "deleted"),
}


def _user_text(username: str) -> str:
    if username == SYSTEM.username:
        return tr("History", "system (import / demo)")
    return username


def _value_text(entry: AuditEntry, value: str | None) -> str:
    if value is None:
        return "—"
    if entry.field in _HIDDEN_FIELDS:
        return tr("History", "(password set)")
    return value


class AuditModel(QAbstractTableModel):
    """Audit entries, one row each, oldest first."""

    HEADERS = (
        tr_noop("History", "When (UTC)"),
        tr_noop("History", "User"),
        tr_noop("History", "Record"),
        tr_noop("History", "Field"),
        tr_noop("History", "Action"),
        tr_noop("History", "Old value"),
        tr_noop("History", "New value"),
        tr_noop("History", "Reason"),
    )

    def __init__(self, entries: Sequence[AuditEntry] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = list(entries)

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("History", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        e = self.entries[index.row()]
        when = e.timestamp_utc.replace("T", " ").rstrip("Z")
        values = (
            when,
            _user_text(e.username),
            e.record_label,
            e.field,
            tr("History", _ACTIONS.get(e.action, e.action)),
            _value_text(e, e.old_value),
            _value_text(e, e.new_value),
            e.reason,
        )
        return values[index.column()]


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: str | None = None
        self.text = ""

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AuditModel)
        entry = model.entries[source_row]
        if self.record is not None and entry.record_label != self.record:
            return False
        if not self.text:
            return True
        row = [str(model.data(model.index(source_row, c))) for c in range(model.columnCount())]
        return any(self.text in cell.lower() for cell in row)


class HistoryDialog(QDialog):
    """A participant's (or one record's) audit entries with a record chooser and a filter."""

    def __init__(
        self, title: str, entries: Sequence[AuditEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(title)
        self.model = AuditModel(entries, self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.records = QComboBox(self)
        self.records.setObjectName("history_record")
        self.records.addItem(tr("History", "All records"), None)
        for label in dict.fromkeys(e.record_label for e in entries):
            self.records.addItem(label, label)
        self.records.currentIndexChanged.connect(self._refilter)
        self.search = QLineEdit(self)
        self.search.setObjectName("history_filter")
        self.search.setPlaceholderText(tr("History", "Filter: user, field, value, reason…"))
        self.search.textChanged.connect(self._refilter)
        self.view = QTableView(self)
        self.view.setObjectName("history_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.count = QLabel(self)
        self.count.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("History", "&Record:"), self))
        top.addWidget(self.records, 1)
        top.addWidget(self.search, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(1100, 560)
        self._refilter()
        self.view.scrollToBottom()

    def select_record(self, label: str) -> None:
        index = self.records.findData(label)
        if index >= 0:
            self.records.setCurrentIndex(index)

    def _refilter(self, *_args: object) -> None:
        def change() -> None:
            self.proxy.record = self.records.currentData()
            self.proxy.text = self.search.text().strip().lower()

        change_filter(self.proxy, change)
        self.count.setText(
            tr("History", "{shown} of {total} entries").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )
