"""Wires the study-wide screens into a built main window, from outside it.

`attach_study_screens(window)`:
- puts the site dashboard (gui/dashboard.py) in the main window's page stack and shows it
  first, so a nurse starts the day on it; View ▸ Dashboard (Ctrl+D) returns to it, and
  choosing a participant (navigator, findings panel, a dashboard line) shows the
  participant's tabs again;
- opens a dashboard line's participant on the tab and record it names;
- adds Tools ▸ Study outcomes (Ctrl+Shift+O), a window of its own (gui/outcomes_view.py)
  whose participant lists open participants in this window;
- adds Participant ▸ Visit calendar (PDF)… and the dashboard's calendar button: the
  take-home calendar (reports/visit_calendar.py) in Chinese or English, built off the GUI
  thread and opened in the system's PDF viewer.
The dashboard is read again whenever it is shown and after every save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.gui.dashboard import DashboardWidget
from baitp_desktop.gui.language import LANGUAGE_NAMES
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.outcomes_view import OutcomesWindow
from baitp_desktop.i18n import SUPPORTED_LANGUAGES, current_language, tr

log = logging.getLogger(__name__)


class StudyScreens(QObject):
    """The dashboard page, the outcomes window and the calendar action of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        context = window.context
        self.today = lambda: window.context.today()  # follows a later change of context.today
        self.dashboard = DashboardWidget(context.service, self.today, window, context.tasks)
        window.pages.insertWidget(0, self.dashboard)
        self.outcomes_window: OutcomesWindow | None = None
        # replaceable in tests: which language, where to save, how to open the PDF
        self.ask_language: Callable[[QWidget], str | None] = _ask_language
        self.ask_save_path: Callable[[QWidget, str], Path | None] = _ask_save_path
        self.open_file: Callable[[Path], object] = _open_with_system_viewer

        self.dashboard_action = QAction(tr("Dashboard", "&Dashboard"), window)
        self.dashboard_action.setShortcut("Ctrl+D")
        self.dashboard_action.triggered.connect(lambda _checked=False: self.show_dashboard())
        self.outcomes_action = QAction(tr("Dashboard", "Study &outcomes…"), window)
        self.outcomes_action.setShortcut("Ctrl+Shift+O")
        self.outcomes_action.triggered.connect(lambda _checked=False: self.show_outcomes())
        self.calendar_action = QAction(tr("Dashboard", "Visit &calendar (PDF)…"), window)
        self.calendar_action.triggered.connect(lambda _checked=False: self._calendar_of_shown())
        window.view_menu.insertAction(window.view_menu.actions()[0], self.dashboard_action)
        window.tools_menu.insertAction(window.tools_menu.actions()[0], self.outcomes_action)
        window.participant_menu.addAction(self.calendar_action)

        self.dashboard.open_requested.connect(self.open_line)
        self.dashboard.calendar_requested.connect(self.print_calendar)
        self.dashboard.outcomes_requested.connect(self.show_outcomes)
        window.participant_changed.connect(self._participant_changed)
        window.navigator.participant_requested.connect(lambda _pid: self.show_participant_page())
        window.findings.jump_requested.connect(lambda *_: self.show_participant_page())
        context.participant_saved.connect(lambda *_: self._refresh_soon())
        window.destroyed.connect(self.dashboard.shutdown)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(1500)  # a burst of saves reads the study once
        self._refresh_timer.timeout.connect(self._refresh_if_shown)
        self._findings_shown = True
        window.installEventFilter(self)
        self._participant_changed(window.current_participant_id() or "")
        self.show_dashboard()

    # -- pages -----------------------------------------------------------------------------
    def show_dashboard(self) -> None:
        """The dashboard page; the findings panel (one participant's) is put away meanwhile:
        the dashboard lists the open findings of the whole study itself."""
        window = self.window
        if window.pages.currentWidget() is not self.dashboard:
            self._findings_shown = not window.findings.isHidden()
            window.findings.hide()
        window.pages.setCurrentWidget(self.dashboard)
        window.navigator.select(None)
        self.dashboard.refresh()

    def show_participant_page(self) -> None:
        window = self.window
        if window.pages.currentWidget() is self.dashboard and self._findings_shown:
            window.findings.show()
        window.pages.setCurrentWidget(window.participant_page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Before the window saves its layout on close, bring the findings panel back if
        only the dashboard had put it away (the next start must not lose it)."""
        if (
            watched is self.window
            and event.type() == QEvent.Type.Close
            and self.window.pages.currentWidget() is self.dashboard
            and self._findings_shown
        ):
            self.window.findings.show()
        return False

    def _participant_changed(self, participant_id: str) -> None:
        self.calendar_action.setEnabled(bool(participant_id))
        if participant_id:
            self.show_participant_page()

    def _refresh_soon(self) -> None:
        self._refresh_timer.start()

    def _refresh_if_shown(self) -> None:
        if self.window.pages.currentWidget() is self.dashboard:
            self.dashboard.refresh()

    def open_line(self, participant_id: str, tab_id: str, record: str) -> None:
        """Open a participant on the tab a dashboard line names, at its record if it can."""
        window = self.window
        if not window.open_participant(participant_id):
            return
        self.show_participant_page()
        tab = next((t for t in window.crf_tabs if t.tab_id == tab_id), None)
        if tab is None:
            if record:
                window.jump_to(participant_id, record)
            return
        window.tabs.setCurrentWidget(tab)
        if record:
            tab.focus_record(record)

    # -- outcomes --------------------------------------------------------------------------
    def show_outcomes(self) -> None:
        if self.outcomes_window is None:
            context = self.window.context
            self.outcomes_window = OutcomesWindow(
                context.service, self.today, self.window, context.tasks
            )
            self.outcomes_window.view.participant_requested.connect(self._open_from_outcomes)
        self.outcomes_window.show()
        self.outcomes_window.raise_()
        self.outcomes_window.activateWindow()
        self.outcomes_window.view.refresh()

    def _open_from_outcomes(self, participant_id: str) -> None:
        if self.window.open_participant(participant_id):
            self.show_participant_page()
            self.window.raise_()
            self.window.activateWindow()

    # -- visit calendar --------------------------------------------------------------------
    def _calendar_of_shown(self) -> None:
        pid = self.window.current_participant_id()
        if pid:
            self.print_calendar(pid)

    def print_calendar(self, participant_id: str) -> None:
        """Ask the language and where to save, build the PDF off the GUI thread, open it."""
        language = self.ask_language(self.window)
        if language is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or Path.home()) / f"{participant_id}_visit_calendar.pdf")
        target = self.ask_save_path(self.window, suggested)
        if target is None:
            return
        service = self.window.context.service

        def build() -> Path:
            from baitp_desktop.reports.gather import trail_stamp
            from baitp_desktop.reports.visit_calendar import write_visit_calendar

            participant = service.participant(participant_id)
            stamp = trail_stamp(service.database)
            write_visit_calendar(
                participant, service.config, target, language=language, trail=stamp
            )
            return target

        self.window.context.tasks.run(
            build, self._calendar_done, self._calendar_failed, owner=self.window
        )

    def _calendar_done(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            tr("Dashboard", "Visit calendar saved to {path}").format(path=path), 6000
        )
        self.open_file(path)

    def _calendar_failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            message = str(error)
        else:
            message = tr(
                "Dashboard",
                "The visit calendar could not be written; the details are in the log file.",
            )
        self.window.context.show_error(self.window, message)


def attach_study_screens(window: MainWindow) -> StudyScreens:
    """Add the dashboard, the outcomes window and the calendar action to `window`."""
    return StudyScreens(window)


def _ask_language(parent: QWidget) -> str | None:
    names = [LANGUAGE_NAMES[code] for code in SUPPORTED_LANGUAGES]
    current = SUPPORTED_LANGUAGES.index(current_language())
    choice, accepted = QInputDialog.getItem(
        parent,
        tr("Dashboard", "Visit calendar"),
        tr("Dashboard", "Language of the calendar:"),
        names,
        current,
        False,
    )
    return SUPPORTED_LANGUAGES[names.index(choice)] if accepted else None


def _ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Dashboard", "Save visit calendar"), suggested, tr("Print", "PDF files (*.pdf)")
    )
    if not path:
        return None
    return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")


def _open_with_system_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
