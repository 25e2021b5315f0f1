"""The findings panel: the validator's deviations and queries, with a jump to each record.

A dockable table (severity icon and colour, code, date with study day, message) over a
`FindingsModel`; it shows the current participant or the whole study, sorts by any
column, and double-click or Enter asks the main window to open the record a finding
points at (`jump_requested(participant_id, record)`). E or the context menu asks to
explain the selected finding, the context menu also to withdraw an explanation
(`explain_requested(finding, withdraw)`). An explained finding still stands: it is listed
after the open ones, greyed, with its reason, and counted apart in the summary line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.findings import Finding, severity_summary
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.style import MUTED_TEXT, severity_colour, severity_icon, severity_label
from baitp_desktop.gui.validation_worker import ParticipantResult
from baitp_desktop.gui.widgets.columns_model import (
    SORT_ROLE,
    Column,
    ColumnsModel,
    read_only_table,
)
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.gui.widgets.proxy import change_filter
from baitp_desktop.i18n import tr, tr_n

Index = QModelIndex | QPersistentModelIndex
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 2
FINDING_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True, slots=True)
class FindingRow:
    finding: Finding
    day_text: str  # "Day 52", or "" before Day 1

    @property
    def date_text(self) -> str:
        day = format_date(self.finding.date)
        return f"{day} ({self.day_text})" if self.day_text else day


def finding_rows(result: ParticipantResult) -> list[FindingRow]:
    return [FindingRow(f, study_day_text(f.date, result.day1)) for f in result.findings]


def _finding_tooltip(row: FindingRow) -> str:
    finding = row.finding
    return tr("Findings", "{severity} · {code} · {date}\n{message}").format(
        severity=severity_label(finding.severity),
        code=finding.code,
        date=row.date_text,
        message=finding.message,
    )


def _finding_columns() -> list[Column]:
    def column(title: str, text: Callable[[FindingRow], str], **more: Any) -> Column:
        more.setdefault("foreground", _muted_when_explained)
        return Column(title, text, tooltip=_finding_tooltip, **more)

    def severity_text(row: FindingRow) -> str:
        label = severity_label(row.finding.severity)
        if row.finding.explained is None:
            return label
        return tr("Findings", "{severity}, explained").format(severity=label)

    return [
        column(
            tr("Findings", "Severity"),
            severity_text,
            icon=lambda r: severity_icon(r.finding.severity),
            foreground=lambda r: (
                QColor(MUTED_TEXT) if r.finding.explained else severity_colour(r.finding.severity)
            ),
            sort_key=lambda r: (
                f"{int(r.finding.explained is not None)}{r.finding.severity.rank}"
                f"{r.finding.date.isoformat()}"
            ),
        ),
        column(tr("Findings", "Participant"), lambda r: r.finding.participant_id),
        column(tr("Findings", "Code"), lambda r: r.finding.code),
        column(
            tr("Findings", "Date"),
            lambda r: r.date_text,
            sort_key=lambda r: r.finding.date.isoformat(),
        ),
        column(tr("Findings", "Message"), _message_text),
    ]


def _message_text(row: FindingRow) -> str:
    finding = row.finding
    if finding.explained is None:
        return finding.message
    return tr("Findings", "{message} — explained: {reason}").format(
        message=finding.message, reason=finding.explained
    )


def _muted_when_explained(row: FindingRow) -> QColor | None:
    return QColor(MUTED_TEXT) if row.finding.explained is not None else None


def findings_summary(shown: list[Finding]) -> str:
    """ "3 findings: 1 major, 0 minor, 2 queries", and the explained ones counted apart."""
    open_ones = [f for f in shown if f.explained is None]
    explained = len(shown) - len(open_ones)
    n = len(open_ones)
    text = tr_n("Findings", "{n} finding: {summary}", "{n} findings: {summary}", n).format(
        n=n, summary=severity_summary(open_ones)
    )
    if explained:
        text += " · " + tr_n(
            "Findings", "{n} explained finding", "{n} explained findings", explained
        ).format(n=explained)
    return text


class FindingsModel(ColumnsModel):
    """All findings known to the GUI, one row each (filtered and sorted by a proxy)."""

    SEVERITY, PARTICIPANT, CODE, DATE, MESSAGE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_finding_columns(), parent, align_headers=False)
        self._by_participant: dict[str, list[FindingRow]] = {}

    # -- updates ---------------------------------------------------------------------------
    def set_study(self, results: Iterable[ParticipantResult]) -> None:
        self._by_participant = {r.participant_id: finding_rows(r) for r in results}
        self._flatten()

    def set_participant(self, result: ParticipantResult) -> None:
        self._by_participant[result.participant_id] = finding_rows(result)
        self._flatten()

    def _flatten(self) -> None:
        by = self._by_participant
        self.set_rows([row for pid in sorted(by) for row in by[pid]])

    def findings_of(self, participant_id: str) -> list[Finding]:
        return [row.finding for row in self._by_participant.get(participant_id, [])]

    def cell(self, number: int, column_number: int, role: int) -> Any:
        if role == PARTICIPANT_ROLE:
            return self._rows[number].finding.participant_id
        if role == FINDING_ROLE:
            return self._rows[number].finding
        return super().cell(number, column_number, role)


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
    explain_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.key() == Qt.Key.Key_E and plain and self.currentIndex().isValid():
            self.explain_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FindingsPanel(QDockWidget):
    """The dock: scope chooser, summary line, and the findings table."""

    jump_requested = Signal(str, str)  # participant id, Finding.record
    explain_requested = Signal(object, bool)  # Finding, withdraw

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
        self.view = read_only_table(_FindingsView(body))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(FindingsModel.SEVERITY, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(FindingsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._jump)
        self.view.activated_row.connect(self._jump)
        self.view.explain_row.connect(lambda index: self._explain(index, False))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

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
        self.summary.setText(findings_summary(shown))

    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        finding = index.data(FINDING_ROLE)
        if not isinstance(finding, Finding):
            return
        menu = QMenu(self.view)
        explain = menu.addAction(tr("Findings", "Explain the finding…"))
        explain.setShortcut(QKeySequence(Qt.Key.Key_E))  # shown in the menu; the view handles E
        explain.triggered.connect(lambda: self._explain(index, False))
        withdraw = menu.addAction(tr("Findings", "Withdraw the explanation…"))
        withdraw.setEnabled(finding.explained is not None)
        withdraw.triggered.connect(lambda: self._explain(index, True))
        menu.addSeparator()
        jump = menu.addAction(tr("Findings", "Go to the record"))
        jump.setShortcut(QKeySequence(Qt.Key.Key_Return))
        jump.triggered.connect(lambda: self._jump(index))
        menu.exec(self.view.viewport().mapToGlobal(position))

    def _explain(self, index: QModelIndex, withdraw: bool) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.explain_requested.emit(finding, withdraw)

    def _jump(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.jump_requested.emit(finding.participant_id, finding.record)
