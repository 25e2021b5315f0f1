"""Time of the checks run when a database is opened, and of `baitp check --full`; JSON.

The quick check (PRAGMA quick_check) runs on every open (storage/integrity.py), so it must
stay a small part of the start-up budget: target <= 50 ms on the demo study. The full
check is on demand only.

    .venv/bin/python benchmarks/startup_check.py [--participants 35]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from baitp_desktop.demo import generate_study
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database
from baitp_desktop.storage.integrity import page_problems, run_checks


def best_ms(repeats: int, work: Callable[[], object]) -> float:
    """Best wall time in ms over `repeats` runs (the least disturbed by other load)."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return round(min(times), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--participants", type=int, default=35)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        database = open_database(path)
        study = generate_study(args.participants, 2207, today=date(2026, 11, 24))
        StudyService(database).import_participants(study)
        database.dispose()
        database = open_database(path, daily_backup=False)
        try:
            figures = {
                "participants": args.participants,
                "database_mb": round(path.stat().st_size / 1e6, 2),
                "quick_check_ms": best_ms(7, lambda: page_problems(database)),
                "integrity_check_ms": best_ms(3, lambda: page_problems(database, full=True)),
                "check_full_ms": best_ms(3, lambda: run_checks(database, full=True)),
                "open_database_ms": best_ms(
                    5, lambda: open_database(path, daily_backup=False).dispose()
                ),
            }
        finally:
            database.dispose()
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
