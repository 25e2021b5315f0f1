"""Property tests (hypothesis): the validator and the endpoints never fail on valid records
and respect "as of"; the bundle writer/reader round-trips; the reader refuses bad input
only with InvalidInput naming a field."""

from __future__ import annotations

import copy
import json
import string
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baitp_desktop.core.bundle import read_bundle, write_bundle
from baitp_desktop.core.config import default_config
from baitp_desktop.core.endpoints import compute_endpoints
from baitp_desktop.core.errors import InvalidInput
from baitp_desktop.core.records import (
    EXCLUSION_ITEMS,
    INCLUSION_ITEMS,
    LAB_FIELDS,
    AdverseEvent,
    AeAction,
    AeOutcome,
    BleedingAssessment,
    DecisionAction,
    Discontinuation,
    DiscontinuationReason,
    Dose,
    DosingDecision,
    Labs,
    Participant,
    PlateletCount,
    Relationship,
    RescueTherapy,
    Screening,
    Sex,
)
from baitp_desktop.core.rules import RULES
from baitp_desktop.core.validator import validate_participant
from tests.core.form_strategies import form_records, screening_lab

CONFIG = default_config()
TODAY = date.today()
LATEST_ANCHOR = min(date(2024, 6, 30), TODAY - timedelta(days=400))
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEAVY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ELIGIBILITY_CODES = {"INELIGIBLE_AGE", "INELIGIBLE_PLATELETS", "INELIGIBLE_CRITERIA",
                     "INELIGIBLE_LAB"}  # fmt: skip

# printable text without surrounding whitespace, as entered in the GUI
_CHARS = st.characters(categories=("L", "N", "P", "S"), exclude_characters="\x00")
clean_text = st.text(_CHARS | st.just(" "), min_size=1, max_size=20).map(str.strip).filter(bool)
initials_text = st.text(string.ascii_uppercase + "-", min_size=1, max_size=6)
one_decimal = st.integers(0, 20000).map(lambda n: n / 10)


