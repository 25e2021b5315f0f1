"""Refusals of the service layer, each with a message the person at the screen can act on."""

from __future__ import annotations

from baitp_desktop.core.errors import UserFacingError


class ConflictError(UserFacingError):
    """Someone else saved this participant since it was opened: reload, nothing overwritten."""

    exit_code = 4

    def __init__(self, message: str, changed_by: str | None, changed_at: str | None) -> None:
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at


class ReasonRequired(UserFacingError):
    """A saved value would change: a reason for the change must be given (audit trail)."""

    exit_code = 2

    def __init__(self, message: str, records: list[str]) -> None:
        super().__init__(message)
        self.records = records


class NotFound(UserFacingError):
    exit_code = 2
