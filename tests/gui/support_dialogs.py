"""Every dialog of the application, built over a small real site (one participant, one
account per role), for tests that drive them all alike (fields, focus, mnemonics)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog

from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.queries import QueryTarget
from baitp_desktop.gui.dialogs.decision import DecisionDialog
from baitp_desktop.gui.dialogs.explain_finding import ExplainDialog
from baitp_desktop.gui.dialogs.new_participant import NewParticipantDialog
from baitp_desktop.gui.part11.login import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from baitp_desktop.gui.part11.queries_dialog import QueriesDialog, RaiseQueryDialog
from baitp_desktop.gui.part11.reason_dialog import ReasonDialog
from baitp_desktop.gui.part11.sign_dialog import SignDialog
from baitp_desktop.gui.part11.users_dialog import AddUserDialog, UsersDialog
from baitp_desktop.service import Actor, StudyService
from baitp_desktop.service.queries import QueryService
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import open_database
from tests.account_helpers import ready_account
from tests.gui.support_window import TODAY, make_service

PID = "BAITP-001"
_FINDING = Finding(PID, "MISSED_VISIT", Severity.MAJOR, date(2023, 1, 28), "visit:d28",
                   "Day 28 visit missed")  # fmt: skip
ADMIN = Actor("admin", "Ada Admin", "admin")
NURSE = Actor("nurse", "Nora Nurse", "nurse")
INVESTIGATOR = Actor("investigator", "Ivan Investigator", "investigator")
MONITOR = Actor("monitor", "Mona Monitor", "monitor")
PASSWORD = "long-enough-1"


@dataclass
class Site:
    service: StudyService
    fresh_db: Path


def make_site(folder: Path) -> Iterator[Site]:
    """A study with one participant and one account per role (hashing is slow: once)."""
    service = make_service(folder / "study.sqlite", ["01_clean.json"])
    users = UserService(service.database)
    users.create_first_admin(ADMIN.username, ADMIN.display_name, PASSWORD)
    for actor in (NURSE, INVESTIGATOR, MONITOR):
        ready_account(
            service.database, ADMIN, actor.username, actor.display_name, actor.role, PASSWORD
        )
    QueryService(service.database, MONITOR).raise_query(
        PID, QueryTarget(label="General"), "Please check the Day 7 count."
    )
    yield Site(service, folder / "fresh.sqlite")
    service.database.dispose()


def _first_admin(site: Site) -> QDialog:
    dialog = FirstAdminDialog(UserService(open_database(site.fresh_db)))
    dialog.confirm_quit = lambda _parent: True
    return dialog


def _raise_query(site: Site) -> QDialog:
    queries = QueryService(site.service.database, MONITOR)
    return RaiseQueryDialog(
        queries, PID, QueryTarget(label="General"), fields=queries.field_targets(PID)
    )


def _sign(site: Site) -> QDialog:
    signatures = SignatureService(site.service.database, INVESTIGATOR, site.service.config)
    return SignDialog(signatures, PID, signatures.visits(PID)[1], None)


DIALOGS: dict[str, Callable[[Site], QDialog]] = {
    "new participant": lambda s: NewParticipantDialog(s.service, lambda: TODAY, lambda *_: None),
    "sign in": lambda s: LoginDialog(UserService(s.service.database)),
    "first start": _first_admin,
    "change password": lambda s: ChangePasswordDialog(UserService(s.service.database, NURSE)),
    "new account": lambda s: AddUserDialog(UserService(s.service.database, ADMIN)),
    "user accounts": lambda s: UsersDialog(UserService(s.service.database, ADMIN)),
    "reason for change": lambda _s: ReasonDialog(["AE 1 Headache: grade 1 → 2"]),
    "dosing decision": lambda _s: DecisionDialog(lambda: TODAY, TODAY),
    "raise a query": _raise_query,
    "queries": lambda s: QueriesDialog(QueryService(s.service.database, INVESTIGATOR), PID),
    "signature": _sign,
    "explain a finding": lambda _s: ExplainDialog(_FINDING),
    "withdraw an explanation": lambda _s: ExplainDialog(
        replace(_FINDING, explained="in hospital elsewhere"), withdraw=True
    ),
}
