"""In the main window, "Record this AE…" under a lab grade opens the Adverse events tab
with a new AE prefilled (CTCAE term, grade, onset at the panel date), left unsaved for the
nurse to complete; an AE being typed there is never overwritten."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
from baitp_desktop.gui.tabs.labs_form import AeOffer
from tests.gui.support_window import TODAY, Answers, close_window, make_service, make_window


def test_the_offer_opens_a_prefilled_ae(qtbot: QtBot, tmp_path: Path) -> None:
    service = make_service(tmp_path / "study.sqlite", ["01_clean.json"])
    window = make_window(qtbot, service, tmp_path / "settings.ini", Answers())
    try:
        assert window.open_participant("BAITP-001")
        onset = TODAY - timedelta(days=2)
        window._open_prefilled_ae(AeOffer("Neutrophil count decreased", 3, onset))
        tab = window.tabs.currentWidget()
        assert isinstance(tab, AdverseEventsTab)
        values = tab.editor.values()
        assert values["term"] == "Neutrophil count decreased"
        assert values["grade"] == 3 and values["onset"] == onset
        assert tab.has_unsaved_changes()  # the nurse completes and saves it

        other = AeOffer("Anemia", 3, date(2020, 1, 1))
        window._open_prefilled_ae(other)  # the AE being typed is kept
        assert tab.editor.values()["term"] == "Neutrophil count decreased"
        assert "save or cancel" in tab.status.text().lower()
    finally:
        close_window(window)
