"""The site dashboard: the first screen after sign-in, a nurse's start of the day.

Eight lists over the whole study as of today (core.dashboard decides what is on them):
visits due in the next 7 days and overdue visits with their windows, diaries with gaps,
open findings by severity (explained ones counted apart), open queries, visits with data
but no signature, questionnaires due or missing, and lab values of grade 3 or more
without their adverse event. Every
line opens its participant on the right tab (`open_requested(participant id, tab id,
record)`, activated by double-click or Enter). The lists are computed on a background
thread (validation over the study takes a moment), never blocking the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.dashboard import (
    Dashboard,
    DiaryGap,
    FindingGroup,
    QueryLine,
    QuestionnaireLine,
    UnsignedVisit,
    VisitDue,
    build_dashboard,
    tab_for_record,
)
from baitp_desktop.core.findings import Finding, Severity, severity_summary
from baitp_desktop.core.queries import QueryStatus
from baitp_desktop.core.validator import validate_study
from baitp_desktop.gui.display import short_visit_name
from baitp_desktop.gui.locale_format import format_date, format_date_range
from baitp_desktop.gui.rows_model import TARGET_ROLE, RowsModel, compact_table, fit_columns
from baitp_desktop.gui.style import (
    ERROR_COLOUR,
    MUTED_TEXT,
    severity_icon,
    severity_label,
)
from baitp_desktop.gui.tasks import TaskRunner, runner_for
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.service import StudyService
from baitp_desktop.service.queries import QueryService
from baitp_desktop.service.signatures import signatures_by_participant

log = logging.getLogger(__name__)

AMBER = "#8a5300"


def load_dashboard(service: StudyService, today: date) -> Dashboard:
    """Read the study through the services and build the dashboard (runs on a worker)."""
    participants = service.participants()
    findings = validate_study(participants, today, service.config)
    return build_dashboard(
        participants,
        today,
        # an explained finding stands, but it is not open: the findings panel lists it apart
        findings=[f for f in findings if f.explained is None],
        queries=QueryService(service.database, service.actor).queries(open_only=True),
        signatures=signatures_by_participant(service.database),
        config=service.config,
    )


def relative_day(day: date, today: date) -> str:
    """'today', 'tomorrow', 'in 3 days', 'yesterday', '5 days ago'."""
    delta = (day - today).days
    if delta == 0:
        return tr("Dashboard", "today")
    if delta == 1:
        return tr("Dashboard", "tomorrow")
    if delta == -1:
        return tr("Dashboard", "yesterday")
    if delta > 0:
        return tr_n("Dashboard", "in {n} day", "in {n} days", delta).format(n=delta)
    return tr_n("Dashboard", "{n} day ago", "{n} days ago", -delta).format(n=-delta)


def _who(row: VisitDue | DiaryGap | UnsignedVisit | QueryLine) -> str:
    if isinstance(row, QueryLine):
        return f"{row.query.participant_id} {row.initials}".strip()
    return f"{row.participant_id} {row.initials}"


def _visit_tip(row: VisitDue | UnsignedVisit) -> str:
    return row.visit_name  # the whole name (the column shows it short); never the visit's id


def _window(row: VisitDue) -> str:
    return format_date_range(row.first, row.last)


def _overdue_state(row: VisitDue, today: date) -> str:
    if row.window_closed:
        return tr("Dashboard", "window closed: missed visit")
    return tr("Dashboard", "window open until {last} ({when})").format(
        last=format_date(row.last), when=relative_day(row.last, today)
    )


class DashboardWidget(QWidget):
    """The eight lists, a refresh, and the two study-wide actions (calendar, outcomes)."""

    open_requested = Signal(str, str, str)  # participant id, tab id, record
    calendar_requested = Signal(str)  # participant id
    outcomes_requested = Signal()
    loaded = Signal(object)  # Dashboard
    failed = Signal(str)

    def __init__(
        self,
        service: StudyService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.service = service
        self.today = today
        self.runner = runner_for(self, tasks)
        self.dashboard: Dashboard | None = None
        self._today = today()

        self.title = QLabel(self)
        self.title.setProperty("role", "header")
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.refresh_button = QPushButton(tr("Dashboard", "&Refresh"), self)
        self.refresh_button.setToolTip(tr("Dashboard", "Read the study again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.calendar_button = QPushButton(tr("Dashboard", "Visit &calendar (PDF)…"), self)
        self.calendar_button.setToolTip(
            tr("Dashboard", "The selected participant's visit dates and windows, to take home")
        )
        self.calendar_button.clicked.connect(self._calendar_of_selection)
        self.outcomes_button = QPushButton(tr("Dashboard", "Study &outcomes…"), self)
        self.outcomes_button.clicked.connect(self.outcomes_requested)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status, 1)
        for button in (self.calendar_button, self.outcomes_button, self.refresh_button):
            top.addWidget(button)

        self.models: dict[str, RowsModel] = {}
        self.views: dict[str, QTableView] = {}
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        sections = (
            ("due", self._due_columns(), 0, 0),
            ("overdue", self._overdue_columns(), 1, 0),
            ("diary", self._diary_columns(), 2, 0),
            ("findings", self._finding_columns(), 0, 1),
            ("queries", self._query_columns(), 1, 1),
            ("unsigned", self._unsigned_columns(), 2, 1),
            ("questionnaires", self._questionnaire_columns(), 3, 0),
            ("labs", self._lab_columns(), 3, 1),
        )
        for key, columns, row, column in sections:
            model = RowsModel(columns, _target_of, self)
            view = compact_table(model, self)
            view.setObjectName(f"dashboard_{key}")
            view.activated.connect(self._activate)
            view.selectionModel().currentRowChanged.connect(
                lambda current, _previous, v=view: self._selected(v, current)
            )
            box = QGroupBox(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(6, 4, 6, 6)
            box_layout.addWidget(view)
            grid.addWidget(box, row, column)
            self.models[key], self.views[key], self.boxes[key] = model, view, box
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self._selected_pid: str | None = None
        self.calendar_button.setEnabled(False)
        self._show_titles()

    # -- columns ---------------------------------------------------------------------------
    def _due_columns(self) -> list[Column]:
        return [
            Column(tr("Dashboard", "Participant"), _who),
            Column(
                tr("Dashboard", "Visit"),
                lambda r: short_visit_name(r.visit_name),
                tooltip=_visit_tip,
            ),
            Column(
                tr("Dashboard", "Target"),
                lambda r: f"{format_date(r.target)} ({relative_day(r.target, self._today)})",
                bold=lambda r: r.target == self._today,
                sort_key=lambda r: r.target,
            ),
            Column(tr("Dashboard", "Window"), _window),
        ]

    def _overdue_columns(self) -> list[Column]:
        def colour(row: VisitDue) -> QColor:
            return QColor(ERROR_COLOUR if row.window_closed else AMBER)

        return [
            Column(
                tr("Dashboard", "Participant"),
                _who,
                icon=lambda r: severity_icon(Severity.MINOR) if r.window_closed else None,
            ),
            Column(
                tr("Dashboard", "Visit"),
                lambda r: short_visit_name(r.visit_name),
                tooltip=_visit_tip,
            ),
            Column(
                tr("Dashboard", "Target"),
                lambda r: f"{format_date(r.target)} ({relative_day(r.target, self._today)})",
                sort_key=lambda r: r.target,
            ),
            Column(
                tr("Dashboard", "Window"),
                lambda r: _overdue_state(r, self._today),
                foreground=colour,
                tooltip=_window,
            ),
        ]

    def _diary_columns(self) -> list[Column]:
        return [
            Column(tr("Dashboard", "Participant"), _who),
            Column(tr("Dashboard", "Days without entry"), lambda g: str(g.missing_days), True),
            Column(
                tr("Dashboard", "First gap"),
                lambda g: format_date_range(g.first_missing, g.first_run_last),
            ),
            Column(
                tr("Dashboard", "Cards back until"),
                lambda g: format_date(g.through),
                tooltip=lambda _g: tr(
                    "Dashboard",
                    "Days after this are still on the card at home (the card comes back at "
                    "the next visit); they are not a gap yet.",
                ),
            ),
        ]

    def _finding_columns(self) -> list[Column]:
        def dates(group: FindingGroup) -> str:
            return format_date(group.first_date)  # the last one is in the tooltip

        def date_tip(group: FindingGroup) -> str:
            return format_date_range(group.first_date, group.last_date)

        def details(group: FindingGroup) -> str:
            lines = [f"{format_date(f.date)} {f.code}: {f.message}" for f in group.findings]
            return "\n".join([severity_label(group.severity), *lines[:12]]) + (
                "\n…" if len(lines) > 12 else ""
            )

        return [
            Column(
                tr("Dashboard", "Participant"),
                lambda g: g.participant_id,
                icon=lambda g: severity_icon(g.severity),
                tooltip=lambda g: severity_label(g.severity),
                sort_key=lambda g: (g.severity.rank, g.participant_id),
            ),
            Column(tr("Dashboard", "Date"), dates, tooltip=date_tip),
            Column(
                "×",
                lambda g: str(g.count),
                True,
                tooltip=lambda g: tr_n(
                    "Dashboard", "{n} finding of this code", "{n} findings of this code", g.count
                ).format(n=g.count),
            ),
            Column(
                tr("Dashboard", "Finding"),
                lambda g: g.first.message,
                tooltip=details,
            ),
        ]

    def _query_columns(self) -> list[Column]:
        def status(line: QueryLine) -> str:
            if line.query.status is QueryStatus.ANSWERED:
                return tr("Dashboard", "answered")
            return tr("Dashboard", "to answer")

        def status_tip(line: QueryLine) -> str:
            if line.query.status is QueryStatus.ANSWERED:
                return tr("Dashboard", "answered, awaiting review")
            return tr("Dashboard", "open, needs an answer")

        def last(line: QueryLine) -> str:
            message = line.query.last_message
            return "" if message is None else f"{message.printed_name}: {message.text}"

        return [
            Column(tr("Dashboard", "Participant"), _who),
            Column(
                tr("Dashboard", "Status"),
                status,
                tooltip=status_tip,
                foreground=lambda q: QColor(
                    AMBER if q.query.status is QueryStatus.NEW else MUTED_TEXT
                ),
            ),
            Column(
                tr("Dashboard", "About"),
                lambda q: q.query.target.label,
                tooltip=lambda q: tr("Dashboard", "Query {n}: {about}").format(
                    n=q.query.number, about=q.query.target.label
                ),
            ),
            Column(tr("Dashboard", "Last message"), last, tooltip=last),
        ]

    def _unsigned_columns(self) -> list[Column]:
        return [
            Column(tr("Dashboard", "Participant"), _who),
            Column(
                tr("Dashboard", "Visit"),
                lambda u: short_visit_name(u.visit_name),
                tooltip=_visit_tip,
            ),
            Column(
                tr("Dashboard", "Data dated"),
                lambda u: format_date(u.data_date),
                tooltip=lambda u: relative_day(u.data_date, self._today),
                sort_key=lambda u: u.data_date,
            ),
        ]

    def _questionnaire_columns(self) -> list[Column]:
        def state(line: QuestionnaireLine) -> str:
            if line.missing:
                return tr("Dashboard", "missing: window closed {last}").format(
                    last=format_date(line.last)
                )
            return tr("Dashboard", "due: window {window}").format(
                window=format_date_range(line.first, line.last)
            )

        return [
            Column(
                tr("Dashboard", "Participant"),
                _who,
                icon=lambda q: severity_icon(Severity.QUERY) if q.missing else None,
            ),
            Column(
                tr("Dashboard", "Visit"),
                lambda q: short_visit_name(q.visit_name),
                tooltip=lambda q: q.visit_name,
            ),
            Column(
                tr("Dashboard", "Questionnaire"),
                state,
                foreground=lambda q: QColor(ERROR_COLOUR if q.missing else AMBER),
                sort_key=lambda q: (not q.missing, q.target),
            ),
        ]

    def _lab_columns(self) -> list[Column]:
        return [
            Column(tr("Dashboard", "Participant"), _who),
            Column(
                tr("Dashboard", "Panel"),
                lambda line: format_date(line.panel_date),
                tooltip=lambda line: relative_day(line.panel_date, self._today),
                sort_key=lambda line: line.panel_date,
            ),
            Column(
                tr("Dashboard", "Grade"),
                lambda line: str(line.grade),
                True,
                foreground=lambda _line: QColor(ERROR_COLOUR),
            ),
            Column(
                tr("Dashboard", "No adverse event recorded for"),
                lambda line: tr("Lab", line.term),
            ),
        ]

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the study again on the background thread; the lists update when done."""
        today, service = self.today(), self.service
        self.status.setText(tr("Dashboard", "Reading the study…"))
        self.runner.run_latest(
            self, lambda: load_dashboard(service, today), self._loaded, self._failed
        )

    def _loaded(self, board: Dashboard) -> None:
        self.show_dashboard(board)
        self.loaded.emit(board)

    def _failed(self, error: BaseException) -> None:
        message = tr("Dashboard", "The dashboard could not be read: {error}").format(error=error)
        self.status.setText(message)
        self.failed.emit(message)

    def show_dashboard(self, board: Dashboard) -> None:
        self.dashboard = board
        self._today = board.today
        self.models["due"].set_rows(board.due)
        self.models["overdue"].set_rows(board.overdue)
        self.models["diary"].set_rows(board.diary_gaps)
        self.models["findings"].set_rows(board.finding_groups())
        self.models["queries"].set_rows(board.queries)
        self.models["unsigned"].set_rows(board.unsigned)
        self.models["questionnaires"].set_rows(board.questionnaires)
        self.models["labs"].set_rows(board.severe_labs)
        for view in self.views.values():
            fit_columns(view, 170)
        self.status.setText("")
        self._show_titles()

    def _show_titles(self) -> None:
        self.title.setText(tr("Dashboard", "Today, {date}").format(date=format_date(self._today)))
        counts = {key: model.rowCount() for key, model in self.models.items()}
        self.boxes["due"].setTitle(
            tr("Dashboard", "Visits due in the next 7 days ({n})").format(n=counts["due"])
        )
        self.boxes["overdue"].setTitle(
            tr("Dashboard", "Overdue visits: no count yet ({n})").format(n=counts["overdue"])
        )
        self.boxes["diary"].setTitle(
            tr("Dashboard", "Diaries with gaps ({n})").format(n=counts["diary"])
        )
        self.boxes["findings"].setTitle(self._findings_title())
        self.boxes["queries"].setTitle(
            tr("Dashboard", "Open queries ({n})").format(n=counts["queries"])
        )
        self.boxes["unsigned"].setTitle(
            tr("Dashboard", "Visits with data, not signed ({n})").format(n=counts["unsigned"])
        )
        board = self.dashboard
        self.boxes["questionnaires"].setTitle(
            tr("Dashboard", "Questionnaires due ({due}) and missing ({missing})").format(
                due=0 if board is None else len(board.questionnaires_due),
                missing=0 if board is None else len(board.questionnaires_missing),
            )
        )
        self.boxes["labs"].setTitle(
            tr("Dashboard", "Lab grades ≥ {grade} without an adverse event ({n})").format(
                grade=self.service.config.labs.ae_min_grade, n=counts["labs"]
            )
        )

    def _findings_title(self) -> str:
        board = self.dashboard
        if board is None:
            return tr("Dashboard", "Open findings")
        summary = tr("Dashboard", "Open findings: {summary}").format(
            summary=severity_summary(board.findings)
        )
        if not board.explained:
            return summary
        return tr("Dashboard", "{summary}; {n} explained").format(
            summary=summary, n=len(board.explained)
        )

    # -- activation ------------------------------------------------------------------------
    def _activate(self, index: QModelIndex) -> None:
        target = index.data(TARGET_ROLE)
        if target is not None:
            self.open_requested.emit(*target)

    def _selected(self, view: QTableView, current: QModelIndex) -> None:
        target = current.data(TARGET_ROLE) if current.isValid() else None
        self._selected_pid = None if target is None else target[0]
        self.calendar_button.setEnabled(self._selected_pid is not None)
        for other in self.views.values():
            if other is not view:
                other.clearSelection()

    def _calendar_of_selection(self) -> None:
        if self._selected_pid is not None:
            self.calendar_requested.emit(self._selected_pid)

    def shutdown(self) -> None:
        self.runner.release(self)


def _target_of(row: object) -> tuple[str, str, str]:
    """(participant id, tab id, record) a dashboard line opens."""
    if isinstance(row, Finding | FindingGroup):
        return row.participant_id, tab_for_record(row.record), row.record
    if isinstance(row, QueryLine):
        return row.query.participant_id, tab_for_record(row.record), row.record
    record: str = row.record  # type: ignore[attr-defined]
    return row.participant_id, tab_for_record(record), record  # type: ignore[attr-defined]
