"""Every entry field of every tab and dialog, refused → corrected → cleared → refused again.

The fields are found by walking each form's widget tree (tests/gui/field_walk.py), so a
field added later is driven without a new test. Typing is real key events under the
application's own style (BaitpStyle): this is the sequence that once crashed the process
when a refused value was corrected. A Qt warning or an exception in a slot fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.field_walk import FieldDriver, error_labels_shown
from tests.gui.support_dialogs import DIALOGS, PID, Site, make_site
from tests.gui.support_window import Answers, close_window, make_service, make_window

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    yield from make_site(tmp_path_factory.mktemp("site"))


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_field_of_a_dialog_survives_refusal_cycles(
    qtbot: QtBot, site: Site, name: str
) -> None:
    dialog = DIALOGS[name](site)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    walk = FieldDriver(qtbot, dialog).drive_all()
    assert walk.total > 0, f"{name}: no field found"
    dialog.reject()


# The diary tab is a grid of days (no entry fields of these kinds); its dosing-decision
# dialog is driven above.
TABS = ["screening", "counts", "bleeding", "adverse_events"]


@pytest.mark.parametrize("tab_id", TABS)
def test_every_field_of_a_tab_survives_refusal_cycles(
    qtbot: QtBot, tmp_path: Path, tab_id: str
) -> None:
    service = make_service(tmp_path / "study.sqlite", ["01_clean.json"])
    window = make_window(qtbot, service, tmp_path / "settings.ini", Answers())
    try:
        assert window.open_participant(PID)
        [tab] = [t for t in window.crf_tabs if t.tab_id == tab_id]
        window.tabs.setCurrentWidget(tab)
        walk = FieldDriver(qtbot, tab).drive_all()
        assert walk.total > 0
        assert walk.refused, f"{tab_id}: no field was refused ({walk})"
        assert not error_labels_shown(tab) or tab_id == "screening"
    finally:
        close_window(window)
        service.database.dispose()
