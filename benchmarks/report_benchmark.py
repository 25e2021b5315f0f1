"""Times the PDF reports of the demo study; prints JSON figures.

Targets (benchmarks, not tests — machines are shared and noisy): one visit summary
<= 150 ms; the 35 casebooks of the demo study <= 5 s. Each figure includes reading the
participant, its signatures, queries and SDV marks from a real SQLite file (as the
command and the GUI do), computing findings and endpoints, layout and writing the file.
The one-off start-up (importing reportlab, loading the fonts) is reported separately.

    .venv/bin/python benchmarks/report_benchmark.py
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 24)


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    start = time.perf_counter()
    from baitp_desktop.reports.casebook import write_casebook
    from baitp_desktop.reports.fonts import register_fonts
    from baitp_desktop.reports.gather import gather_report_data
    from baitp_desktop.reports.visit_summary import write_visit_summary

    register_fonts()
    startup = time.perf_counter() - start

    from baitp_desktop.core.config import default_config
    from baitp_desktop.demo import generate_study
    from baitp_desktop.service import StudyService
    from baitp_desktop.storage import open_database

    config = default_config()
    participants = generate_study(35, seed=2207, today=TODAY, config=config)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        database = open_database(out / "demo.sqlite")
        StudyService(database).import_participants(participants, reason="Demo study")
        ids = [p.participant_id for p in participants]
        dosed = next(p.participant_id for p in participants if p.first_dose_date is not None)

        def visit_summary() -> None:
            data = gather_report_data(database, dosed, config)
            write_visit_summary(data, "d28", out / "visit.pdf")

        visit_summary()  # warm-up: first paragraph styles, glyph widths
        visit_times = [timed(visit_summary) for _ in range(15)]

        pages: list[int] = []

        def all_casebooks() -> None:
            for pid in ids:
                data = gather_report_data(database, pid, config)
                pages.append(write_casebook(data, out / f"{pid}.pdf"))

        casebooks = min(timed(all_casebooks) for _ in range(2))
        audit_pid = max(participants, key=lambda p: len(p.doses)).participant_id
        with_audit = timed(
            lambda: write_casebook(
                gather_report_data(database, audit_pid, config, with_audit=True),
                out / "audit.pdf",
            )
        )
        database.dispose()
    print(
        json.dumps(
            {
                "startup_s": round(startup, 3),
                "visit_summary_median_ms": round(1000 * statistics.median(visit_times), 1),
                "visit_summary_best_ms": round(1000 * min(visit_times), 1),
                "visit_summary_target_ms": 150,
                "casebooks_35_s": round(casebooks, 2),
                "casebooks_35_target_s": 5.0,
                "casebook_pages_total": sum(pages[: len(ids)]),
                "casebook_with_audit_s": round(with_audit, 2),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
