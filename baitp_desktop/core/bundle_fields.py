"""Reading the fields of a JSON bundle strictly, collecting every problem (INTERCHANGE.md).

`FieldReader` converts one value at a time (a date, a number, a code, …) and, instead of
stopping at the first bad value, records a problem naming the participant, the record and
the field, so that a site can fix a whole file in one pass. The record readers of
`core.bundle` (the `/1` records) and `core.bundle_forms` (the `/2` forms) build on it.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from baitp_desktop.core import entry_checks as checks
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.numbers import as_decimal
from baitp_desktop.i18n import tr

E = TypeVar("E", bound=StrEnum)


class FieldReader:
    """Converts the values of one bundle, collecting every problem."""

    def __init__(self, config: ProtocolConfig, today: date) -> None:
        self.config = config
        self.today = today
        self.problems: list[InputProblem] = []
        self.participant = ""
        self.record = ""

    def problem(self, field: str, message: str) -> None:
        self.problems.append(InputProblem(self.participant, self.record, field, message))

    # -- structure -------------------------------------------------------------------------
    def keys(self, obj: Any, spec: dict[str, bool], what: str) -> bool:
        if not isinstance(obj, dict):
            self.problem(what, tr("Import", "must be a JSON object"))
            return False
        for key in obj:
            if key not in spec:
                # a blank key ("") must still be named, or the message names no field
                named = key if isinstance(key, str) and key.strip() else repr(key)
                self.problem(named, tr("Import", "unknown field"))
        for key, required in spec.items():
            if required and key not in obj:
                self.problem(key, tr("Import", "required field is missing"))
        return True

    def items(self, obj: dict[str, Any], key: str) -> list[Any]:
        value = obj.get(key, [])
        if not isinstance(value, list):
            self.problem(key, tr("Import", "must be a list"))
            return []
        return value

    # -- scalars ---------------------------------------------------------------------------
    def date(self, obj: dict[str, Any], key: str, nullable: bool = False) -> date | None:
        value = obj.get(key)
        if value is None:
            if not nullable and key in obj:
                self.problem(key, tr("Import", "a date is required"))
            return None
        try:
            parsed = checks.parse_iso_date(value)
        except ValueError as exc:
            self.problem(key, f"{value!r}: {exc}")
            return None
        if (message := checks.check_date(parsed, self.today)) is not None:
            self.problem(key, message)
            return None
        return parsed

    def number(self, obj: dict[str, Any], key: str, nullable: bool = False) -> float | None:
        value = obj.get(key)
        if value is None:
            if not nullable and key in obj:
                self.problem(key, tr("Import", "a number is required"))
            return None
        if isinstance(value, Decimal):  # a file parsed with parse_float=Decimal
            value = float(value)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(key, tr("Import", "{value!r} is not a number").format(value=value))
            return None
        if isinstance(value, int) and abs(value) > 10**15:
            self.problem(key, tr("Import", "number out of range"))
            return None
        if not math.isfinite(value):
            self.problem(key, tr("Entry", "not a number"))
            return None
        return float(value)

    def checked(
        self,
        obj: dict[str, Any],
        key: str,
        check: Callable[[float], str | None],
        nullable: bool = False,
    ) -> float | None:
        value = self.number(obj, key, nullable)
        if value is not None and (message := check(value)) is not None:
            self.problem(key, message)
            return None
        return value

    def boolean(self, obj: dict[str, Any], key: str, nullable: bool = False) -> bool | None:
        value = obj.get(key)
        if value is None:
            if not nullable and key in obj:
                self.problem(key, tr("Import", "true or false is required"))
            return None
        if not isinstance(value, bool):
            self.problem(key, tr("Import", "{value!r} is not true or false").format(value=value))
            return None
        return value

    def text(self, obj: dict[str, Any], key: str, nullable: bool = False) -> str | None:
        value = obj.get(key)
        if value is None:
            if not nullable and key in obj:
                self.problem(key, tr("Import", "text is required"))
            return None
        if not isinstance(value, str):
            self.problem(key, tr("Import", "{value!r} is not text").format(value=value))
            return None
        if (message := checks.check_text(value)) is not None:
            self.problem(key, message)
            return None
        return value

    def choice(self, obj: dict[str, Any], key: str, enum: type[E], nullable: bool) -> E | None:
        value = obj.get(key)
        if value is None:
            if not nullable and key in obj:
                self.problem(key, tr("Import", "a value is required"))
            return None
        normalised = value.strip().lower().replace(" ", "_") if isinstance(value, str) else value
        for member in enum:
            if member.value.lower() == normalised or member.value == value:
                return member
        allowed = ", ".join(m.value for m in enum)
        self.problem(
            key,
            tr("Import", "{value!r} is not one of: {allowed}").format(value=value, allowed=allowed),
        )
        return None

    def code(self, obj: dict[str, Any], key: str, enum: type[E], nullable: bool) -> E | None:
        """A code written exactly as the contract spells it (the `/2` code lists)."""
        value = obj.get(key)
        if value is None:
            if not nullable and key in obj:
                self.problem(key, tr("Import", "a value is required"))
            return None
        for member in enum:
            if member.value == value:
                return member
        allowed = ", ".join(m.value for m in enum)
        self.problem(
            key,
            tr("Import", "{value!r} is not one of: {allowed}").format(value=value, allowed=allowed),
        )
        return None

    def decimal(
        self,
        obj: dict[str, Any],
        key: str,
        check: Callable[[Decimal], str | None],
        nullable: bool = False,
    ) -> Decimal | None:
        """A number kept with the digits it was written with (a float through its repr)."""
        value = obj.get(key)
        if isinstance(value, Decimal):
            if not value.is_finite():
                self.problem(key, tr("Entry", "not a number"))
                return None
            number: Decimal | None = value
        else:
            parsed = self.number(obj, key, nullable)
            number = None if parsed is None else as_decimal(obj[key])
        if number is not None and (message := check(number)) is not None:
            self.problem(key, message)
            return None
        return number

    def integer(self, obj: dict[str, Any], key: str) -> int | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(key, tr("Import", "{value!r} is not a whole number").format(value=value))
            return None
        return value

    def each(
        self,
        obj: dict[str, Any],
        key: str,
        label: Callable[[int, Any], str],
        spec: dict[str, bool],
        build: Callable[[dict[str, Any], int], Any],
    ) -> list[Any]:
        out = []
        for index, item in enumerate(self.items(obj, key)):
            self.record = label(index, item)
            if self.keys(item, spec, key):
                built = build(item, index)
                if built is not None:
                    out.append(built)
        return out

    def one_per_date(
        self,
        name: str,
        days: list[datetime.date],
        check: Callable[[list[datetime.date], datetime.date], str | None],
    ) -> None:
        """A problem for each record dated like an earlier one of the same list."""
        for index, day in enumerate(days):
            if (message := check(days[:index], day)) is not None:
                self.record = f"{name} ({day.isoformat()})"
                self.problem("date", message)
