"""Random edit sequences on the real Platelet counts form, checked after every step.

A hypothesis state machine types valid and refused counts and dates, presses Backspace,
clears fields, moves the focus on and saves — with real key events on the real widgets
over a real SQLite study — and checks what a nurse relies on after each step:
- a field's message shows only for a refused value, and its red border follows it;
- a refused value is shown as refused once the person has left the field;
- nothing is stored while a field is refused;
- a stored count has exactly the value and date that were typed.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.tabs.counts import CountsTab
from baitp_desktop.gui.widgets.fields import EntryField
from baitp_desktop.i18n import tr
from baitp_desktop.service import Delete
from tests.gui.support_tabs_b import NEW_ID, TODAY, Study, open_study, shown_tab

pytestmark = pytest.mark.gui

VALID_COUNTS = ["45", "150", "0", "1999.5", "7"]
REFUSED_COUNTS = ["2001", "45000", "99999999"]
VALID_DATES = [(TODAY - timedelta(days=n)).isoformat() for n in (0, 3, 13, 27)]
REFUSED_DATES = ["2023-13-01", "2023-02-30", (TODAY + timedelta(days=1)).isoformat(), "2023-0"]
REQUIRED = tr("Entry", "required")


def _border(field: EntryField) -> bool:
    return field.editor.property("invalid") is True


class CountEditing(RuleBasedStateMachine):
    """The state is what is on the form; the database is compared after every save."""

    study: Study
    tab: CountsTab
    qtbot: QtBot
    outcomes: dict[str, int]

    def __init__(self) -> None:
        super().__init__()
        self._remove_stored_counts()  # every sequence starts from the same study
        self.tab.discard_changes()
        self.fields = {"count": self.tab.form.count, "date": self.tab.form.date}
        self.left_since_typing: dict[str, bool] = dict.fromkeys(self.fields, False)
        self.service_said: dict[str, str | None] = dict.fromkeys(self.fields)

    # -- helpers -------------------------------------------------------------------------
    def _focus(self, name: str) -> EntryField:
        field = self.fields[name]
        field.editor.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.waitUntil(field.editor.hasFocus, timeout=5000)
        return field

    def _typed(self, name: str) -> None:
        self.left_since_typing[name] = False
        self.service_said[name] = None

    def _stored(self) -> set[tuple[int | None, str, float]]:
        counts = self.study.service.participant(NEW_ID).platelet_counts
        return {(c.record_id, c.date.isoformat(), c.value) for c in counts}

    def _remove_stored_counts(self) -> None:
        service = self.study.service
        counts = service.participant(NEW_ID).platelet_counts
        if counts:
            deletions = [Delete("count", c.record_id) for c in counts if c.record_id is not None]
            service.apply(NEW_ID, deletions, reason="test sequence starts afresh")
            self.tab.show_participant(self.study.context.snapshot(NEW_ID))

    # -- rules ---------------------------------------------------------------------------
    @initialize(count=st.sampled_from(VALID_COUNTS))
    def start_with_a_saved_count(self, count: str) -> None:
        """Every sequence first saves a count typed on the form, so the saving path is
        exercised whatever the random steps after it turn out to be."""
        field = self._focus("count")
        self.qtbot.keyClick(field.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(field.editor, count)
        self._typed("count")
        self.save()

    @rule(
        name=st.sampled_from(["count", "date"]),
        valid=st.booleans(),
        data=st.data(),
    )
    def type_value(self, name: str, valid: bool, data: st.DataObject) -> None:
        choices = {
            ("count", True): VALID_COUNTS,
            ("count", False): REFUSED_COUNTS,
            ("date", True): VALID_DATES,
            ("date", False): REFUSED_DATES,
        }[(name, valid)]
        text = data.draw(st.sampled_from(choices))
        field = self._focus(name)
        self.qtbot.keyClick(field.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(field.editor, text)
        assert field.editor.text() == text
        self._typed(name)

    @rule(name=st.sampled_from(["count", "date"]), times=st.integers(1, 4))
    def backspace(self, name: str, times: int) -> None:
        field = self._focus(name)
        field.editor.end(False)
        for _ in range(times):
            self.qtbot.keyClick(field.editor, Qt.Key.Key_Backspace)
        self._typed(name)

    @rule(name=st.sampled_from(["count", "date"]))
    def clear(self, name: str) -> None:
        field = self._focus(name)
        self.qtbot.keyClick(field.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClick(field.editor, Qt.Key.Key_Backspace)
        assert field.editor.text() == ""
        self._typed(name)

    @rule(name=st.sampled_from(["count", "date"]))
    def leave(self, name: str) -> None:
        """The focus moves on to the table (Tab order would reach the next field)."""
        self._focus(name)
        self.tab.table.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.waitUntil(lambda: not self.fields[name].editor.hasFocus(), timeout=5000)
        self.left_since_typing[name] = True

    @rule()
    def save(self) -> None:
        form = self.tab.form
        before, version = self._stored(), self.study.service.version(NEW_ID)
        typed = {name: field.text() for name, field in self.fields.items()}
        dirty = self.tab.has_unsaved_changes()
        refused = {
            name
            for name, field in self.fields.items()
            if field.problem() is not None or field.is_empty()
        }
        form.save_button.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
        after = self._stored()
        outcome = "nothing" if not dirty else "refused" if refused else "stored"
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        if not dirty:  # an empty line: nothing to save, nothing to say
            assert after == before
        elif refused:
            assert after == before, f"stored while {refused} refused"
            assert self.study.service.version(NEW_ID) == version
            for name in refused:  # the save tells why, at the field
                assert self.fields[name].error_message() is not None, name
        elif after != before:
            ((_record, *stored),) = after - before
            assert stored == [typed["date"], float(typed["count"])]
            assert self.fields["count"].is_empty()  # the form is ready for the next count
        else:  # refused by the service: its reason is at a field
            messages = {name: field.error_message() for name, field in self.fields.items()}
            assert any(messages.values()), typed
            self.service_said.update(messages)
        for name in self.fields:
            self.left_since_typing[name] = True

    @precondition(lambda self: self.tab.has_unsaved_changes())
    @rule()
    def clear_the_form(self) -> None:
        button = self.tab.form.cancel_button
        button.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.keyClick(button, Qt.Key.Key_Space)
        assert self.tab.form.count.is_empty()
        assert self.tab.form.count.error_message() is None
        for name in self.fields:
            self._typed(name)

    # -- invariants ----------------------------------------------------------------------
    @invariant()
    def message_only_for_a_refused_value(self) -> None:
        for name, field in self.fields.items():
            shown = field.error.isVisibleTo(field)
            assert shown == (field.error_message() is not None), name
            assert _border(field) == shown, f"{name}: the red border follows the message"
            if shown:
                expected = {field.problem(), self.service_said[name]}
                if field.is_empty():
                    expected.add(REQUIRED)
                assert field.error_message() in expected, (name, field.text())

    @invariant()
    def refused_value_shown_once_left(self) -> None:
        for name, field in self.fields.items():
            if self.left_since_typing[name] and field.problem() is not None:
                assert field.error_message() == field.problem(), (name, field.text())

    @invariant()
    def no_dialog_and_no_exception(self) -> None:
        assert QApplication.activeModalWidget() is None
        assert not self.study.errors


@pytest.mark.parametrize("examples", [pytest.param(20, id="20 sequences")])
def test_random_edit_sequences_on_the_counts_form(
    qtbot: QtBot, tmp_path: Path, examples: int
) -> None:
    study = open_study(tmp_path, ["01_clean.json"])
    tab = shown_tab(qtbot, study, CountsTab, NEW_ID)
    CountEditing.study, CountEditing.tab, CountEditing.qtbot = study, tab, qtbot
    CountEditing.outcomes = {}
    run_state_machine_as_test(
        CountEditing,
        settings=settings(
            max_examples=examples,
            stateful_step_count=25,
            # the same sequences on every run: the coverage asserted below cannot come and
            # go with the random seed
            derandomize=True,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
    tab.discard_changes()
    # the sequences reached both sides: counts stored and saves refused at a field
    assert CountEditing.outcomes.get("stored") and CountEditing.outcomes.get("refused")


@pytest.mark.slow
def test_many_random_edit_sequences_on_the_counts_form(qtbot: QtBot, tmp_path: Path) -> None:
    test_random_edit_sequences_on_the_counts_form(qtbot, tmp_path, 300)
