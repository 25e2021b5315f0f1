"""Queries: the list, a query's thread, and the step the signed-in person may take.

Monitors and investigators raise queries (on a field, or on a finding from the findings
panel); nurses and investigators answer; whoever raised a query closes it or sends it
back with a follow-up. Queries are never deleted, so there is no delete button.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.config import default_config
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.queries import TRANSITIONS, Query, QueryAction, QueryTarget
from baitp_desktop.gui.dialogs.form_parts import ok_button, ok_cancel_buttons, stacked
from baitp_desktop.gui.field_labels import labelled_target
from baitp_desktop.gui.locale_format import format_datetime
from baitp_desktop.gui.part11.login import error_label, refusal_text
from baitp_desktop.gui.widgets.keyed_rows import fill_keyed_rows, select_key, selected_key
from baitp_desktop.i18n import tr, tr_noop
from baitp_desktop.service.queries import QueryService, status_name
from baitp_desktop.service.roles import Permission, can

_ACTION_NAMES = {
    QueryAction.RAISE: tr_noop("Queries", "raised"),
    QueryAction.ANSWER: tr_noop("Queries", "answered"),
    QueryAction.FOLLOW_UP: tr_noop("Queries", "sent back"),
    QueryAction.CLOSE: tr_noop("Queries", "closed"),
}


def _shown(target: QueryTarget) -> str:
    """What a query is about, its field named by its label (never its internal key)."""
    return labelled_target(target.label, target.field, default_config())


def thread_html(query: Query) -> str:
    """A query's messages, oldest first, as simple HTML (escaped)."""
    from html import escape

    parts = [f"<p><b>{escape(_shown(query.target))}</b></p>"]
    for m in query.messages:
        who = escape(f"{m.printed_name} ({m.username})")
        when = format_datetime(m.at_utc)
        action = escape(tr("Queries", _ACTION_NAMES[m.action]))
        parts.append(f"<p><i>{when} UTC — {who} {action}:</i><br>{escape(m.text)}</p>")
    return "".join(parts)


