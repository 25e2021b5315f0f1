"""The Laboratory tab: one safety panel per date (PROTOCOL.md §11), graded as it is typed.

The form (`labs_form.LabPanelForm`) shows each value's CTCAE grade live, warns at the
label's hold thresholds and offers the AE that a grade ≥ 3 calls for; the table lists the
stored panels with their study day and worst grade; the chart beside it follows ANC,
lymphocytes and hemoglobin over study days. A panel is saved as the change kind `lab`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from baitp_desktop.core.labs import field_label, panel_grades
from baitp_desktop.core.numbers import fmt_decimal
from baitp_desktop.core.pointers import dated
from baitp_desktop.gui.contract import GuiContext, ParticipantSnapshot
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.tabs.entry_panel import EntryPanel, EntryRow, PanelSpec
from baitp_desktop.gui.tabs.labs_form import AeOffer, LabPanelForm
from baitp_desktop.gui.tabs.panels_tab import PanelsTab
from baitp_desktop.gui.tabs.record_tab import RecordWording
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.gui.widgets.lab_chart import LabChart, lab_strips
from baitp_desktop.i18n import tr

LAB_KIND = "lab"
_TABLE_FIELDS = ("hemoglobin", "anc", "lymphocytes", "alt", "ast")


def _rows(snapshot: ParticipantSnapshot) -> list[EntryRow]:
    day1 = snapshot.course.day1
    return [
        EntryRow(p, (str(dated(LAB_KIND, p.date)),), study_day_text(p.date, day1))
        for p in sorted(snapshot.participant.lab_panels, key=lambda p: p.date)
    ]


class LabsTab(PanelsTab):
    tab_id = "labs"
    ae_requested = Signal(object)  # AeOffer: the main window opens the AE form prefilled

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = LabPanelForm(context.config, context.today, self)
        self.chart = LabChart(self)
        spec = PanelSpec(
            kind=LAB_KIND,
            title=tr("Labs", "Lab panels"),
            columns=self._columns,
            rows=_rows,
            records=lambda s: s.participant.lab_panels,
            wording=RecordWording(
                busy=tr("Labs", "Save or clear the panel being entered first."),
                not_saved=tr("Labs", "Panel not saved: correct the fields marked in red."),
                no_reason=tr("Labs", "Panel not saved: no reason for the change was given."),
                deleted=lambda p: tr("Labs", "Deleted the panel of {date}.").format(
                    date=format_date(p.date)
                ),
            ),
            saved=lambda v: tr("Labs", "Saved the panel of {date}.").format(
                date=format_date(v["date"])
            ),
        )
        self.panel = self.add_panel(
            EntryPanel(context, spec, self.form, self.say, self, side_by_side=True)
        )
        self.panel.records_box.addWidget(self.chart, 1)
        self.form.ae_requested.connect(self._offer_taken)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.status)
        self.show_participant(None)

    def title(self) -> str:
        return tr("Tabs", "Laboratory")

    def _columns(self) -> list[Column]:
        def value(name: str) -> Column:
            def text(row: EntryRow) -> str:
                number = row.record.value(name)
                return "" if number is None else fmt_decimal(number)

            return Column(field_label(name), text, align_right=True)

        return [
            Column(tr("Labs", "Date"), lambda r: format_date(r.record.date)),
            Column(tr("Forms", "Study day"), lambda r: r.day, align_right=True),
            *(value(name) for name in _TABLE_FIELDS),
            Column(tr("Labs", "Worst grade"), self._worst, align_right=True),
        ]

    def _worst(self, row: EntryRow) -> str:
        snapshot = self.snapshot
        if snapshot is None:
            return ""
        grades = panel_grades(row.record, snapshot.participant.sex, self.context.config.labs)
        worst = max((g for g in grades.values() if g is not None), default=None)
        return "" if worst is None else str(worst)

    def show_participant(self, snapshot: ParticipantSnapshot | None) -> None:
        if snapshot is None:
            self.form.set_participant(None, None, (), ())
            self.chart.set_strips([])
        else:
            participant = snapshot.participant
            self.form.set_participant(
                participant.sex,
                snapshot.course.day1,
                participant.adverse_events,
                (p.date for p in participant.lab_panels),
            )
            self.chart.set_strips(
                lab_strips(
                    participant.lab_panels,
                    snapshot.course.day1,
                    dict(self.context.config.labs.hold_below),
                )
            )
        super().show_participant(snapshot)

    def _offer_taken(self, offer: AeOffer) -> None:
        """Save the panel first (an unsaved panel would be lost to the AE form's focus)."""
        if self.panel.has_unsaved_changes() and not self.panel.save():
            return
        self.ae_requested.emit(offer)
