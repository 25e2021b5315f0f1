"""ITP-PAQ (PROTOCOL.md §12) on a test definition whose items and scales are chosen here:
scale scores (half answered rounded up, reverse items, not-applicable scales), the
questionnaire each visit uses, MISSING_QOL and QOL_INCOMPLETE at their boundaries, the
endpoints, and loading definitions from the resources folder."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from baitp_desktop.core.config import ConfigError, default_config, load_config
from baitp_desktop.core.instruments import (
    AppliesTo,
    InstrumentError,
    catalog_of,
    parse_definition,
)
from baitp_desktop.core.qol import qol_visits, score_questionnaire, unscored_scales
from baitp_desktop.core.records import Participant, Questionnaire, Sex
from baitp_desktop.resources import resource_path
from tests.core.builders import (
    SCREENING_DATE,
    dates,
    day,
    discontinued,
    endpoints,
    of,
    participant,
)

TEST_DEFINITION: dict[str, Any] = {
    "name": "TEST-QOL",
    "version": "t-1",
    "verified": True,
    "items": [
        {"id": "a1", "min": 0, "max": 4}, {"id": "a2", "min": 0, "max": 4, "reverse": True},
        {"id": "a3", "min": 0, "max": 4}, {"id": "a4", "min": 0, "max": 4},
        {"id": "b1", "min": 1, "max": 5}, {"id": "b2", "min": 1, "max": 5},
        {"id": "b3", "min": 1, "max": 5},
        {"id": "c1", "min": 1, "max": 7}, {"id": "c2", "min": 1, "max": 7},
        {"id": "d1", "min": 1, "max": 5},
    ],
    "scales": [
        {"id": "alpha", "items": ["a1", "a2", "a3", "a4"], "applies_to": "all",
         "minimal_important_difference": 10, "label": {"en": "Alpha", "zh_CN": "甲"}},
        {"id": "fem", "items": ["b1", "b2", "b3"], "applies_to": "female",
         "minimal_important_difference": 5, "label": "Women only"},
        {"id": "job", "items": ["c1", "c2"], "applies_to": "employed",
         "minimal_important_difference": 8, "label": "Work"},
        {"id": "one", "items": ["d1"], "minimal_important_difference": 20, "label": "Single"},
    ],
}  # fmt: skip
DEFINITION = parse_definition(TEST_DEFINITION, "test.toml")
CONFIG = replace(default_config(), instruments=catalog_of([DEFINITION]))
SCALES = ("alpha", "fem", "job", "one")
FULL = {"a1": 4, "a2": 1, "a3": 2, "a4": 2, "b1": 5, "b2": 4, "b3": 3, "c1": 7, "c2": 1, "d1": 3}


def q(on: date, employed: bool = True, **answers: int | None) -> Questionnaire:
    given: dict[str, int | None] = {**FULL, **answers}
    return Questionnaire(on, "TEST-QOL", "t-1", employed, given)


def scores(questionnaire: Questionnaire, sex: Sex = Sex.FEMALE) -> dict[str, Fraction | None]:
    return dict(score_questionnaire(questionnaire, sex, CONFIG.instruments).scores)


def with_qol(*questionnaires: Questionnaire, **changes: object) -> Participant:
    return participant(questionnaires=questionnaires, **changes)


# -- scale scores ----------------------------------------------------------------------------
def test_scores_hand_worked() -> None:
    got = scores(q(day(1), a4=None, b2=None, c2=None, d1=None))
    # alpha: 4, reverse 1 -> 3, 2 (a4 unanswered): mean 3 on 0..4 -> 75
    # fem: 5, 3: mean 4 on 1..5 -> 75; job: 7 on 1..7 -> 100; one: 1 item, unanswered -> None
    assert got == {"alpha": 75, "fem": 75, "job": 100, "one": None}


@pytest.mark.parametrize(
    ("answered", "score"),
    [({"a1": 0, "a3": 4}, Fraction(50)), ({"a1": 4}, None), ({}, None)],
)
def test_half_of_the_items_rounded_up_must_be_answered(
    answered: dict[str, int], score: Fraction | None
) -> None:
    blank = dict.fromkeys(("a1", "a2", "a3", "a4"))
    assert scores(q(day(1), **{**blank, **answered}))["alpha"] == score


def test_three_items_need_two_answers() -> None:
    assert scores(q(day(1), b1=5, b2=None, b3=None))["fem"] is None
    assert scores(q(day(1), b1=5, b2=1, b3=None))["fem"] == 50


def test_reverse_items_count_min_plus_max_minus_the_answer() -> None:
    blank = dict.fromkeys(("a1", "a3", "a4"))
    assert scores(q(day(1), **blank, a2=0))["alpha"] is None  # one of four: too few
    assert scores(q(day(1), a1=None, a3=None, a2=0, a4=0))["alpha"] == 50  # (4 + 0) / 2 = 2


def test_scales_that_do_not_apply_are_null_and_never_incomplete() -> None:
    answered = q(day(1), employed=False, b1=None, b2=None, b3=None, c1=None, c2=None)
    scored = score_questionnaire(answered, Sex.MALE, CONFIG.instruments)
    assert scored.scores["fem"] is None and scored.scores["job"] is None
    assert scored.not_applicable == {"fem", "job"}
    assert unscored_scales(answered, Sex.MALE, DEFINITION) == ()
    assert [s.scale_id for s in unscored_scales(answered, Sex.FEMALE, DEFINITION)] == ["fem"]


# -- which questionnaire a visit uses --------------------------------------------------------
def _visits(p: Participant) -> dict[str, date | None]:
    assert p.first_dose_date is not None
    got = qol_visits(p.questionnaires, p.first_dose_date, p.screening.date or p.consent_date,
                     CONFIG)  # fmt: skip
    return {v.visit_id: None if v.questionnaire is None else v.questionnaire.date for v in got}


def test_baseline_is_the_latest_from_screening_through_day_1() -> None:
    p = with_qol(q(SCREENING_DATE - timedelta(days=1)), q(SCREENING_DATE), q(day(-1)), q(day(2)))
    assert _visits(p)["baseline"] == day(-1)
    p = with_qol(q(SCREENING_DATE), q(day(1)))
    assert _visits(p)["baseline"] == day(1)
    assert _visits(with_qol(q(SCREENING_DATE - timedelta(days=1))))["baseline"] is None


def test_a_screening_date_after_day_1_leaves_the_baseline_empty() -> None:
    late = replace(participant().screening, date=day(2))
    p = with_qol(q(day(1)), q(day(2)), screening=late)
    assert _visits(p)["baseline"] is None
    assert dates(p, "MISSING_QOL", config=CONFIG) == [day(1)] + [day(n) for n in (28, 84, 168)]


def test_a_visit_takes_the_nearest_to_target_and_the_earlier_on_a_tie() -> None:
    assert _visits(with_qol(q(day(26)), q(day(30))))["d28"] == day(26)  # both 2 days away
    assert _visits(with_qol(q(day(25)), q(day(29))))["d28"] == day(29)
    assert _visits(with_qol(q(day(24)), q(day(32))))["d28"] is None  # window is Days 25-31
    assert _visits(with_qol(q(day(31))))["d28"] == day(31)


# -- MISSING_QOL -----------------------------------------------------------------------------
ALL = (q(day(1)), q(day(28)), q(day(84)), q(day(168)))


def test_no_query_with_a_questionnaire_at_every_visit() -> None:
    assert of(with_qol(*ALL), "MISSING_QOL", config=CONFIG) == []
    assert of(with_qol(*ALL), "QOL_INCOMPLETE", config=CONFIG) == []


@pytest.mark.parametrize(("as_of_day", "raised"), [(1, False), (2, True)])
def test_baseline_is_due_once_day_1_is_before_as_of(as_of_day: int, raised: bool) -> None:
    p = with_qol(*ALL[1:])
    assert dates(p, "MISSING_QOL", as_of=day(as_of_day), config=CONFIG) == (
        [day(1)] if raised else []
    )


@pytest.mark.parametrize(("as_of_day", "raised"), [(31, False), (32, True)])
def test_a_visit_is_due_once_its_window_has_ended(as_of_day: int, raised: bool) -> None:
    p = with_qol(ALL[0], *ALL[2:])
    got = of(p, "MISSING_QOL", as_of=day(as_of_day), config=CONFIG)
    assert [(f.date, f.record) for f in got] == ([(day(28), "qol:d28")] if raised else [])


@pytest.mark.parametrize(("stopped", "waived"), [(24, True), (25, True), (26, False)])
def test_discontinuation_on_or_before_the_windows_first_day_waives(
    stopped: int, waived: bool
) -> None:
    p = with_qol(ALL[0], discontinuation=discontinued(day(stopped)))
    got = dates(p, "MISSING_QOL", config=CONFIG)
    assert (day(28) not in got) is waived
    assert day(84) not in got and day(168) not in got  # later windows open after it


def test_baseline_is_never_waived() -> None:
    p = with_qol(discontinuation=discontinued(day(1)))
    assert dates(p, "MISSING_QOL", config=CONFIG) == [day(1)]


def test_no_qol_finding_without_day_1() -> None:
    p = with_qol(q(day(28), a1=None, a2=None, a3=None), first_dose_date=None, doses=())
    assert of(p, "MISSING_QOL", config=CONFIG) == []
    assert of(p, "QOL_INCOMPLETE", config=CONFIG) == []


# -- QOL_INCOMPLETE --------------------------------------------------------------------------
def test_one_query_per_incomplete_questionnaire_naming_the_scales() -> None:
    blank = dict.fromkeys(FULL)
    p = with_qol(ALL[0], q(day(28), **blank), q(day(50), d1=None), *ALL[2:])
    got = of(p, "QOL_INCOMPLETE", config=CONFIG)
    assert [(f.date, f.record) for f in got] == [
        (day(28), f"questionnaire:{day(28)}"), (day(50), f"questionnaire:{day(50)}")
    ]  # fmt: skip
    assert all(name in got[0].message for name in ("Alpha", "Women only", "Work", "Single"))
    assert "Single" in got[1].message and "Alpha" not in got[1].message


def test_not_applicable_scales_never_make_a_questionnaire_incomplete() -> None:
    man = with_qol(*(replace(x, employed=False, answers={**x.answers, "b1": None, "b2": None,
                   "b3": None, "c1": None, "c2": None}) for x in ALL), sex=Sex.MALE)  # fmt: skip
    assert of(man, "QOL_INCOMPLETE", config=CONFIG) == []


def test_a_questionnaire_on_an_unloaded_definition_cannot_be_scored() -> None:
    p = with_qol(replace(ALL[0], version="gone"), *ALL[1:])
    got = of(p, "QOL_INCOMPLETE", config=CONFIG)
    assert [f.date for f in got] == [day(1)] and "gone" in got[0].message


# -- endpoints -------------------------------------------------------------------------------
def test_endpoints_are_objects_with_every_scale_id() -> None:
    after = q(day(28), a1=0, a2=4, a3=0, a4=0, d1=None)  # alpha 0, one missing
    p = with_qol(q(day(1)), after, sex=Sex.MALE)
    data = endpoints(p, CONFIG).to_json()
    # baseline alpha: 4, 3, 2, 2 -> 2.75 -> 68.75; d1 = 3 -> 50; fem not applicable (male)
    # job: 7 and 1 -> mean 4 on 1..7 -> 50
    assert data["qol_baseline"] == {"alpha": 68.75, "fem": None, "job": 50.0, "one": 50.0}
    assert data["qol_change_d28"] == {"alpha": -68.75, "fem": None, "job": 0.0, "one": None}
    assert data["qol_change_w12"] == dict.fromkeys(SCALES)
    assert data["qol_change_w24"] == dict.fromkeys(SCALES)


def test_qol_endpoints_are_null_without_day_1() -> None:
    data = endpoints(with_qol(*ALL, first_dose_date=None), CONFIG).to_json()
    assert [data[k] for k in ("qol_baseline", "qol_change_d28", "qol_change_w12",
                              "qol_change_w24")] == [None] * 4  # fmt: skip


def test_a_change_is_the_difference_of_the_exact_scores() -> None:
    base = q(day(1), b1=2, b2=2, b3=3)  # 7/3 -> 100 × (4/3) / 4 = 33.33…
    later = q(day(28), b1=3, b2=3, b3=3)  # 3 -> 50
    change = endpoints(with_qol(base, later), CONFIG).to_json()["qol_change_d28"]["fem"]
    assert change == float(Fraction(50) - Fraction(100, 3))


# -- definitions in the resources folder -----------------------------------------------------
def test_the_shipped_definition_is_the_published_structure_not_verified() -> None:
    shipped = default_config().instruments
    current = shipped.current
    assert current is not None and (current.name, current.version) == ("ITP-PAQ", "structure-1")
    assert current.verified is False
    assert current.item_ids == tuple(f"q{n:02d}" for n in range(1, 45))
    assert {(i.minimum, i.maximum) for i in current.items} == {(1, 5)}
    assert current.scale_ids == (
        "symptoms",
        "bother",
        "fatigue_sleep",
        "activity",
        "fear",
        "psychological",
        "work",
        "social",
        "womens_health",
        "overall",
    )
    assert current.scale("work").applies_to == AppliesTo.EMPLOYED
    assert current.scale("womens_health").applies_to == AppliesTo.FEMALE
    assert current.item_text("q01") is None  # the licence brings the wording


def _site_folder(tmp_path: Path, licensed: str | None) -> Path:
    folder = tmp_path / "site-resources"
    shutil.copytree(resource_path("instruments"), folder / "instruments")
    shutil.copy(resource_path("protocol.toml"), folder / "protocol.toml")
    if licensed is not None:
        (folder / "instruments" / "zz-licensed.toml").write_text(licensed, "utf-8")
    return folder


LICENSED = """
name = "ITP-PAQ"
version = "licensed-2025"
verified = true
items = [{ id = "q01", min = 1, max = 5 }, { id = "q02", min = 1, max = 5, reverse = true }]
[[scales]]
id = "symptoms"
label = { en = "Symptoms", zh_CN = "症状" }
minimal_important_difference = 12
items = ["q01", "q02"]
[wording.en]
q01 = "How often did you bruise?"
"""


def test_a_site_loads_its_licensed_definition_by_adding_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _site_folder(tmp_path, LICENSED)
    monkeypatch.setenv("BAITP_RESOURCES", str(folder))
    catalog = load_config().instruments
    assert [d.version for d in catalog.definitions] == ["structure-1", "licensed-2025"]
    current = catalog.current
    assert current is not None and current.version == "licensed-2025" and current.verified
    assert current.item_text("q01", "en") == "How often did you bruise?"
    # a questionnaire answered on the shipped structure is still scored on it
    old = Questionnaire(
        day(1), "ITP-PAQ", "structure-1", True, {f"q{n:02d}": 5 for n in range(1, 45)}
    )
    assert score_questionnaire(old, Sex.FEMALE, catalog).scores["overall"] == 100


def _swap(old: str, new: str) -> str:
    assert old in LICENSED
    return LICENSED.replace(old, new)


@pytest.mark.parametrize(
    ("broken", "words"),
    [
        (_swap('id = "q02", min = 1, max = 5, reverse = true', 'id = "q01", min = 1, max = 5'),
         "twice"),
        (_swap('items = ["q01", "q02"]', 'items = ["q01", "q09"]'), "unknown items"),
        (_swap("max = 5, reverse", "max = 7, reverse"), "one response range"),
        (_swap("difference = 12", "difference = 0"), "minimal_important_difference"),
        (_swap('id = "symptoms"', 'id = "symptoms"\napplies_to = "children"'), "applies_to"),
        (_swap('version = "licensed-2025"', 'version = "structure-1"'), "both define"),
        (_swap("verified = true", 'verified = "yes"'), "verified"),
        ("name = [", "TOML"),
    ],
)  # fmt: skip
def test_a_broken_definition_is_refused_naming_the_problem(
    tmp_path: Path, broken: str, words: str
) -> None:
    folder = _site_folder(tmp_path, broken)
    with pytest.raises(ConfigError, match=words):
        load_config(folder / "protocol.toml")


def test_definition_errors_are_user_facing() -> None:
    with pytest.raises(InstrumentError):
        parse_definition({**TEST_DEFINITION, "items": []}, "empty.toml")