@st.composite
def participants(draw: st.DrawFn, pid: str = "BAITP-001") -> Participant:
    """A random participant that could have been entered through the GUI."""
    anchor = draw(st.dates(date(2019, 1, 1), LATEST_ANCHOR))  # Day 1, or where it would be
    dosed = draw(st.booleans().map(lambda b: b or draw(st.booleans())))  # mostly dosed

    def near(lo: int, hi: int) -> date:
        return anchor + timedelta(days=draw(st.integers(lo, hi)))

    consent = near(-60, 5)
    birth = consent - timedelta(days=draw(st.integers(1, 90 * 366)))
    yes_no = st.sampled_from([True, True, True, False, None])
    no_yes = st.sampled_from([False, False, False, True, None])
    screening = Screening(
        date=near(-60, 5),
        inclusion={item: draw(yes_no) for item in INCLUSION_ITEMS},
        exclusion={item: draw(no_yes) for item in EXCLUSION_ITEMS},
        platelets=draw(st.none() | st.integers(0, 80).map(float) | one_decimal),
        significant_bleeding=draw(st.none() | st.booleans()),
        labs=Labs(**{key: draw(screening_lab(key)) for key in LAB_FIELDS}),
    )
    # diary: a run of days with gaps, missed doses and the odd wrong dose
    first, length = draw(st.integers(-5, 5)), draw(st.integers(0, 200))
    offsets = st.integers(first, first + length)
    gaps = draw(st.sets(offsets, max_size=20))
    missed = draw(st.dictionaries(offsets, st.sampled_from([None, 4.0]), max_size=20))
    wrong = draw(st.dictionaries(offsets, st.sampled_from([2.0, 8.0, 0.5]), max_size=3))
    doses = [
        Dose(anchor + timedelta(days=offset), offset not in missed,
             missed[offset] if offset in missed else wrong.get(offset, 4.0))
        for offset in range(first, first + length + 1)
        if offset not in gaps
    ]  # fmt: skip
    decisions = [  # one decision per date (PROTOCOL.md §8)
        DosingDecision(near(n, n), draw(st.sampled_from(DecisionAction)), draw(clean_text))
        for n in sorted(draw(st.sets(st.integers(-3, 200), max_size=4)))
    ]
    count_value = st.sampled_from([0, 10, 18, 30, 31, 45, 100, 101, 150, 300, 301, 450, 1999.5])
    counts = [
        PlateletCount(near(-30, 200), float(draw(count_value | one_decimal)))
        for _ in range(draw(st.integers(0, 25)))
    ]
    grade_dates = [c.date for c in counts if draw(st.booleans())] + [
        near(-30, 200) for _ in range(draw(st.integers(0, 3)))
    ]
    bleeding = [BleedingAssessment(d, draw(st.integers(0, 4))) for d in grade_dates]
    aes = []
    for number in range(1, draw(st.integers(0, 4)) + 1):
        onset = near(-90, 200)
        aware = draw(st.none() | st.integers(0, 5).map(lambda k, o=onset: o + timedelta(k)))
        reported = None
        if aware is not None:
            reported = draw(st.none() | st.integers(0, 5).map(lambda k, a=aware: a + timedelta(k)))
        aes.append(AdverseEvent(
            number=number, term=draw(clean_text), grade=draw(st.integers(1, 5)), onset=onset,
            resolved=draw(st.none() | st.integers(0, 60).map(lambda k, o=onset: o + timedelta(k))),
            serious=draw(st.booleans()),
            relationship=draw(st.none() | st.sampled_from(Relationship)),
            action=draw(st.none() | st.sampled_from(AeAction)),
            outcome=draw(st.none() | st.sampled_from(AeOutcome)),
            aware_date=aware, reported_date=reported,
        ))  # fmt: skip
    rescue = [
        RescueTherapy(number, near(-10, 200), draw(clean_text))
        for number in range(1, draw(st.integers(0, 2)) + 1)
    ]
    discontinuation = draw(st.none() | st.builds(
        Discontinuation, st.integers(1, 200).map(lambda k: anchor + timedelta(k)),
        st.sampled_from(DiscontinuationReason)))  # fmt: skip
    return Participant(
        participant_id=pid,
        initials=draw(initials_text),
        sex=draw(st.sampled_from(Sex)),
        birth_date=birth,
        consent_date=consent,
        screening=screening,
        first_dose_date=anchor if dosed else None,
        doses=tuple(doses),
        dosing_decisions=tuple(decisions),
        platelet_counts=tuple(counts),
        bleeding=tuple(bleeding),
        adverse_events=tuple(aes),
        rescue=tuple(rescue),
        discontinuation=discontinuation,
        **form_records(draw, near),
    )


@st.composite
def studies(draw: st.DrawFn) -> list[Participant]:
    numbers = draw(st.lists(st.integers(0, 999), min_size=1, max_size=3, unique=True))
    return [draw(participants(pid=f"BAITP-{n:03d}")) for n in numbers]


# -- (a) validator and endpoints ------------------------------------------------------------
@PROPERTY
@given(p=participants(), as_of_offset=st.integers(-40, 320))
def test_validator_and_endpoints_never_fail(p: Participant, as_of_offset: int) -> None:
    anchor = p.first_dose_date or p.consent_date
    as_of = anchor + timedelta(days=as_of_offset)
    found = validate_participant(p, as_of)
    assert found == sorted(found, key=lambda f: f.sort_key)
    for f in found:
        assert f.date <= as_of, f
        assert f.code in RULES and f.severity == RULES[f.code].severity
        assert f.participant_id == p.participant_id and f.message and f.record
        if f.code in ELIGIBILITY_CODES:
            assert p.is_dosed
    # diary findings never point at a day that has an entry
    entries = {d.date for d in p.doses}
    assert all(f.date not in entries for f in found if f.code == "MISSING_DIARY")
    per_day = [(f.code, f.date) for f in found if f.record.startswith("dose:")]
    assert len(per_day) == len(set(per_day))

    e = compute_endpoints(p)
    if p.first_dose_date is None:
        assert e.baseline_platelets is None and e.bleeding_events is None
        assert e.early_response is None and e.time_to_response_days is None
    else:
        assert e.bleeding_events is not None and e.bleeding_events >= 0
        if e.time_to_response_days is not None:
            assert 0 <= e.time_to_response_days <= 174
            assert e.duration_of_response_days is not None
            assert 0 <= e.duration_of_response_days <= 174 - e.time_to_response_days
        else:
            assert e.duration_of_response_days is None
        assert e.worst_ae_grade is None or 1 <= e.worst_ae_grade <= 5
    json.dumps(e.to_json())
    json.dumps([f.to_json() for f in found])


