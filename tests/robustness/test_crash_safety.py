"""Crash safety: a writer process killed with SIGKILL at random moments loses nothing it
reported as saved, leaves no half-written save or import, and the file and the audit
chain stay sound.

The writer (robustness_writer.py) prints a write's key only after the service call
returned, i.e. after COMMIT with synchronous=FULL. SIGKILL stops it between any two
instructions, including inside SQLite's commit, which is what a closed laptop lid or a
killed task does; a power cut additionally loses the OS cache, which synchronous=FULL
covers (the fsync has returned before the key is printed).
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest

from baitp_desktop.core.bundle import participant_to_json
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database
from tests.robustness.robustness_helpers import (
    Writer,
    audit_problem,
    create_participants,
    integrity,
)
from tests.robustness.robustness_writer import (
    count_value,
    diary_date,
    generated_participants,
    import_batch_ids,
)

PARTICIPANT = "BAITP-900"


def _kill_at_random(process: Writer, rng: random.Random, longest: float) -> list[str]:
    """Let the writer report its first write, then SIGKILL it at a random moment."""
    process.wait_ready()
    first = process.line()
    time.sleep(rng.uniform(0.0, longest))
    return [first, *process.kill()]


def _saved_days(path: Path) -> tuple[dict[str, int], dict[str, float], int]:
    """Diary days and counts present (by ISO date) and the participant's version."""
    connection = sqlite3.connect(path)
    try:
        pk, version = connection.execute(
            "select id, version from participant where participant_id = ?", (PARTICIPANT,)
        ).fetchone()
        doses = Counter(
            str(r[0]) for r in connection.execute(
                "select date from dose where participant_pk = ?", (pk,))
        )  # fmt: skip
        counts = {
            str(r[0]): float(r[1]) for r in connection.execute(
                "select date, value from platelet_count where participant_pk = ?", (pk,))
        }  # fmt: skip
    finally:
        connection.close()
    return dict(doses), counts, version


def crash_saves(path: Path, rounds: int, seed: int) -> tuple[int, int]:
    """Kill a loop of single saves `rounds` times; returns (rounds, saves reported)."""
    create_participants(path, [PARTICIPANT])
    rng = random.Random(seed)
    reported: set[int] = set()
    next_day = 0
    for _ in range(rounds):
        process = Writer("saves", path, PARTICIPANT, next_day, 100_000, folder=path.parent)
        lines = _kill_at_random(process, rng, longest=0.8)
        reported |= {int(line.split()[2]) for line in lines if line.startswith("SAVED")}

        assert integrity(path) == "ok"
        doses, counts, version = _saved_days(path)
        missing = [d for d in reported if diary_date(d).isoformat() not in doses]
        assert not missing, f"reported as saved but lost: days {sorted(missing)[:10]}"
        # Each save is one transaction: a diary day, its count and a version bump together.
        assert all(n == 1 for n in doses.values()), "a diary day was written twice"
        assert set(counts) == set(doses), "a save was half written (day without count)"
        for iso, value in counts.items():
            day = (diary_date(0).fromisoformat(iso) - diary_date(0)).days
            assert value == count_value(day)
        assert version == 1 + len(doses), "the version does not match the saves present"
        assert audit_problem(path) is None
        next_day = 1 + max(
            ((diary_date(0).fromisoformat(d) - diary_date(0)).days for d in doses), default=-1
        )
    return rounds, len(reported)


def crash_imports(path: Path, rounds: int, seed: int) -> tuple[int, int]:
    """Kill a loop of bundle imports `rounds` times; returns (rounds, participants reported)."""
    rng = random.Random(seed)
    per_round, batch = 70, 10
    reported: set[str] = set()
    for index in range(rounds):
        first = 100 + index * per_round
        process = Writer("import", path, first, per_round, batch, seed, folder=path.parent)
        lines = _kill_at_random(process, rng, longest=0.6)
        for line in lines:
            if line.startswith("IMPORTED"):
                reported |= set(line.split()[1].split(","))

        assert integrity(path) == "ok"
        database = open_database(path)
        try:
            present = {p.participant_id: p for p in StudyService(database).participants()}
        finally:
            database.dispose()
        assert reported <= set(present), f"lost imports: {sorted(reported - set(present))}"
        for ids in import_batch_ids(first, per_round, batch):
            found = [pid for pid in ids if pid in present]
            assert found in ([], ids), f"an import was half written: {found} of {ids}"
            if found:
                expected = generated_participants(ids, seed)
                for want in expected:
                    got = participant_to_json(present[want.participant_id])
                    assert got == participant_to_json(want), "an imported participant differs"
        assert audit_problem(path) is None
    return rounds, len(reported)


def test_killed_saves_lose_nothing_reported(study_db: Path) -> None:
    rounds, saves = crash_saves(study_db, rounds=3, seed=1)
    assert saves >= rounds  # every round reported at least its first save


def test_killed_imports_are_all_or_nothing(study_db: Path) -> None:
    rounds, imported = crash_imports(study_db, rounds=2, seed=2)
    assert imported >= rounds


@pytest.mark.slow
def test_killed_saves_many_rounds(study_db: Path) -> None:
    rounds, saves = crash_saves(study_db, rounds=25, seed=11)
    print(f"\ncrash test (saves): {rounds} rounds, {saves} reported saves, none lost")
    assert saves > rounds


@pytest.mark.slow
def test_killed_imports_many_rounds(study_db: Path) -> None:
    rounds, imported = crash_imports(study_db, rounds=12, seed=12)
    print(f"\ncrash test (imports): {rounds} rounds, {imported} reported participants, none lost")
    assert imported > 0
