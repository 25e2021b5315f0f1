"""Hostile text in the GUI's entry fields and the Platelet counts form: a message at the
field and nothing stored, or stored exactly as typed — never an exception."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from baitp_desktop.core.config import default_config
from baitp_desktop.core.entry_checks import check_initials, check_platelets
from baitp_desktop.gui.tabs.counts import CountsTab
from baitp_desktop.gui.widgets.fields import DateField, NumberField, TextField
from tests.gui.support_tabs_b import NEW_ID, TODAY, Study, open_study
from tests.robustness.test_hostile_input import NASTY_TEXT

typed = (
    st.sampled_from(NASTY_TEXT)
    | st.text(max_size=30)
    | st.from_regex(r"\d{1,12}(\.\d{0,4})?", fullmatch=True)
)
VALID_DAYS = ["2023-03-01", "2023-02-14", " 2023-02-20 "]
VALID_COUNTS = ["45", "150", "1999.5", "0", "07"]
GUI = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@GUI
@given(text=typed)
def test_fields_refuse_or_accept_consistently(qtbot: QtBot, text: str) -> None:
    config = default_config()
    number = NumberField("×10⁹/L", lambda v: check_platelets(v, config))
    day = DateField(today=lambda: TODAY)
    initials = TextField(check_initials, max_length=10)
    for field in (number, day, initials):
        qtbot.addWidget(field)
        field.editor.setText(text)  # as if pasted past the typing filter
        ok = field.validate()
        assert ok == (field.error_message() is None)
        if ok and field.text():
            assert field.value() is not None, (type(field).__name__, text)
    if number.validate() and number.text():
        value = number.value()
        assert value is not None and math.isfinite(value) and 0 <= value <= config.platelets_max
    if day.validate() and day.text():
        day_value = day.value()
        assert day_value is not None and day_value <= TODAY


@pytest.fixture
def study(tmp_path: Path) -> Study:
    return open_study(tmp_path, ["01_clean.json"])


@GUI
@given(count=typed | st.sampled_from(VALID_COUNTS), when=typed | st.sampled_from(VALID_DAYS))
def test_counts_form_stores_nothing_it_refuses(
    qtbot: QtBot, study: Study, count: str, when: str
) -> None:
    tab = CountsTab(study.context)
    qtbot.addWidget(tab)
    study.attach(tab)
    study.show(tab, NEW_ID)
    version = study.service.version(NEW_ID)
    before = study.service.participant(NEW_ID).platelet_counts

    tab.form.date.editor.setText(when)
    tab.form.count.editor.setFocus()
    tab.form.count.editor.insert(count)  # pasted: the field's typing filter applies
    typed_count = tab.form.count.text()
    saved = tab.save()
    event("saved" if saved and typed_count else "refused or empty")

    after = study.service.participant(NEW_ID).platelet_counts
    if saved and typed_count:
        (new,) = set(after) - set(before)
        assert new.value == float(typed_count) and new.date.isoformat() == when.strip()
    else:
        assert after == before and study.service.version(NEW_ID) == version
        if typed_count:  # something was typed and refused: the reason is at a field
            assert tab.form.date.error_message() or tab.form.count.error_message()
    tab.discard_changes()
