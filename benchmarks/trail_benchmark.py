"""Times `baitp verify` and opening the database on the demo study; prints JSON.

`verify` re-reads the whole trail (chain, every current value and its owner, every
signature, the anchor log); the budget is 2 s on the demo study. Opening must stay as
fast as before the anchors and the full integrity check were added (both run in the
background after the open returns): `open_database_ms` is the time until
`open_database` returns, best of several opens, each after the previous one's
background work finished. Machines are shared and noisy: compare best figures of
alternating runs (PYTHONPATH=<an older checkout> runs this script on that code).

    .venv/bin/python benchmarks/trail_benchmark.py [--participants 35]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from baitp_desktop.storage import open_database


def best_ms(repeats: int, work: Callable[[], object]) -> float:
    """Best wall time in ms over `repeats` runs (the least disturbed by other load)."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return round(min(times), 2)


def open_ms(path: Path, repeats: int) -> float:
    """Best time until `open_database` returns (the background work is not waited for)."""
    times = []
    for _ in range(repeats):
        time.sleep(0.3)  # the previous open's background steps are over
        started = time.perf_counter()
        database = open_database(path, daily_backup=False)
        times.append((time.perf_counter() - started) * 1000)
        database.dispose()
    return round(min(times), 2)


def baitp(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "baitp_desktop.cli.main", *args]
    return subprocess.run(command, capture_output=True, text=True, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--participants", type=int, default=35)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("BAITP_ANCHOR_DIR", str(Path(folder) / "anchors"))
        path = Path(folder) / "demo.sqlite"
        baitp("demo", "--db", str(path), "--participants", str(args.participants))
        from baitp_desktop.service.signatures import verify_signatures
        from baitp_desktop.storage.audit import verify

        def verify_in_process() -> None:
            database = open_database(path, daily_backup=False)
            try:
                with database.read_session() as session:
                    verify(session)
                verify_signatures(database)
            finally:
                database.dispose()

        figures = {
            "participants": args.participants,
            "database_mb": round(path.stat().st_size / 1e6, 2),
            "verify_in_process_ms": best_ms(3, verify_in_process),
            "baitp_verify_command_ms": best_ms(3, lambda: baitp("verify", "--db", str(path))),
            "open_database_ms": open_ms(path, 15),
        }
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
