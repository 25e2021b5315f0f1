"""The Quality of life tab: ITP-PAQ questionnaires, one per date (PROTOCOL.md §12).

The nurse types a paper questionnaire line by line (`qol_form.QuestionnaireForm`), or
hands the workstation to the participant (`gui.patient_mode`), whose answers come back
into the form for the nurse to check and save. A questionnaire is saved as the change
kind `qol` with the definition's name and version, the employed flag and every answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from baitp_desktop.core.pointers import dated
from baitp_desktop.core.records import Questionnaire
from baitp_desktop.gui.contract import GuiContext, ParticipantSnapshot
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.patient_mode import PatientMode
from baitp_desktop.gui.tabs.entry_panel import EntryPanel, EntryRow, PanelSpec
from baitp_desktop.gui.tabs.panels_tab import PanelsTab
from baitp_desktop.gui.tabs.qol_form import QuestionnaireForm
from baitp_desktop.gui.tabs.record_tab import RecordWording
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.i18n import tr
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.users import UserService

QOL_KIND = "qol"


def _rows(snapshot: ParticipantSnapshot) -> list[EntryRow]:
    day1 = snapshot.course.day1
    return [
        EntryRow(q, (str(dated("questionnaire", q.date)),), study_day_text(q.date, day1))
        for q in sorted(snapshot.participant.questionnaires, key=lambda q: q.date)
    ]


def _answered(q: Questionnaire) -> str:
    done = sum(answer is not None for answer in q.answers.values())
    return tr("Qol", "{n} of {total}").format(n=done, total=len(q.answers))


class QolTab(PanelsTab):
    tab_id = "qol"

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.check_password: Callable[[str], Actor] = self._nurse_password
        definition = context.config.instruments.current
        layout = QVBoxLayout(self)
        self.form: QuestionnaireForm | None = None
        if definition is None:
            layout.addWidget(QLabel(tr("Qol", "No questionnaire definition is loaded."), self))
            return
        self.form = QuestionnaireForm(definition, context.today, self)
        spec = PanelSpec(
            kind=QOL_KIND,
            title=tr("Qol", "Questionnaires"),
            columns=lambda: [
                Column(tr("Qol", "Date answered"), lambda r: format_date(r.record.date)),
                Column(tr("Forms", "Study day"), lambda r: r.day, align_right=True),
                Column(tr("Qol", "Answered"), lambda r: _answered(r.record), align_right=True),
                Column(tr("Qol", "Version"), lambda r: r.record.version),
            ],
            rows=_rows,
            records=lambda s: s.participant.questionnaires,
            wording=RecordWording(
                busy=tr("Qol", "Save or clear the questionnaire being entered first."),
                not_saved=tr("Qol", "Not saved: correct the fields marked in red."),
                no_reason=tr("Qol", "Not saved: no reason for the change was given."),
                deleted=lambda q: tr("Qol", "Deleted the questionnaire of {date}.").format(
                    date=format_date(q.date)
                ),
            ),
            saved=lambda v: tr("Qol", "Saved the questionnaire of {date}.").format(
                date=format_date(v["date"])
            ),
        )
        self.panel = self.add_panel(EntryPanel(context, spec, self.form, self.say, self))
        self.panel.table.setMaximumHeight(140)
        self.panel.box.setStretch(0, 1)  # the answers take the height, the dates little
        self.panel.box.setStretch(1, 0)
        self.form.patient_mode_requested.connect(self.patient_mode)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.status)
        self.show_participant(None)

    def title(self) -> str:
        return tr("Tabs", "Quality of life")

    def show_participant(self, snapshot: ParticipantSnapshot | None) -> None:
        if self.form is not None and snapshot is not None:
            self.form.sex = snapshot.participant.sex
            self.form.other_dates = tuple(q.date for q in snapshot.participant.questionnaires)
            self.form.refresh()
        super().show_participant(snapshot)

    def _nurse_password(self, password: str) -> Actor:
        service = self.context.service
        return UserService(service.database, service.actor).check_password(password)

    def open_patient_mode(self) -> PatientMode | None:
        """The participant's screen over the window (shown; the caller waits on it)."""
        if self.form is None:
            return None
        mode = PatientMode(self.form.definition, self.form.answers(), self.check_password,
                           self.window())  # fmt: skip
        mode.finished.connect(lambda result: self._patient_done(mode, result))
        mode.show()
        mode.activateWindow()
        return mode

    def patient_mode(self) -> None:
        self.open_patient_mode()

    def _patient_done(self, mode: PatientMode, result: int) -> None:
        if self.form is not None and result == QDialog.DialogCode.Accepted:
            self.form.set_answers(mode.answers)
            self.say(tr("Qol", "The participant's answers are in the form: check them and save."))
        mode.deleteLater()
