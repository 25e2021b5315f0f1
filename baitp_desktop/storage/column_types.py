"""Column types for values that no SQL type keeps exactly: lab values and answers.

A lab value is compared with multiples of its ULN in decimal arithmetic on the digits as
entered (PROTOCOL.md §11). SQLite stores NUMERIC as a binary float (12.10 comes back as
12.1, 0.1 as 0.1000000000000000055…), so a value is stored as the text of its Decimal and
read back digit for digit, on SQLite and PostgreSQL alike. A questionnaire's answers are
stored as one canonical JSON text (`core.crf_forms.answers_text`): the same text the audit
trail records, so `verify` compares them as they are stored.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from baitp_desktop.core.crf_forms import answers_text
from baitp_desktop.core.numbers import as_decimal


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its exact text ("12.10" stays "12.10")."""

    impl = Text
    cache_ok = True

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal

    def compare_values(self, x: Any, y: Any) -> bool:
        """12.1 and 12.10 are equal numbers but different entries: a change is saved."""
        return x is y or (x is not None and y is not None and str(x) == str(y))

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        """A Decimal, a number, or its canonical text (a value rebuilt from the trail)."""
        if value is None:
            return None
        return str(value if isinstance(value, Decimal) else as_decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        try:
            return Decimal(str(value))
        except InvalidOperation:  # edited outside the application: `verify` names it
            return None


class AnswersText(TypeDecorator[dict[str, int | None]]):
    """{item id: answer} stored as canonical JSON text."""

    impl = Text
    cache_ok = True

    @property
    def python_type(self) -> type[dict[str, int | None]]:
        return dict

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        """A mapping, or its canonical text as the trail holds it (stored unchanged)."""
        if value is None:
            return None
        return answers_text(value) if isinstance(value, dict) else str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> dict[str, int | None] | None:
        if value is None:
            return None
        try:
            loaded = json.loads(value)
        except ValueError:  # edited outside the application: `verify` names it
            return {}
        return loaded if isinstance(loaded, dict) else {}
