"""Export rows of the §9–§12 forms: ITP and medical history (MH), prior ITP therapies and
medications (CM, beside rescue therapy), safety panels (LB, beside the platelet counts and
screening labs) and questionnaires (QS, every item and every scale score).

They read the core records (`Participant.itp_history`, `prior_itp_therapies`,
`medical_history`, `medications`, `lab_panels`, `questionnaires`); derived values — a
value's CTCAE grade, the limits it was graded against, a drug's protocol list, the QoL
visit a questionnaire is used for, its scale scores — come from the core exactly as the
validator and the endpoints compute them. A value not done is a row with `NOT DONE`
rather than no row, so an export shows what was not measured.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.course import Course
from baitp_desktop.core.labs import panel_grades
from baitp_desktop.core.qol import qol_visits, score_questionnaire
from baitp_desktop.core.records import Participant
from baitp_desktop.core.visits import SCREENING_VISIT_ID
from baitp_desktop.core.vocabulary import english_label
from baitp_desktop.exports.dictionary import (
    GENERAL_HISTORY_CATEGORY,
    ITP_HISTORY_CATEGORY,
    MEDICATION_CATEGORY,
    NOT_DONE,
    PRIOR_ITP_CATEGORY,
    SAFETY_PANEL_CATEGORY,
)
from baitp_desktop.exports.panel_tests import PANEL_TEST_OF_FIELD

NOT_APPLICABLE = "NOT APPLICABLE"
ITP_TERM = "Immune thrombocytopenia"
SPLENECTOMY_TERM = "Splenectomy"

# (domain, participant, values, visit, --SEQ variable, repeat key) -> adds one row
AddRow = Callable[[str, str, dict[str, Any], str | None, str | None, str | None], None]


def history_rows(add: AddRow, p: Participant) -> None:
    """MH: the ITP diagnosis and the splenectomy (when an ITP history is recorded), then
    every other condition, all at screening."""
    pid = p.participant_id
    history = p.itp_history
    if history is not None:
        add(
            "MH",
            pid,
            {
                "MHCAT": ITP_HISTORY_CATEGORY,
                "MHTERM": ITP_TERM,
                "MHSTDAT": history.diagnosis_date,
                "MHONGO": True,
            },
            SCREENING_VISIT_ID,
            "MHSEQ",
            None,
        )
        add(
            "MH",
            pid,
            {
                "MHCAT": ITP_HISTORY_CATEGORY,
                "MHTERM": SPLENECTOMY_TERM,
                "MHOCCUR": history.splenectomy,
                "MHSTDAT": history.splenectomy_date,
            },
            SCREENING_VISIT_ID,
            "MHSEQ",
            None,
        )
    for entry in p.medical_history:
        add(
            "MH",
            pid,
            {
                "MHCAT": GENERAL_HISTORY_CATEGORY,
                "MHTERM": entry.term,
                "MHSTDAT": entry.start,
                "MHONGO": entry.ongoing,
                "MHENDAT": entry.end,
            },
            SCREENING_VISIT_ID,
            "MHSEQ",
            None,
        )


def medication_rows(add: AddRow, p: Participant, config: ProtocolConfig) -> None:
    """CM: prior ITP therapies, then prior and concomitant medications with the protocol
    list each drug is on (repeat keys P<n> and M<n>, apart from the rescue numbers)."""
    pid = p.participant_id
    for number, therapy in enumerate(p.prior_itp_therapies, start=1):
        add(
            "CM",
            pid,
            {
                "CMCAT": PRIOR_ITP_CATEGORY,
                "CMTRT": therapy.name or english_label(therapy.therapy),
                "CMDECOD": therapy.therapy,
                "CMSTDAT": therapy.start,
                "CMENDAT": therapy.stop,
                "CMONGO": therapy.ongoing,
                "CMBESTRS": therapy.best_response,
                "CMSTPRSN": therapy.reason_stopped,
            },
            None,
            None,
            f"P{number}",
        )
    for number, medication in enumerate(p.medications, start=1):
        listed = config.medications.match(medication.drug)
        add(
            "CM",
            pid,
            {
                "CMCAT": MEDICATION_CATEGORY,
                "CMTRT": medication.drug,
                "CMINDC": medication.indication,
                "CMDOSE": medication.dose,
                "CMDOSU": medication.unit,
                "CMROUTE": medication.route,
                "CMDOSFRQ": medication.frequency,
                "CMSTDAT": medication.start,
                "CMENDAT": medication.stop,
                "CMONGO": medication.ongoing,
                "CMLIST": None if listed is None else listed.category,
            },
            None,
            None,
            f"M{number}",
        )


def _panel_visit(course: Course, day: date, visit_of_date: dict[date, str]) -> str | None:
    """The visit whose count is dated with the panel, screening for a panel on the
    screening date, else unscheduled (None)."""
    if day in visit_of_date:
        return visit_of_date[day]
    return SCREENING_VISIT_ID if day == course.participant.screening.date else None


def _decimal(value: Any) -> float | None:
    return None if value is None else float(value)


def lab_rows(add: AddRow, course: Course, visit_of_date: dict[date, str]) -> None:
    """LB: one row per analyte of every panel, with its unit, limits and CTCAE grade."""
    p, config = course.participant, course.config
    settings = config.labs
    for panel in sorted(p.lab_panels, key=lambda panel: panel.date):
        grades = panel_grades(panel, p.sex, settings)
        visit = _panel_visit(course, panel.date, visit_of_date)
        for analyte in settings.analytes:
            value = panel.value(analyte.panel_field)
            uln = analyte.uln
            if uln is None and analyte.uln_field is not None:
                uln = panel.value(analyte.uln_field)
            test = PANEL_TEST_OF_FIELD[analyte.panel_field]
            add(
                "LB",
                p.participant_id,
                {
                    "LBCAT": SAFETY_PANEL_CATEGORY,
                    "LBTESTCD": test.code,
                    "LBDAT": panel.date,
                    "LBORRES": _decimal(value),
                    "LBORRESU": test.unit,
                    "LBORNRHI": _decimal(uln),
                    "LBORNRLO": _decimal(analyte.lln.get(p.sex)),
                    "LBTOXGR": grades[analyte.key],
                    "LBSTAT": NOT_DONE if value is None else None,
                },
                visit,
                "LBSEQ",
                None,
            )


def questionnaire_visit_ids(course: Course) -> dict[date, str]:
    """The QoL visit each questionnaire is used for, by its date (core.qol decides; none
    before Day 1 places the visits)."""
    p = course.participant
    if course.day1 is None or p.screening.date is None:
        return {}
    visits = qol_visits(
        p.questionnaires, course.day1, p.screening.date, course.config, course.windows
    )
    return {v.questionnaire.date: v.visit_id for v in visits if v.questionnaire is not None}


def questionnaire_rows(add: AddRow, course: Course) -> None:
    """QS: every item's answer, then every scale's score (derived), at the QoL visit that
    uses the questionnaire (unscheduled when none does)."""
    p, config = course.participant, course.config
    used = questionnaire_visit_ids(course)
    for questionnaire in sorted(p.questionnaires, key=lambda q: q.date):
        common = {
            "QSCAT": questionnaire.instrument,
            "QSINSTVR": questionnaire.version,
            "QSDAT": questionnaire.date,
            "QSEMPL": questionnaire.employed,
        }
        visit = used.get(questionnaire.date)
        for item, answer in questionnaire.answers.items():
            add(
                "QS",
                p.participant_id,
                {
                    **common,
                    "QSTESTCD": item,
                    "QSORRES": answer,
                    "QSDRVFL": False,
                    "QSSTAT": NOT_DONE if answer is None else None,
                },
                visit,
                "QSSEQ",
                None,
            )
        scored = score_questionnaire(questionnaire, p.sex, config.instruments)
        for scale_id, score in scored.scores.items():
            if scale_id in scored.not_applicable:
                status: str | None = NOT_APPLICABLE
            else:
                status = NOT_DONE if score is None else None
            add(
                "QS",
                p.participant_id,
                {
                    **common,
                    "QSTESTCD": scale_id,
                    "QSORRES": None if score is None else round(float(score), 4),
                    "QSDRVFL": True,
                    "QSSTAT": status,
                },
                visit,
                "QSSEQ",
                None,
            )


def form_rows(add: AddRow, course: Course, visit_of_date: dict[date, str]) -> None:
    """Every row of the §9–§12 forms of one participant."""
    history_rows(add, course.participant)
    medication_rows(add, course.participant, course.config)
    lab_rows(add, course, visit_of_date)
    questionnaire_rows(add, course)
