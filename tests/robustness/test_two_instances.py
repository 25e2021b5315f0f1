"""Two windows on one database: both work, and neither ever loses the other's save silently.

The decision (README, "Reliability"): a second window opens the same file read-write.
SQLite's WAL lets it read while the other writes; BEGIN IMMEDIATE plus the busy timeout
queue the writers; the participant's version column refuses a save made against a
version that someone else has changed since (ConflictError: "reload, nothing was
overwritten"). These tests run two real processes that hammer the same and different
participants and then account for every save.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

from baitp_desktop.service import ConflictError, StudyService
from baitp_desktop.service.changes import Upsert
from baitp_desktop.storage import open_database
from tests.robustness.robustness_helpers import (
    Writer,
    audit_problem,
    create_participants,
    integrity,
)

SHARED = "BAITP-001"
ONLY_A = "BAITP-002"
ONLY_B = "BAITP-003"


def _stored(path: Path) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Rescue-therapy keys per participant, and each participant's version, as stored."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "select p.participant_id, r.therapy from rescue_therapy r "
            "join participant p on p.id = r.participant_pk"
        ).fetchall()
        versions = dict(connection.execute("select participant_id, version from participant"))
    finally:
        connection.close()
    keys: dict[str, list[str]] = defaultdict(list)
    for pid, therapy in rows:
        keys[pid].append(therapy)
    return keys, versions


def hammer(path: Path, saves_each: int, seed: int) -> Counter[str]:
    """Two writer processes, each saving to the shared participant and its own one."""
    create_participants(path, [SHARED, ONLY_A, ONLY_B])
    processes = {
        "A": Writer("hammer", path, "A", seed, saves_each, SHARED, ONLY_A, folder=path.parent),
        "B": Writer("hammer", path, "B", seed + 1, saves_each, SHARED, ONLY_B, folder=path.parent),
    }
    for process in processes.values():
        process.wait_ready()
    lines = [line for process in processes.values() for line in process.finish()]

    outcomes: Counter[str] = Counter(line.split()[0] for line in lines)
    assert outcomes["BUSY"] == 0, "a save waited longer than the busy timeout"
    stored, versions = _stored(path)
    committed: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for line in lines:
        words = line.split()
        if words[0] == "OK":
            committed[words[1]].append((words[2], int(words[3])))
        elif words[0] == "CONFLICT":
            assert words[2] not in stored.get(words[1], []), "a refused save was stored"

    for pid in (SHARED, ONLY_A, ONLY_B):
        keys = [key for key, _ in committed[pid]]
        assert sorted(stored.get(pid, [])) == sorted(keys), f"{pid}: saves lost or invented"
        # Every commit made exactly one new version: none overwrote another's.
        new_versions = sorted(version for _, version in committed[pid])
        assert new_versions == list(range(2, 2 + len(keys))), f"{pid}: versions skipped/reused"
        assert versions[pid] == 1 + len(keys)
    assert integrity(path) == "ok"
    assert audit_problem(path) is None
    return outcomes


def test_two_processes_lose_no_save(study_db: Path) -> None:
    outcomes = hammer(study_db, saves_each=60, seed=3)
    print(f"\ntwo-process test: {dict(outcomes)}")
    assert outcomes["OK"] + outcomes["CONFLICT"] == 120
    assert outcomes["OK"] >= 60  # each writer's own participant never conflicts


@pytest.mark.slow
def test_two_processes_lose_no_save_long(study_db: Path) -> None:
    outcomes = hammer(study_db, saves_each=600, seed=5)
    print(f"\ntwo-process test: {dict(outcomes)}")
    assert outcomes["OK"] + outcomes["CONFLICT"] == 1200


def test_save_against_an_old_version_is_refused_not_lost(study_db: Path) -> None:
    """Two windows (two engines) on one file: the later save against v1 is refused."""
    create_participants(study_db, [SHARED])
    first, second = open_database(study_db), open_database(study_db)
    try:
        window_a, window_b = StudyService(first), StudyService(second)
        seen_a, seen_b = window_a.version(SHARED), window_b.version(SHARED)
        count = Upsert("count", {"date": date(2022, 7, 13), "value": 45.0})
        assert window_a.apply(SHARED, [count], expected_version=seen_a) == seen_a + 1
        other = Upsert("count", {"date": date(2022, 7, 13), "value": 54.0})
        with pytest.raises(ConflictError) as refused:
            window_b.apply(SHARED, [other], expected_version=seen_b)
        assert "Reload" in str(refused.value) and SHARED in str(refused.value)
        values = [c.value for c in window_b.participant(SHARED).platelet_counts]
        assert values == [45.0]  # A's save kept, B's neither stored nor merged
        # After reloading, B's save goes through on top of A's.
        assert window_b.apply(SHARED, [other], expected_version=window_b.version(SHARED)) == 3
    finally:
        first.dispose()
        second.dispose()
