"""GUI timings, printed as JSON (targets: stall <= 50 ms, cold start <= 1 s).

- `validation_stall_ms`: the longest gap between ticks of a 5 ms QTimer on the GUI thread
  while the background validator checks a 1,000-person study (database read + every
  rule), i.e. how long typing could be held up at worst.
- `cold_start_ms`: a fresh `baitp gui` process on the 35-person demo database, from
  spawn to the main window shown and its first events processed (`--quit-after-ms`),
  signed in as the demo nurse (includes imports and the Argon2 password check). The
  processes load compiled bytecode, as an installed application does (pip and the
  PyInstaller bundle both ship it): PYTHONDONTWRITEBYTECODE is lifted for them, the
  cache goes to a temporary folder, and one warm-up start fills it uncounted.
- `window_shown_ms`: in-process, the main window built, shown and painted on that
  database (what the window itself costs, without imports and sign-in).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_benchmark.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from baitp_desktop.demo import generate_study
from baitp_desktop.gui.validation_worker import ValidationWorker
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database

TODAY = date(2026, 11, 1)


def validation_stall(folder: Path, participants: int) -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    service = StudyService(open_database(folder / "big.sqlite"), today=lambda: TODAY)
    service.import_participants(generate_study(participants, seed=11, today=TODAY))
    worker = ValidationWorker(service, lambda: TODAY)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done: list[float] = []
    worker.study_validated.connect(lambda _results: done.append(time.perf_counter()))
    worker.failed.connect(lambda message: sys.exit(f"validation failed: {message}"))
    timer.start()
    started = time.perf_counter()
    worker.validate_study()
    while not done and time.perf_counter() - started < 300:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    worker.shutdown()
    service.database.dispose()
    stamps = [started, *ticks, done[0]]
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(stamps)]
    return {
        "participants": participants,
        "validation_ms": round((done[0] - started) * 1000, 1),
        "validation_stall_ms": round(max(gaps), 1),
        "timer_ticks": len(ticks),
    }


def cold_start(folder: Path, runs: int, command: list[str], prefix: str) -> dict[str, float]:
    db = folder / "demo.sqlite"
    if not db.exists():
        subprocess.run([*command, "demo", "--db", str(db)], check=True, capture_output=True)
    env = {**os.environ, "BAITP_SETTINGS": str(folder / "settings.ini"),
           "BAITP_LOG_DIR": str(folder / "logs"), "BAITP_USER": "nurse",
           "BAITP_PASSWORD": "demo-2207-nur",  # the demo accounts
           "PYTHONPYCACHEPREFIX": str(folder / "bytecode")}  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    timings: list[float] = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        process = subprocess.Popen(
            [*command, "gui", "--db", str(db), "--quit-after-ms", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert process.stdout is not None
        for line in process.stdout:
            if "main window shown" in line:
                timings.append((time.perf_counter() - started) * 1000)
                break
        _out, errors = process.communicate(timeout=60)
        if process.returncode != 0:
            sys.exit(f"baitp gui exited {process.returncode}: {errors}")
    timings = timings[1:]  # the warm-up start compiled the bytecode cache
    return {
        f"{prefix}cold_start_ms": round(statistics.median(timings), 1),
        f"{prefix}cold_start_max_ms": round(max(timings), 1),
        f"{prefix}cold_start_runs": runs,
    }


def window_start(folder: Path) -> dict[str, float]:
    """In-process: main window built, shown and painted on the demo database (no login)."""
    from PySide6.QtCore import QSettings

    from baitp_desktop.gui.app import build_main_window, qt_application
    from baitp_desktop.service import Actor

    qt_application()
    started = time.perf_counter()
    service = StudyService(open_database(folder / "demo.sqlite"),
                           Actor("nurse", "Nurse", "nurse"))  # fmt: skip
    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    window = build_main_window(service, settings)
    window.resize(1366, 768)
    window.show()
    window.grab()  # forces a full paint
    shown = (time.perf_counter() - started) * 1000
    window.worker.shutdown()
    window.deleteLater()
    return {"window_shown_ms": round(shown, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--bundle", type=Path, metavar="BAITP",
                        help="also time this built application's `baitp` "
                        "(packaging/build_linux.sh makes build/dist/baitp/baitp)")  # fmt: skip
    args = parser.parse_args()
    baitp = Path(sys.executable).with_name("baitp")
    command = [str(baitp)] if baitp.exists() else [sys.executable, "-m", "baitp_desktop.cli.main"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result = {
            **validation_stall(folder, args.participants),
            **cold_start(folder, args.runs, command, ""),
            **(cold_start(folder, args.runs, [str(args.bundle)], "bundle_") if args.bundle else {}),
            **window_start(folder),
            "targets": {"validation_stall_ms": 50, "cold_start_ms": 1000},
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
