"""The rule registry: `@rule(CODE, severity)` binds a code to the function that finds it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding, Severity

RuleBody = Callable[[Course, date, "Rule"], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    severity: Severity
    body: RuleBody

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


RULES: dict[str, Rule] = {}


def rule(code: str, severity: Severity) -> Callable[[RuleBody], RuleBody]:
    """Register the decorated function as the one rule for `code`."""

    def register(body: RuleBody) -> RuleBody:
        if code in RULES:
            raise RuntimeError(f"two rules for {code}")
        RULES[code] = Rule(code, severity, body)
        return body

    return register
