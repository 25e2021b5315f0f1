"""Traced numbers, labels and the command's text output on a study worked out by hand.

Eight participants (tests.outcomes.test_outcomes.study: 001-004 respond at Day 7 and stay
CR from Day 28, 005-008 stay at 18), then:
- 002 has a serious grade 3 pneumonia on Day 20;
- 003 is discontinued for an adverse event on Day 100, with no count after it;
- 005 has rescue IVIG on Day 30;
- 006 has WHO grade 2 at the Day 14 and Day 28 counts (2 bleeding events);
- 008 answered I1 "no": dosed although not eligible.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from baitp_desktop.core.bundle import write_bundle
from baitp_desktop.core.outcomes import StudyOutcomes, compute_outcomes
from baitp_desktop.core.outcomes_text import flow_line, proportion_text, traced_numbers
from baitp_desktop.core.records import Discontinuation, DiscontinuationReason
from tests.core.builders import AS_OF, ae, day, grades, rescue, screening
from tests.outcomes.test_outcomes import study

VISIT_DAYS = (1, 7, 14, 28, 56, 84, 112, 140, 168)


def hand_study() -> list:
    people = {p.participant_id: p for p in study(4, 4)}
    p2 = people["BAITP-002"]
    people["BAITP-002"] = replace(
        p2, adverse_events=(ae(3, day(20), term="Pneumonia", serious=True),)
    )
    p3 = people["BAITP-003"]
    people["BAITP-003"] = replace(
        p3,
        discontinuation=Discontinuation(day(100), DiscontinuationReason.ADVERSE_EVENT),
        platelet_counts=tuple(c for c in p3.platelet_counts if c.date <= day(100)),
        bleeding=tuple(b for b in p3.bleeding if b.date <= day(100)),
        doses=tuple(d for d in p3.doses if d.date <= day(100)),
    )
    people["BAITP-005"] = replace(people["BAITP-005"], rescue=(rescue(day(30)),))
    people["BAITP-006"] = replace(
        people["BAITP-006"],
        bleeding=grades({d: 2 if d in (14, 28) else 0 for d in VISIT_DAYS}),
    )
    p8 = people["BAITP-008"]
    people["BAITP-008"] = replace(
        p8, screening=screening(inclusion={**p8.screening.inclusion, "I1": False})
    )
    return list(people.values())


def outcomes() -> StudyOutcomes:
    return compute_outcomes(hand_study(), AS_OF)


def test_flow_line_names_stages_in_words() -> None:
    result = outcomes()
    assert flow_line(result) == (
        "Screened 8 → Eligible 7 → Dosed 8 → "
        "Completed week 24 7 / Discontinued 1 / Still on treatment 0"
    )
    assert result.dosed_not_eligible == ("BAITP-008",)


def test_durable_response_counts_the_discontinued_as_not_responding() -> None:
    durable = {p.key: p for p in outcomes().responses}["durable_response"]
    assert (durable.n, durable.total) == (3, 8)
    assert durable.participants == ("BAITP-001", "BAITP-002", "BAITP-004")
    assert durable.missing == ("BAITP-003",)
    assert proportion_text(durable) == "3/8 (37.5%; 95% CI 8.5–75.5)"


def test_any_adverse_event_and_kaplan_meier_median() -> None:
    data = outcomes().to_json(detail=True)
    assert data["any_adverse_event"] == {
        "term": "Any adverse event",
        "n": 1,
        "percent": 12.5,
        "worst_grade": {"3": 1},
        "participants": ["BAITP-002"],
    }
    # 4 of 8 respond on day 6: the cumulative response reaches 50 % that day
    assert data["time_to_response_days"]["kaplan_meier_median"] == 6
    assert data["dosed_not_eligible"] == {"n": 1, "participants": ["BAITP-008"]}
    assert data["serious_adverse_events"][0]["onset_day"] == 20


def test_every_number_names_its_participants() -> None:
    numbers = {n.label: n for n in traced_numbers(outcomes())}
    assert numbers["Dosed although not eligible"].participants == ("BAITP-008",)
    bleeding = numbers["Bleeding events (WHO grade ≥ 2)"]
    assert bleeding.value == "2 events in 1 of 8 dosed participants"
    assert bleeding.listing() == "BAITP-006 (2 events)"
    assert numbers["Pneumonia"].listing() == "BAITP-002 (grade 3)"
    assert numbers["Pneumonia"].value == "1 (12.5%) · grade 3: 1"
    assert numbers["Discontinued: Adverse event"].participants == ("BAITP-003",)
    assert numbers["Discontinued: Participant's request"].participants == ()
    assert numbers["Rescue therapy"].participants == ("BAITP-005",)
    ttr = numbers["Time to response (days)"]
    assert ttr.value == "median 6 days, range 6–6 (n = 4)"
    assert ttr.listing() == "BAITP-001 (6 d), BAITP-002 (6 d), BAITP-003 (6 d), BAITP-004 (6 d)"
    serious = numbers["Serious adverse events"]
    assert serious.listing() == "BAITP-002 (Pneumonia, grade 3, onset 2022-08-01 (Day 20))"


def test_outcomes_command_text_is_in_words(tmp_path: Path, baitp) -> None:
    bundle = tmp_path / "study.json"
    bundle.write_text(json.dumps(write_bundle(hand_study())), "utf-8")
    db = str(tmp_path / "o.sqlite")
    baitp("import", str(bundle), "--db", db, check=True)
    text = baitp("outcomes", "--db", db, "--as-of", AS_OF.isoformat(), check=True).stdout
    assert "completed_week_24" not in text and "participant_request" not in text
    assert "Completed week 24 7 / Discontinued 1" in text
    assert "Durable response at 6 months: 3/8 (37.5%; 95% CI 8.5–75.5)" in text
    assert "BAITP-002: Pneumonia, grade 3, onset 2022-08-01 (Day 20)" in text
    assert "Discontinued: Adverse event: 1" in text
    assert "Rescue therapy: 1 of 8 dosed participants; administrations: 1" in text
    assert "Treatment interrupted: 0 of 8 dosed participants" in text
    detail = baitp(
        "outcomes", "--db", db, "--as-of", AS_OF.isoformat(), "--detail", check=True
    ).stdout
    assert "      BAITP-001, BAITP-002, BAITP-004\n" in detail  # durable responders
    assert "      BAITP-006 (2 events)\n" in detail
