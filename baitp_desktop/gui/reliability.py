"""Crash recovery and the database check, attached to the main window from outside.

`DraftKeeper` keeps a draft (drafts.py) of every CRF tab with unsaved edits: at the
first edit and then every two seconds while the entries change, so a crash, a power cut
or a killed window loses at most the last two seconds of typing. When the participant is
shown again (at the next start the keeper opens the participant of the newest draft), it
offers to put the entries back: Restore / Discard / Later. A draft is removed as soon as
its tab has nothing unsaved (saved or discarded). When the window closes keeping its
entries (the lock screen's Quit or Switch user, File > Sign out), the drafts are written
at once and stay for their author: drafts are per user, so the next person signed in on
the same workstation sees none of them, and the author is offered them on return.

`add_check_action` puts Tools > "Check the database…" in the menu: the full check of
`baitp check --full` (storage/integrity.py), run off the GUI thread.

Nothing here is part of MainWindow: `attach_reliability` wires both to a built window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.drafts import Draft, DraftError, DraftStore
from baitp_desktop.gui.contract import CrfTab
from baitp_desktop.gui.dialogs.common import ask_three_ways
from baitp_desktop.i18n import tr
from baitp_desktop.storage.integrity import CheckResult, run_checks

if TYPE_CHECKING:
    from baitp_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

KEEP_INTERVAL_MS = 2000


class RestoreChoice(Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


AskRestore = Callable[[QWidget | None, str, Sequence[str], bool], RestoreChoice]


def ask_restore(
    parent: QWidget | None, participant_id: str, what: Sequence[str], changed_since: bool
) -> RestoreChoice:
    """Restore / Discard / Later for the entries kept from an interrupted session."""
    info = tr("Drafts", "Put them back into the form so you can check and save them?")
    if changed_since:
        info += " " + tr(
            "Drafts",
            "The participant was changed since then (in another window or by someone "
            "else): check the restored entries against the saved data before saving.",
        )
    answer = ask_three_ways(
        parent,
        tr("Drafts", "Unsaved entries found"),
        tr("Drafts", "Entries you typed for {pid} were not saved before you left: {what}.").format(
            pid=participant_id, what="; ".join(what)
        ),
        info,
        (tr("Drafts", "Restore"), tr("Drafts", "Discard them"), tr("Drafts", "Later")),
    )
    return (RestoreChoice.RESTORE, RestoreChoice.DISCARD, RestoreChoice.LATER)[answer]


def _local_time(saved_at: str) -> str:
    try:
        moment = datetime.fromisoformat(saved_at.replace("Z", "+00:00"))
    except ValueError:
        return saved_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class DraftKeeper(QObject):
    """Keeps drafts of the window's unsaved tabs and offers them back after a crash."""

    def __init__(
        self,
        window: MainWindow,
        store: DraftStore | None = None,
        ask: AskRestore = ask_restore,
        interval_ms: int = KEEP_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        service = window.context.service
        self.user = service.actor.username
        self.store = store or DraftStore(service.database.display_name)
        self.ask = ask
        self._written: dict[tuple[str, str], dict[str, Any]] = {}
        self._offered: set[str] = set()
        self._warned = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.keep_now)
        self.timer.start()
        for tab in window.crf_tabs:
            tab.dirty_changed.connect(lambda _dirty, t=tab: self._keep_tab(t))
        window.participant_changed.connect(self.offer_for)
        window.leaving.connect(self._write_before_leaving)

    # -- keeping ---------------------------------------------------------------------------
    def _write_before_leaving(self) -> None:
        """The window closes with unsaved entries: keep the latest of them, then stop."""
        self.keep_now()
        self.timer.stop()

    def keep_now(self) -> None:
        """Write the draft of every tab whose unsaved entries changed since the last time."""
        for tab in self.window.crf_tabs:
            self._keep_tab(tab)

    def _keep_tab(self, tab: CrfTab) -> None:
        snapshot = self.window.snapshot
        if snapshot is None or not tab.tab_id:
            return
        key = (snapshot.participant_id, tab.tab_id)
        try:
            data = tab.draft() if tab.has_unsaved_changes() else None
        except Exception:  # a tab's bug must not stop the others' drafts
            log.exception("draft() of the %s tab failed", tab.tab_id)
            return
        if data is None:
            if key in self._written:
                self.store.discard(self.user, *key)
                del self._written[key]
            return
        if self._written.get(key) == data:
            return
        draft = Draft(self.user, snapshot.participant_id, tab.tab_id, data, snapshot.version)
        try:
            self.store.save(draft)
        except DraftError as error:
            if not self._warned:  # once: the person should save; repeating it helps nobody
                self.window.statusBar().showMessage(str(error), 30_000)
                self._warned = True
            return
        except (TypeError, ValueError):
            log.exception("the %s tab's draft is not JSON", tab.tab_id)
            return
        self._written[key] = data

    # -- offering them back ----------------------------------------------------------------
    def offer_at_start(self) -> None:
        """Offer the drafts of the shown participant, else open the newest draft's one."""
        pending = self.store.pending(self.user)
        if not pending:
            return
        shown = self.window.current_participant_id()
        if shown is not None and any(d.participant_id == shown for d in pending):
            self.offer_for(shown)
            return
        for draft in reversed(pending):  # newest first
            try:
                self.window.context.service.version(draft.participant_id)
            except UserFacingError:
                self.store.discard(draft.user, draft.participant_id, draft.tab)
                continue
            self.window.open_participant(draft.participant_id)
            return

    def offer_for(self, participant_id: str) -> None:
        """When a participant is shown: offer that participant's drafts (once a session)."""
        if not participant_id or participant_id in self._offered:
            return
        tabs = {tab.tab_id: tab for tab in self.window.crf_tabs if tab.tab_id}
        drafts = [
            d
            for d in self.store.pending(self.user)
            if d.participant_id == participant_id
            and d.tab in tabs
            and (participant_id, d.tab) not in self._written
        ]
        if not drafts:
            return
        self._offered.add(participant_id)
        snapshot = self.window.snapshot
        version = snapshot.version if snapshot is not None else None
        changed = any(d.based_on_version not in (None, version) for d in drafts)
        what = [f"{tabs[d.tab].title()} ({_local_time(d.saved_at)})" for d in drafts]
        choice = self.ask(self.window, participant_id, what, changed)
        if choice is RestoreChoice.DISCARD:
            for d in drafts:
                self.store.discard(d.user, d.participant_id, d.tab)
        elif choice is RestoreChoice.RESTORE:
            self._restore(drafts, tabs)

    def _restore(self, drafts: Sequence[Draft], tabs: dict[str, CrfTab]) -> None:
        for d in drafts:
            tab = tabs[d.tab]
            try:
                tab.restore_draft(d.data)
            except Exception:  # draft data comes from disk: never let it crash the window
                log.exception("restoring the %s draft of %s failed", d.tab, d.participant_id)
                self.window.statusBar().showMessage(
                    tr("Drafts", "The kept entries of {tab} could not be restored.").format(
                        tab=tab.title()
                    ),
                    15_000,
                )
                continue
            self._written[(d.participant_id, d.tab)] = d.data
        self.window.tabs.setCurrentWidget(tabs[drafts[0].tab])


