"""The tables are what the form declarations say, and the migrations build exactly them.

- every form's fields are its ORM class's columns (names, types, widths, NULL or not) and
  its core record's fields;
- a database upgraded by the migrations (a new file, the first release's file, a server
  database) has exactly the models' schema (Alembic's compare_metadata);
- a text at its field's declared maximum saves on both backends, one character more is
  refused by the checks with a message (never a database error).
"""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Boolean, Date, Float, Integer, String, Text, inspect, text
from sqlalchemy.sql.type_api import TypeEngine

from baitp_desktop.core.crf_forms import FORMS, PARTICIPANT_FORM, RECORD_KINDS
from baitp_desktop.core.errors import InvalidInput
from baitp_desktop.core.forms import FieldSpec, FieldType, FormSpec, RecordKind
from baitp_desktop.core.queries import QueryTarget
from baitp_desktop.core.records import Participant
from baitp_desktop.service import Actor, StudyService, Upsert
from baitp_desktop.service.queries import QueryService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import open_database
from baitp_desktop.storage.audit import verify
from baitp_desktop.storage.column_types import AnswersText, DecimalText
from baitp_desktop.storage.models import Base, ParticipantRow, record_model
from tests.storage.storage_helpers import DATA, scenario_participants

NURSE = Actor("nurse.a", "Nurse A", "nurse")
MONITOR = Actor("monitor.m", "Monitor M", "monitor")
# Columns that identify or version a row rather than hold a field of the form (`version`
# only on the participant: a questionnaire's names its definition).
_ROW_KEYS = {"id", "participant_pk", "version"}
_COLUMN_TYPES: dict[FieldType, type[TypeEngine[object]]] = {
    FieldType.DATE: Date,
    FieldType.INTEGER: Integer,
    FieldType.FLOAT: Float,
    FieldType.BOOLEAN: Boolean,
    FieldType.DECIMAL: DecimalText,  # the exact digits as text
    FieldType.ANSWERS: AnswersText,  # canonical JSON text
}


def _model(form: FormSpec) -> type[Base]:
    return ParticipantRow if form is PARTICIPANT_FORM else record_model(form.kind)


def _column_problem(spec: FieldSpec, column_type: TypeEngine[object], nullable: bool) -> str:
    expected_null = not (spec.required or spec.assigned or spec.default is not None)
    if nullable != expected_null:
        return f"{spec.name}: nullable {nullable}, the declaration says {expected_null}"
    if spec.datatype in (FieldType.TEXT, FieldType.CHOICE):
        if isinstance(column_type, Text) and spec.datatype is FieldType.TEXT:
            return ""  # unlimited: holds any accepted value
        if not isinstance(column_type, String) or column_type.length != spec.max_length:
            return f"{spec.name}: {column_type} for a declared maximum of {spec.max_length}"
        return ""
    if not isinstance(column_type, _COLUMN_TYPES[spec.datatype]):
        return f"{spec.name}: {column_type} for a {spec.datatype} field"
    return ""


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.kind)
def test_each_declaration_is_its_models_columns(form: FormSpec) -> None:
    model = _model(form)
    assert model.__tablename__ == form.table
    row_keys = _ROW_KEYS if model is ParticipantRow else _ROW_KEYS - {"version"}
    columns = {c.key: c for c in inspect(model).columns if c.key not in row_keys}
    assert set(columns) == set(form.field_names)
    problems = [
        _column_problem(spec, columns[spec.name].type, bool(columns[spec.name].nullable))
        for spec in form.fields
    ]
    assert [p for p in problems if p] == []


@pytest.mark.parametrize("kind", RECORD_KINDS, ids=lambda k: k.kind)
def test_each_record_kind_is_its_core_record_and_participant_attribute(kind: RecordKind) -> None:
    names = [f.name for f in dataclasses.fields(kind.record_type) if f.name != "record_id"]
    assert names == list(kind.field_names)
    assert kind.attribute in {f.name for f in dataclasses.fields(Participant)}
    assert kind.has_field(kind.date_field)
    assert kind.field(kind.date_field).datatype is FieldType.DATE


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.kind)
def test_every_code_fits_its_column_and_every_text_has_a_maximum(form: FormSpec) -> None:
    for spec in form.fields:
        if spec.datatype is FieldType.CHOICE:
            assert spec.codes is not None and spec.max_length is not None
            assert max(len(code.value) for code in spec.codes) <= spec.max_length, spec.name
        if spec.datatype is FieldType.TEXT:
            assert spec.max_length is not None, spec.name


