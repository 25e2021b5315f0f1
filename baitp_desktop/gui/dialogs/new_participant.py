"""The "New participant" dialog: screening number, initials, sex, birth and consent dates.

Each field refuses a bad value where it is typed (the core's entry checks); the
participant is created through `StudyService.create_participant`, and anything the
service refuses comes back to the field it names. Nothing is created until every field
is accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from baitp_desktop.core.crf_forms import PARTICIPANT_FORM
from baitp_desktop.core.entry_checks import check_participant_id
from baitp_desktop.core.errors import InvalidInput, UserFacingError
from baitp_desktop.core.records import Sex
from baitp_desktop.gui.dialogs.form_parts import ok_cancel_buttons, stacked
from baitp_desktop.gui.field_labels import problem_text
from baitp_desktop.gui.widgets.choice import RadioChoice
from baitp_desktop.gui.widgets.declared_fields import text_field
from baitp_desktop.gui.widgets.fields import DateField, EntryField, TextField
from baitp_desktop.i18n import tr
from baitp_desktop.service import StudyService


def next_free_id(existing: Iterable[str], prefix: str = "BAITP-") -> str:
    """The screening number after the highest one in use (BAITP-001 for an empty study)."""
    numbers = [
        int(pid[len(prefix) :])
        for pid in existing
        if pid.startswith(prefix) and pid[len(prefix) :].isdigit()
    ]
    return f"{prefix}{(max(numbers, default=0) + 1) % 1000:03d}"


class NewParticipantDialog(QDialog):
    """Creates one participant; `created_id` holds its id after `accept`."""

    def __init__(
        self,
        service: StudyService,
        today: Callable[[], date],
        show_error: Callable[[QWidget | None, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("NewParticipant", "New participant"))
        self.service = service
        self.show_error = show_error
        self.created_id: str | None = None
        config = service.config
        self.participant_id = TextField(lambda v: check_participant_id(v, config), 12, self)
        self.participant_id.set_text(next_free_id(service.participant_ids()))
        self.participant_id.editor.setPlaceholderText("BAITP-NNN")
        self.initials = text_field(PARTICIPANT_FORM.field("initials"), self)
        self.sex = RadioChoice(
            [
                (Sex.FEMALE, tr("NewParticipant", "&Female"), "F"),
                (Sex.MALE, tr("NewParticipant", "&Male"), "M"),
            ],
            self,
        )
        self.female, self.male = self.sex.buttons
        self.birth_date = DateField(today, self)
        self.consent_date = DateField(today, self)
        self.consent_date.set_value(today())

        form = QFormLayout()
        form.addRow(tr("NewParticipant", "Screening &number"), self.participant_id)
        form.addRow(tr("NewParticipant", "&Initials"), self.initials)
        form.addRow(tr("NewParticipant", "Sex (F/M)"), self.sex)
        form.addRow(tr("NewParticipant", "&Birth date"), self.birth_date)
        form.addRow(tr("NewParticipant", "&Consent date"), self.consent_date)
        for field in (self.participant_id, self.initials, self.birth_date, self.consent_date):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field.editor)
        self.buttons = ok_cancel_buttons(
            self, self.create_participant, tr("NewParticipant", "Create")
        )
        stacked(self, form, self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 60))

    def _fields(self) -> dict[str, EntryField]:
        return {
            "participant_id": self.participant_id,
            "initials": self.initials,
            "birth_date": self.birth_date,
            "consent_date": self.consent_date,
        }

    def _sex(self) -> Sex | None:
        value = self.sex.value()
        return value if isinstance(value, Sex) else None

    def create_participant(self) -> None:
        """Check every field; create the participant, or show each refusal at its field."""
        ok = True
        for field in self._fields().values():
            if not field.validate():
                ok = False
            elif field.is_empty():
                field.set_error(tr("Entry", "required"))
                ok = False
        sex = self._sex()
        self.sex.set_error(None if sex else tr("Entry", "required"))
        if not ok or sex is None:
            return
        pid = self.participant_id.text()
        birth, consent = self.birth_date.value(), self.consent_date.value()
        assert birth is not None and consent is not None
        try:
            self.service.create_participant(
                pid,
                initials=self.initials.editor.text(),
                sex=sex,
                birth_date=birth,
                consent_date=consent,
            )
        except InvalidInput as refused:
            fields = self._fields()
            for problem in refused.problems:
                if problem.field in fields:
                    fields[problem.field].set_error(problem.message)
                elif problem.field == "sex":
                    self.sex.set_error(problem.message)
                else:
                    self.show_error(self, problem_text(problem, self.service.config))
            return
        except UserFacingError as error:
            self.show_error(self, str(error))
            return
        self.created_id = pid
        self.accept()
