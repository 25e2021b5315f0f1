"""A separate process that writes through the real service layer, for the robustness tests.

It prints one line per write, flushed, only AFTER the service call has returned (the
transaction is committed); the tests kill it at random moments or run two at once, then
check that every reported write is in the database. Run as:

    python robustness_writer.py saves  DB PARTICIPANT FIRST_DAY COUNT
    python robustness_writer.py import DB FIRST_NUMBER COUNT BATCH SEED
    python robustness_writer.py hammer DB NAME SEED COUNT PARTICIPANT...

Output lines: `READY`, then `SAVED <participant> <day> <version>` (saves),
`IMPORTED <id>,<id>,...` (import), `OK|CONFLICT|BUSY <participant> <key> [<version>]`
(hammer), and `DONE` when it ran to the end.
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import replace
from datetime import date, timedelta

from baitp_desktop.service import Actor, ConflictError, StudyService
from baitp_desktop.service.changes import DoseEntry, Upsert
from baitp_desktop.storage import open_database
from baitp_desktop.storage.failures import DatabaseBusy

# Diary days start here: far enough back that a long crash test (tens of thousands of saves)
# never reaches a date in the future, which the service would refuse.
FIRST_DATE = date(1950, 1, 1)


def diary_date(day: int) -> date:
    return FIRST_DATE + timedelta(days=day)


def count_value(day: int) -> float:
    """The platelet count saved with a diary day: derived from the day, so checkable."""
    return float(day % 997 + 1)


def say(line: str) -> None:
    print(line, flush=True)


def run_saves(service: StudyService, participant_id: str, first_day: int, count: int) -> None:
    """One diary day plus that day's count per save, as a nurse's Ctrl+S would."""
    for day in range(first_day, first_day + count):
        version = service.apply(
            participant_id,
            [
                DoseEntry(diary_date(day), True, 4.0),
                Upsert("count", {"date": diary_date(day), "value": count_value(day)}),
            ],
        )
        say(f"SAVED {participant_id} {day} {version}")


def import_batch_ids(first_number: int, count: int, batch: int) -> list[list[str]]:
    numbers = list(range(first_number, first_number + count))
    return [
        [f"BAITP-{n:03d}" for n in numbers[i : i + batch]] for i in range(0, len(numbers), batch)
    ]


def generated_participants(ids: list[str], seed: int):  # type: ignore[no-untyped-def]
    """Demo participants renamed to `ids` (the same for the writer and the checker)."""
    from baitp_desktop.demo import generate_study

    study = generate_study(len(ids), seed, today=date(2024, 6, 1))
    return [replace(p, participant_id=pid) for p, pid in zip(study, ids, strict=True)]


def run_import(service: StudyService, first_number: int, count: int, batch: int, seed: int) -> None:
    """Bundles of `batch` participants, each one import transaction (all or nothing)."""
    for ids in import_batch_ids(first_number, count, batch):
        service.import_participants(generated_participants(ids, seed))
        say("IMPORTED " + ",".join(ids))


def run_hammer(
    service: StudyService, name: str, seed: int, count: int, participants: list[str]
) -> None:
    """Read-modify-write as a GUI window does: read the version, then save against it."""
    rng = random.Random(seed)
    for i in range(count):
        participant_id = rng.choice(participants)
        key = f"{name}-{i}"
        seen = service.version(participant_id)
        time.sleep(rng.random() * 0.004)  # the person typing: widens the race window
        try:
            version = service.apply(
                participant_id,
                [Upsert("rescue", {"date": FIRST_DATE, "therapy": key})],
                expected_version=seen,
            )
        except ConflictError:
            say(f"CONFLICT {participant_id} {key}")
        except DatabaseBusy:
            say(f"BUSY {participant_id} {key}")
        else:
            say(f"OK {participant_id} {key} {version}")


def main(argv: list[str]) -> int:
    mode, db = argv[0], argv[1]
    database = open_database(db)
    service = StudyService(database, Actor(f"writer-{mode}", "Test writer", "nurse"))
    say("READY")
    if mode == "saves":
        run_saves(service, argv[2], int(argv[3]), int(argv[4]))
    elif mode == "import":
        run_import(service, int(argv[2]), int(argv[3]), int(argv[4]), int(argv[5]))
    elif mode == "hammer":
        run_hammer(service, argv[2], int(argv[3]), int(argv[4]), argv[5:])
    else:
        raise SystemExit(f"unknown mode {mode}")
    say("DONE")
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