class RaiseQueryDialog(QDialog):
    """A new query on `target`, or on one of `fields`; what it is about and the question."""

    def __init__(
        self,
        service: QueryService,
        participant_id: str,
        target: QueryTarget,
        parent: QWidget | None = None,
        fields: Sequence[QueryTarget] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("raise_query_dialog")
        self.setWindowTitle(tr("Queries", "Raise a query — {pid}").format(pid=participant_id))
        self.service = service
        self.participant_id = participant_id
        self.target = target
        self.query: Query | None = None
        self.field = QComboBox(self)
        self.field.setObjectName("query_field")
        self.field.setEditable(False)
        for choice in (target, *fields):
            self.field.addItem(_shown(choice), choice)
        self.field.currentIndexChanged.connect(self._field_chosen)
        self.about = QLineEdit(_shown(target), self)
        self.about.setObjectName("query_about")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("query_text")
        self.text.setPlaceholderText(tr("Queries", "Your question to the site"))
        self.error = error_label(self)
        form = QFormLayout()
        if fields:
            form.addRow(tr("Queries", "On &field:"), self.field)
        form.addRow(tr("Queries", "&About:"), self.about)
        form.addRow(tr("Queries", "&Question:"), self.text)
        self.buttons = ok_cancel_buttons(self, self._raise, tr("Queries", "&Raise"))
        self.raise_button = ok_button(self.buttons)
        stacked(self, form, self.error, self.buttons)
        self.text.setFocus()

    def choose_field(self, label: str) -> None:
        """Choose the field named `label`, as shown or as the service names it."""
        for index in range(self.field.count()):
            target = self.field.itemData(index)
            if label in (self.field.itemText(index), getattr(target, "label", None)):
                self.field.setCurrentIndex(index)
                return

    def _field_chosen(self, _index: int) -> None:
        chosen = self.field.currentData()
        if isinstance(chosen, QueryTarget):
            self.target = chosen
            self.about.setText(_shown(chosen))

    def _raise(self) -> None:
        label = self.about.text().strip() or _shown(self.target)
        target = QueryTarget(
            label,
            self.target.kind,
            self.target.record_id,
            self.target.field,
            self.target.finding_code,
            self.target.finding_record,
        )
        try:
            self.query = self.service.raise_query(
                self.participant_id, target, self.text.toPlainText()
            )
        except UserFacingError as refused:
            self.error.setText(refusal_text(refused))
            return
        self.accept()


class QueriesDialog(QDialog):
    """The queries of one participant (or of the study), a thread view and the next step."""

    changed = Signal()

    COLUMNS = (
        tr_noop("Queries", "Query"),
        tr_noop("Queries", "Participant"),
        tr_noop("Queries", "Status"),
        tr_noop("Queries", "About"),
        tr_noop("Queries", "Raised by"),
        tr_noop("Queries", "Last message"),
    )

    def __init__(
        self, service: QueryService, participant_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queries_dialog")
        title = (
            tr("Queries", "Queries — {pid}").format(pid=participant_id)
            if participant_id
            else tr("Queries", "Queries — all participants")
        )
        self.setWindowTitle(title)
        self.service = service
        self.participant_id = participant_id
        self.queries: list[Query] = []
        actor = service.actor

        self.open_only = QCheckBox(tr("Queries", "Only &open queries"), self)
        self.open_only.setChecked(participant_id is None)
        self.open_only.toggled.connect(self.refresh)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("queries_table")
        self.table.setHorizontalHeaderLabels([tr("Queries", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.thread_view = QTextBrowser(self)
        self.thread_view.setObjectName("query_thread")
        self.reply = QPlainTextEdit(self)
        self.reply.setObjectName("query_reply")
        self.reply.setPlaceholderText(tr("Queries", "Your answer or message"))
        self.reply.setMaximumHeight(90)
        self.error = error_label(self)
        self.new_button = QPushButton(tr("Queries", "&New query…"), self)
        self.answer_button = QPushButton(tr("Queries", "&Answer"), self)
        self.follow_up_button = QPushButton(tr("Queries", "Send &back"), self)
        self.close_button = QPushButton(tr("Queries", "&Close query"), self)
        self.new_button.setVisible(
            participant_id is not None and can(actor, Permission.RAISE_QUERY)
        )
        self.new_button.clicked.connect(lambda: self.new_query())
        self.answer_button.clicked.connect(lambda: self.step(QueryAction.ANSWER))
        self.follow_up_button.clicked.connect(lambda: self.step(QueryAction.FOLLOW_UP))
        self.close_button.clicked.connect(lambda: self.step(QueryAction.CLOSE))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.thread_view, 1)
        right_layout.addWidget(self.reply)
        steps = QHBoxLayout()
        for button in (self.answer_button, self.follow_up_button, self.close_button):
            steps.addWidget(button)
        right_layout.addLayout(steps)
        right_layout.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([560, 440])
        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.new_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1100, 560)
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected()
        self.queries = self.service.queries(
            self.participant_id, open_only=self.open_only.isChecked()
        )
        rows = [
            (
                q.query_id,
                (
                    f"Q{q.number}",
                    q.participant_id,
                    status_name(q.status),
                    _shown(q.target),
                    q.raised_by,
                    q.last_message.text if q.last_message else "",
                ),
            )
            for q in self.queries
        ]
        fill_keyed_rows(self.table, rows, selected.query_id if selected else None)
        if not self.table.selectedItems() and self.queries:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> Query | None:
        key = selected_key(self.table)
        if key is None:
            return None
        return next((q for q in self.queries if q.query_id == key), None)

    def select(self, query_id: int) -> None:
        select_key(self.table, query_id)

    def _show_selected(self) -> None:
        query = self.selected()
        self.thread_view.setHtml(thread_html(query) if query else "")
        actor = self.service.actor
        for button, action, permission in (
            (self.answer_button, QueryAction.ANSWER, Permission.ANSWER_QUERY),
            (self.follow_up_button, QueryAction.FOLLOW_UP, Permission.RAISE_QUERY),
            (self.close_button, QueryAction.CLOSE, Permission.CLOSE_QUERY),
        ):
            allowed = can(actor, permission)
            if action is not QueryAction.ANSWER:
                allowed = allowed and query is not None and query.raised_by == actor.username
            button.setVisible(allowed)
            button.setEnabled(query is not None and query.status in TRANSITIONS[action][0])
        self.reply.setEnabled(query is not None and query.is_open)

    # -- steps -----------------------------------------------------------------------------
    def step(self, action: QueryAction) -> None:
        query = self.selected()
        if query is None:
            return
        run = {
            QueryAction.ANSWER: self.service.answer,
            QueryAction.FOLLOW_UP: self.service.follow_up,
            QueryAction.CLOSE: self.service.close,
        }[action]
        self.error.clear()
        try:
            run(query.query_id, self.reply.toPlainText())
        except UserFacingError as refused:
            self.error.setText(refusal_text(refused))
            return
        self.reply.clear()
        self.refresh()
        self.changed.emit()

    def new_query(self, target: QueryTarget | None = None) -> RaiseQueryDialog | None:
        """Open the raise dialog (modal; returned for tests)."""
        if self.participant_id is None:
            return None
        dialog = RaiseQueryDialog(
            self.service,
            self.participant_id,
            target or QueryTarget(label=tr("Queries", "General")),
            self,
            fields=self.service.field_targets(self.participant_id) if target is None else (),
        )
        dialog.accepted.connect(lambda: self._raised(dialog))
        dialog.open()
        return dialog

    def _raised(self, dialog: RaiseQueryDialog) -> None:
        self.refresh()
        if dialog.query is not None:
            self.select(dialog.query.query_id)
        self.changed.emit()
