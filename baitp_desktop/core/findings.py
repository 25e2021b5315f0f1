"""What the validator reports: a finding with its code, severity, date, record and message."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from baitp_desktop.i18n import tr, tr_n


class Severity(StrEnum):
    """Ordered most to least serious; the GUI shows red / amber / blue with an icon."""

    MAJOR = "major"
    MINOR = "minor"
    QUERY = "query"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.MAJOR: 0, Severity.MINOR: 1, Severity.QUERY: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One protocol deviation or data query.

    `record` points at what the finding is about, in a form the GUI can jump to:
    `screening:<part>`, `dose:<date>`, `diary:<first>/<last>`, `visit:<id>`,
    `count:<date>`, `ae:<number>`, `first_dose`, `medication:<start>:<name>`,
    `lab:<date>[:<analyte>]`, `qol:<visit id>`, `questionnaire:<date>` (INTERCHANGE.md).
    `explained` is the reason of the finding's current explanation (PROTOCOL.md §13): the
    finding still stands, but someone has said why it is acceptable.
    """

    participant_id: str
    code: str
    severity: Severity
    date: date
    record: str
    message: str
    explained: str | None = None

    @property
    def sort_key(self) -> tuple[str, datetime.date, str, str]:
        return (self.participant_id, self.date, self.code, self.record)

    @property
    def key(self) -> tuple[str, datetime.date, str]:
        """What an explanation is matched by, within the participant: code, date, record."""
        return (self.code, self.date, self.record)

    def to_json(self) -> dict[str, str | None]:
        return {
            "participant_id": self.participant_id,
            "code": self.code,
            "severity": self.severity.value,
            "date": self.date.isoformat(),
            "message": self.message,
            "record": self.record,
            "explained": self.explained,
        }


def severity_counts(findings: Iterable[Finding]) -> dict[Severity, int]:
    """How many findings of each severity (every severity present, zero or not)."""
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def severity_summary(findings: Iterable[Finding]) -> str:
    """'2 major, 0 minor, 1 query' in the current language: the screens, the CLI and the
    PDFs count findings in the same words."""
    counts = severity_counts(findings)
    queries = counts[Severity.QUERY]
    return tr("Findings", "{major} major, {minor} minor, {queries}").format(
        major=counts[Severity.MAJOR],
        minor=counts[Severity.MINOR],
        queries=tr_n("Findings", "{n} query", "{n} queries", queries).format(n=queries),
    )
