"""Times the validator, the endpoints and a single diary save; prints JSON figures.

Targets (benchmarks, not tests — machines are shared and noisy): full validation of
1,000 participants <= 1.5 s, of 35 <= 50 ms; one diary save <= 5 ms median. With the
§9–§12 forms filled in (a safety panel at every visit, three medications, the ITP-PAQ at
the four QoL visits: `forms_35`, `forms_1000`), validation per participant stays within
2 × the figure without them.

    .venv/bin/python benchmarks/core_benchmark.py [--no-storage]
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from baitp_desktop.core import (
    Participant,
    ProtocolConfig,
    compute_endpoints,
    default_config,
    validate_study,
)
from baitp_desktop.core.records import (
    Frequency,
    ItpHistory,
    ItpTherapyCode,
    LabPanel,
    Medication,
    PriorItpTherapy,
    Questionnaire,
    Route,
    StopReason,
    TherapyResponse,
)
from baitp_desktop.core.studyday import date_of_day
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


def _panel(day: date, rng: random.Random) -> LabPanel:
    """A panel with plausible values, now and then low enough to grade 3 or to hold dosing."""
    anc = rng.choice([3100, 2600, 1700, 1400, 900])
    values = {
        "hemoglobin": "12.4", "wbc": str(anc + 2000), "anc": str(anc), "lymphocytes": "1300",
        "alt": "31", "alt_uln": "40", "ast": "27", "ast_uln": "40", "bilirubin": "12",
        "bilirubin_uln": "21", "creatinine": "71", "creatinine_uln": "97",
        "cholesterol": rng.choice(["4.6", "5.6"]), "triglycerides": "1.5",
    }  # fmt: skip
    return LabPanel.of(day, {k: Decimal(v) for k, v in values.items()})


def with_forms(participants: list[Participant], config: ProtocolConfig) -> list[Participant]:
    """The demo participants with the §9–§12 forms filled in as a site would."""
    out = []
    items = config.instruments.current.item_ids if config.instruments.current else ()
    for index, p in enumerate(participants):
        rng = random.Random(index)
        screening_date = p.screening.date or p.consent_date
        history = {
            "itp_history": ItpHistory(screening_date - timedelta(days=900)),
            "prior_itp_therapies": (PriorItpTherapy(
                ItpTherapyCode.PREDNISONE, screening_date - timedelta(days=800),
                screening_date - timedelta(days=700), TherapyResponse.R, StopReason.RELAPSE),),
        }  # fmt: skip
        if p.first_dose_date is None:
            out.append(replace(p, **history))
            continue
        day1 = p.first_dose_date
        on = [date_of_day(day1, v.target_day) for v in config.visits]
        on = [d for d in on if d <= TODAY]
        medications = (
            Medication("Amlodipine", day1 - timedelta(days=400), Route.ORAL, Frequency.QD),
            Medication("Omeprazole", day1 + timedelta(days=20), Route.ORAL, Frequency.QD,
                       day1 + timedelta(days=30)),
            Medication(rng.choice(["aspirin", "Paracetamol", "Xeljanz"]),
                       day1 + timedelta(days=40), Route.ORAL, Frequency.PRN,
                       day1 + timedelta(days=41)),
        )  # fmt: skip
        qol_days = [date_of_day(day1, config.visit(v).target_day) for v in config.qol.visits]
        questionnaires = tuple(
            Questionnaire(d, "ITP-PAQ", "structure-1", True,
                          {item: None if rng.random() < 0.05 else rng.randint(1, 5)
                           for item in items})
            for d in qol_days if d <= TODAY
        )  # fmt: skip
        out.append(replace(
            p, **history, medications=medications,
            lab_panels=tuple(_panel(d, rng) for d in on), questionnaires=questionnaires,
        ))  # fmt: skip
    return out


def study_figures(n: int, repeats: int, forms: bool = False) -> dict[str, float]:
    config = default_config()
    participants = generate_study(n, seed=2207, today=TODAY, config=config)
    if forms:
        participants = with_forms(participants, config)
    validate_s = best_of(repeats, lambda: validate_study(participants, TODAY, config))
    return {
        "participants": n,
        "validate_s": validate_s,
        "validate_per_participant_ms": 1000 * validate_s / n,
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
        "forms_35": study_figures(35, repeats=20, forms=True),
        "forms_1000": study_figures(1000, repeats=3, forms=True),
    }
    for n in ("35", "1000"):
        plain, full = figures[f"{'demo' if n == '35' else 'generated'}_{n}"], figures[f"forms_{n}"]
        assert isinstance(plain, dict) and isinstance(full, dict)
        figures[f"forms_ratio_{n}"] = full["validate_s"] / plain["validate_s"]
    if "--no-storage" not in sys.argv:
        with tempfile.TemporaryDirectory() as folder:
            figures["storage"] = load_figures(Path(folder))
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