# -- the database check ---------------------------------------------------------------------
def add_check_action(window: MainWindow) -> None:
    """Tools > Check the database…: the full check, off the GUI thread, then a report."""
    database = window.context.service.database

    def show(results: list[CheckResult]) -> None:
        window.unsetCursor()
        failed = [r for r in results if not r.ok]
        lines = [f"{'✔' if r.ok else '✘'} {r.name}: {r.detail}" for r in results]
        text = "\n".join([database.display_name, "", *lines])
        if failed:
            QMessageBox.critical(window, tr("Check", "The database has a problem"), text)
        else:
            QMessageBox.information(window, tr("Check", "The database is sound"), text)

    def failed(error: BaseException) -> None:
        window.unsetCursor()
        window.context.show_error(window, str(error))

    def start() -> None:
        window.setCursor(Qt.CursorShape.BusyCursor)
        window.context.tasks.run(
            lambda: run_checks(database, full=True), show, failed, owner=window
        )

    action = window.tools_menu.addAction(tr("Check", "Check the &database…"))
    action.triggered.connect(lambda _checked=False: start())


def attach_reliability(window: MainWindow, store: DraftStore | None = None) -> DraftKeeper:
    """Drafts of unsaved entries, the database check, and the audit trail's refusals and
    actions (gui/trail_actions.py), for the application's window."""
    from baitp_desktop.gui.trail_actions import attach_trail_actions

    keeper = DraftKeeper(window, store)
    add_check_action(window)
    attach_trail_actions(window)
    QTimer.singleShot(0, keeper.offer_at_start)
    return keeper
