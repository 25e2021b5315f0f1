"""What the screens say: numbers with the thousands grouped whatever the workstation's
locale, counts with the right plural, fields and visits named as the person knows them
(never "aware_date" or "d7"), a reason-for-change dialog that says what changes, and a
"required" that goes as soon as the answer is given."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.status import ParticipantStatus
from baitp_desktop.gui.dialogs.new_participant import NewParticipantDialog
from baitp_desktop.gui.findings_panel import FindingsPanel
from baitp_desktop.gui.part11.queries_dialog import RaiseQueryDialog
from baitp_desktop.gui.part11.reason_dialog import ReasonDialog, change_lines
from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
from baitp_desktop.gui.tabs.counts import CountsTab
from baitp_desktop.gui.validation_worker import ParticipantResult
from baitp_desktop.i18n import language_scope
from baitp_desktop.service import Delete, Upsert
from baitp_desktop.service.errors import ChangeNeedingReason
from baitp_desktop.service.queries import QueryService
from tests.gui.support_dialogs import MONITOR, PID, Site, make_site
from tests.gui.support_tabs_b import NEW_ID, TODAY, open_study, shown_tab

pytestmark = pytest.mark.gui
FIELD_KEY = re.compile(r"\b[a-z]+_[a-z_]+\b|\((value|grade|date|who_grade|term)\)")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    yield from make_site(tmp_path_factory.mktemp("site"))


@pytest.fixture
def german_locale() -> Iterator[None]:
    """A workstation whose own locale writes 45.000 for forty-five thousand."""
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def test_large_numbers_are_grouped_the_same_in_both_languages() -> None:
    assert [fmt_number(v) for v in (45000, 2000, 1999.5, 45000.5, 90.0, 12.1)] == [
        "45,000", "2,000", "1,999.5", "45,000.5", "90", "12.1",
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_per_microlitre_count_is_refused_with_grouped_numbers(
    qtbot: QtBot, tmp_path: Path, german_locale: None, language: str
) -> None:
    study = open_study(tmp_path)
    with language_scope(language):
        tab = shown_tab(qtbot, study, CountsTab, NEW_ID)
        field = tab.form.count
        field.editor.setFocus()
        qtbot.keyClicks(field.editor, "45000")
        tab.table.setFocus()
        message = field.error_message()
    assert message is not None
    assert "45,000" in message and "2,000" in message and "45.000" not in message
    tab.discard_changes()


def test_the_reason_dialog_names_record_field_old_and_new(qtbot: QtBot, tmp_path: Path) -> None:
    study = open_study(tmp_path)
    service = study.service
    day = TODAY - timedelta(days=3)
    version = service.apply(NEW_ID, [Upsert("count", {"date": day, "value": 45})], reason=None)
    [count] = service.participant(NEW_ID).platelet_counts
    study.reasons.answers += ["Transcription error", "Entered twice"]
    study.context.save(
        None, NEW_ID, [Upsert("count", {"date": day, "value": 54}, count.record_id)], version
    )
    study.context.save(None, NEW_ID, [Delete("count", count.record_id)], version + 1)
    changed, deleted = study.reasons.asked
    when = day.isoformat()
    assert changed == [f"Platelet count {when}: Platelet count 45 → 54"]
    assert deleted == [f"Platelet count {when}: delete"]
    for line in changed + deleted:
        assert not FIELD_KEY.search(line.replace(when, "")), line
    with language_scope("zh_CN"):
        [chinese] = change_lines([ChangeNeedingReason("AE 2", "aware_date", "2023-02-01", None)])
    assert chinese == "AE 2：研究中心获知 2023年2月1日 → （空）"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_reason_dialog_shows_its_whole_title(qtbot: QtBot, language: str) -> None:
    with language_scope(language):
        dialog = ReasonDialog(["Platelet count 2023-02-20: Platelet count 45 → 54"])
    qtbot.addWidget(dialog)
    dialog.show()
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= title + 100  # room for the frame's buttons beside the title
    listing = dialog.findChild(QLabel, "reason_records")
    assert listing is not None and "45 → 54" in listing.text()


def test_required_under_sex_goes_as_soon_as_it_is_answered(qtbot: QtBot, site: Site) -> None:
    dialog = NewParticipantDialog(site.service, lambda: TODAY, lambda *_: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.create_participant()  # nothing entered: every field says "required"
    assert dialog.sex.error_message() == "required" and dialog.sex.error.isVisibleTo(dialog)
    dialog.sex.setFocus()
    qtbot.keyClick(dialog.sex, Qt.Key.Key_F)
    assert dialog.sex.value() is not None
    assert dialog.sex.error_message() is None and not dialog.sex.error.isVisibleTo(dialog)
    dialog.create_participant()
    assert dialog.sex.error_message() is None  # answered: not asked again
    dialog.female.click()  # the mouse answers too
    assert dialog.sex.error_message() is None


def test_a_refusal_names_the_field_by_its_label(qtbot: QtBot, tmp_path: Path) -> None:
    study = open_study(tmp_path)
    tab = shown_tab(qtbot, study, AdverseEventsTab, NEW_ID)
    problem = InputProblem(NEW_ID, "AE 1", "relationship", "not a relationship")
    tab.editor.show_problems([problem])
    assert tab.editor.other_error.text() == "Relationship: not a relationship"
    tab.discard_changes()


def test_query_fields_are_named_by_their_labels(qtbot: QtBot, site: Site) -> None:
    queries = QueryService(site.service.database, MONITOR)
    fields = queries.field_targets(PID)
    dialog = RaiseQueryDialog(queries, PID, fields[0], fields=fields)
    qtbot.addWidget(dialog)
    shown = [dialog.field.itemText(i) for i in range(dialog.field.count())]
    assert any(text.endswith(": Platelet count") for text in shown)
    assert not [text for text in shown if FIELD_KEY.search(text)], shown


def test_counts_in_the_findings_panel_use_the_right_plural(qtbot: QtBot) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    finding = Finding(PID, "MISSED_VISIT", Severity.QUERY, TODAY, "visit:d7", "Day 7 missed")
    result = ParticipantResult(PID, "AB", ParticipantStatus.ON_TREATMENT, 1, None, (finding,), {})
    panel.set_current_participant(PID)
    panel.set_participant_result(result)
    assert panel.summary.text() == "1 finding: 0 major, 0 minor, 1 query"
    with language_scope("zh_CN"):
        panel.set_participant_result(result)
    assert panel.summary.text() == "1 条核查结果：重大 0，轻微 0，质疑 1"