# -- (b) round trip -------------------------------------------------------------------------
@HEAVY
@given(ps=studies())
def test_bundle_round_trip(ps: list[Participant]) -> None:
    first = write_bundle(ps)
    again = read_bundle(json.loads(json.dumps(first)), CONFIG, TODAY)
    assert write_bundle(again) == first
    # export -> import changes nothing a statistician sees
    by_id = {p.participant_id: p for p in ps}
    as_of = max(p.consent_date for p in ps) + timedelta(days=200)
    for p in again:
        original = by_id[p.participant_id]
        assert validate_participant(p, as_of) == validate_participant(original, as_of)
        assert compute_endpoints(p) == compute_endpoints(original)


# -- (c) junk and mutated bundles -----------------------------------------------------------
json_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
    | st.sampled_from(["2022-07-13", "2022-02-30", "9999-12-31", "1899-12-31", "BAITP-001",
                       "taken", "interrupt", "", " ", "F", "4", "-1", "NaN"])
)  # fmt: skip
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=4),
    max_leaves=12,
)  # fmt: skip


def _check_read(document: Any) -> None:
    try:
        result = read_bundle(document, CONFIG, TODAY)
    except InvalidInput as exc:
        assert exc.problems, "InvalidInput without a problem"
        for problem in exc.problems:
            assert isinstance(problem.field, str) and problem.field.strip(), problem
            assert problem.message
        assert str(exc)
    else:
        assert isinstance(result, list)
        assert all(isinstance(p, Participant) for p in result)


@PROPERTY
@given(document=json_values)
def test_reader_on_junk(document: Any) -> None:
    _check_read(document)


@PROPERTY
@given(
    participants_=st.lists(
        st.dictionaries(
            st.sampled_from(["participant_id", "initials", "sex", "birth_date", "consent_date",
                             "screening", "first_dose_date", "doses", "dosing_decisions",
                             "platelet_counts", "bleeding", "adverse_events", "rescue",
                             "discontinuation", "itp_history", "prior_itp_therapies",
                             "medical_history", "medications", "lab_panels", "questionnaires",
                             "explanations", "extra"]),
            json_values,
        ),
        max_size=3,
    ),
    fmt=st.sampled_from(["baitp-bundle/1", "baitp-bundle/2", None]),
)  # fmt: skip
def test_reader_on_bundle_shaped_junk(participants_: list[dict[str, Any]], fmt: Any) -> None:
    _check_read({"format": fmt, "participants": participants_})


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out.extend(_paths(value, (*prefix, index)))
    return out


@HEAVY
@given(ps=studies(), data=st.data())
def test_reader_on_mutated_bundles(ps: list[Participant], data: st.DataObject) -> None:
    document = copy.deepcopy(write_bundle(ps))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(document)))
        if not path:
            continue
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        action = data.draw(st.sampled_from(["replace", "delete", "add", "duplicate"]))
        if action == "replace":
            parent[last] = data.draw(json_values)
        elif action == "delete":
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[data.draw(st.text(max_size=8))] = data.draw(json_values)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
    _check_read(document)
