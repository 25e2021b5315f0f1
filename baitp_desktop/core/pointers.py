"""Where a finding (or a query) points: one typed form of `Finding.record`, one parser.

The text form is part of the command-line contract (INTERCHANGE.md, `validate --json`):

    screening:<part>            the screening form (`screening:itp_history` too)
    first_dose                  Day 1
    dose:<date>  count:<date>   one dated record (also bleeding:, decision:, lab:,
                                questionnaire:)
    diary:<first>/<last>        a run of diary days
    visit:<visit id>            a visit (also qol:<visit id>)
    ae:<number>  rescue:<number>   a numbered log line
    lab:<date>:<analyte>        one analyte of a laboratory panel
    medication:<start>:<name>   a medication by its start date and normalised name

`parse_pointer` turns that text into a `Pointer` (None for text it does not know, so a
screen can ignore a pointer it cannot show), and `str(pointer)` gives the text back
exactly; the tabs, the dashboard and the reports read the parts instead of splitting
strings themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from baitp_desktop.core.entry_checks import parse_iso_date

# Pointer kinds by the shape of what follows the colon.
DATED_KINDS = frozenset({"dose", "count", "bleeding", "decision", "lab", "questionnaire"})
NUMBERED_KINDS = frozenset({"ae", "rescue"})
NAMED_KINDS = frozenset({"screening", "visit", "qol"})
FIRST_DOSE = "first_dose"


@dataclass(frozen=True, slots=True)
class Pointer:
    """A parsed pointer; which parts are set depends on the kind (see the module text).

    `first`: the date of a dated pointer, a diary run's first day, a medication's start;
    `last`: a diary run's last day; `number`: a log line's number; `part`: the screening
    part, a visit id, a lab analyte or a medication name.
    """

    kind: str
    first: date | None = None
    last: date | None = None
    number: int | None = None
    part: str | None = None

    def __str__(self) -> str:
        if self.kind == FIRST_DOSE:
            return FIRST_DOSE
        if self.kind == "diary" and self.first and self.last:
            return f"diary:{self.first.isoformat()}/{self.last.isoformat()}"
        if self.kind in NUMBERED_KINDS:
            return f"{self.kind}:{self.number}"
        if self.kind in NAMED_KINDS:
            return f"{self.kind}:{self.part}"
        text = f"{self.kind}:{self.first.isoformat() if self.first else ''}"
        return f"{text}:{self.part}" if self.part is not None else text

    @property
    def days(self) -> list[date]:
        """Every day the pointer covers: a diary run's days, or the one date."""
        if self.first is None:
            return []
        last = self.last or self.first
        return [self.first + timedelta(days=n) for n in range((last - self.first).days + 1)]


def dated(kind: str, day: date, part: str | None = None) -> Pointer:
    """`count:<date>`, `lab:<date>:<analyte>`, `medication:<start>:<name>`, …"""
    return Pointer(kind, first=day, part=part)


def numbered(kind: str, number: int) -> Pointer:
    return Pointer(kind, number=number)


def named(kind: str, part: str) -> Pointer:
    """`screening:<part>`, `visit:<visit id>`, `qol:<visit id>`."""
    return Pointer(kind, part=part)


def diary(first: date, last: date) -> Pointer:
    return Pointer("diary", first=first, last=last)


def pointer_kind(text: str) -> str:
    """The kind a pointer text starts with, also for an incomplete one (`count:` names a
    count whose record has since been deleted)."""
    return text.partition(":")[0]


def parse_pointer(text: str) -> Pointer | None:
    """The pointer a text names, or None when it is not one of the known forms."""
    if text == FIRST_DOSE:
        return Pointer(FIRST_DOSE)
    kind, colon, rest = text.partition(":")
    if not colon:
        return None
    try:
        if kind in NAMED_KINDS:
            return named(kind, rest) if rest else None
        if kind in NUMBERED_KINDS:
            return numbered(kind, int(rest)) if rest.isascii() and rest.isdigit() else None
        if kind == "diary":
            first_text, slash, last_text = rest.partition("/")
            if not slash:
                return None
            first, last = parse_iso_date(first_text), parse_iso_date(last_text)
            return diary(first, last) if first <= last else None
        if kind in DATED_KINDS or kind == "medication":
            day, colon, part = rest.partition(":")
            if colon and (kind not in ("lab", "medication") or not part):
                return None
            if kind == "medication" and not colon:
                return None
            return dated(kind, parse_iso_date(day), part if colon else None)
    except ValueError:
        return None
    return None
