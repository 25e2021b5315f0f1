"""The main window: navigator, the participant's CRF tabs, the findings panel.

It composes and coordinates; it holds no CRF logic. It owns which participant is shown,
hands every tab a fresh `ParticipantSnapshot` after each load and save, asks the
background validator for findings (never blocking typing), guards unsaved edits on a
participant switch or close (Save / Discard / Cancel), and remembers geometry, dock and
splitter state and the last participant in QSettings.

Hooks for the Part 11 screens: `participant_menu` and `tools_menu` take their actions;
`participant_changed` tells them which participant is shown; `current_participant_id()`.

Leaving without a question: `close_keeping_drafts()` closes the window with its unsaved
entries untouched (neither saved nor discarded), after `leaving` has asked the draft keeper
to write them down; the person finds them offered back at their next sign-in. File > Sign
out calls `on_sign_out`, which the application session replaces with "sign the next person
in" (gui/session.py); on its own the window then simply closes keeping the drafts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.status import participant_status
from baitp_desktop.gui.contract import CrfTab, GuiContext, ParticipantSnapshot
from baitp_desktop.gui.dialogs.common import UnsavedChoice, ask_unsaved
from baitp_desktop.gui.dialogs.new_participant import NewParticipantDialog
from baitp_desktop.gui.explain_actions import explain
from baitp_desktop.gui.findings_panel import FindingsPanel
from baitp_desktop.gui.navigator import Navigator
from baitp_desktop.gui.print_actions import PrintActions
from baitp_desktop.gui.tabs import tab_classes
from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
from baitp_desktop.gui.tabs.labs import LabsTab
from baitp_desktop.gui.tabs.labs_form import AeOffer
from baitp_desktop.gui.validation_worker import ParticipantResult, ValidationWorker
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.i18n import tr, tr_n

log = logging.getLogger(__name__)

SETTINGS_ORGANISATION = "PKU People's Hospital"
SETTINGS_APPLICATION = "baitp-desktop"

AskUnsaved = Callable[[QWidget | None, Sequence[str]], UnsavedChoice]


class MainWindow(QMainWindow):
    participant_changed = Signal(str)  # "" when none is shown
    leaving = Signal()  # about to close keeping unsaved entries: write the drafts now
    closed = Signal()  # the window has closed (its watchers stop)
    # The shown participant's snapshot after a save or reload: (previous, new), both of it.
    snapshot_replaced = Signal(object, object)

    def __init__(
        self, context: GuiContext, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.ask_unsaved: AskUnsaved = ask_unsaved
        self.on_sign_out: Callable[[], None] = self.close_keeping_drafts
        self._keeping_drafts = False
        self.snapshot: ParticipantSnapshot | None = None
        self.setObjectName("main_window")
        self.setWindowTitle(tr("Main", "BAITP CRF") + "[*]")

        self.worker = ValidationWorker(context.service, context.today, self, context.tasks)
        self.navigator = Navigator(self)
        self.header = QLabel(self)
        self.header.setProperty("role", "header")
        self.header.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.crf_tabs: list[CrfTab] = [cls(context, self.tabs) for cls in tab_classes()]
        for tab in self.crf_tabs:
            self.tabs.addTab(tab, tab.title())
            tab.dirty_changed.connect(self._update_dirty_marks)
            if isinstance(tab, LabsTab):
                tab.ae_requested.connect(self._open_prefilled_ae)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 6, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigator)
        # Pages beside the navigator: the participant's tabs, and study-wide pages that
        # gui/study_screens.py inserts (the site dashboard, shown first after sign-in).
        self.participant_page = right
        self.pages = QStackedWidget(self)
        self.pages.addWidget(right)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.findings = FindingsPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings)
        self._build_menus()
        self.print_actions = PrintActions(context, self, settings)
        self.print_actions.add_to_menu(self.participant_menu)
        self.participant_changed.connect(self.print_actions.set_participant)
        self._show_header()

        self.navigator.participant_requested.connect(self.open_participant)
        self.navigator.new_participant_requested.connect(self.new_participant)
        self.findings.jump_requested.connect(self.jump_to)
        self.findings.explain_requested.connect(
            lambda finding, withdraw: explain(self, self.context, finding, withdraw)
        )
        self.worker.participant_validated.connect(self._on_participant_result)
        self.worker.study_validated.connect(self._on_study_result)
        self.worker.failed.connect(self._on_validation_failed)
        context.participant_saved.connect(self._on_saved)
        context.conflict_detected.connect(self._on_conflict)

        self._restore_settings()
        self.worker.validate_study()

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("Main", "&File"))
        self.sign_out_action = self._action(
            file_menu, tr("Main", "Sign &out"), None, lambda: self.on_sign_out()
        )
        file_menu.addSeparator()
        quit_action = file_menu.addAction(tr("Main", "&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        self._build_edit_menu()

        self.participant_menu = bar.addMenu(tr("Main", "&Participant"))
        self.new_action = self._action(
            self.participant_menu, tr("Main", "&New participant…"), "Ctrl+N", self.new_participant
        )
        self.save_action = self._action(
            self.participant_menu,
            tr("Main", "&Save this tab"),
            QKeySequence.StandardKey.Save,
            self.save_current_tab,
        )
        self.reload_action = self._action(
            self.participant_menu, tr("Main", "&Reload"), "F5", self.reload
        )
        self.participant_menu.addSeparator()

        view = self.view_menu = bar.addMenu(tr("Main", "&View"))
        self.find_action = self._action(
            view,
            tr("Main", "&Find participant"),
            QKeySequence.StandardKey.Find,
            self.navigator.focus_filter,
        )
        toggle = self.findings.toggleViewAction()
        toggle.setText(tr("Main", "Findings &panel"))
        toggle.setShortcut("F8")
        view.addAction(toggle)

        self.tools_menu = bar.addMenu(tr("Main", "&Tools"))
        self._action(
            self.tools_menu,
            tr("Main", "Check the &whole study again"),
            None,
            self.worker.validate_study,
        )
        self.help_menu = bar.addMenu(tr("Main", "&Help"))
        self._action(self.help_menu, tr("Main", "&About"), None, self._about)

    def _build_edit_menu(self) -> None:
        """Edit > Undo/Redo act on the shown tab's own undo history (the diary's marks);
        a text field with the keyboard keeps its own Ctrl+Z."""
        edit = self.menuBar().addMenu(tr("Main", "&Edit"))
        self.undo_group = QUndoGroup(self)
        self.undo_action = self.undo_group.createUndoAction(self, tr("Main", "&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, tr("Main", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        for tab in self.crf_tabs:
            stack = tab.undo_stack()
            if stack is not None:
                self.undo_group.addStack(stack)
        self.tabs.currentChanged.connect(lambda _index: self._follow_undo_stack())
        self._follow_undo_stack()

    def _follow_undo_stack(self) -> None:
        tab = self.tabs.currentWidget()
        stack = tab.undo_stack() if isinstance(tab, CrfTab) else None
        self.undo_group.setActiveStack(cast(QUndoStack, stack))  # None: nothing to undo

    def _action(
        self,
        menu: QMenu,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- the shown participant -------------------------------------------------------------
    def current_participant_id(self) -> str | None:
        return None if self.snapshot is None else self.snapshot.participant_id

    def open_participant(self, participant_id: str) -> bool:
        """Show another participant, after Save/Discard/Cancel for unsaved edits."""
        if participant_id == self.current_participant_id():
            self.navigator.select(participant_id)
            return True
        if not self._leave_current():
            self.navigator.select(self.current_participant_id())
            return False
        return self._load(participant_id)

    def _load(self, participant_id: str) -> bool:
        try:
            snapshot = self.context.snapshot(participant_id)
        except UserFacingError as error:
            self.context.show_error(self, str(error))
            self.navigator.select(self.current_participant_id())
            return False
        self.snapshot = snapshot
        findings = self.findings.findings_of(participant_id)
        for tab in self.crf_tabs:
            tab.show_participant(snapshot)
            tab.show_findings(findings)
        self.navigator.select(participant_id)
        self.findings.set_current_participant(participant_id)
        self.settings.setValue("last_participant", participant_id)
        self._show_header()
        self._update_dirty_marks()
        self.worker.validate_participant(participant_id)
        self.participant_changed.emit(participant_id)
        return True

    def reload(self) -> None:
        if self.snapshot is not None:
            self._refresh(self.snapshot.participant_id)

    def _refresh(self, participant_id: str) -> None:
        """Fresh snapshot of the shown participant (tabs keep their unsaved edits)."""
        try:
            snapshot = self.context.snapshot(participant_id)
        except UserFacingError as error:
            self.context.show_error(self, str(error))
            return
        previous, self.snapshot = self.snapshot, snapshot
        for tab in self.crf_tabs:
            tab.show_participant(snapshot)
        self._show_header()
        self.snapshot_replaced.emit(previous, snapshot)

    def _leave_current(self) -> bool:
        """True when nothing unsaved would be lost (saved, discarded, or there was none)."""
        dirty = [tab for tab in self.crf_tabs if tab.has_unsaved_changes()]
        if not dirty:
            return True
        choice = self.ask_unsaved(self, [tab.title() for tab in dirty])
        if choice is UnsavedChoice.CANCEL:
            return False
        for tab in dirty:
            if choice is UnsavedChoice.DISCARD:
                tab.discard_changes()
            elif not tab.save():
                self.tabs.setCurrentWidget(tab)
                return False
        self._update_dirty_marks()
        return True

    def save_current_tab(self) -> bool:
        tab = self.tabs.currentWidget()
        if not isinstance(tab, CrfTab) or self.snapshot is None:
            return True
        if not tab.has_unsaved_changes():
            self.statusBar().showMessage(tr("Main", "Nothing to save."), 3000)
            return True
        saved = tab.save()
        if saved:
            self.statusBar().showMessage(tr("Main", "Saved."), 4000)
        self._update_dirty_marks()
        return saved

    def new_participant(self) -> None:
        if not self._leave_current():
            return
        dialog = NewParticipantDialog(
            self.context.service, self.context.today, self.context.show_error, self
        )
        if dialog.exec() != NewParticipantDialog.DialogCode.Accepted or not dialog.created_id:
            return
        self._load(dialog.created_id)
        if self.crf_tabs:
            self.tabs.setCurrentWidget(self.crf_tabs[0])
            self.crf_tabs[0].setFocus()

    def jump_to(self, participant_id: str, record: str) -> None:
        """Open the tab and field a finding points at."""
        if not self.open_participant(participant_id):
            return
        for tab in self.crf_tabs:
            if tab.focus_record(record):
                self.tabs.setCurrentWidget(tab)
                tab.focus_record(record)  # again, now that it is visible
                return

    def _open_prefilled_ae(self, offer: AeOffer) -> None:
        """A lab grade calls for an AE: the AE form, prefilled from the panel."""
        for tab in self.crf_tabs:
            if isinstance(tab, AdverseEventsTab):
                self.tabs.setCurrentWidget(tab)
                tab.start_prefilled(offer.term, offer.grade, offer.onset)

    # -- results and saves -----------------------------------------------------------------
    def _on_saved(self, participant_id: str, _version: int) -> None:
        if participant_id == self.current_participant_id():
            self._refresh(participant_id)
        self.worker.validate_participant(participant_id)

    def _on_conflict(self, participant_id: str, message: str) -> None:
        self.context.show_error(self, message)  # names who changed it; then reload
        if participant_id == self.current_participant_id():
            self._refresh(participant_id)
        self.worker.validate_participant(participant_id)

    def _on_participant_result(self, result: ParticipantResult) -> None:
        self.navigator.update_result(result)
        self.findings.set_participant_result(result)
        snapshot = self.snapshot
        current = snapshot is not None and result.participant_id == snapshot.participant_id
        # An older version's result is dropped for the tabs: a newer run is on its way.
        if current and snapshot is not None and result.version >= snapshot.version:
            for tab in self.crf_tabs:
                tab.show_findings(result.findings)
        self._remember_ulns([result])

    def _on_study_result(self, results: list[ParticipantResult]) -> None:
        self.navigator.set_results(results)
        self.findings.set_study(results)
        pid = self.current_participant_id()
        if pid is not None:
            findings = self.findings.findings_of(pid)
            for tab in self.crf_tabs:
                tab.show_findings(findings)
        self._remember_ulns(sorted(results, key=lambda r: r.participant_id))
        self.statusBar().showMessage(
            tr_n(
                "Main", "{n} participant checked.", "{n} participants checked.", len(results)
            ).format(n=len(results)),
            4000,
        )

    def _remember_ulns(self, results: Sequence[ParticipantResult]) -> None:
        """The ULNs of the last participant entered with labs prefill the next one's."""
        for result in results:
            if all(value is not None for value in result.ulns.values()):
                self.context.lab_uln_defaults = dict(result.ulns)  # type: ignore[arg-type]

    def _on_validation_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            tr("Main", "The background check failed: {message}").format(message=message), 10000
        )

    # -- presentation ----------------------------------------------------------------------
    def _show_header(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            self.header.setText(tr("Main", "Choose a participant on the left, or create one."))
            return
        p = snapshot.participant
        status = participant_status(snapshot.course, snapshot.today).label
        parts = [p.participant_id, p.initials, status]
        if snapshot.course.day1 is not None:
            today = study_day_text(snapshot.today, snapshot.course.day1)
            parts.append(tr("Main", "today is {day}").format(day=today))
        self.header.setText("  ·  ".join(parts))

    def _update_dirty_marks(self, _dirty: bool = False) -> None:
        any_dirty = False
        for tab in self.crf_tabs:
            dirty = tab.has_unsaved_changes()
            any_dirty = any_dirty or dirty
            index = self.tabs.indexOf(tab)
            self.tabs.setTabText(index, tab.title() + (" •" if dirty else ""))
            self.tabs.setTabToolTip(index, tr("Main", "Unsaved changes") if dirty else "")
        self.setWindowModified(any_dirty)

    def _about(self) -> None:
        config = self.context.config
        QMessageBox.about(
            self,
            tr("Main", "About"),
            tr("Main", "{title}\n{protocol} / {registry}\n{site}\n\nDatabase: {db}").format(
                title=config.title,
                protocol=config.protocol_id,
                registry=config.registry_id,
                site=config.site,
                db=self.context.service.database.display_name,
            ),
        )

    # -- settings and closing --------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 740)
        state = self.settings.value("window_state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([self.navigator.sizeHint().width(), 1000])
            self.resizeDocks([self.findings], [190], Qt.Orientation.Vertical)
        last = self.settings.value("last_participant")
        if isinstance(last, str) and last:
            try:
                self.context.service.version(last)
            except UserFacingError:
                return  # not in this database
            self._load(last)
        tab_index = self.settings.value("tab_index")
        if tab_index is not None and str(tab_index).isdigit():
            self.tabs.setCurrentIndex(int(str(tab_index)))

    def save_settings(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("window_state", self.saveState())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.setValue("tab_index", self.tabs.currentIndex())
        if self.current_participant_id():
            self.settings.setValue("last_participant", self.current_participant_id())
        self.settings.sync()

    def close_keeping_drafts(self) -> None:
        """Close without asking: unsaved entries stay as drafts for their author's return
        (the lock screen's Quit and Switch user, File > Sign out)."""
        self.leaving.emit()
        self._keeping_drafts = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._keeping_drafts and not self._leave_current():
            event.ignore()
            return
        self.save_settings()
        self.print_actions.shutdown()  # cancels a PDF being built
        self.context.tasks.shutdown()  # the one background worker of this window
        event.accept()
        self.closed.emit()
