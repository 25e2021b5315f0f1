"""Hostile and sloppy input on every way in: the import, the service's save, the GUI fields.

Random text, huge numbers, NaN and infinities, unicode with right-to-left marks,
SQL-looking strings, dates like 0001-01-01 and 9999-12-31. Each input is either refused
with a message naming the field (and nothing is stored), or stored exactly as given —
never a crash, never a value silently changed. The long variants run under `slow`.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import math
import shutil
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baitp_desktop.cli.main import run as run_cli
from baitp_desktop.core.bundle import participant_to_json, read_bundle
from baitp_desktop.core.config import default_config
from baitp_desktop.core.errors import InvalidInput
from baitp_desktop.core.validator import validate_participant
from baitp_desktop.service import StudyService
from baitp_desktop.service.changes import KIND_FIELDS, PARTICIPANT_FIELDS, ParticipantUpdate, Upsert
from baitp_desktop.storage import open_database

SCENARIO = Path(__file__).resolve().parents[1] / "data" / "scenarios" / "01_clean.json"
TODAY = date(2023, 3, 1)

NASTY_TEXT = [
    "",
    " ",
    "\u202eRTL override\u202c",
    "\u200fمرحبا\u200e",
    "鼻出血",
    "'; DROP TABLE participant; --",
    '" OR 1=1 --',
    "Robert'); DELETE FROM audit_entry;--",
    "\x00",
    "\ud800",
    "a\nb",
    "\t",
    "x" * 600,
    "NaN",
    "Infinity",
    "1e309",
    "４５",  # full-width digits
    "45,000",
    "0x2d",
    "0001-01-01",
    "9999-12-31",
    "2022-02-30",
    "2022-13-01",
    "20220713",
    "2022-7-13",
    " 2022-07-13",
    "2022-07-13T00:00",
    "+002022-07-13",
]
NASTY_NUMBERS: list[Any] = [
    math.nan, math.inf, -math.inf, 1e308, -1e308, 5e-324, -0.0, 10**30, 10**400, -(10**400),
    2**63, -1, 0, 0.5, 4.0000001, 2000.5, 300, 1e15,
]  # fmt: skip
hostile_text = st.sampled_from(NASTY_TEXT) | st.text(max_size=40)
hostile = (
    hostile_text
    | st.sampled_from(NASTY_NUMBERS)
    | st.floats()
    | st.integers()
    | st.none()
    | st.booleans()
    | st.lists(st.integers(), max_size=2)
    | st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)
)
QUICK = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
LONG = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _leaf_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in _leaf_paths(value, (*prefix, key))]
    if isinstance(node, list):
        return [p for i, value in enumerate(node) for p in _leaf_paths(value, (*prefix, i))]
    return [prefix]


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the current schema, copied for each example."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_database(path).dispose()
    return path


def _state(path: Path) -> tuple[list[str], int]:
    database = open_database(path, check=False)
    try:
        service = StudyService(database)
        return service.participant_ids(), len(service.history())
    finally:
        database.dispose()


# -- the import: file -> bundle reader -> service -> database --------------------------------
def check_import(document: dict[str, Any], empty_db: Path, folder: Path) -> Path:
    """Import `document` into a copy of the empty database; the copy's path."""
    # Each example gets a database of its own place: putting an empty file back where a
    # database was is what the anchor log rightly refuses (storage/anchors.py).
    db = folder / f"study-{uuid.uuid4().hex[:12]}.sqlite"
    shutil.copyfile(empty_db, db)
    bundle = folder / "bundle.json"
    bundle.write_text(json.dumps(document, allow_nan=True), "utf-8")  # \ud800 escaped
    before = _state(db)
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
        code = run_cli(["--db", str(db), "import", str(bundle)])
    assert code in (0, 2), f"exit {code}: {errors.getvalue()}"
    if code == 2:
        assert errors.getvalue().strip(), "refused without a message"
        assert _state(db) == before, "a refused import stored something"
        return db
    # Accepted: what is stored is exactly what the bundle said.
    expected = read_bundle(json.loads(bundle.read_text("utf-8")), default_config(), date.today())
    database = open_database(db)
    try:
        stored = StudyService(database).participants()
    finally:
        database.dispose()
    assert [participant_to_json(p) for p in stored] == [participant_to_json(p) for p in expected]
    return db


