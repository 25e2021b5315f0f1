"""The history view: who changed what, when, from which value to which, and why.

It shows audit entries (a participant's, or one record's) in a sortable table with a
record chooser and a text filter; each field is named as its form labels it ("Onset
date"), not by its column. Password hashes are never shown, only that the
password changed; the `system` account is labelled as the import/demo account.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.field_labels import field_label
from baitp_desktop.gui.display import user_text
from baitp_desktop.gui.widgets.columns_model import Column, ColumnsModel, read_only_table
from baitp_desktop.gui.widgets.proxy import change_filter
from baitp_desktop.i18n import tr, tr_n, tr_noop
from baitp_desktop.storage.audit import AuditEntry

Index = QModelIndex | QPersistentModelIndex
_HIDDEN_FIELDS = {"password"}  # recorded as a fingerprint (storage/audit.py): shown as set
_ACTIONS = {
    "insert": tr_noop("History", "entered"),
    "update": tr_noop("History", "changed"),
    "delete": tr_noop("History", "deleted"),
}


def _value_text(entry: AuditEntry, value: str | None) -> str:
    if value is None:
        return "—"
    if entry.field in _HIDDEN_FIELDS:
        return tr("History", "(password set)")
    return value


def _audit_columns() -> list[Column]:
    def column(title: str, text: Callable[[AuditEntry], str]) -> Column:
        return Column(title, text, tooltip=text)  # cells are long: the tooltip shows all

    return [
        column(
            tr("History", "When (UTC)"), lambda e: e.timestamp_utc.replace("T", " ").rstrip("Z")
        ),
        column(tr("History", "User"), lambda e: user_text(e.username)),
        column(tr("History", "Record"), lambda e: e.record_label),
        column(tr("History", "Field"), lambda e: field_label(e.table_name, e.field)),
        column(tr("History", "Action"), lambda e: tr("History", _ACTIONS.get(e.action, e.action))),
        column(tr("History", "Old value"), lambda e: _value_text(e, e.old_value)),
        column(tr("History", "New value"), lambda e: _value_text(e, e.new_value)),
        column(tr("History", "Reason"), lambda e: e.reason),
    ]


class AuditModel(ColumnsModel):
    """Audit entries, one row each, oldest first."""

    def __init__(self, entries: Sequence[AuditEntry] = (), parent: QWidget | None = None) -> None:
        super().__init__(_audit_columns(), parent, align_headers=False)
        self.set_rows(entries)


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: str | None = None
        self.text = ""

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AuditModel)
        entry = model.row(source_row)
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
        self.view = read_only_table(QTableView(self))
        self.view.setObjectName("history_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(False)
        self.count = QLabel(self)
        self.count.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        record_label = QLabel(tr("History", "&Record:"), self)
        record_label.setBuddy(self.records)  # Alt+R; without a buddy the "&" is shown
        top.addWidget(record_label)
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
            tr_n(
                "History",
                "{shown} of {total} entry",
                "{shown} of {total} entries",
                self.model.rowCount(),
            ).format(shown=self.proxy.rowCount(), total=self.model.rowCount())
        )
