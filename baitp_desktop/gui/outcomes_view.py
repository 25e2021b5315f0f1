"""The study outcomes screen: the registry's outcome measures, every number traceable.

A flow line (screened → eligible → dosed → completed / discontinued / on treatment),
then three tabs — Response (n/N, %, exact 95 % CI, time to and duration of response, the
cumulative-response curve), Platelets (all participants' trajectories with the median and
interquartile band) and Safety (bleeding events, adverse events by CTCAE term and worst
grade, serious AEs, interruptions, discontinuations and rescue therapy). Clicking any
number lists the participants behind it on the right; double-clicking one there opens
that participant (`participant_requested`). The numbers are computed by
`core.outcomes.compute_outcomes` on a background thread; the same object feeds
`baitp outcomes` and the outcomes PDF, which this screen can also save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.outcomes import StudyOutcomes, compute_outcomes
from baitp_desktop.core.outcomes_charts import curve_chart, trajectory_chart
from baitp_desktop.core.outcomes_text import (
    TracedNumber,
    flow_label,
    flow_parts,
    not_eligible_note,
    traced_numbers,
)
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.outcomes_charts import CurveChartWidget, TrajectoryChartWidget
from baitp_desktop.gui.outcomes_form_tables import lab_grade_model, medication_model, qol_model
from baitp_desktop.gui.outcomes_tables import (
    ae_model,
    changes_model,
    response_model,
    serious_model,
    timing_model,
)
from baitp_desktop.gui.rows_model import TRACE_ROLE, RowsModel, compact_table, fit_columns
from baitp_desktop.gui.tasks import TaskRunner, runner_for
from baitp_desktop.i18n import current_language, tr, tr_n
from baitp_desktop.service import StudyService

PID_ROLE = Qt.ItemDataRole.UserRole + 21


def load_outcomes(service: StudyService, as_of: date) -> StudyOutcomes:
    """Read every participant and compute the outcomes (runs on the background thread)."""
    return compute_outcomes(service.participants(), as_of, service.config)


class TracePanel(QWidget):
    """'The participants behind the number': what was clicked and who makes it up."""

    participant_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(tr("OutcomesView", "Participants behind the number"), self)
        self.heading.setProperty("role", "header")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.hint = QLabel(
            tr(
                "OutcomesView",
                "Click any number on the left. Double-click a participant (or press Enter) "
                "to open their casebook.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.list = QListWidget(self)
        self.list.setObjectName("trace_list")
        self.list.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.traced: TracedNumber | None = None

    def show_trace(self, traced: TracedNumber) -> None:
        self.traced = traced
        count = len(traced.participants)
        if traced.value == str(count):
            text = tr_n(
                "OutcomesView",
                "<b>{label}</b><br>{n} participant",
                "<b>{label}</b><br>{n} participants",
                count,
            )
        else:
            text = tr_n(
                "OutcomesView",
                "<b>{label}</b><br>{value} — {n} participant",
                "<b>{label}</b><br>{value} — {n} participants",
                count,
            )
        self.label.setText(
            text.format(label=_escape(traced.label), value=_escape(traced.value), n=count)
        )
        self.list.clear()
        notes = traced.notes or ("",) * len(traced.participants)
        for pid, note in zip(traced.participants, notes, strict=True):
            item = QListWidgetItem(f"{pid}   {note}".rstrip())
            item.setData(PID_ROLE, pid)
            item.setToolTip(tr("OutcomesView", "Double-click to open {pid}").format(pid=pid))
            self.list.addItem(item)
        if not traced.participants:
            self.list.addItem(QListWidgetItem(tr("OutcomesView", "(none)")))

    def participants(self) -> list[str]:
        return [
            str(self.list.item(i).data(PID_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).data(PID_ROLE)
        ]

    def _open(self, item: QListWidgetItem) -> None:
        pid = item.data(PID_ROLE)
        if pid:
            self.participant_requested.emit(str(pid))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class OutcomesView(QWidget):
    """Flow line, the three tabs of numbers and charts, and the trace panel."""

    participant_requested = Signal(str)
    loaded = Signal(object)  # StudyOutcomes
    failed = Signal(str)

    def __init__(
        self,
        service: StudyService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcomes_view")
        self.service = service
        self.today = today
        self.runner = runner_for(self, tasks)
        self.outcomes: StudyOutcomes | None = None
        # replaceable in tests: where to save
        self.ask_save_path: Callable[[QWidget, str, str], Path | None] = _ask_save_path

        self.title = QLabel(tr("OutcomesView", "Study outcomes"), self)
        self.title.setProperty("role", "header")
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.pdf_button = QPushButton(tr("OutcomesView", "Save as &PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button = QPushButton(tr("OutcomesView", "Save as &CSV…"), self)
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.refresh_button = QPushButton(tr("OutcomesView", "&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status, 1)
        for button in (self.pdf_button, self.csv_button, self.refresh_button):
            top.addWidget(button)

        self.flow_bar = QHBoxLayout()
        self.flow_bar.setSpacing(4)
        self.flow_buttons: dict[str, QToolButton] = {}
        self.flow_note = QLabel(self)
        self.flow_note.setWordWrap(True)
        self.flow_note.setProperty("role", "hint")

        self.trace = TracePanel(self)
        self.trace.participant_requested.connect(self.participant_requested)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.views: dict[str, QTableView] = {}
        self.models: dict[str, RowsModel] = {}
        self.curve = CurveChartWidget(self)
        self.trajectory = TrajectoryChartWidget(self)
        self.tabs.addTab(self._response_tab(), tr("OutcomesView", "Response"))
        self.tabs.addTab(self._platelet_tab(), tr("OutcomesView", "Platelets"))
        self.tabs.addTab(self._safety_tab(), tr("OutcomesView", "Safety"))
        self.tabs.addTab(self._forms_tab(), tr("OutcomesView", "Labs, QoL, medications"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.trace)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([900, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(self.flow_bar)
        layout.addWidget(self.flow_note)
        layout.addWidget(splitter, 1)
        self._set_enabled(False)

    # -- tabs ------------------------------------------------------------------------------
    def _table(self, key: str, model: RowsModel, *, wrap: bool = False) -> QTableView:
        """A table of numbers; `wrap`: its last column wraps long text onto more lines."""
        view = compact_table(model, self)
        view.setObjectName(f"outcomes_{key}")
        if wrap:
            view.setWordWrap(True)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:  # the label column takes the spare width, the numbers stay together
            view.horizontalHeader().setStretchLastSection(False)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        view.clicked.connect(self._cell_clicked)
        view.activated.connect(self._cell_clicked)
        self.views[key], self.models[key] = view, model
        return view

    def _response_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        responses = self._table("responses", response_model(self))
        timing = self._table("timing", timing_model(self), wrap=True)
        for view, rows in ((responses, 5), (timing, 3)):
            height = view.horizontalHeader().sizeHint().height()
            view.setFixedHeight(height + rows * view.verticalHeader().defaultSectionSize() + 4)
        note = QLabel(
            tr(
                "OutcomesView",
                "N counts the dosed participants for whom a measure is due: a missed visit "
                "counts as not responding; an open window is left out (not yet due). Exact "
                "(Clopper–Pearson) 95% confidence intervals.",
            ),
            page,
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(responses)
        layout.addWidget(note)
        layout.addWidget(timing)
        layout.addWidget(self.curve, 1)
        return page

    def _platelet_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.trajectory, 1)
        return page

    def _safety_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("OutcomesView", "Adverse events by CTCAE term and worst grade")))
        left.addWidget(self._table("adverse_events", ae_model(self)), 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(tr("OutcomesView", "Bleeding and treatment changes")))
        right.addWidget(self._table("changes", changes_model(self), wrap=True), 1)
        right.addWidget(QLabel(tr("OutcomesView", "Serious adverse events")))
        right.addWidget(self._table("serious", serious_model(self), wrap=True), 1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout.addLayout(columns, 1)
        return page

    def _forms_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(QLabel(tr("OutcomesView", "Worst safety-lab grade per analyte")))
        layout.addWidget(self._table("lab_grades", lab_grade_model(self)), 2)
        layout.addWidget(QLabel(tr("OutcomesView", "Prohibited and caution medications")))
        medications = self._table("medications", medication_model(self))
        height = medications.horizontalHeader().sizeHint().height()
        medications.setFixedHeight(
            height + 2 * medications.verticalHeader().defaultSectionSize() + 4
        )
        layout.addWidget(medications)
        layout.addWidget(
            QLabel(tr("OutcomesView", "Quality of life (ITP-PAQ): change from baseline"))
        )
        layout.addWidget(self._table("qol", qol_model(self)), 3)
        return page

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        service, today = self.service, self.today()
        self.status.setText(tr("OutcomesView", "Computing…"))
        self.runner.run_latest(
            self, lambda: load_outcomes(service, today), self._loaded, self._failed
        )

    def _loaded(self, outcomes: StudyOutcomes) -> None:
        self.show_outcomes(outcomes)
        self.loaded.emit(outcomes)

    def _failed(self, error: BaseException) -> None:
        message = tr("OutcomesView", "The outcomes could not be computed: {error}").format(
            error=error
        )
        self.status.setText(message)
        self.failed.emit(message)

    def show_outcomes(self, outcomes: StudyOutcomes) -> None:
        self.outcomes = outcomes
        config = self.service.config
        self.title.setText(
            tr("OutcomesView", "Study outcomes as of {date}").format(
                date=format_date(outcomes.as_of)
            )
        )
        self.status.setText("")
        self._show_flow(outcomes)
        traced = traced_numbers(outcomes)
        self.models["responses"].set_rows(list(outcomes.responses))
        self.models["timing"].set_rows(
            [
                ("ttr", outcomes.time_to_response, outcomes),
                ("km", None, outcomes),
                ("dor", outcomes.duration_of_response, outcomes),
            ]
        )
        summaries = [outcomes.any_adverse_event] if outcomes.any_adverse_event else []
        self.models["adverse_events"].set_rows([*summaries, *outcomes.adverse_events])
        self.models["changes"].set_rows(
            [
                t
                for t in traced
                if t.section
                in (
                    tr("Outcomes", "Bleeding"),
                    tr("Outcomes", "Interruptions, discontinuations and rescue therapy"),
                )
            ]
        )
        self.models["serious"].set_rows(list(outcomes.serious_adverse_events))
        forms = outcomes.forms
        self.models["lab_grades"].set_rows(list(forms.worst_lab_grades) if forms else [])
        self.models["qol"].set_rows(list(forms.qol_changes) if forms else [])
        self.models["medications"].set_rows(list(forms.listed_medications) if forms else [])
        for view in self.views.values():
            fit_columns(view, 260)
        self.views["changes"].setColumnWidth(0, 230)
        self.views["timing"].setColumnWidth(0, 300)
        dosed = TracedNumber(
            tr("Outcomes", "Participant flow"),
            flow_label("dosed"),
            str(outcomes.dosed_count),
            outcomes.flow["dosed"],
        )
        if self.trace.traced is None:
            self.trace.show_trace(dosed)
        self.curve.set_chart(curve_chart(outcomes, config))
        self.trajectory.set_chart(trajectory_chart(outcomes, config))
        self._set_enabled(True)

    def _show_flow(self, outcomes: StudyOutcomes) -> None:
        while self.flow_bar.count():
            item = self.flow_bar.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.flow_buttons.clear()
        section = tr("Outcomes", "Participant flow")
        for index, (stage, label, n) in enumerate(flow_parts(outcomes)):
            if index in (1, 2, 3):
                self.flow_bar.addWidget(QLabel("→"))
            elif index > 3:
                self.flow_bar.addWidget(QLabel("/"))
            button = QToolButton(self)
            button.setObjectName(f"flow_{stage}")
            button.setText(f"{label}  {n}")
            button.setAutoRaise(False)
            button.setToolTip(tr("OutcomesView", "List the participants"))
            traced = TracedNumber(section, label, str(n), outcomes.flow[stage])
            button.clicked.connect(lambda _checked=False, t=traced: self.trace.show_trace(t))
            self.flow_bar.addWidget(button)
            self.flow_buttons[stage] = button
        self.flow_bar.addStretch(1)
        self.flow_note.setText(not_eligible_note(outcomes))
        self.flow_note.setVisible(bool(outcomes.dosed_not_eligible))

    def _cell_clicked(self, index: QModelIndex) -> None:
        traced = index.data(TRACE_ROLE)
        if isinstance(traced, TracedNumber):
            self.trace.show_trace(traced)

    def _set_enabled(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.csv_button.setEnabled(enabled)

    # -- saving ----------------------------------------------------------------------------
    def save(self, kind: str) -> Path | None:
        """Write the outcomes as PDF (the report layer) or CSV (as `baitp outcomes -o`)."""
        outcomes = self.outcomes
        if outcomes is None:
            return None
        name = f"BAITP_outcomes_{outcomes.as_of.isoformat()}.{kind}"
        target = self.ask_save_path(self, name, kind)
        if target is None:
            return None
        config, language = self.service.config, current_language()

        def write() -> Path:
            if kind == "pdf":
                from baitp_desktop.reports.gather import trail_stamp
                from baitp_desktop.reports.outcomes_report import write_outcomes_pdf

                stamp = trail_stamp(self.service.database)
                write_outcomes_pdf(outcomes, target, config, language=language, trail=stamp)
            else:
                from baitp_desktop.atomic_write import write_atomically
                from baitp_desktop.exports.outcomes_csv import outcomes_csv

                write_atomically(target, outcomes_csv(outcomes, detail=True))
            return target

        self.status.setText(tr("OutcomesView", "Writing {path}…").format(path=target))
        self.runner.run(
            write,
            lambda path: self.status.setText(tr("OutcomesView", "Saved {path}").format(path=path)),
            self._failed,
            owner=self,
        )
        return target

    def shutdown(self) -> None:
        self.runner.release(self)


def _ask_save_path(parent: QWidget, suggested: str, kind: str) -> Path | None:
    filters = {
        "pdf": tr("OutcomesView", "PDF files (*.pdf)"),
        "csv": tr("OutcomesView", "CSV files (*.csv)"),
    }
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("OutcomesView", "Save outcomes"), suggested, filters[kind]
    )
    if not path:
        return None
    return Path(path) if path.lower().endswith(f".{kind}") else Path(f"{path}.{kind}")


class OutcomesWindow(QMainWindow):
    """The outcomes screen in its own window (Tools ▸ Study outcomes)."""

    def __init__(
        self,
        service: StudyService,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcomes_window")
        self.setWindowTitle(tr("OutcomesView", "Study outcomes"))
        self.view = OutcomesView(service, today, self, tasks)
        self.setCentralWidget(self.view)
        self.resize(1366, 740)

    def closeEvent(self, event: object) -> None:
        self.view.shutdown()
        super().closeEvent(event)  # type: ignore[arg-type]
