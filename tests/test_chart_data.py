"""The platelet chart's data mapping (core.platelet_course), without Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from baitp_desktop.core.assessments import Response
from baitp_desktop.core.bundle import read_bundle
from baitp_desktop.core.config import Threshold, default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.platelet_course import (
    chart_series,
    due_visit,
    log_fraction,
    visit_placement,
    x_ticks,
    y_ticks,
)
from baitp_desktop.core.records import (
    DecisionAction,
    DosingDecision,
    Participant,
    PlateletCount,
    RescueTherapy,
    Screening,
    Sex,
)

SCENARIOS = Path(__file__).parent / "data" / "scenarios"
DAY1 = date(2022, 7, 13)
CONFIG = default_config()


def scenario(name: str) -> Participant:
    document = json.loads((SCENARIOS / name).read_text(encoding="utf-8"))
    return read_bundle(document, CONFIG, date(2023, 1, 31))[0]


def person(counts: dict[int, float], **fields: object) -> Participant:
    """A participant with counts on the given study days (Day N = DAY1 + N - 1)."""
    base = Participant(
        participant_id="BAITP-900",
        initials="T",
        sex=Sex.FEMALE,
        birth_date=date(1980, 1, 1),
        consent_date=DAY1 - timedelta(days=10),
        first_dose_date=DAY1,
        screening=Screening(date=DAY1 - timedelta(days=5), platelets=15),
        platelet_counts=tuple(
            PlateletCount(DAY1 + timedelta(days=n - 1), v) for n, v in counts.items()
        ),
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def test_no_chart_before_day_1() -> None:
    assert chart_series(Course(person({}, first_dose_date=None), CONFIG)) is None


def test_points_carry_day_count_response_and_visit_from_the_course() -> None:
    series = chart_series(Course(scenario("01_clean.json"), CONFIG), date(2022, 12, 1))
    assert series is not None
    first = series.points[0]
    assert first.is_screening and first.response is None and first.x < 0
    by_day = {p.day: p for p in series.points if not p.is_screening}
    assert by_day[1].response is Response.NR and by_day[1].visit == "Baseline"
    assert by_day[7].response is Response.R and by_day[7].x == 6
    assert by_day[28].response is Response.CR and by_day[28].who_grade == 0
    assert by_day[28].visit.startswith("Day 28")
    assert series.today_x == (date(2022, 12, 1) - DAY1).days
    assert series.interruptions == () and series.triggers == () and series.rescue == ()


def test_thresholds_come_from_the_configuration() -> None:
    series = chart_series(Course(person({1: 20}), CONFIG))
    assert series is not None
    assert [t.value for t in series.thresholds] == [30.0, 100.0, 300.0]
    assert [t.label for t in series.thresholds] == ["R > 30", "CR > 100", "interruption > 300"]
    amended = replace(CONFIG, interruption=Threshold(250, ">="), cr=Threshold(100, ">="))
    series = chart_series(Course(person({1: 20}), amended))
    assert series is not None
    assert [t.label for t in series.thresholds] == ["R > 30", "CR >= 100", "interruption >= 250"]


def test_an_applied_interruption_is_a_band_from_the_day_after_the_trigger_to_the_resume() -> None:
    resume = DAY1 + timedelta(days=120)
    participant = person(
        {1: 20, 84: 310, 98: 320},
        dosing_decisions=(DosingDecision(resume, DecisionAction.RESUME, "count fell"),),
    )
    series = chart_series(Course(participant, CONFIG))
    assert series is not None
    assert [(m.day, m.x) for m in series.triggers] == [(98, 97)]
    assert len(series.interruptions) == 1
    band = series.interruptions[0]
    assert band.first_x == 98  # Day 99, the day after the trigger
    assert band.last_x == (resume - DAY1).days - 1  # the day before the resume


def test_an_open_interruption_has_no_end_and_rescue_is_marked() -> None:
    rescue = RescueTherapy(1, DAY1 + timedelta(days=40), "IVIG")
    series = chart_series(Course(person({1: 20, 60: 400, 74: 420}, rescue=(rescue,)), CONFIG))
    assert series is not None
    assert series.interruptions[0].last_x is None
    assert [(m.x, m.label) for m in series.rescue] == [(40, "IVIG")]


def test_visit_placement_marks_the_chosen_count_and_extras() -> None:
    course = Course(person({1: 20, 54: 40, 56: 45, 70: 50}), CONFIG)
    assert visit_placement(course, DAY1 + timedelta(days=55)).text == "Week 8"
    extra = visit_placement(course, DAY1 + timedelta(days=53))
    assert extra.visit_id == "w8" and not extra.chosen and extra.text == "Week 8 (extra)"
    unscheduled = visit_placement(course, DAY1 + timedelta(days=69))
    assert unscheduled.visit_id is None and unscheduled.text == "Unscheduled"
    tie = Course(person({1: 20, 55: 40, 57: 45}), CONFIG)  # Days 55 and 57: tie, earlier wins
    assert visit_placement(tie, DAY1 + timedelta(days=54)).chosen
    assert not visit_placement(tie, DAY1 + timedelta(days=56)).chosen


def test_the_due_visit_is_the_window_containing_today() -> None:
    course = Course(person({}), CONFIG)
    due = due_visit(course, DAY1 + timedelta(days=55))
    assert due is not None and due.visit_id == "w8"
    assert due_visit(course, DAY1 + timedelta(days=40)) is None  # between windows


def test_the_axes_cover_the_schedule_and_use_a_log_scale() -> None:
    series = chart_series(Course(person({1: 5, 56: 600}), CONFIG))
    assert series is not None
    assert series.x_range[0] <= -5  # the screening count
    assert series.x_range[1] >= CONFIG.visits[-1].last_day - 1
    low, high = series.y_range
    assert low <= 5 and high >= 600
    assert log_fraction(low, series.y_range) == 0.0
    assert log_fraction(high, series.y_range) == 1.0
    assert 0.49 < log_fraction((low * high) ** 0.5, series.y_range) < 0.51
    assert log_fraction(0, series.y_range) == 0.0  # a zero count sits on the floor
    assert {30.0, 100.0, 300.0} <= set(y_ticks(series.y_range))
    assert x_ticks((-3, 174))[:3] == (0, 27, 55)  # Day 1, Day 28, Day 56


def test_very_high_counts_stretch_the_axis_up_to_the_entry_limit() -> None:
    series = chart_series(Course(person({1: 20, 30: 1900}), CONFIG))
    assert series is not None
    assert series.y_range[1] == CONFIG.platelets_max


def test_the_mapping_imports_no_qt() -> None:
    code = "import sys, baitp_desktop.core.platelet_course; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
