"""Times the validator, the endpoints and a single diary save; prints JSON figures.

Targets (benchmarks, not tests — machines are shared and noisy): full validation of
1,000 participants <= 1.5 s, of 35 <= 50 ms; one diary save <= 5 ms median.

    .venv/bin/python benchmarks/core_benchmark.py
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from baitp_desktop.core import compute_endpoints, default_config, validate_study
from baitp_desktop.demo import generate_study
from baitp_desktop.service import DoseEntry, StudyService
from baitp_desktop.storage import open_database

TODAY = date(2026, 11, 24)


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """Best wall time in seconds over `repeats` runs (the least disturbed by other load)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def study_figures(n: int, repeats: int) -> dict[str, float]:
    config = default_config()
    participants = generate_study(n, seed=2207, today=TODAY, config=config)
    return {
        "participants": n,
        "validate_s": best_of(repeats, lambda: validate_study(participants, TODAY, config)),
        "endpoints_s": best_of(
            repeats, lambda: [compute_endpoints(p, config) for p in participants]
        ),
    }


def load_figures(folder: Path) -> dict[str, float]:
    """Import the 35-person study, then time loading it back and saving single diary days."""
    database = open_database(folder / "bench.sqlite")
    service = StudyService(database)
    participants = generate_study(35, seed=2207, today=date.today())
    start = time.perf_counter()
    service.import_participants(participants)
    import_s = time.perf_counter() - start
    load_s = best_of(3, service.participants)
    target = next(p for p in participants if p.first_dose_date is not None)
    first = max((d.date for d in target.doses), default=target.first_dose_date)
    assert first is not None
    version = service.version(target.participant_id)
    saves = []
    for offset in range(1, 101):
        day = min(date.today() - timedelta(days=1), first + timedelta(days=offset))
        start = time.perf_counter()
        version = service.apply(
            target.participant_id,
            [DoseEntry(day, taken=offset % 2 == 0, dose_mg=4.0 if offset % 2 == 0 else None)],
            reason="benchmark",
            expected_version=version,
        )
        saves.append(time.perf_counter() - start)
    database.dispose()
    return {
        "import_35_s": import_s,
        "load_35_s": load_s,
        "diary_save_median_ms": 1000 * statistics.median(saves),
        "diary_save_p95_ms": 1000 * sorted(saves)[94],
    }


def main() -> None:
    figures: dict[str, object] = {
        "demo_35": study_figures(35, repeats=20),
        "generated_1000": study_figures(1000, repeats=3),
    }
    with tempfile.TemporaryDirectory() as folder:
        figures["storage"] = load_figures(Path(folder))
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
