"""Render the Platelet counts, Bleeding and Adverse events tabs to PNG (offscreen, 1366×768).

Why: these screens are reviewed by looking at them (truncated labels, colours, the chart),
and anyone should be able to regenerate the pictures after a change:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_tabs_b.py [OUT_DIR]

Data: the demo study (`baitp_desktop.demo.generate_study`, 35 participants, seed 2207) as
of a fixed date, in a temporary SQLite database, with the validator's findings shown; one
free-text AE is added so the "to be coded" badge is visible. Writes docs/screenshots/ by
default.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTableView

from baitp_desktop.core.validator import validate_participant
from baitp_desktop.demo import generate_study
from baitp_desktop.gui.contract import CrfTab, GuiContext
from baitp_desktop.gui.widgets.record_table import RecordTableModel
from baitp_desktop.service import StudyService, Upsert
from baitp_desktop.storage import open_database

TODAY = date(2026, 11, 24)
SIZE = (1366, 768)


def _context(folder: Path) -> GuiContext:
    service = StudyService(open_database(folder / "screens.sqlite"), today=lambda: TODAY)
    service.import_participants(generate_study(35, 2207, TODAY))
    return GuiContext(
        service,
        ask_reason=lambda *_: "screenshot",
        show_error=lambda *_: None,
        today=lambda: TODAY,
    )


def _render(
    context: GuiContext,
    tab_class: type[CrfTab],
    participant_id: str,
    path: Path,
    prepare: Callable[[CrfTab], None] | None = None,
) -> None:
    tab = tab_class(context)
    tab.resize(*SIZE)
    snapshot = context.snapshot(participant_id)
    tab.show_participant(snapshot)
    tab.show_findings(validate_participant(snapshot.participant, TODAY, context.config))
    tab.show()
    if prepare is not None:
        prepare(tab)
    QApplication.processEvents()
    tab.grab().save(str(path))
    tab.close()
    print(path)


def _open_record(record: str) -> Callable[[CrfTab], None]:
    """Select a finding's record and open it for editing (as Enter on the row does)."""

    def prepare(tab: CrfTab) -> None:
        assert tab.focus_record(record)
        views = [v for v in tab.findChildren(QTableView) if isinstance(v.model(), RecordTableModel)]
        view = next(v for v in views if v.selectionModel().hasSelection())
        view.activated.emit(view.currentIndex())

    return prepare


def main(out: Path) -> None:
    from baitp_desktop.gui.app import qt_application
    from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
    from baitp_desktop.gui.tabs.bleeding import BleedingTab
    from baitp_desktop.gui.tabs.counts import CountsTab

    qt_application()  # the application's style (roles, bold group box titles), as `baitp gui`
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        context = _context(Path(folder))
        context.service.apply(
            "BAITP-013",
            [
                Upsert(
                    "ae",
                    {
                        "term": "Tingling in both feet",
                        "grade": 1,
                        "onset": date(2026, 11, 2),
                        "serious": False,
                        "relationship": "possible",
                        "action": "none",
                    },
                )
            ],
        )
        _render(context, CountsTab, "BAITP-003", out / "counts_interruption.png")
        _render(context, CountsTab, "BAITP-013", out / "counts_rescue.png")
        _render(context, CountsTab, "BAITP-027", out / "counts_due_visit.png")
        _render(context, BleedingTab, "BAITP-010", out / "bleeding.png")
        _render(context, AdverseEventsTab, "BAITP-013", out / "adverse_events.png")
        _render(
            context,
            AdverseEventsTab,
            "BAITP-026",
            out / "adverse_events_editing_sae.png",
            _open_record("ae:1"),
        )
        _render(context, AdverseEventsTab, "BAITP-029", out / "adverse_events_before_consent.png")
        context.service.database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
