"""Outcome measures on small studies whose numbers are worked out by hand."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from baitp_desktop.core.bundle import write_bundle
from baitp_desktop.core.outcomes import compute_outcomes
from baitp_desktop.core.records import Discontinuation, DiscontinuationReason
from baitp_desktop.core.statistics import clopper_pearson, cumulative_response_curve, quartiles
from tests.core.builders import AS_OF, CLEAN_COUNTS, ae, counts, day, participant, rescue

NON_RESPONDER = {d: 18.0 for d in CLEAN_COUNTS}


def study(responders: int, non_responders: int) -> list:
    people = []
    for i in range(responders + non_responders):
        pid = f"BAITP-{i + 1:03d}"
        p = participant(participant_id=pid)
        if i >= responders:
            p = replace(p, platelet_counts=counts(NON_RESPONDER))
        people.append(p)
    return people


@pytest.mark.parametrize(
    ("successes", "trials", "expected"),
    [
        (0, 10, (0.0, 0.3085)),
        (5, 10, (0.1871, 0.8129)),
        (10, 10, (0.6915, 1.0)),
        (1, 35, (0.0007, 0.1492)),
        (17, 35, (0.3138, 0.6601)),
    ],
)
def test_clopper_pearson_matches_published_values(successes, trials, expected) -> None:
    low, high = clopper_pearson(successes, trials)
    assert low == pytest.approx(expected[0], abs=5e-5)
    assert high == pytest.approx(expected[1], abs=5e-5)


@pytest.mark.parametrize(
    ("responders", "ci"), [(0, (0.0, 30.8)), (5, (18.7, 81.3)), (10, (69.2, 100.0))]
)
def test_initial_response_n_of_N_with_exact_ci(responders: int, ci: tuple[float, float]) -> None:
    outcomes = compute_outcomes(study(responders, 10 - responders), AS_OF).to_json(detail=True)
    initial = outcomes["responses"]["initial_response"]
    assert (initial["n"], initial["N"]) == (responders, 10)
    assert initial["percent"] == pytest.approx(10.0 * responders)
    assert tuple(initial["ci95"]) == ci
    assert initial["participants"] == [f"BAITP-{i + 1:03d}" for i in range(responders)]
    cr = outcomes["responses"]["cr_1_month"]  # clean counts: Day 28 is 120 > 100 -> CR
    assert cr["n"] == responders


def test_time_to_response_and_cumulative_curve() -> None:
    outcomes = compute_outcomes(study(4, 4), AS_OF)
    data = outcomes.to_json(detail=True)
    # responders respond at Day 7 (45 > 30 and >= 2 x 18): 6 days after Day 1
    assert data["time_to_response_days"]["median"] == 6
    assert data["time_to_response_days"]["participants"] == {
        f"BAITP-00{i}": 6 for i in (1, 2, 3, 4)
    }
    assert [(p["day"], p["cumulative_percent"]) for p in data["cumulative_response"]] == [
        (0, 0.0),
        (6, 50.0),
    ]
    # the clean responder stays CR/R to Day 168: duration = Day 168 - Day 7 = 161
    assert data["duration_of_response_days"]["median"] == 161


def test_kaplan_meier_censors_non_responders() -> None:
    # 2 respond on days 5 and 10; 2 censored at day 7 and day 20.
    points = cumulative_response_curve([5, 10], [7, 20])
    assert [(p.day, round(p.cumulative, 4), p.at_risk) for p in points] == [
        (0, 0.0, 4),
        (5, 0.25, 4),
        (10, 0.625, 2),
    ]


def test_quartiles_interpolate() -> None:
    assert quartiles([1, 2, 3, 4]) == (1.75, 2.5, 3.25)
    assert quartiles([]) is None


def test_adverse_events_by_term_and_worst_grade() -> None:
    a = participant(
        participant_id="BAITP-001",
        adverse_events=(
            ae(1, day(10), term="Nausea", number=1),
            ae(3, day(20), term="Nausea", number=2),
        ),
    )
    b = participant(
        participant_id="BAITP-002",
        adverse_events=(
            ae(2, day(15), term="Nausea", number=1),
            ae(4, day(-5), term="Shingles", number=2),
        ),
    )
    c = participant(participant_id="BAITP-003")
    data = compute_outcomes([a, b, c], AS_OF).to_json(detail=True)
    assert data["adverse_events"] == [
        {
            "term": "Nausea",
            "n": 2,
            "percent": 66.7,
            "worst_grade": {"2": 1, "3": 1},
            "participants": ["BAITP-001", "BAITP-002"],
        }
    ]  # the grade 4 before Day 1 is not treatment-emergent


def test_flow_discontinuations_rescue_and_not_yet_due() -> None:
    screened_only = replace(
        participant(participant_id="BAITP-004"),
        first_dose_date=None,
        doses=(),
        platelet_counts=(),
        bleeding=(),
    )
    stopped = participant(
        participant_id="BAITP-002",
        discontinuation=Discontinuation(day(40), DiscontinuationReason.PARTICIPANT_REQUEST),
        rescue=(rescue(day(30)),),
    )
    people = [participant(participant_id="BAITP-001"), stopped, screened_only]
    # as of Day 40 nothing later has been recorded yet
    people = [
        replace(p, platelet_counts=tuple(c for c in p.platelet_counts if c.date <= day(40)))
        for p in people
    ]
    early = compute_outcomes(people, day(40)).to_json(detail=True)
    assert early["flow"]["screened"]["n"] == 3
    assert early["flow"]["dosed"]["participants"] == ["BAITP-001", "BAITP-002"]
    assert early["flow"]["discontinued"]["participants"] == ["BAITP-002"]
    assert early["discontinuations"]["participant_request"]["participants"] == ["BAITP-002"]
    assert early["rescue_therapy"]["participants"]["participants"] == ["BAITP-002"]
    durable = early["responses"]["durable_response"]
    # BAITP-002 stopped before week 24: due (and not a responder); BAITP-001 is not yet due
    assert (durable["n"], durable["N"], durable["not_yet_due_participants"]) == (
        0,
        1,
        ["BAITP-001"],
    )


def test_outcomes_command_json(tmp_path: Path, baitp) -> None:
    bundle = tmp_path / "study.json"
    bundle.write_text(json.dumps(write_bundle(study(5, 5))), "utf-8")
    db = str(tmp_path / "o.sqlite")
    baitp("import", str(bundle), "--db", db, check=True)
    result = baitp(
        "outcomes", "--db", db, "--as-of", AS_OF.isoformat(), "--json", "--detail", check=True
    )
    data = json.loads(result.stdout)
    assert data["responses"]["initial_response"]["ci95"] == [18.7, 81.3]
    assert data["flow"]["dosed"]["n"] == 10
    csv_path = tmp_path / "o.csv"
    baitp("outcomes", "--db", db, "--as-of", AS_OF.isoformat(), "-o", str(csv_path), check=True)
    assert "response,initial_response,5,10,50.0,18.7,81.3" in csv_path.read_text("utf-8")
