"""Checks on a record's final values before it is written (GUI and command line alike).

The per-value checks come from `core.entry_checks`, the same ones the import and the
GUI's field validators use; the checks across fields (resolution after onset, a reason
with a discontinuation date) live here.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any

from baitp_desktop.core import entry_checks as checks
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.records import (
    LAB_FIELDS,
    AeAction,
    AeOutcome,
    DecisionAction,
    DiscontinuationReason,
    Relationship,
    Sex,
)
from baitp_desktop.i18n import tr

Problems = list[InputProblem]


class _Checker:
    def __init__(self, participant: str, record: str, today: date, config: ProtocolConfig) -> None:
        self.participant = participant
        self.record = record
        self.today = today
        self.config = config
        self.problems: Problems = []

    def fail(self, field: str, message: str) -> None:
        self.problems.append(InputProblem(self.participant, self.record, field, message))

    def required(self, values: dict[str, Any], field: str) -> bool:
        if values.get(field) is None or values.get(field) == "":
            self.fail(field, tr("Entry", "required"))
            return False
        return True

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
        self, values: dict[str, Any], field: str, required: bool = False, limit: int = 500
    ) -> None:
        value = values.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(field, tr("Entry", "required"))
            return
        if not isinstance(value, str):
            self.fail(field, tr("Entry", "must be text"))
        elif (message := checks.check_text(value, limit)) is not None:
            self.fail(field, message)


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
    c = _Checker(participant, record, today, config)
    if kind != "ae":
        c.date(values, "date", required=True)
    if kind == "dose":
        c.boolean(values, "taken", required=True)
        c.number(values, "dose_mg", checks.check_dose_mg, required=bool(values.get("taken")))
    elif kind == "decision":
        c.choice(values, "action", DecisionAction, required=True)
        c.text(values, "reason")
    elif kind == "count":
        c.number(values, "value", lambda v: checks.check_platelets(v, config), required=True)
    elif kind == "bleeding":
        c.number(values, "who_grade", lambda v: checks.check_who_grade(v, config), required=True)
    elif kind == "rescue":
        c.text(values, "therapy", required=True, limit=200)
    elif kind == "ae":
        c.text(values, "term", required=True, limit=200)
        c.number(values, "grade", lambda v: checks.check_ctcae_grade(v, config), required=True)
        for field in ("onset", "resolved", "aware_date", "reported_date"):
            c.date(values, field, required=field == "onset")
        c.boolean(values, "serious", required=True)
        c.choice(values, "relationship", Relationship)
        c.choice(values, "action", AeAction)
        c.choice(values, "outcome", AeOutcome)
        onset, resolved = values.get("onset"), values.get("resolved")
        if isinstance(onset, date) and isinstance(resolved, date) and resolved < onset:
            c.fail("resolved", tr("Entry", "resolution date is before the onset"))
        aware, reported = values.get("aware_date"), values.get("reported_date")
        if isinstance(aware, date) and isinstance(reported, date) and reported < aware:
            c.fail("reported_date", tr("Entry", "reported to the sponsor before awareness"))
    else:
        raise ValueError(f"unknown record kind {kind!r}")
    return c.problems


def check_participant(
    values: dict[str, Any], *, participant: str, today: date, config: ProtocolConfig
) -> Problems:
    """Problems with the final values of the participant row (demographics, screening, end)."""
    c = _Checker(participant, "participant", today, config)
    initials = values.get("initials")
    if c.required(values, "initials"):
        if not isinstance(initials, str):
            c.fail("initials", tr("Entry", "must be text"))
        elif (message := checks.check_initials(initials)) is not None:
            c.fail("initials", message)
    c.choice(values, "sex", Sex, required=True)
    for field in ("birth_date", "consent_date"):
        c.date(values, field, required=True)
    for field in ("first_dose_date", "screening_date", "discontinuation_date"):
        c.date(values, field)
    birth, consent = values.get("birth_date"), values.get("consent_date")
    if isinstance(birth, date) and isinstance(consent, date) and birth >= consent:
        c.fail("birth_date", tr("Entry", "birth date is not before the consent date"))
    for item in ("i1", "i2", "i3", "i5", *(f"e{n}" for n in range(1, 11)), "significant_bleeding"):
        c.boolean(values, item)
    c.number(values, "screening_platelets", lambda v: checks.check_platelets(v, config))
    for key in LAB_FIELDS:
        c.number(values, key, checks.check_lab_value)
    c.choice(values, "discontinuation_reason", DiscontinuationReason)
    if (values.get("discontinuation_date") is None) != (
        values.get("discontinuation_reason") is None
    ):
        field = (
            "discontinuation_reason"
            if values.get("discontinuation_date")
            else ("discontinuation_date")
        )
        c.fail(field, tr("Entry", "a discontinuation needs both its date and its reason"))
    return c.problems
