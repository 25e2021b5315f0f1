"""The form declarations: what each layer reads from them holds together."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from baitp_desktop.core import signatures
from baitp_desktop.core.config import default_config
from baitp_desktop.core.crf_forms import (
    AE,
    FORMS,
    PARTICIPANT_FORM,
    RECORD_KINDS,
    RESCUE,
    form_of_table,
    record_kind,
)
from baitp_desktop.core.field_labels import field_label
from baitp_desktop.core.forms import FORMS_CONTEXT, FieldType, FormSpec, RecordKind
from baitp_desktop.core.records import AdverseEvent, AeOutcome, Participant, Relationship
from baitp_desktop.i18n import catalogue, language_scope
from baitp_desktop.service.value_checks import check_form, check_participant, check_record

TODAY = date(2023, 3, 1)


def _problems(kind: str, values: dict[str, object]) -> list[tuple[str, str]]:
    found = check_record(
        kind, values, participant="BAITP-001", record="r", today=TODAY, config=default_config()
    )
    return [(p.field, p.message) for p in found]


def test_kinds_tables_and_attributes_are_unique_and_cover_the_participant() -> None:
    assert len({k.kind for k in RECORD_KINDS}) == len(RECORD_KINDS)
    assert len({f.table for f in FORMS}) == len(FORMS)
    record_attributes = {f.name for f in fields(Participant)} - {
        "participant_id", "initials", "sex", "birth_date", "consent_date", "screening",
        "first_dose_date", "discontinuation",
        # ITP history: fields of the participant form (one per person, not a kind of record)
        "itp_history",
        # explanations are no CRF form: nobody enters them as data; an investigator records
        # one against a finding (StudyService.explain_finding), and a withdrawn one is kept
        # beside the current one in its own audited table
        "explanations",
    }  # fmt: skip
    assert {k.attribute for k in RECORD_KINDS} == record_attributes
    assert all(form_of_table(f.table) is f for f in FORMS)
    with pytest.raises(ValueError, match="unknown record kind"):
        record_kind("nonsense")


def test_signatures_place_every_kind_by_its_declared_date() -> None:
    """What a visit signature covers (core.signatures) agrees with the declarations."""
    declared = {k.kind: k.date_field for k in RECORD_KINDS if k.signed_by_date}
    assert declared == signatures.DATE_FIELD_OF_KIND


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.kind)
def test_every_field_has_a_finished_chinese_label(form: FormSpec) -> None:
    chinese = catalogue("zh_CN")
    missing = [spec.name for spec in form.fields if (spec.context, spec.label) not in chinese]
    assert missing == []
    assert (FORMS_CONTEXT, form.label) in chinese


def test_history_names_fields_by_their_labels() -> None:
    assert field_label("adverse_event", "aware_date") == "Date the site became aware"
    assert field_label("bleeding_assessment", "who_grade") == "WHO bleeding grade"
    assert field_label("participant", "i1").startswith("I1 Primary ITP")
    assert field_label("signature", "printed_name") == "Printed name"
    assert field_label("some_future_table", "secret") == "secret"
    with language_scope("zh_CN"):
        assert field_label("adverse_event", "onset") == "发生日期"


@pytest.mark.parametrize("kind", RECORD_KINDS, ids=lambda k: k.kind)
def test_every_required_field_is_asked_for_by_name(kind: RecordKind) -> None:
    required = [s.name for s in kind.entry_fields if s.required]
    assert required  # every kind asks for something
    assert _problems(kind.kind, {}) == [(name, "required") for name in required]


def test_the_checks_across_fields_refuse_at_the_later_field() -> None:
    values = {
        "term": "Headache",
        "grade": 2,
        "onset": date(2023, 2, 10),
        "resolved": date(2023, 2, 9),
        "serious": True,
        "aware_date": date(2023, 2, 12),
        "reported_date": date(2023, 2, 11),
    }
    assert _problems("ae", values) == [
        ("resolved", "resolution date is before the onset"),
        ("reported_date", "reported to the sponsor before awareness"),
    ]
    assert _problems("ae", {**values, "resolved": None, "reported_date": None}) == []


def test_a_dose_needs_its_mg_only_when_taken() -> None:
    day = {"date": date(2023, 2, 1)}
    assert _problems("dose", {**day, "taken": False, "dose_mg": None}) == []
    assert _problems("dose", {**day, "taken": True, "dose_mg": None}) == [("dose_mg", "required")]


def test_the_participant_form_checks_its_pairs() -> None:
    values = {
        "initials": "ABC",
        "sex": "F",
        "birth_date": date(2000, 1, 1),
        "consent_date": date(2000, 1, 1),
        "discontinuation_date": date(2023, 1, 1),
    }
    found = check_participant(values, participant="BAITP-001", today=TODAY, config=default_config())
    assert [(p.field, p.message) for p in found] == [
        ("birth_date", "birth date is not before the consent date"),
        ("discontinuation_reason", "a discontinuation needs both its date and its reason"),
    ]


def test_text_is_refused_beyond_its_declared_length_only() -> None:
    limit = RESCUE.field("therapy").max_length
    assert limit is not None
    ok = {"date": date(2023, 2, 1), "therapy": "x" * limit}
    assert _problems("rescue", ok) == []
    assert _problems("rescue", {**ok, "therapy": "x" * (limit + 1)}) == [
        ("therapy", f"text longer than {limit} characters")
    ]


def test_a_record_reads_back_from_its_stored_values() -> None:
    ae = AdverseEvent(
        number=3,
        term="Headache",
        grade=2,
        onset=date(2023, 2, 1),
        relationship=Relationship.POSSIBLE,
        outcome=AeOutcome.RECOVERED,
        record_id=9,
    )
    stored = AE.values_of(ae)
    assert stored["relationship"] == "possible" and stored["outcome"] == "recovered"
    again = AE.record_from(stored, 9)
    assert again == ae and again.relationship is Relationship.POSSIBLE
    assert AE.record_date(ae) == date(2023, 2, 1)


def test_only_typed_fields_are_entry_fields() -> None:
    assert AE.numbered and RESCUE.numbered and not record_kind("count").numbered
    assert "number" not in AE.entry_names and "number" in AE.field_names
    assert "participant_id" not in PARTICIPANT_FORM.entry_names
    assert all(
        spec.codes is not None for form in FORMS for spec in form.fields
        if spec.datatype is FieldType.CHOICE
    )  # fmt: skip
    assert (
        check_form(
            RESCUE,
            {"date": date(2023, 2, 1), "therapy": "IVIG", "number": "ignored"},
            participant="",
            record="",
            today=TODAY,
            config=default_config(),
        )
        == []
    )
