"""The rule registry: `@rule(CODE, severity, record)` binds a code to the function that finds it.

Each rule also declares the shape of its findings' `record` (INTERCHANGE.md lists them), so
that an explanation naming a code, a date and a record can be checked against the finding
it is meant for before it is stored (PROTOCOL.md §13).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding, Severity

RuleBody = Callable[[Course, date, "Rule"], Iterator[Finding]]

# In a record pattern, FINDING_DATE is the finding's own date; ANY_DATE is another date.
FINDING_DATE = r"(?P<date>\d{4}-\d{2}-\d{2})"
ANY_DATE = r"\d{4}-\d{2}-\d{2}"


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    severity: Severity
    body: RuleBody
    record_pattern: str

    def finding(self, course: Course, day: date, record: str, message: str) -> Finding:
        return Finding(
            participant_id=course.participant.participant_id,
            code=self.code,
            severity=self.severity,
            date=day,
            record=record,
            message=message,
        )

    def run(self, course: Course, as_of: date) -> Iterator[Finding]:
        return self.body(course, as_of, self)

    def record_fits(self, record: str, day: date) -> bool:
        """Whether a finding of this code dated `day` can have this `record`."""
        match = re.fullmatch(self.record_pattern, record)
        if match is None:
            return False
        return "date" not in match.groupdict() or match.group("date") == day.isoformat()


RULES: dict[str, Rule] = {}


def rule(code: str, severity: Severity, record: str) -> Callable[[RuleBody], RuleBody]:
    """Register the decorated function as the one rule for `code`.

    `record` is a regular expression for its findings' record (FINDING_DATE, ANY_DATE).
    """

    def register(body: RuleBody) -> RuleBody:
        if code in RULES:
            raise RuntimeError(f"two rules for {code}")
        RULES[code] = Rule(code, severity, body, record)
        return body

    return register
