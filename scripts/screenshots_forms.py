"""Render the screens of the §9–§13 forms in English and Chinese (1366×768, offscreen).

Why: these screens are reviewed by looking at them (truncated labels, Chinese glyphs, the
grade and drug marks), and anyone should be able to regenerate the pictures:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_forms.py [OUT_DIR]

Data: the demo study (35 participants, seed 2207) as of a fixed date in a temporary SQLite
database, in the real main window. BAITP-003 is shown with a few stored records of the
new kinds (lab panels, medications, prior therapies, medical history, a questionnaire)
added to what the window reads, and with entries typed but not saved, so the live marks
show: grades, the hold warning and the AE offer, a prohibited drug, the ITP history
reasons. Writes docs/screenshots/forms-<screen>-<lang>.png by default.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from baitp_desktop import i18n
from baitp_desktop.core.records import (
    Frequency,
    ItpTherapyCode,
    LabPanel,
    MedicalHistoryEntry,
    Medication,
    Participant,
    PriorItpTherapy,
    Questionnaire,
    Route,
    StopReason,
    TherapyResponse,
)
from baitp_desktop.demo import generate_study
from baitp_desktop.gui.app import build_main_window, qt_application
from baitp_desktop.gui.dialogs.explain_finding import ExplainDialog
from baitp_desktop.gui.language import apply_language
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.tabs.labs import LabsTab
from baitp_desktop.gui.tabs.medications import MedicationsTab
from baitp_desktop.gui.tabs.qol import QolTab
from baitp_desktop.gui.tabs.screening import ScreeningTab
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database

TODAY = date(2026, 11, 24)
SIZE = (1366, 768)
PID = "BAITP-003"


def _stored(participant: Participant) -> dict[str, Any]:
    """A few records of the new kinds, dated around the participant's Day 1."""
    day1 = participant.first_dose_date or TODAY - timedelta(days=60)

    def panel(days: int, anc: int, lymphocytes: int, hemoglobin: str) -> LabPanel:
        return LabPanel.of(day1 + timedelta(days=days), {
            "anc": Decimal(anc), "lymphocytes": Decimal(lymphocytes),
            "hemoglobin": Decimal(hemoglobin), "wbc": Decimal(anc + lymphocytes + 900),
            "alt": Decimal(28), "alt_uln": Decimal(40), "ast": Decimal(24),
            "ast_uln": Decimal(40),
        })  # fmt: skip

    panels = tuple(
        replace(panel(*values), record_id=n)
        for n, values in enumerate(
            [
                (-3, 3200, 1600, "12.4"),
                (14, 2600, 1300, "12.0"),
                (28, 1900, 900, "11.1"),
                (56, 1400, 700, "10.2"),
            ],
            start=1,
        )
    )
    answers: dict[str, int | None] = {f"q{n:02d}": (n % 5) + 1 for n in range(1, 45)}
    return {
        "lab_panels": panels,
        "medications": (
            Medication(
                "amlodipine",
                date(2019, 5, 15),
                Route.ORAL,
                Frequency.QD,
                indication="Hypertension",
                dose=5,
                unit="mg",
                record_id=1,
            ),
            Medication(
                "omeprazole",
                day1 + timedelta(days=3),
                Route.ORAL,
                Frequency.QD,
                stop=day1 + timedelta(days=20),
                dose=20,
                unit="mg",
                record_id=2,
            ),
        ),
        "prior_itp_therapies": (
            PriorItpTherapy(
                ItpTherapyCode.PREDNISONE,
                date(2021, 3, 15),
                date(2021, 6, 1),
                TherapyResponse.R,
                StopReason.RELAPSE,
                record_id=1,
            ),
            PriorItpTherapy(
                ItpTherapyCode.IVIG,
                date(2022, 1, 10),
                date(2022, 1, 14),
                TherapyResponse.NR,
                StopReason.COMPLETED,
                record_id=2,
            ),
        ),
        "medical_history": (
            MedicalHistoryEntry("Hypertension", date(2019, 5, 15), True, None, record_id=1),
        ),
        "questionnaires": (
            Questionnaire(
                day1 - timedelta(days=2), "ITP-PAQ", "structure-1", True, answers, record_id=1
            ),
        ),
    }


