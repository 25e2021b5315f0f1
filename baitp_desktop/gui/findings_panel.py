"""The findings panel: the validator's deviations and queries, with a jump to each record.

A dockable table (severity icon and colour, code, date with study day, message) over a
`FindingsModel`; it shows the current participant or the whole study, sorts by any
column, and double-click or Enter asks the main window to open the record a finding
points at (`jump_requested(participant_id, record)`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.gui.style import severity_colour, severity_icon, severity_label
from baitp_desktop.gui.validation_worker import ParticipantResult
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.gui.widgets.proxy import change_filter
from baitp_desktop.i18n import tr

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 2
FINDING_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True, slots=True)
class FindingRow:
    finding: Finding
    day_text: str  # "Day 52", or "" before Day 1

    @property
    def date_text(self) -> str:
        day = self.finding.date.isoformat()
        return f"{day} ({self.day_text})" if self.day_text else day


def finding_rows(result: ParticipantResult) -> list[FindingRow]:
    return [FindingRow(f, study_day_text(f.date, result.day1)) for f in result.findings]


class FindingsModel(QAbstractTableModel):
    """All findings known to the GUI, one row each (filtered and sorted by a proxy)."""

    SEVERITY, PARTICIPANT, CODE, DATE, MESSAGE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_participant: dict[str, list[FindingRow]] = {}
        self._rows: list[FindingRow] = []

    # -- updates ---------------------------------------------------------------------------
    def set_study(self, results: Iterable[ParticipantResult]) -> None:
        self.beginResetModel()
        self._by_participant = {r.participant_id: finding_rows(r) for r in results}
        self._flatten()
        self.endResetModel()

    def set_participant(self, result: ParticipantResult) -> None:
        self.beginResetModel()
        self._by_participant[result.participant_id] = finding_rows(result)
        self._flatten()
        self.endResetModel()

    def _flatten(self) -> None:
        self._rows = [
            row for pid in sorted(self._by_participant) for row in self._by_participant[pid]
        ]

    def findings_of(self, participant_id: str) -> list[Finding]:
        return [row.finding for row in self._by_participant.get(participant_id, [])]

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            tr("Findings", "Severity"),
            tr("Findings", "Participant"),
            tr("Findings", "Code"),
            tr("Findings", "Date"),
            tr("Findings", "Message"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        finding, column = row.finding, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                severity_label(finding.severity),
                finding.participant_id,
                finding.code,
                row.date_text,
                finding.message,
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.SEVERITY:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return severity_colour(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Findings", "{severity} · {code} · {date}\n{message}").format(
                severity=severity_label(finding.severity),
                code=finding.code,
                date=row.date_text,
                message=finding.message,
            )
        if role == SORT_ROLE:
            return (
                f"{finding.severity.rank}{finding.date.isoformat()}",
                finding.participant_id,
                finding.code,
                finding.date.isoformat(),
                finding.message,
            )[column]
        if role == PARTICIPANT_ROLE:
            return finding.participant_id
        if role == FINDING_ROLE:
            return finding
        return None


class _ParticipantFilter(QSortFilterProxyModel):
    """Shows one participant's findings, or everyone's when `participant_id` is None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participant_id: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_participant(self, participant_id: str | None) -> None:
        def change() -> None:
            self.participant_id = participant_id

        change_filter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.participant_id is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(PARTICIPANT_ROLE) == self.participant_id)


class _FindingsView(QTableView):
    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FindingsPanel(QDockWidget):
    """The dock: scope chooser, summary line, and the findings table."""

    jump_requested = Signal(str, str)  # participant id, Finding.record

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Findings", "Findings"), parent)
        self.setObjectName("findings_panel")
        self.model = FindingsModel(self)
        self.proxy = _ParticipantFilter(self)
        self.proxy.setSourceModel(self.model)
        self._current: str | None = None

        body = QWidget(self)
        self.scope = QComboBox(body)
        self.scope.addItem(tr("Findings", "This participant"), "current")
        self.scope.addItem(tr("Findings", "All participants"), "all")
        self.scope.setAccessibleName(tr("Findings", "Show findings of"))
        self.scope.currentIndexChanged.connect(self._apply_scope)
        self.summary = QLabel(body)
        self.summary.setProperty("role", "hint")
        self.summary.setWordWrap(True)
        self.view = _FindingsView(body)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(FindingsModel.SEVERITY, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._jump)
        self.view.activated_row.connect(self._jump)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Findings", "Show:"), body))
        top.addWidget(self.scope)
        top.addStretch(1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.setWidget(body)
        self._apply_scope()

    # -- data ------------------------------------------------------------------------------
    def set_study(self, results: Iterable[ParticipantResult]) -> None:
        self.model.set_study(results)
        self._update_summary()

    def set_participant_result(self, result: ParticipantResult) -> None:
        self.model.set_participant(result)
        self._update_summary()

    def set_current_participant(self, participant_id: str | None) -> None:
        self._current = participant_id
        self._apply_scope()

    def findings_of(self, participant_id: str) -> list[Finding]:
        return self.model.findings_of(participant_id)

    def show_all(self, show: bool) -> None:
        self.scope.setCurrentIndex(1 if show else 0)

    # -- behaviour -------------------------------------------------------------------------
    def _apply_scope(self) -> None:
        everyone = self.scope.currentData() == "all"
        self.proxy.set_participant(None if everyone else (self._current or "\0none"))
        self.view.setColumnHidden(FindingsModel.PARTICIPANT, not everyone)
        self._update_summary()

    def _update_summary(self) -> None:
        shown = [self.proxy.index(r, 0).data(FINDING_ROLE) for r in range(self.proxy.rowCount())]
        if not shown:
            self.summary.setText(tr("Findings", "No findings."))
            return
        counts = {s: sum(1 for f in shown if f.severity is s) for s in Severity}
        self.summary.setText(
            tr("Findings", "{n} findings: {major} major, {minor} minor, {query} queries").format(
                n=len(shown),
                major=counts[Severity.MAJOR],
                minor=counts[Severity.MINOR],
                query=counts[Severity.QUERY],
            )
        )

    def _jump(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.jump_requested.emit(finding.participant_id, finding.record)
