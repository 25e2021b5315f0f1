"""The derived endpoints of the participant, shown beside the counts (PROTOCOL.md §7).

Read-only and never typed in: every value comes from `core.endpoints.compute_endpoints`
on the snapshot, so the panel, the `baitp endpoints` command and the exports agree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from baitp_desktop.core.assessments import Response
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.endpoints import Endpoints, compute_endpoints
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.platelet_course import short_visit_label
from baitp_desktop.core.studyday import study_day
from baitp_desktop.gui.contract import ParticipantSnapshot
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.tabs.counts_rows import COUNT_UNIT
from baitp_desktop.gui.widgets.platelet_chart import response_name
from baitp_desktop.i18n import tr, tr_n

NONE_YET = "—"


def _response(value: Response | None) -> str:
    return NONE_YET if value is None else value.value


def _days(value: int | None) -> str:
    if value is None:
        return NONE_YET
    return tr_n("Endpoints", "{n} day", "{n} days", value).format(n=value)


def endpoint_items(
    endpoints: Endpoints, snapshot: ParticipantSnapshot, config: ProtocolConfig
) -> list[tuple[str, str, str]]:
    """(label, value, tooltip) for each endpoint, in the order of PROTOCOL.md §7."""
    day1 = snapshot.course.day1
    triggers = [
        tr("Endpoints", "{date} (Day {day})").format(
            date=format_date(t), day=study_day(t, day1) if day1 else "?"
        )
        for t in endpoints.interruption_triggers
    ]
    durable = {None: NONE_YET, True: tr("Endpoints", "yes"), False: tr("Endpoints", "no")}
    baseline = endpoints.baseline_platelets
    return [
        (
            tr("Endpoints", "Baseline count"),
            NONE_YET if baseline is None else f"{fmt_number(baseline)} {COUNT_UNIT}",
            tr("Endpoints", "Latest count on or before Day 1 (the screening count included)"),
        ),
        (
            tr("Endpoints", "Early response ({visit})").format(
                visit=short_visit_label(config.early_visit)
            ),
            _response(endpoints.early_response),
            response_name(endpoints.early_response) if endpoints.early_response else "",
        ),
        (
            tr("Endpoints", "Initial response ({visit})").format(
                visit=short_visit_label(config.initial_visit)
            ),
            _response(endpoints.initial_response),
            response_name(endpoints.initial_response) if endpoints.initial_response else "",
        ),
        (
            tr("Endpoints", "Durable response ({visit})").format(
                visit=short_visit_label(config.durable_visit)
            ),
            durable[endpoints.durable_response],
            tr(
                "Endpoints",
                "Count {threshold} and ≥ {multiple} × baseline, grade 0, no rescue "
                "in the {days} days up to the visit",
            ).format(
                threshold=config.durable,
                multiple=fmt_number(config.durable_baseline_multiple),
                days=config.durable_rescue_free_days,
            ),
        ),
        (
            tr("Endpoints", "Time to response"),
            _days(endpoints.time_to_response_days),
            tr("Endpoints", "Days from Day 1 to the first CR or R"),
        ),
        (
            tr("Endpoints", "Duration of response"),
            _days(endpoints.duration_of_response_days),
            tr("Endpoints", "From the first response to its loss, else to the last assessment"),
        ),
        (
            tr("Endpoints", "Interruption triggers"),
            ", ".join(triggers) if triggers else tr("Endpoints", "none"),
            tr(
                "Endpoints", "Counts {threshold} on two consecutive counts ≥ {days} days apart"
            ).format(threshold=config.interruption, days=config.interruption_min_days_apart),
        ),
        (
            tr("Endpoints", "Bleeding events"),
            NONE_YET if endpoints.bleeding_events is None else str(endpoints.bleeding_events),
            tr("Endpoints", "Assessments with WHO grade ≥ {grade}, Day 1 to Day {last}").format(
                grade=config.bleeding_event_min_grade, last=config.last_planned_day
            ),
        ),
        (
            tr("Endpoints", "Worst AE grade"),
            NONE_YET if endpoints.worst_ae_grade is None else str(endpoints.worst_ae_grade),
            tr("Endpoints", "Highest CTCAE grade with onset Day 1 to Day {last}").format(
                last=config.last_planned_day
            ),
        ),
    ]


class EndpointsPanel(QGroupBox):
    """Label/value pairs in two columns; values are selectable for copying."""

    COLUMNS = 2

    def __init__(self, config: ProtocolConfig, parent: QWidget | None = None) -> None:
        super().__init__(tr("Endpoints", "Endpoints (derived)"), parent)
        self.config = config
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(3)
        self.values: dict[str, QLabel] = {}

    def show_snapshot(self, snapshot: ParticipantSnapshot | None) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self.values = {}
        if snapshot is None:
            return
        endpoints = compute_endpoints(snapshot.participant, self.config)
        if snapshot.course.day1 is None:
            note = QLabel(tr("Endpoints", "Endpoints are derived once Day 1 is entered."), self)
            note.setProperty("role", "hint")
            self._grid.addWidget(note, 0, 0)
            return
        items = endpoint_items(endpoints, snapshot, self.config)
        rows = (len(items) + self.COLUMNS - 1) // self.COLUMNS
        for number, (label, value, tooltip) in enumerate(items):
            column, row = divmod(number, rows)
            name = QLabel(label + ":", self)
            name.setProperty("role", "hint")
            name.setWordWrap(True)  # wraps only when the window is too narrow for one line
            shown = QLabel(value, self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            font = shown.font()
            font.setBold(True)
            shown.setFont(font)
            for widget in (name, shown):
                widget.setToolTip(tooltip)
            self._grid.addWidget(name, row, column * 2)
            self._grid.addWidget(shown, row, column * 2 + 1)
            self.values[label] = shown
        for column in range(self.COLUMNS * 2):  # captions too: they wrap only when narrow
            self._grid.setColumnStretch(column, 1)

    def value(self, label_start: str) -> str:
        """The shown value of the endpoint whose label starts with `label_start` (tests)."""
        for label, widget in self.values.items():
            if label.startswith(label_start):
                return widget.text()
        raise KeyError(label_start)
