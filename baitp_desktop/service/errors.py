"""Refusals of the service layer, each with a message the person at the screen can act on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from baitp_desktop.core.errors import UserFacingError


class ConflictError(UserFacingError):
    """Someone else saved this participant since it was opened: reload, nothing overwritten."""

    exit_code = 4

    def __init__(self, message: str, changed_by: str | None, changed_at: str | None) -> None:
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at


@dataclass(frozen=True)
class ChangeNeedingReason:
    """One saved value that would change (`field` set) or one record deleted (`field` None),
    as the audit trail will name it: the record's label and the values as canonical text."""

    record: str
    field: str | None = None
    old: str | None = None
    new: str | None = None

    @property
    def is_deletion(self) -> bool:
        return self.field is None


class ReasonRequired(UserFacingError):
    """A saved value would change: a reason for the change must be given (audit trail).

    `records` names each change in one line; `changes` gives them apart (record, field,
    old and new value), so that a screen can say exactly what will change.
    """

    exit_code = 2

    def __init__(
        self,
        message: str,
        records: list[str],
        changes: Sequence[ChangeNeedingReason] = (),
    ) -> None:
        super().__init__(message)
        self.records = records
        self.changes = tuple(changes)


class NotFound(UserFacingError):
    exit_code = 2
