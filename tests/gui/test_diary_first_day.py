"""Which day the diary opens on: today while on treatment, else the last recorded day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from baitp_desktop.core.course import Course
from baitp_desktop.core.records import Discontinuation, DiscontinuationReason
from baitp_desktop.gui.tabs.diary import DiaryTab, first_selected_day
from tests.gui.support_tabs_b import TODAY, open_study, shown_tab

DAY1 = date(2022, 7, 13)  # BAITP-001 of 01_clean.json: diary Days 1-168 recorded


def test_a_completed_participant_opens_on_the_last_recorded_day(
    qtbot: QtBot, tmp_path: Path
) -> None:
    study = open_study(tmp_path, ["01_clean.json"])
    tab = shown_tab(qtbot, study, DiaryTab, "BAITP-001")  # TODAY is Day 232
    assert (TODAY - DAY1).days + 1 > tab.model.last_day
    assert tab.model.selection == (168, 168)


def test_the_rule_for_each_kind_of_participant(tmp_path: Path) -> None:
    study = open_study(tmp_path, ["01_clean.json"])
    participant = study.service.participant("BAITP-001")
    config = study.context.config
    course = Course(participant, config)
    last = 175
    assert first_selected_day(course, DAY1 + timedelta(days=40), last) == 41  # on treatment
    assert first_selected_day(course, DAY1 - timedelta(days=3), last) == 1  # not started
    assert first_selected_day(course, DAY1 + timedelta(days=400), last) == 168  # completed
    stopped = replace(
        participant,
        doses=tuple(d for d in participant.doses if d.date < DAY1 + timedelta(days=30)),
        discontinuation=Discontinuation(
            date=DAY1 + timedelta(days=30), reason=DiscontinuationReason.ADVERSE_EVENT
        ),
    )
    stopped_course = Course(stopped, config)
    assert first_selected_day(stopped_course, DAY1 + timedelta(days=60), last) == 30
    no_diary = Course(replace(participant, doses=()), config)
    assert first_selected_day(no_diary, DAY1 + timedelta(days=400), last) == 1
