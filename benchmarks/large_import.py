"""Peak memory and time of `baitp import` on a large generated bundle; prints JSON.

The bundle is the worst case per byte: compact JSON, made almost entirely of diary days
(the smallest records, so the most objects per megabyte), 999 participants (every id the
protocol allows) with a diary of about three years each. Target: a 50 MB bundle imports
with a peak RSS well under 1 GB (tests/robustness/test_large_import.py checks it).

    .venv/bin/python benchmarks/large_import.py [--megabytes 50] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

FIRST_DOSE = date(2020, 1, 6)
PARTICIPANTS = 999
_DOSE_BYTES = len('{"date":"2020-01-06","taken":true,"dose_mg":4},')


def participant(number: int, days: int) -> dict[str, Any]:
    """An eligible participant dosed daily for `days` days, with a weekly count."""
    diary = [
        {"date": (FIRST_DOSE + timedelta(days=d)).isoformat(), "taken": True, "dose_mg": 4}
        for d in range(days)
    ]
    weekly = [(FIRST_DOSE + timedelta(days=d)).isoformat() for d in range(0, days, 28)]
    return {
        "participant_id": f"BAITP-{number:03d}",
        "initials": "LRG",
        "sex": "F" if number % 2 else "M",
        "birth_date": "1980-05-01",
        "consent_date": "2020-01-01",
        "screening": {
            "date": "2020-01-02",
            "inclusion": {"I1": True, "I2": True, "I3": True, "I5": True},
            "exclusion": {f"E{i}": False for i in range(1, 11)},
            "platelets": 18,
            "significant_bleeding": False,
            "labs": {
                "alt": 30,
                "alt_uln": 40,
                "ast": 25,
                "ast_uln": 40,
                "bilirubin": 12,
                "bilirubin_uln": 21,
                "hemoglobin": 12.1,
                "wbc": 5600,
                "anc": 3100,
                "lymphocytes": 1500,
                "egfr": 95,
            },
        },
        "first_dose_date": FIRST_DOSE.isoformat(),
        "doses": diary,
        "dosing_decisions": [],
        "platelet_counts": [{"date": d, "value": 120} for d in weekly],
        "bleeding": [{"date": d, "who_grade": 0} for d in weekly],
        "adverse_events": [],
        "rescue": [],
        "discontinuation": None,
    }


def write_bundle_file(target: Path, megabytes: float) -> Path:
    """A bundle of about `megabytes` MB (compact JSON), written participant by participant."""
    days = max(1, int(megabytes * 1_000_000 / PARTICIPANTS / _DOSE_BYTES))
    with open(target, "w", encoding="utf-8") as handle:
        handle.write('{"format":"baitp-bundle/1","participants":[')
        for number in range(PARTICIPANTS):
            if number:
                handle.write(",")
            handle.write(json.dumps(participant(number, days), separators=(",", ":")))
        handle.write("]}")
    return target


def measure_import(bundle: Path, database: Path) -> dict[str, Any]:
    """Run the real `baitp import` and return its exit code, peak RSS and wall time."""
    env = {**os.environ, "BAITP_LOG_DIR": str(database.parent / "logs")}
    command = [sys.executable, "-m", "baitp_desktop.cli.main", "--db", str(database)]
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "import", str(bundle)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert process.stdout is not None and process.stderr is not None
    out, err = process.stdout.read(), process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return {
        "exit_code": process.returncode,
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # Linux: kilobytes
        "seconds": round(time.perf_counter() - started, 1),
        "stdout": out.decode(errors="replace").strip(),
        "stderr": err.decode(errors="replace").strip()[-2000:],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep the files in")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        bundle = write_bundle_file(folder / "large.json", args.megabytes)
        result = measure_import(bundle, folder / "large.sqlite")
        result["bundle_mb"] = round(bundle.stat().st_size / 1_000_000, 1)
        db = folder / "large.sqlite"
        result["database_mb"] = round(db.stat().st_size / 1e6, 1) if db.exists() else None
        print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