class ShowcaseService(StudyService):
    """The real service; what it reads for BAITP-003 gains the showcase records."""

    def snapshot(self, participant_id: str, also: Any) -> Any:
        participant, version, more = super().snapshot(participant_id, also)
        if participant_id == PID:
            participant = replace(participant, **_stored(participant))
        return participant, version, more


def _settle(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)


def _tab(window: MainWindow, cls: type[Any]) -> Any:
    tab = next(t for t in window.crf_tabs if isinstance(t, cls))
    window.tabs.setCurrentWidget(tab)
    _settle(0.2)
    return tab


def _type(field: Any, text: str) -> None:
    field.editor.setText(text)
    field.editor.textEdited.emit(text)


def _labs(window: MainWindow) -> None:
    tab = _tab(window, LabsTab)
    form = tab.form
    _type(form.date, TODAY.isoformat())
    for name, value in (("hemoglobin", "9.1"), ("wbc", "2400"), ("anc", "900"),
                        ("lymphocytes", "450"), ("alt", "45"), ("alt_uln", "40")):  # fmt: skip
        _type(form.fields[name], value)


def _medications(window: MainWindow) -> None:
    tab = _tab(window, MedicationsTab)
    _type(tab.form.drug, "Xeljanz")
    _type(tab.form.indication, "Arthritis")
    tab.form.drug.editor.setFocus()


def _screening(window: MainWindow) -> None:
    tab = _tab(window, ScreeningTab)
    box = tab.history.box
    _type(box.diagnosis, "2026-08-01")
    tab.reasons_button.setChecked(True)
    tab.scroll_area.ensureWidgetVisible(tab.history.therapies, 0, 0)
    tab.scroll_area.ensureWidgetVisible(box, 0, 0)


def _qol(window: MainWindow) -> None:
    tab = _tab(window, QolTab)
    form = tab.form
    _type(form.date, TODAY.isoformat())
    form.employed.set_value(True)
    form.grid.setFocus()
    for answer in (3, 4, 2, 5, 1, 3, 3, 4):
        form.grid.answer_current(answer)


def _grab(widget: QWidget, path: Path) -> None:
    _settle(0.3)
    widget.grab().save(str(path))
    print(path)


def render(language: str, out: Path, folder: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_language(app, language)
    i18n.set_language(language)
    database = open_database(folder / f"screens-{language}.sqlite")
    service = ShowcaseService(database, today=lambda: TODAY)
    service.import_participants(generate_study(35, 2207, TODAY))
    settings = QSettings(str(folder / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    window = build_main_window(service, settings)
    window.resize(*SIZE)
    window.show()
    _settle(2.0)
    window.open_participant(PID)
    deadline = time.monotonic() + 30
    while window.worker.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    steps: list[tuple[str, Callable[[MainWindow], None]]] = [
        ("labs", _labs), ("medications", _medications), ("screening-history", _screening),
        ("qol", _qol),
    ]  # fmt: skip
    for name, prepare in steps:
        prepare(window)
        _grab(window, out / f"forms-{name}-{language}.png")
    qol = _tab(window, QolTab)
    mode = qol.open_patient_mode()
    assert mode is not None
    mode.resize(*SIZE)
    mode.choose_language(language)
    mode.answer(3)
    mode.answer(4)
    _grab(mode, out / f"forms-patient-mode-{language}.png")
    mode.show_done()
    _grab(mode, out / f"forms-patient-mode-return-{language}.png")
    mode.hide()
    findings = window.findings.findings_of(PID)
    if findings:
        explained = [replace(findings[0], explained="In hospital elsewhere (records on file)")]
        result = window.navigator.model.result(PID)
        if result is not None:
            window.findings.set_participant_result(
                replace(result, findings=tuple(explained + findings[1:]))
            )
        window.findings.view.scrollToBottom()  # the explained one is listed last
        dialog = ExplainDialog(findings[-1], parent=window)
        dialog.text.setPlainText(
            "The participant was in hospital elsewhere; the records are filed."
        )
        dialog.show()
        _grab(window, out / f"forms-findings-explained-{language}.png")
        _grab(dialog, out / f"forms-explain-dialog-{language}.png")
        dialog.close()
    for tab in window.crf_tabs:
        tab.discard_changes()
    window.close()
    window.deleteLater()
    database.dispose()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    qt_application()
    with tempfile.TemporaryDirectory() as folder:
        for language in ("en", "zh_CN"):
            render(language, out, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
