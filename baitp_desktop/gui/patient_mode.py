"""Patient mode: the participant answers the ITP-PAQ on the workstation (UX.md).

The nurse hands the workstation over; the participant chooses their language, then sees
one item per screen in large type and answers by number key or by touching a button,
with "Back" to change an answer. The CRF stays covered and blocked behind this
application-modal window: Escape, closing and the menus do nothing, and the only way back
is the nurse's own password (checked as the lock screen checks it, counting towards the
account lockout). The answers go back into the nurse's form, unsaved, for the nurse to
check and save.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.instruments import InstrumentDefinition
from baitp_desktop.gui.language import LANGUAGE_NAMES
from baitp_desktop.gui.part11.login import error_label, password_field
from baitp_desktop.i18n import language_scope, tr
from baitp_desktop.service.actor import Actor

LANGUAGES = tuple(LANGUAGE_NAMES)  # chosen by number key: 1 English, 2 简体中文
SCALE = 2.0  # type size relative to the application's


class PatientMode(QDialog):
    """Covers the window; `answers` holds what the participant answered (None: skipped)."""

    def __init__(
        self,
        definition: InstrumentDefinition,
        answers: dict[str, int | None],
        check_password: Callable[[str], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patient_mode")
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.definition = definition
        self.answers = dict(answers)
        self.check_password = check_password
        self.language = "en"
        self.index = 0
        self._released = False
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * SCALE)
        self.setFont(font)
        self.pages = QStackedWidget(self)
        self.language_page = self._language_page()
        self.item_page = self._item_page()
        self.done_page = self._done_page()
        for page in (self.language_page, self.item_page, self.done_page):
            self.pages.addWidget(page)
        self.nurse_button = QPushButton(self)
        self.nurse_button.setFlat(True)
        self.nurse_button.clicked.connect(self.show_done)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.nurse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._retranslate()
        if parent is not None:
            self.setGeometry(parent.window().geometry())

    # -- pages -----------------------------------------------------------------------------
    def _language_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.language_title = QLabel(page)
        self.language_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.language_title.setWordWrap(True)
        layout.addWidget(self.language_title)
        row = QHBoxLayout()
        self.language_buttons: list[QPushButton] = []
        for number, code in enumerate(LANGUAGES, start=1):
            button = QPushButton(f"{number}  {LANGUAGE_NAMES[code]}", page)
            button.setMinimumHeight(90)
            button.clicked.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_buttons.append(button)
            row.addWidget(button)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _item_page(self) -> QWidget:
        page = QWidget(self)
        self.progress = progress = QLabel(page)
        progress.setProperty("role", "hint")
        self.item_text = text = QLabel(page)
        text.setWordWrap(True)
        larger = text.font()
        larger.setPointSizeF(larger.pointSizeF() * 1.4)
        larger.setBold(True)
        text.setFont(larger)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = note = QLabel(page)
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer_row = QHBoxLayout()
        self.answer_buttons: list[QPushButton] = []
        self.back_button = back = QPushButton(page)
        back.clicked.connect(self.back)
        self.skip_button = skip = QPushButton(page)
        skip.clicked.connect(lambda: self.answer(None))
        nav = QHBoxLayout()
        nav.addWidget(back)
        nav.addStretch(1)
        nav.addWidget(skip)
        layout = QVBoxLayout(page)
        layout.addWidget(progress)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addLayout(self.answer_row)
        layout.addStretch(1)
        layout.addLayout(nav)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.thanks = thanks = QLabel(page)
        thanks.setWordWrap(True)
        thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = prompt = QLabel(page)
        prompt.setWordWrap(True)
        self.password = password_field(page, "nurse_password")
        self.password.returnPressed.connect(self.release)
        self.error = error_label(page)
        self.resume_button = resume = QPushButton(page)
        resume.clicked.connect(self.release)
        self.again_button = again = QPushButton(page)
        again.clicked.connect(lambda: self.show_item(0))
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(thanks)
        layout.addStretch(1)
        layout.addWidget(prompt)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(again)
        buttons.addStretch(1)
        buttons.addWidget(resume)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    # -- words in the participant's language -----------------------------------------------
    def _retranslate(self) -> None:
        choose = []
        for code in LANGUAGES:
            with language_scope(code):
                choose.append(tr("Patient", "Please choose your language"))
        self.language_title.setText(" · ".join(choose))
        with language_scope(self.language):
            self.setWindowTitle(tr("Patient", "Questionnaire"))
            self.nurse_button.setText(tr("Patient", "Nurse: return to the CRF"))
            self.back_button.setText(tr("Patient", "← Back"))
            self.skip_button.setText(tr("Patient", "Skip this question →"))
            self.thanks.setText(
                tr("Patient", "Thank you. Please hand the workstation back to the nurse.")
            )
            self.prompt.setText(tr("Patient", "Nurse: enter your password to return to the CRF."))
            self.resume_button.setText(tr("Patient", "Return to the CRF"))
            self.again_button.setText(tr("Patient", "← Back to the questions"))

    # -- behaviour -------------------------------------------------------------------------
    def choose_language(self, language: str) -> None:
        self.language = language
        self._retranslate()
        self.show_item(0)

    def show_item(self, index: int) -> None:
        self.index = index
        item = self.definition.items[index]
        total = len(self.definition.items)
        with language_scope(self.language):
            self.progress.setText(
                tr("Patient", "Question {n} of {total}").format(n=index + 1, total=total)
            )
            wording = self.definition.item_text(item.item_id, self.language)
            self.item_text.setText(wording or tr("Patient", "Question {n}").format(n=index + 1))
            self.note.setText(
                "" if wording else tr("Patient", "Read this question on the paper questionnaire.")
            )
        self._answer_buttons(item.minimum, item.maximum, self.answers.get(item.item_id))
        self.back_button.setEnabled(index > 0)
        self.pages.setCurrentWidget(self.item_page)
        self.setFocus()

    def _answer_buttons(self, minimum: int, maximum: int, current: int | None) -> None:
        for button in self.answer_buttons:
            self.answer_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.answer_buttons = []
        for value in range(minimum, maximum + 1):
            button = QPushButton(str(value), self.item_page)
            button.setMinimumSize(110, 110)
            button.setCheckable(True)
            button.setChecked(value == current)
            button.clicked.connect(lambda _=False, v=value: self.answer(v))
            self.answer_row.addWidget(button)
            self.answer_buttons.append(button)

    def answer(self, value: int | None) -> None:
        item = self.definition.items[self.index]
        if value is not None and not item.accepts(value):
            return
        self.answers[item.item_id] = value
        if self.index + 1 < len(self.definition.items):
            self.show_item(self.index + 1)
        else:
            self.show_done()

    def back(self) -> None:
        if self.index > 0:
            self.show_item(self.index - 1)

    def show_done(self) -> None:
        self.pages.setCurrentWidget(self.done_page)
        self.password.setFocus()

    def release(self) -> None:
        """Back to the nurse's CRF, with the nurse's password only."""
        try:
            self.check_password(self.password.text())
        except UserFacingError as refused:
            self.error.setText(str(refused))
            self.password.clear()
            return
        self.password.clear()
        self._released = True
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        page = self.pages.currentWidget()
        text = event.text()
        if page is self.language_page and text in ("1", "2"):
            self.choose_language(LANGUAGES[int(text) - 1])
        elif page is self.item_page and text.isdigit() and len(text) == 1:
            self.answer(int(text))
        elif page is self.item_page and event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Left):
            self.back()
        elif page is self.item_page and event.key() == Qt.Key.Key_Right:
            self.answer(None)
        elif event.key() == Qt.Key.Key_Escape:
            return  # no way out without the nurse's password
        else:
            super().keyPressEvent(event)

    def reject(self) -> None:
        if self._released:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._released:
            super().closeEvent(event)
        else:
            event.ignore()