def _mutated(data: st.DataObject, base: dict[str, Any]) -> dict[str, Any]:
    document = copy.deepcopy(base)
    paths = _leaf_paths(document)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = data.draw(hostile)
    return document


@pytest.fixture(scope="module")
def base_bundle() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SCENARIO.read_text("utf-8"))
    return document


@QUICK
@given(data=st.data())
def test_hostile_values_in_an_import(
    data: st.DataObject, base_bundle: dict[str, Any], empty_db: Path, tmp_path: Path
) -> None:
    check_import(_mutated(data, base_bundle), empty_db, tmp_path)


@pytest.mark.slow
@LONG
@given(data=st.data())
def test_hostile_values_in_an_import_long(
    data: st.DataObject, base_bundle: dict[str, Any], empty_db: Path, tmp_path: Path
) -> None:
    check_import(_mutated(data, base_bundle), empty_db, tmp_path)


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e400", "1" * 500])
def test_non_finite_and_enormous_json_numbers_are_refused(
    value: str, base_bundle: dict[str, Any], empty_db: Path, tmp_path: Path
) -> None:
    """JSON tokens Python's parser accepts but no count can be: refused at the field."""
    text = json.dumps(base_bundle).replace('"value": 18', f'"value": {value}', 1)
    assert text != json.dumps(base_bundle)
    db = check_import(json.loads(text, parse_constant=float), empty_db, tmp_path)
    assert _state(db)[0] == []


# -- the service's save (what every GUI tab calls) -------------------------------------------
@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> StudyService:
    path = tmp_path_factory.mktemp("hostile") / "study.sqlite"
    service = StudyService(open_database(path), today=lambda: TODAY)
    document = json.loads(SCENARIO.read_text("utf-8"))
    service.import_participants(read_bundle(document, service.config, TODAY))
    return service


GOOD: dict[str, dict[str, Any]] = {
    "dose": {"date": date(2023, 2, 1), "taken": True, "dose_mg": 4.0},
    "decision": {"date": date(2023, 2, 1), "action": "interrupt", "reason": "count > 300"},
    "count": {"date": date(2023, 2, 1), "value": 120.0},
    "bleeding": {"date": date(2023, 2, 1), "who_grade": 0},
    "ae": {
        "term": "Headache", "grade": 1, "onset": date(2023, 2, 1), "resolved": None,
        "serious": False, "relationship": "possible", "action": "none", "outcome": "recovered",
        "aware_date": None, "reported_date": None,
    },
    "rescue": {"date": date(2023, 2, 1), "therapy": "IVIG"},
}  # fmt: skip
hostile_dates = st.sampled_from(
    [date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 31), date(2023, 3, 2)]
)


def check_save(service: StudyService, change: Upsert | ParticipantUpdate) -> None:
    pid = "BAITP-001"
    version = service.version(pid)
    history = len(service.history(pid))
    try:
        new_version = service.apply(pid, [change], reason="fuzz", expected_version=version)
    except InvalidInput as refused:
        assert refused.problems and all(p.field and p.message for p in refused.problems)
        assert service.version(pid) == version and len(service.history(pid)) == history
        return
    assert new_version >= version
    # Whatever was accepted can be read back, validated and exported.
    participant = service.participant(pid)
    validate_participant(participant, TODAY, service.config)
    json.dumps(participant_to_json(participant), allow_nan=False)


def _change(data: st.DataObject) -> Upsert | ParticipantUpdate:
    kind = data.draw(st.sampled_from([*GOOD, "participant"]))
    fields = PARTICIPANT_FIELDS if kind == "participant" else KIND_FIELDS[kind]
    values = {} if kind == "participant" else dict(GOOD[kind])
    for field in data.draw(st.lists(st.sampled_from(fields), min_size=1, max_size=2)):
        values[field] = data.draw(hostile | hostile_dates)
    return ParticipantUpdate(values) if kind == "participant" else Upsert(kind, values)


@QUICK
@given(data=st.data())
def test_hostile_values_in_a_save(data: st.DataObject, study: StudyService) -> None:
    check_save(study, _change(data))


@pytest.mark.slow
@LONG
@given(data=st.data())
def test_hostile_values_in_a_save_long(data: st.DataObject, study: StudyService) -> None:
    check_save(study, _change(data))