def _schema_differences(url: str) -> list[object]:
    database = open_database(url, daily_backup=False)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        database.dispose()


def test_a_new_database_built_by_the_migrations_is_the_models(database_url: str) -> None:
    assert _schema_differences(database_url) == []


def test_the_first_release_file_upgraded_is_the_models(tmp_path: Path) -> None:
    path = tmp_path / "site.sqlite"
    shutil.copyfile(DATA / "schema_0001.sqlite", path)
    assert _schema_differences(str(path)) == []
    database = open_database(path, daily_backup=False)
    try:
        with database.engine.connect() as connection:
            tables = connection.execute(
                text("select sql from sqlite_master where name = 'adverse_event'")
            ).scalar_one()
        assert "ck_ctcae_grade" in tables and "VARCHAR(500)" in tables  # rebuilt, not lost
        with database.read_session() as session:
            assert verify(session).problem is None
    finally:
        database.dispose()


# -- the longest accepted text saves, one more is refused with a message --------------------
def _longest(kind: str, field: str) -> int:
    length = next(k for k in RECORD_KINDS if k.kind == kind).field(field).max_length
    assert length is not None
    return length


@pytest.mark.parametrize(
    ("kind", "field", "values"),
    [
        ("ae", "term", {"grade": 2, "onset": date(2022, 8, 1), "serious": False}),
        ("rescue", "therapy", {"date": date(2022, 9, 1)}),
        ("decision", "reason", {"date": date(2022, 9, 1), "action": "interrupt"}),
    ],
)
def test_text_at_the_declared_maximum_saves_and_one_more_is_refused(
    database_url: str, kind: str, field: str, values: dict[str, object]
) -> None:
    database = open_database(database_url, daily_backup=False)
    try:
        service = StudyService(database, NURSE)
        service.import_participants(scenario_participants()[:1])
        pid = service.participant_ids()[0]
        longest = "界" * _longest(kind, field)  # wide characters: the limit is in characters
        service.apply(pid, [Upsert(kind, {**values, field: longest})])
        stored = getattr(service.participant(pid), next(
            k.attribute for k in RECORD_KINDS if k.kind == kind
        ))  # fmt: skip
        assert longest in {getattr(r, field) for r in stored}
        with pytest.raises(InvalidInput) as refused:
            service.apply(pid, [Upsert(kind, {**values, field: longest + "x"})])
        assert [p.field for p in refused.value.problems] == [field]
        assert "longer than" in str(refused.value)
    finally:
        database.dispose()


def test_account_and_query_texts_at_their_column_width_save(database_url: str) -> None:
    """A printed name of 120 characters and a query on a 40-character field name save; one
    character more is refused by the service, not by the database."""
    database = open_database(database_url, daily_backup=False)
    try:
        StudyService(database, NURSE).import_participants(scenario_participants()[:1])
        admin = UserService(database).create_first_admin("admin", "Admin", "Kestrel-2207-pw")
        users = UserService(database, admin)
        users.add_user("long.name", "N" * 120, "nurse", "Lantern-2207-pw")
        with pytest.raises(InvalidInput) as refused:
            users.add_user("longer.name", "N" * 121, "nurse", "Lantern-2207-pw")
        assert [p.field for p in refused.value.problems] == ["printed_name"]
        queries = QueryService(database, MONITOR)
        pid = StudyService(database).participant_ids()[0]
        target = QueryTarget("a field", kind="participant", record_id=1, field="f" * 40)
        assert queries.raise_query(pid, target, "Please check").target.field == "f" * 40
        too_long = QueryTarget("a field", kind="participant", record_id=1, field="f" * 41)
        with pytest.raises(InvalidInput) as refused_query:
            queries.raise_query(pid, too_long, "Please check")
        assert [p.field for p in refused_query.value.problems] == ["field"]
    finally:
        database.dispose()
