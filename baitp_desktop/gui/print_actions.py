"""Print and "Save as PDF" for the shown participant: visit summary, casebook, blank CRF.

The PDF is built by `baitp_desktop.reports` (plain Python) on the window's background
worker (`GuiContext.tasks`), with a progress dialog that appears only when a build takes a
while (a casebook with its audit appendix), and can be cancelled; the file is written
atomically, so a cancelled or failed build leaves nothing half-written. "Print…" writes
to a temporary file and opens it in the system PDF viewer (QDesktopServices.openUrl),
which prints; "Save as PDF…" asks where to save it, says where it was saved (the status
bar: "Saved to <path>", with "Open folder") and then opens it the same way. The visit to
print is chosen from a list that marks the signed visits (dialogs/visit_picker.py).

The main window adds `PrintActions.menu_actions()` to its Participant menu and calls
`set_participant` when the shown participant changes. Dialogs are attributes so that tests
replace them with scripted answers.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from baitp_desktop.core.course import Course
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.platelet_course import due_visit
from baitp_desktop.core.signatures import LockState
from baitp_desktop.gui.contract import GuiContext
from baitp_desktop.gui.dialogs.visit_picker import VisitChoice, ask_visit
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.i18n import current_language, tr

log = logging.getLogger(__name__)

PAPER_SETTING = "reports/paper"
FOLDER_SETTING = "reports/folder"
NOTICE_MS = 30_000  # how long "Saved to …" stays in the status bar


class _Cancelled(Exception):
    """Raised from the progress callback to stop a build the person cancelled."""


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What to build: kind is 'visit', 'casebook' or 'blank'."""

    kind: str
    participant_id: str | None
    visit_id: str | None
    target: Path
    paper: str
    language: str
    saved: bool = False  # saved where the person chose (not a temporary file to print)


def build_report(
    request: ReportRequest, context: GuiContext, progress: Callable[[int, int], None]
) -> int:
    """Read the participant through the services and write the PDF (runs on the worker)."""
    from baitp_desktop.reports.blank_crf import write_blank_crf
    from baitp_desktop.reports.casebook import write_casebook
    from baitp_desktop.reports.gather import gather_report_data
    from baitp_desktop.reports.visit_summary import write_visit_summary

    service = context.service
    if request.kind == "blank":
        return write_blank_crf(
            service.config, request.target, paper=request.paper, language=request.language
        )
    assert request.participant_id is not None
    data = gather_report_data(
        service.database, request.participant_id, service.config, actor=service.actor
    )
    if request.kind == "visit":
        assert request.visit_id is not None
        return write_visit_summary(
            data, request.visit_id, request.target, paper=request.paper, language=request.language
        )
    return write_casebook(
        data, request.target, paper=request.paper, language=request.language, progress=progress
    )


