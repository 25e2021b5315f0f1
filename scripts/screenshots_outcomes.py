"""Regenerate the pictures of the site dashboard, the study outcomes and their PDFs.

Builds the demo study (fixed seed and date, as scripts/screenshots.py does) with what a
running trial also has: visits signed by the investigator (casebooks of the participants
past week 24, the early visits of some others), and queries from the monitor, one of them
answered. Then, offscreen at 1366×768:
- docs/screenshots/dashboard.png: the main window as it opens (the dashboard first);
- docs/screenshots/outcomes_{response,platelets,safety}.png: the outcomes window, with a
  number clicked so that the participants behind it are listed;
- docs/samples/outcomes.pdf (+ PNG of pages 1 and 2) and the visit calendar of one
  participant in English and Chinese (+ PNG), rendered with pdftoppm.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_outcomes.py
     [--lang zh_CN] [--screens DIR] [--samples DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTableView

from baitp_desktop.core.course import Course
from baitp_desktop.core.outcomes import compute_outcomes
from baitp_desktop.core.status import ParticipantStatus, participant_status
from baitp_desktop.core.validator import validate_study
from baitp_desktop.demo import generate_study
from baitp_desktop.gui.app import build_main_window, qt_application
from baitp_desktop.gui.study_screens import StudyScreens
from baitp_desktop.i18n import set_language
from baitp_desktop.reports.outcomes_report import write_outcomes_pdf
from baitp_desktop.reports.visit_calendar import write_visit_calendar
from baitp_desktop.service import Actor, StudyService
from baitp_desktop.service.queries import QueryService, finding_target
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import Database, open_database

TODAY = date(2026, 11, 1)
SIZE = (1366, 768)
NURSE = Actor("nurse", "Wang Fang (demo nurse)", "nurse")
MONITOR = Actor("monitor", "Zhang Min (demo monitor)", "monitor")


def wait(app: QApplication, done: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.perf_counter() + seconds
    while not done() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def running_trial(database: Database) -> None:
    """Signatures and queries, so the dashboard shows what a site really has waiting."""
    service = StudyService(database, NURSE, today=lambda: TODAY)
    participants = service.participants()
    users = UserService(database)
    users.create_demo_accounts()
    investigator = users.authenticate("investigator", "demo-2207-inv")
    signing = SignatureService(database, investigator, service.config, lambda: TODAY)
    for p in participants:
        course = Course(p, service.config)
        status = participant_status(course, TODAY)
        if status in (ParticipantStatus.COMPLETED, ParticipantStatus.DISCONTINUED):
            signing.sign_casebook(p.participant_id, "demo-2207-inv")
        elif course.day1 is not None and (TODAY - course.day1).days > 60:
            for visit in ("screening", "baseline", "d7", "d14"):
                signing.sign_visit(p.participant_id, visit, "demo-2207-inv")
    findings = [f for f in validate_study(participants, TODAY) if f.severity.value != "query"]
    monitor = QueryService(database, MONITOR)
    raised = [
        monitor.raise_query(
            f.participant_id, finding_target(f), "Please confirm against the source document."
        )
        for f in findings[:3]
    ]
    if raised:
        QueryService(database, NURSE).answer(
            raised[0].query_id, "Checked the clinic notes: entered as recorded."
        )


def grab(window: QApplication | object, path: Path) -> Path:
    window.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def click_cell(view: QTableView, row: int, column: int) -> None:
    view.clicked.emit(view.model().index(row, column))


def render(pdf: Path, pages: tuple[int, ...], out: Path, stem: str) -> list[Path]:
    """PNG of chosen pages (pdftoppm, 110 dpi) beside the PDF."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: PNG renders skipped")
        return []
    written = []
    for page in pages:
        target = out / f"{stem}_page{page}"
        subprocess.run(
            ["pdftoppm", "-r", "110", "-png", "-singlefile", "-f", str(page), "-l", str(page),
             str(pdf), str(target)],
            check=True,
        )  # fmt: skip
        written.append(target.with_suffix(".png"))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--screens", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--samples", type=Path, default=Path("docs/samples"))
    parser.add_argument("--lang", default="en", help="en or zh_CN (the screens' language)")
    args = parser.parse_args()
    set_language(args.lang)
    suffix = "" if args.lang == "en" else f"_{args.lang}"
    args.screens.mkdir(parents=True, exist_ok=True)
    args.samples.mkdir(parents=True, exist_ok=True)
    app = qt_application()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "demo.sqlite")
        service = StudyService(database, NURSE, today=lambda: TODAY)
        service.import_participants(generate_study(35, seed=2207, today=TODAY))
        running_trial(database)

        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(service, settings)
        window.context.today = lambda: TODAY
        window.worker.today = lambda: TODAY
        screens = window.findChild(StudyScreens)
        assert screens is not None
        window.resize(*SIZE)
        window.show()
        screens.dashboard.refresh()
        wait(app, lambda: not window.worker.busy and screens.dashboard.status.text() == "")
        written.append(grab(window, args.screens / f"dashboard{suffix}.png"))

        screens.show_outcomes()
        outcomes_window = screens.outcomes_window
        assert outcomes_window is not None
        outcomes_window.resize(*SIZE)
        view = outcomes_window.view
        wait(app, lambda: view.outcomes is not None and view.status.text() == "")
        click_cell(view.views["responses"], 1, 1)  # initial response: its responders
        written.append(grab(outcomes_window, args.screens / f"outcomes_response{suffix}.png"))
        view.tabs.setCurrentIndex(1)
        view.flow_buttons["discontinued"].click()
        app.processEvents()
        written.append(grab(outcomes_window, args.screens / f"outcomes_platelets{suffix}.png"))
        view.tabs.setCurrentIndex(2)
        click_cell(view.views["adverse_events"], 0, 1)  # any adverse event, worst grades
        app.processEvents()
        written.append(grab(outcomes_window, args.screens / f"outcomes_safety{suffix}.png"))
        outcomes_window.close()

        if args.lang == "en":
            outcomes = compute_outcomes(service.participants(), TODAY, service.config)
            moment = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
            pdf = args.samples / "outcomes.pdf"
            write_outcomes_pdf(outcomes, pdf, service.config, generated_at=moment)
            written += [pdf, *render(pdf, (1, 2), args.samples, "outcomes")]
            ongoing = next(
                p for p in service.participants()
                if p.first_dose_date and 40 < (TODAY - p.first_dose_date).days < 100
            )  # fmt: skip
            for language in ("en", "zh_CN"):
                pdf = args.samples / f"visit_calendar_{language}.pdf"
                write_visit_calendar(
                    ongoing, service.config, pdf, language=language, generated_at=moment
                )
                written += [pdf, *render(pdf, (1,), args.samples, f"visit_calendar_{language}")]

        for tab in window.crf_tabs:
            tab.discard_changes()
        window.close()
        window.deleteLater()
        app.processEvents()
        database.dispose()
    for path in written:
        print(path)


if __name__ == "__main__":
    main()
