"""The forms of PROTOCOL.md §9–§12 through the service: saved, checked, edited with a
reason, one per date where the contract says so, and locked by the signatures that cover
them (the sample participant of conftest: Day 1 = 2022-07-13, counts on Days 1, 7, 14)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from baitp_desktop.core.errors import InvalidInput
from baitp_desktop.core.records import ItpHistory
from baitp_desktop.service import StudyService, Upsert
from baitp_desktop.service.changes import Delete, ParticipantUpdate
from baitp_desktop.service.errors import ReasonRequired
from baitp_desktop.service.locks import RecordLocked
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.storage import Database
from baitp_desktop.storage.audit import verify

from .conftest import PASSWORDS, PID, actor, day

ANSWERS: dict[str, int | None] = {f"q{n:02d}": 3 for n in range(1, 45)}
QOL = {"instrument": "ITP-PAQ", "version": "structure-1", "employed": True}
MEDICATION = {"drug": "Amlodipine", "route": "oral", "frequency": "qd", "start": date(2015, 1, 1)}


def _nurse(database: Database) -> StudyService:
    return StudyService(database, actor("nurse"), today=lambda: date(2023, 3, 1))


def _refused(service: StudyService, *changes: Any, reason: str | None = None) -> list[str]:
    with pytest.raises(InvalidInput) as refused:
        service.apply(PID, list(changes), reason=reason)
    return [f"{p.field}: {p.message}" for p in refused.value.problems]


def test_every_new_kind_saves_and_reads_back(database: Database) -> None:
    nurse = _nurse(database)
    nurse.apply(
        PID,
        [
            ParticipantUpdate(
                {"diagnosis_date": date(2020, 3, 1), "splenectomy": True,
                 "splenectomy_date": date(2021, 5, 4)}
            ),
            Upsert("therapy", {"therapy": "prednisone", "start": date(2020, 3, 5),
                               "stop": date(2020, 5, 1), "best_response": "R",
                               "reason_stopped": "relapse"}),
            Upsert("history", {"term": "Hypertension", "start": None, "ongoing": True}),
            Upsert("medication", {**MEDICATION, "dose": 5, "unit": "mg"}),
            Upsert("lab", {"date": day(1), "alt": Decimal("33.3"), "alt_uln": Decimal("11.10"),
                           "hemoglobin": 12.1, "wbc": 5600}),
            Upsert("qol", {"date": day(1), **QOL, "answers": {**ANSWERS, "q02": None}}),
        ],
    )  # fmt: skip
    p = nurse.participant(PID)
    assert p.itp_history == ItpHistory(date(2020, 3, 1), True, date(2021, 5, 4))
    [therapy] = p.prior_itp_therapies
    assert therapy.stop == date(2020, 5, 1) and therapy.reason_stopped == "relapse"
    assert p.medical_history[0].ongoing and p.medical_history[0].start is None
    assert p.medications[0].dose == 5.0 and p.medications[0].ongoing
    [panel] = p.lab_panels
    # the digits as entered, trailing zero included; a float as its shortest digits
    assert str(panel.alt) == "33.3" and str(panel.alt_uln) == "11.10"
    assert panel.hemoglobin == Decimal("12.1") and panel.anc is None
    [questionnaire] = p.questionnaires
    assert questionnaire.answers["q02"] is None and questionnaire.answers["q01"] == 3
    with database.read_session() as session:
        assert verify(session).problem is None
    answers = [e for e in nurse.history(PID, "qol") if e.field == "answers"]
    assert answers[0].new_value is not None and '"q02":null' in answers[0].new_value


def test_no_itp_history_is_none_and_its_rules_hold(database: Database) -> None:
    nurse = _nurse(database)
    assert nurse.participant(PID).itp_history is None
    assert _refused(nurse, ParticipantUpdate({"splenectomy": True})) == [
        "splenectomy_date: the splenectomy date is required"
    ]
    assert _refused(
        nurse, ParticipantUpdate({"splenectomy": False, "splenectomy_date": date(2021, 1, 1)})
    ) == ["splenectomy_date: must be empty without a splenectomy"]
    assert _refused(nurse, ParticipantUpdate({"diagnosis_date": date(2020, 1, 1)})) == [
        "diagnosis_date: record whether there was a splenectomy with the diagnosis date"
    ]
    nurse.apply(PID, [ParticipantUpdate({"splenectomy": False})])
    assert nurse.participant(PID).itp_history == ItpHistory(None, False, None)


def test_the_field_rules_of_the_contract_are_refused_by_name(database: Database) -> None:
    nurse = _nurse(database)
    therapy = {"therapy": "other", "start": date(2020, 3, 5), "best_response": "NR"}
    assert _refused(nurse, Upsert("therapy", therapy)) == [
        "name: the therapy's name is required for 'other'"
    ]
    assert _refused(
        nurse, Upsert("therapy", {**therapy, "therapy": "ivig", "name": "x",
                                  "stop": date(2020, 1, 1)})
    ) == [
        "stop: the stop date is before the start",
        "reason_stopped: a stopped therapy needs its stop date and the reason",
        "name: only an 'other' therapy has a name",
    ]  # fmt: skip
    assert _refused(
        nurse, Upsert("history", {"term": "Asthma", "ongoing": True, "end": date(2020, 1, 1)})
    ) == ["end: must be empty while ongoing"]
    assert _refused(nurse, Upsert("medication", {**MEDICATION, "route": "Oral", "dose": 0})) == [
        "route: not one of the allowed values",
        "dose: the dose must be a number above 0",
    ]
    assert _refused(nurse, Upsert("lab", {"date": day(1), "alt": 30, "wbc": 5.6})) == [
        "wbc: WBC 5.6 has decimals: looks like ×10⁹/L — enter per µL (5600)",
        "alt_uln: give the value and its ULN together, or neither",
    ]
    assert _refused(
        nurse, Upsert("qol", {"date": day(1), **QOL, "answers": {**ANSWERS, "q03": 9}})
    ) == ["q03: 9 is outside 1–5"]
    missing = dict(ANSWERS)
    del missing["q44"]
    assert _refused(nurse, Upsert("qol", {"date": day(1), **QOL, "answers": missing})) == [
        "q44: required field is missing"
    ]
    unknown = _refused(nurse, Upsert("qol", {"date": day(1), **QOL, "version": "9",
                                             "answers": ANSWERS}))  # fmt: skip
    assert unknown[0].startswith("version: no questionnaire definition ITP-PAQ 9 is loaded")
    assert nurse.participant(PID).lab_panels == ()  # nothing of a refused save is kept


@pytest.mark.parametrize(
    ("kind", "values", "message"),
    [
        ("lab", {"alt": 30, "alt_uln": 40}, "a lab panel is already recorded on 2022-07-13"),
        ("qol", {**QOL, "answers": ANSWERS}, "a questionnaire is already recorded on 2022-07-13"),
        ("decision", {"action": "interrupt"}, "a dosing decision is already recorded on"),
    ],
)
def test_one_per_date_at_entry_and_at_edit(
    database: Database, kind: str, values: dict[str, Any], message: str
) -> None:
    nurse = _nurse(database)
    nurse.apply(PID, [Upsert(kind, {"date": day(1), **values})])
    nurse.apply(PID, [Upsert(kind, {"date": day(2), **values})])
    assert _refused(nurse, Upsert(kind, {"date": day(1), **values}))[0].startswith(
        f"date: {message}"
    )
    attribute = {"lab": "lab_panels", "qol": "questionnaires", "decision": "dosing_decisions"}
    second = getattr(nurse.participant(PID), attribute[kind])[1]
    moved = Upsert(kind, {"date": day(1)}, record_id=second.record_id)
    assert _refused(nurse, moved, reason="Wrong date")[0].startswith(f"date: {message}")
    nurse.apply(PID, [Upsert(kind, {"date": day(3)}, record_id=second.record_id)], reason="Date")
    assert [r.date for r in getattr(nurse.participant(PID), attribute[kind])] == [day(1), day(3)]


def test_a_saved_value_changes_only_with_a_reason_and_deletes_are_audited(
    database: Database,
) -> None:
    nurse = _nurse(database)
    nurse.apply(PID, [Upsert("lab", {"date": day(1), "hemoglobin": Decimal("12.1")})])
    [panel] = nurse.participant(PID).lab_panels
    change = Upsert("lab", {"hemoglobin": Decimal("12.10")}, record_id=panel.record_id)
    with pytest.raises(ReasonRequired):
        nurse.apply(PID, [change])
    nurse.apply(PID, [change], reason="Transcription error")
    assert str(nurse.participant(PID).lab_panels[0].hemoglobin) == "12.10"
    [edit] = [e for e in nurse.history(PID, "lab") if e.action == "update"]
    assert (edit.old_value, edit.new_value, edit.reason) == ("12.1", "12.10", "Transcription error")
    assert panel.record_id is not None
    nurse.apply(PID, [Delete("lab", panel.record_id)], reason="Entered for the wrong person")
    assert nurse.participant(PID).lab_panels == ()
    with database.read_session() as session:
        assert verify(session).problem is None


def test_the_screening_signature_locks_the_history_forms(database: Database) -> None:
    nurse = _nurse(database)
    nurse.apply(
        PID,
        [
            ParticipantUpdate({"splenectomy": False}),
            Upsert("history", {"term": "Asthma", "ongoing": True}),
            Upsert("therapy", {"therapy": "ivig", "start": date(2021, 1, 1),
                               "best_response": "R"}),
        ],
    )  # fmt: skip
    SignatureService(database, actor("investigator")).sign_visit(
        PID, "screening", PASSWORDS["investigator"]
    )
    p = nurse.participant(PID)
    for change in (
        ParticipantUpdate({"diagnosis_date": date(2020, 1, 1)}),
        Upsert("history", {"ongoing": False}, record_id=p.medical_history[0].record_id),
        Upsert("therapy", {"therapy": "danazol", "start": date(2019, 1, 1),
                           "best_response": "NR"}),
    ):  # fmt: skip
        with pytest.raises(RecordLocked, match="visit screening"):
            nurse.apply(PID, [change], reason="Correction")
    nurse.apply(PID, [Upsert("medication", MEDICATION)])  # not on the screening form


def test_a_visit_signature_locks_its_panels_questionnaire_and_medications(
    database: Database,
) -> None:
    """d14 (window Days 12–16; since the last visit Days 8–14)."""
    nurse = _nurse(database)
    nurse.apply(
        PID,
        [
            Upsert("lab", {"date": day(13), "hemoglobin": 12}),
            Upsert("lab", {"date": day(20), "hemoglobin": 12}),
            Upsert("qol", {"date": day(14), **QOL, "answers": ANSWERS}),
            Upsert("medication", {**MEDICATION, "start": day(9)}),
            Upsert("medication", {**MEDICATION, "drug": "Aspirin", "stop": day(10)}),
            Upsert("medication", {**MEDICATION, "drug": "Metformin", "start": day(2)}),
        ],
    )
    SignatureService(database, actor("investigator")).sign_visit(
        PID, "d14", PASSWORDS["investigator"]
    )
    p = nurse.participant(PID)
    locked = [
        Upsert("lab", {"hemoglobin": 11}, record_id=p.lab_panels[0].record_id),
        Upsert("qol", {"employed": False}, record_id=p.questionnaires[0].record_id),
        Upsert("lab", {"date": day(12), "hemoglobin": 12}),  # a new panel in the window
        *(Upsert("medication", {"dose": 1}, record_id=m.record_id) for m in p.medications
          if m.drug != "Metformin"),
    ]  # fmt: skip
    for change in locked:
        with pytest.raises(RecordLocked, match="visit d14"):
            nurse.apply(PID, [change], reason="Correction")
    free = next(m for m in p.medications if m.drug == "Metformin")
    nurse.apply(PID, [Upsert("medication", {"dose": 500}, record_id=free.record_id)])
    nurse.apply(
        PID,
        [Upsert("lab", {"hemoglobin": 11}, record_id=p.lab_panels[1].record_id)],
        reason="Correction",
    )