class PrintActions(QObject):
    """The report actions of the main window, for the participant it shows."""

    report_written = Signal(str)  # path of a finished PDF

    def __init__(
        self, context: GuiContext, parent: QWidget, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.settings = settings
        self.participant_id: str | None = None
        # replaceable in tests: where to save, which visit, how to open the result
        self.ask_save_path: Callable[[QWidget, str], Path | None] = _ask_save_path
        self.ask_visit: Callable[[QWidget, list[VisitChoice], int], str | None] = ask_visit
        self.open_file: Callable[[Path], object] = _open_with_system_viewer
        self.saved_notice = SavedNotice(parent)
        self._dialog: QProgressDialog | None = None
        self._cancelled = False
        self._open_after: dict[Path, bool] = {}

        self.print_visit = self._action(
            tr("Print", "Print visit summary…"), lambda: self._visit(False)
        )
        self.save_visit = self._action(
            tr("Print", "Save visit summary as PDF…"), lambda: self._visit(True)
        )
        self.print_casebook = self._action(
            tr("Print", "Print casebook…"), lambda: self._casebook(False)
        )
        self.save_casebook = self._action(
            tr("Print", "Save casebook as PDF…"), lambda: self._casebook(True)
        )
        self.save_blank = self._action(tr("Print", "Save blank CRF pages as PDF…"), self._blank)
        self.print_visit.setShortcut("Ctrl+P")
        self.paper_group = QActionGroup(self)
        self.paper_actions: dict[str, QAction] = {}
        for paper, text in (("a4", tr("Print", "A4")), ("letter", tr("Print", "US Letter"))):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setData(paper)
            self.paper_group.addAction(action)
            self.paper_actions[paper] = action
        self.paper_actions[self._saved_paper()].setChecked(True)
        self.paper_group.triggered.connect(self._remember_paper)
        self.set_participant(None)

    # -- menus -------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def add_to_menu(self, menu: QMenu) -> None:
        """Append the report actions (and a paper-size submenu) to a menu."""
        menu.addSeparator()
        for action in (self.print_visit, self.save_visit, self.print_casebook, self.save_casebook):
            menu.addAction(action)
        menu.addAction(self.save_blank)
        paper = menu.addMenu(tr("Print", "Paper size"))
        for action in self.paper_actions.values():
            paper.addAction(action)

    def set_participant(self, participant_id: str | None) -> None:
        """The shown participant (None/"" when none): the participant actions follow it."""
        self.participant_id = participant_id or None
        for action in (self.print_visit, self.save_visit, self.print_casebook, self.save_casebook):
            action.setEnabled(self.participant_id is not None and not self.busy)

    @property
    def busy(self) -> bool:
        return self._dialog is not None

    @property
    def paper(self) -> str:
        checked = self.paper_group.checkedAction()
        return str(checked.data()) if checked is not None else "a4"

    def _saved_paper(self) -> str:
        value = str(self.settings.value(PAPER_SETTING, "a4")) if self.settings else "a4"
        return value if value in ("a4", "letter") else "a4"

    def _remember_paper(self, action: QAction) -> None:
        if self.settings is not None:
            self.settings.setValue(PAPER_SETTING, action.data())

    # -- the three reports -------------------------------------------------------------------
    def _visit(self, save: bool) -> None:
        pid = self.participant_id
        if pid is None:
            return
        try:
            snapshot = self.context.snapshot(pid)
        except UserFacingError as error:
            self.context.show_error(self.window, str(error))
            return
        choices, preselected = visit_choices(snapshot.course, snapshot.today, snapshot.locks)
        visit_id = self.ask_visit(self.window, choices, preselected)
        if visit_id is None:
            return
        name = f"{pid}_{visit_id}_visit_summary.pdf"
        self._start("visit", pid, visit_id, name, save)

    def _casebook(self, save: bool) -> None:
        if self.participant_id is not None:
            self._start(
                "casebook", self.participant_id, None, f"{self.participant_id}_casebook.pdf", save
            )

    def _blank(self) -> None:
        self._start("blank", None, None, "BAITP_blank_CRF.pdf", True)

    def _start(
        self, kind: str, pid: str | None, visit_id: str | None, name: str, save: bool
    ) -> None:
        if self.busy:
            return
        if save:
            target = self.ask_save_path(self.window, str(self._folder() / name))
            if target is None:
                return
            if self.settings is not None:
                self.settings.setValue(FOLDER_SETTING, str(target.parent))
        else:
            target = Path(tempfile.mkdtemp(prefix="baitp-print-")) / name
        request = ReportRequest(
            kind, pid, visit_id, target, self.paper, current_language(), saved=save
        )
        self._cancelled = False
        self._dialog = QProgressDialog(
            tr("Print", "Building {name}…").format(name=name),
            tr("Print", "Cancel"),
            0,
            0,
            self.window,
        )
        self._dialog.setWindowTitle(tr("Print", "PDF report"))
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(400)
        self._dialog.canceled.connect(self._cancel)
        self.set_participant(self.participant_id)
        self.save_blank.setEnabled(False)
        self.context.tasks.run(lambda: self._run(request), self._on_built, owner=self)

    def _run(self, request: ReportRequest) -> tuple[ReportRequest, str | None]:
        """On the background worker: build the PDF; (request, None) when it was written,
        else the message to show ("" when the person cancelled)."""
        tasks = self.context.tasks

        def progress(done: int, total: int) -> None:
            if self._cancelled:
                raise _Cancelled
            tasks.post(self._on_progress, (done, total))

        try:
            build_report(request, self.context, progress)
        except _Cancelled:
            return request, ""
        except UserFacingError as error:
            return request, str(error)
        except Exception:
            log.exception("building the %s report failed", request.kind)
            return request, tr(
                "Print",
                "The PDF could not be built because of an internal error; the details "
                "were written to the log file.",
            )
        return request, None

    def _on_built(self, outcome: tuple[ReportRequest, str | None]) -> None:
        request, problem = outcome
        if problem is None:
            self._on_finished(request)
        else:
            self._on_failed(request, problem)

    def _cancel(self) -> None:
        self._cancelled = True

    def _on_progress(self, progress: tuple[int, int]) -> None:
        done, total = progress
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total - 1))

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self._cancel)
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        self.set_participant(self.participant_id)
        self.save_blank.setEnabled(True)

    def _on_finished(self, request: ReportRequest) -> None:
        self._close_dialog()
        if request.saved:
            self.saved_notice.show_saved(request.target)
        self.report_written.emit(str(request.target))
        self.open_file(request.target)

    def _on_failed(self, request: ReportRequest, message: str) -> None:
        self._close_dialog()
        if message:  # empty: cancelled by the person, nothing to say
            self.context.show_error(self.window, message)

    def _folder(self) -> Path:
        saved = self.settings.value(FOLDER_SETTING, "") if self.settings is not None else ""
        if saved:
            return Path(str(saved))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home())

    def shutdown(self) -> None:
        """The window is closing: a PDF being built is cancelled (the window then waits for
        its background worker)."""
        self._cancelled = True


