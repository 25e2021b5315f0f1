"""Errors meant for people: what went wrong, where, and what to do.

`UserFacingError` is the one exception type whose message is shown as it stands (by the
command line on stderr, by the GUI in a message box or at the field). Anything else that
escapes is a bug and is reported as one.
"""

from __future__ import annotations

from dataclasses import dataclass


class UserFacingError(Exception):
    """An error whose message a nurse or a monitor can act on."""

    exit_code = 1


@dataclass(frozen=True, slots=True)
class InputProblem:
    """One refused value: which participant, which record, which field, and why."""

    participant: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.participant, self.record) if part)
        target = f"{where}, {self.field}" if where else self.field
        return f"{target}: {self.message}"


class InvalidInput(UserFacingError):
    """Input refused as a whole (nothing was stored); lists every problem found."""

    exit_code = 2

    def __init__(self, problems: list[InputProblem]) -> None:
        self.problems = problems
        lines = [str(p) for p in problems[:50]]
        if len(problems) > 50:
            lines.append(f"... and {len(problems) - 50} more problems")
        super().__init__("\n".join(lines))
