"""The protocol validator: every rule over every participant, as of one date (PROTOCOL.md §6).

The rules see the participant as known on "as of" (`core.as_of`, §8): nothing dated later
exists for them. Each finding then carries its current explanation, if any (§13).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from baitp_desktop.core.as_of import known_as_of
from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.explanations import explain
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.records import Participant
from baitp_desktop.core.rules import RULES


def validate_participant(
    participant: Participant, as_of: date, config: ProtocolConfig | None = None
) -> list[Finding]:
    """All findings for one participant dated on or before `as_of`, sorted."""
    course = Course(known_as_of(participant, as_of), config or default_config())
    findings = [
        finding
        for rule in RULES.values()
        for finding in rule.run(course, as_of)
        if finding.date <= as_of
    ]
    findings = explain(findings, participant.explanations)
    findings.sort(key=lambda f: f.sort_key)
    return findings


def validate_study(
    participants: Iterable[Participant], as_of: date, config: ProtocolConfig | None = None
) -> list[Finding]:
    """All findings, sorted by participant id, then date, then code (INTERCHANGE.md)."""
    config = config or default_config()
    findings = [f for p in participants for f in validate_participant(p, as_of, config)]
    findings.sort(key=lambda f: f.sort_key)
    return findings