def visit_choices(
    course: Course, today: date, locks: LockState | None = None
) -> tuple[list[VisitChoice], int]:
    """Screening and every visit (label with its window; signed ones marked), and the
    index to preselect.

    Preselected: the visit whose window contains today, else the last visit with a count,
    else screening (the visit an investigator is most likely signing).
    """
    from baitp_desktop.reports.model import visit_ids, visit_name

    config = course.config
    signed = set(locks.signed_visits()) if locks is not None else set()
    everything = locks is not None and locks.casebook is not None
    choices: list[VisitChoice] = []
    for visit_id in visit_ids(config):
        label = visit_name(config, visit_id)
        window = course.window(visit_id)
        if window is not None:
            label = tr("Print", "{visit} (window {first} to {last})").format(
                visit=label, first=format_date(window.first), last=format_date(window.last)
            )
        choices.append(VisitChoice(visit_id, label, everything or visit_id in signed))
    ids = [choice.visit_id for choice in choices]
    due = due_visit(course, today)
    if due is not None:
        return choices, ids.index(due.visit_id)
    done = [v for v, d in course.visit_counts.items() if d is not None and d <= today]
    return choices, ids.index(done[-1]) if done else 0


class SavedNotice(QWidget):
    """ "Saved to <path>" and an "Open folder" button, in the window's status bar for a
    while after a PDF is saved (selectable, so the path can be copied)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("saved_notice")
        self.path: Path | None = None
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(tr("Print", "Open folder"), self)
        self.folder_button.clicked.connect(self._open_folder)
        # replaceable in tests: how a folder is opened
        self.open_folder: Callable[[Path], object] = _open_with_system_viewer
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.folder_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        if isinstance(window, QMainWindow):
            window.statusBar().addWidget(self)
        self.hide()

    def show_saved(self, path: Path) -> None:
        self.path = path
        self.label.setText(tr("Print", "Saved to {path}").format(path=path))
        window = self.window()
        if isinstance(window, QMainWindow):  # a passing message would cover the notice
            window.statusBar().clearMessage()
        self.show()
        self._timer.start(NOTICE_MS)

    def _open_folder(self) -> None:
        if self.path is not None:
            self.open_folder(self.path.parent)


def _ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Print", "Save PDF"), suggested, tr("Print", "PDF files (*.pdf)")
    )
    if not path:
        return None
    return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")


def _open_with_system_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
