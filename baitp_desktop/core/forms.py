"""What a CRF form is: its fields and the facts of its kind of record, declared once.

A form's facts used to be written out by hand in every layer that touched it: the service's
field lists and checks, the storage loops, the audit labels, the dashboard's tab, the
export columns, the paper pages. Each layer now reads them from a declaration made of the
types below (the declarations themselves are in `core.crf_forms`), so a new form is one
declaration plus its ORM class and migration.

Everything here is plain data and Qt-free; labels are English source strings marked with
`tr_noop` and translated when shown (`FieldSpec.title`, `FormSpec.title`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.i18n import tr

FORMS_CONTEXT = "Forms"  # translation context of field and form labels
ENTRY_CONTEXT = "Entry"  # translation context of refusal messages (as core.entry_checks)

NumberCheck = Callable[[float, ProtocolConfig], str | None]
DecimalCheck = Callable[[str, Decimal, ProtocolConfig], str | None]
TextCheck = Callable[[str], str | None]


class FieldType(StrEnum):
    """How a value is typed, checked, stored and exported (the ODM DataType in brackets)."""

    TEXT = "text"  # (text)
    INTEGER = "integer"  # (integer)
    FLOAT = "float"  # (float)
    DATE = "date"  # (date)
    BOOLEAN = "boolean"  # (text, code list NY)
    CHOICE = "choice"  # (text, one of the field's `codes`)
    DECIMAL = "decimal"  # (float; kept with the digits as entered, stored as exact text)
    ANSWERS = "answers"  # (text: {item id: answer} as canonical JSON)

    @property
    def odm_type(self) -> str:
        """The ODM/data-dictionary type of values of this kind."""
        return _ODM_TYPES[self]


_ODM_TYPES = {
    FieldType.TEXT: "text",
    FieldType.INTEGER: "integer",
    FieldType.FLOAT: "float",
    FieldType.DATE: "date",
    FieldType.BOOLEAN: "text",
    FieldType.CHOICE: "text",
    FieldType.DECIMAL: "float",
    FieldType.ANSWERS: "text",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldSpec:
    """One field of a form: what it holds, how it is checked, named, shown and exported.

    - `max_length`: the longest text a TEXT field accepts and the width of its column (and
      of a CHOICE field's column); the value check and the ORM column both read it, so a
      value the check accepts always fits the column.
    - `number_check`: an `entry_checks` function (given the protocol configuration) for a
      number; `decimal_check` the same for a DECIMAL field (given the field's name, since
      a lab's unit checks depend on the analyte); `text_check` replaces the usual length
      and control-character check.
    - `required_when`: the name of a yes/no field that makes this one required when yes
      (a dose in mg when the dose was taken).
    - `suggestions`: common values offered in a list (stored in English, shown translated);
      anything else may be typed.
    - `assigned`: set by the application, never typed (an AE's number, the participant id).
    - `default`: stored when a new record leaves the field out (a decision's reason "").
    - `cdash`/`cdash_label`/`codelist`: the export variable, its English label (default:
      `label`) and its code list.
    - `code`: shown before the label (a criterion's "I1").
    """

    name: str
    label: str
    datatype: FieldType
    required: bool = False
    required_when: str | None = None
    number_check: NumberCheck | None = None
    decimal_check: DecimalCheck | None = None
    text_check: TextCheck | None = None
    max_length: int | None = None
    codes: type[StrEnum] | None = None
    suggestions: tuple[str, ...] = ()
    unit: str = ""
    assigned: bool = False
    default: Any = None
    cdash: str | None = None
    cdash_label: str | None = None
    codelist: str | None = None
    context: str = FORMS_CONTEXT
    code: str = ""

    def title(self) -> str:
        """The field's label in the current language ("Onset date", "发生日期")."""
        text = tr(self.context, self.label)
        return f"{self.code} {text}" if self.code else text

    def is_required(self, values: Mapping[str, Any]) -> bool:
        """Required always, or because the yes/no field it depends on is yes."""
        return self.required or (
            self.required_when is not None and bool(values.get(self.required_when))
        )

    @property
    def odm_type(self) -> str:
        return self.datatype.odm_type

    @property
    def export_codelist(self) -> str | None:
        """The export code list: the declared one, yes/no (NY) for a yes/no field."""
        return self.codelist or ("NY" if self.datatype is FieldType.BOOLEAN else None)

    @property
    def export_label(self) -> str:
        """The English label of the export variable (data dictionary, ODM)."""
        return self.cdash_label or self.label


@dataclass(frozen=True, slots=True)
class DateOrder:
    """Two dates of one record in order (onset before resolution); refused at `at`.

    `strict`: the later date must be after the earlier one, not on the same day.
    """

    earlier: str
    later: str
    message: str  # English, tr_noop("Entry", …)
    at: str
    strict: bool = False

    def problem(self, values: Mapping[str, Any]) -> tuple[str, str] | None:
        first, second = values.get(self.earlier), values.get(self.later)
        if not (isinstance(first, date) and isinstance(second, date)):
            return None
        wrong = second <= first if self.strict else second < first
        return (self.at, tr(ENTRY_CONTEXT, self.message)) if wrong else None


@dataclass(frozen=True, slots=True)
class BothOrNeither:
    """Two fields given together or not at all (a discontinuation's date and reason);
    refused at the one that is missing."""

    first: str
    second: str
    message: str  # English, tr_noop("Entry", …)

    def problem(self, values: Mapping[str, Any]) -> tuple[str, str] | None:
        has_first = values.get(self.first) is not None
        if has_first == (values.get(self.second) is not None):
            return None
        return (self.second if has_first else self.first, tr(ENTRY_CONTEXT, self.message))


@dataclass(frozen=True, slots=True)
class AllowedWhen:
    """`field` may hold a value only while `when` holds one of `values` (a therapy's name
    only for `other`, an end date only when no longer ongoing); with `required` it must
    then hold one. Refused at `field`."""

    field: str
    when: str
    values: tuple[Any, ...]
    message: str  # English, tr_noop("Entry", …): given where it may not be
    required: str | None = None  # English: missing where it must be given

    def problem(self, values: Mapping[str, Any]) -> tuple[str, str] | None:
        given = values.get(self.field) is not None
        allowed = values.get(self.when) in self.values
        if given and not allowed:
            return (self.field, tr(ENTRY_CONTEXT, self.message))
        if self.required is not None and allowed and not given:
            return (self.field, tr(ENTRY_CONTEXT, self.required))
        return None


@dataclass(frozen=True, slots=True)
class RecordCheck:
    """A check of a whole record that needs the protocol configuration (a questionnaire's
    answers against the definition it names): (field, message) pairs, empty when fine."""

    check: Callable[[Mapping[str, Any], ProtocolConfig], list[tuple[str, str]]]

    def problems(self, values: Mapping[str, Any], config: ProtocolConfig) -> list[tuple[str, str]]:
        return self.check(values, config)


CrossCheck = DateOrder | BothOrNeither | AllowedWhen


@dataclass(frozen=True, slots=True)
class ExportColumn:
    """A column the exports add to a record's row that no field holds (a constant such as
    the category of a rescue therapy, or a unit given only with its value)."""

    name: str
    label: str
    value: Callable[[Any], Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class FormSpec:
    """A form stored as one table: its fields, checks across fields and audit label.

    `audit_label` is the English template that names a row in the audit trail
    ("AE {number}"); it is stored in every entry and hashed into the chain, so it must
    never change for an existing form.
    """

    kind: str
    label: str
    table: str
    fields: tuple[FieldSpec, ...]
    audit_label: str
    checks: tuple[CrossCheck, ...] = ()
    record_checks: tuple[RecordCheck, ...] = ()

    def title(self) -> str:
        return tr(FORMS_CONTEXT, self.label)

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.kind} has no field {name!r}")

    def has_field(self, name: str) -> bool:
        return any(spec.name == name for spec in self.fields)

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields)

    @property
    def entry_fields(self) -> tuple[FieldSpec, ...]:
        """The fields a person (or a caller of the service) gives; not the assigned ones."""
        return tuple(spec for spec in self.fields if not spec.assigned)

    @property
    def entry_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.entry_fields)

    def record_label(self, values: Mapping[str, Any]) -> str:
        """How a row is named in the audit trail (stable English; see `audit_label`)."""
        return self.audit_label.format(**values)


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordKind(FormSpec):
    """A kind of CRF record: many per participant, each a row of its own table.

    - `record_type`: the core dataclass (its fields are the declared fields plus
      `record_id`); `attribute`: the `Participant` attribute holding them.
    - `date_field`: the date that places a record in a visit window; a visit signature
      covers the records whose date falls in its window (`signed_by_date`).
    - numbered kinds (a field `number`, assigned) are addressed by that stable number;
      `unique_date_message` makes a kind one-per-day (the diary) and says so when refused.
    - `one_per_date`: an `entry_checks` function refusing a second record of the kind on
      one date (a lab panel), given the dates of the participant's other records; unlike
      the diary such a record is addressed by its id and may move to a free date.
    - `end_field`: the date a record ends on (an AE's resolution, a medication's stop);
      a visit signature covers what ended since the last visit.
    - `listed_by_date` False: records are listed in the order entered (or imported), as a
      site keeps a medication list, not by date (a history's start may be unknown).
    - `signed_by_date` False: the screening signature covers every record of the kind
      (prior therapies, medical history), whatever its dates.
    - `tab`: the CRF tab that shows the records; `plain_log`: shown by the generic log form.
    - `domain`/`domain_label`: the export domain; `visit_placed`: export rows carry the
      visit their date belongs to; `export_columns`/`domain_columns`: columns the export
      adds and the variable order when it is not the fields' order.
    """

    record_type: type
    attribute: str
    date_field: str
    tab: str
    domain: str
    domain_label: str
    signed_by_date: bool = True
    unique_date_message: str | None = None
    one_per_date: Callable[[Iterable[date], date], str | None] | None = None
    end_field: str | None = None
    listed_by_date: bool = True
    plain_log: bool = False
    visit_placed: bool = False
    export_columns: tuple[ExportColumn, ...] = ()
    domain_columns: tuple[str, ...] = ()

    @property
    def exported(self) -> tuple[tuple[str, FieldSpec], ...]:
        """(export variable, field) of every field with an export name, in field order."""
        return tuple((spec.cdash, spec) for spec in self.fields if spec.cdash is not None)

    @property
    def numbered(self) -> bool:
        return self.has_field("number") and self.field("number").assigned

    def record_date(self, record: Any) -> date:
        """The date that places a record in a visit (an AE: its onset)."""
        day: date = getattr(record, self.date_field)
        return day

    def record_end(self, record: Any) -> date | None:
        """The date a record ended (None: ongoing, or a kind that does not end)."""
        if self.end_field is None:
            return None
        day: date | None = getattr(record, self.end_field, None)
        return day

    def values_of(self, record: Any) -> dict[str, Any]:
        """A core record's declared fields as stored values (coded values as their code)."""
        return {spec.name: plain(getattr(record, spec.name)) for spec in self.fields}

    def record_from(self, values: Mapping[str, Any], record_id: int | None) -> Any:
        """A core record from stored values (codes back to their enum members)."""
        return self.reader()([values.get(name) for name in self.field_names], record_id)

    def reader(self) -> Callable[[Sequence[Any], int | None], Any]:
        """Makes core records from stored values given in field order (a row read by the
        repository): a study's worth of rows is read without a dictionary per row."""
        make, codes = self.record_type, [spec.codes for spec in self.fields]
        if not any(codes):
            return lambda values, record_id: make(*values, record_id=record_id)

        def read(values: Sequence[Any], record_id: int | None) -> Any:
            typed_values = [
                value if code is None or value is None else code(value)
                for value, code in zip(values, codes, strict=True)
            ]
            return make(*typed_values, record_id=record_id)

        return read


def plain(value: Any) -> Any:
    """A coded value as stored (its code); anything else as it is."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dict):  # a questionnaire's answers: a copy the caller cannot change
        return dict(value)
    return value
