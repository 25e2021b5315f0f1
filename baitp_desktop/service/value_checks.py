"""Checks on a record's final values before it is written (GUI and command line alike).

What to check comes from the form's declaration (core.crf_forms): each field's type,
whether it is required, its limits and code list, and the checks across fields
(resolution after onset, a reason with a discontinuation date). The per-value checks are
those of `core.entry_checks`, the same ones the import and the GUI's fields use.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from baitp_desktop.core import entry_checks as checks
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.crf_forms import PARTICIPANT_FORM, record_kind
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.forms import FieldSpec, FieldType, FormSpec
from baitp_desktop.core.numbers import as_decimal
from baitp_desktop.i18n import tr

Problems = list[InputProblem]
# The longest text of a lab value stored ("12.1" is 4): more digits than any lab reports.
MAX_DECIMAL_TEXT = 30


class _Checker:
    def __init__(self, participant: str, record: str, today: date, config: ProtocolConfig) -> None:
        self.participant = participant
        self.record = record
        self.today = today
        self.config = config
        self.problems: Problems = []

    def fail(self, field: str, message: str) -> None:
        self.problems.append(InputProblem(self.participant, self.record, field, message))

    def date(self, values: dict[str, Any], field: str, required: bool = False) -> None:
        value = values.get(field)
        if value is None:
            if required:
                self.fail(field, tr("Entry", "required"))
            return
        if not isinstance(value, date):
            self.fail(field, tr("Entry", "not a date in the form YYYY-MM-DD"))
            return
        if (message := checks.check_date(value, self.today)) is not None:
            self.fail(field, message)

    def number(
        self,
        values: dict[str, Any],
        field: str,
        check: Callable[[float], str | None],
        required: bool = False,
    ) -> None:
        value = values.get(field)
        if value is None:
            if required:
                self.fail(field, tr("Entry", "required"))
            return
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(field, tr("Entry", "not a number"))
            return
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an integer beyond any float (JSON allows 10**400)
            finite = False
        if not finite:
            self.fail(field, tr("Entry", "not a number"))
            return
        if (message := check(float(value))) is not None:
            self.fail(field, message)

    def boolean(self, values: dict[str, Any], field: str, required: bool = False) -> None:
        value = values.get(field)
        if value is None:
            if required:
                self.fail(field, tr("Entry", "required"))
        elif not isinstance(value, bool):
            self.fail(field, tr("Entry", "must be yes or no"))

    def choice(
        self, values: dict[str, Any], field: str, enum: type[StrEnum], required: bool = False
    ) -> None:
        value = values.get(field)
        if value is None:
            if required:
                self.fail(field, tr("Entry", "required"))
        elif not isinstance(value, str) or value not in {m.value for m in enum}:
            self.fail(field, tr("Entry", "not one of the allowed values"))

    def text(
        self,
        values: dict[str, Any],
        field: str,
        required: bool = False,
        limit: int = 500,
        check: Callable[[str], str | None] | None = None,
    ) -> None:
        """Text within `limit` characters, or as `check` (e.g. initials) requires."""
        value = values.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(field, tr("Entry", "required"))
            return
        if not isinstance(value, str):
            self.fail(field, tr("Entry", "must be text"))
            return
        message = check(value) if check is not None else checks.check_text(value, limit)
        if message is not None:
            self.fail(field, message)

    def decimal(self, spec: FieldSpec, values: dict[str, Any], required: bool) -> None:
        """A number kept with its digits (a lab value): finite, not absurdly long, and as
        the field's check says (the unit checks of PROTOCOL.md §11)."""
        value = values.get(spec.name)
        if value is None:
            if required:
                self.fail(spec.name, tr("Entry", "required"))
            return
        if isinstance(value, bool) or not isinstance(value, Decimal | int | float):
            self.fail(spec.name, tr("Entry", "not a number"))
            return
        number = as_decimal(value)
        if not number.is_finite():
            self.fail(spec.name, tr("Entry", "not a number"))
        elif len(str(number)) > MAX_DECIMAL_TEXT:
            self.fail(spec.name, tr("Entry", "too many digits"))
        elif spec.decimal_check is not None and (
            message := spec.decimal_check(spec.name, number, self.config)
        ):
            self.fail(spec.name, message)

    def answers(self, values: dict[str, Any], field: str, required: bool) -> None:
        """A questionnaire's answers: a mapping (its items are checked by the form's
        record check, against the definition the questionnaire names)."""
        value = values.get(field)
        if value is None:
            if required:
                self.fail(field, tr("Entry", "required"))
        elif not isinstance(value, dict):
            self.fail(field, tr("Entry", "not one of the allowed values"))

    def declared(self, spec: FieldSpec, values: dict[str, Any]) -> None:
        """Check one field as its declaration says."""
        name, required = spec.name, spec.is_required(values)
        kind = spec.datatype
        if kind is FieldType.DATE:
            self.date(values, name, required)
        elif kind in (FieldType.INTEGER, FieldType.FLOAT):
            self.number(values, name, self._number_check(spec), required)
        elif kind is FieldType.BOOLEAN:
            self.boolean(values, name, required)
        elif kind is FieldType.CHOICE:
            assert spec.codes is not None, f"{name}: a choice without codes"
            self.choice(values, name, spec.codes, required)
        elif kind is FieldType.DECIMAL:
            self.decimal(spec, values, required)
        elif kind is FieldType.ANSWERS:
            self.answers(values, name, required)
        else:
            self.text(values, name, required, spec.max_length or 500, spec.text_check)

    def _number_check(self, spec: FieldSpec) -> Callable[[float], str | None]:
        declared, config = spec.number_check, self.config
        if declared is None:
            return lambda _value: None
        return lambda value: declared(value, config)


def check_form(
    form: FormSpec,
    values: dict[str, Any],
    *,
    participant: str,
    record: str,
    today: date,
    config: ProtocolConfig,
) -> Problems:
    """Problems with the final values of one row of `form` (empty when acceptable): every
    field the caller gives, then the checks across fields."""
    c = _Checker(participant, record, today, config)
    for spec in form.entry_fields:
        c.declared(spec, values)
    for cross in form.checks:
        if (problem := cross.problem(values)) is not None:
            c.fail(*problem)
    for record_check in form.record_checks:
        for problem in record_check.problems(values, config):
            c.fail(*problem)
    return c.problems


def check_record(
    kind: str,
    values: dict[str, Any],
    *,
    participant: str,
    record: str,
    today: date,
    config: ProtocolConfig,
) -> Problems:
    """Problems with the final values of one record of `kind` (empty when acceptable)."""
    form = record_kind(kind)  # ValueError for an unknown kind
    return check_form(
        form, values, participant=participant, record=record, today=today, config=config
    )


def check_participant(
    values: dict[str, Any], *, participant: str, today: date, config: ProtocolConfig
) -> Problems:
    """Problems with the final values of the participant row (demographics, screening, end)."""
    return check_form(
        PARTICIPANT_FORM,
        values,
        participant=participant,
        record="participant",
        today=today,
        config=config,
    )
