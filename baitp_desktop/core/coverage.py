"""What a signature covers: exactly what its printout shows, and what that is computed from.

A signature is only as good as the link between what the investigator read and what stays
locked. So one object, `Coverage`, decides both: the visit summary prints the records that
`Coverage.shows`, and the service locks (and `verify` digests) the records that
`Coverage.covers` — the shown ones plus the records the printed numbers are computed from.
Its dates are fixed when the visit is signed, so a later change elsewhere (another visit's
count, an amended protocol window) cannot move what was signed.

For a scheduled visit, the summary prints, and the signature therefore covers:
- the participant's id and initials, and Day 1 (every date is printed with its study day);
- the platelet counts of the visit's window (the visit's count and the others), the WHO
  grade on the visit's count date, and the response and baseline computed from them — so
  every count up to the visit's last day (the baseline and the interruption rule read
  them) and the screening date and count (a baseline candidate);
- dosing since the last visit: the diary days from the day after the last visit (not
  before Day 1) to this visit, every dosing decision up to this visit (the interruptions
  printed are computed from them), and the discontinuation when it is dated by then;
- adverse events ongoing or started since the last visit, and every AE at the
  discontinuation grade or worse that started between Day 1 and this visit (after its
  onset no dose is expected, which changes the printed dosing tally);
- rescue therapy since the last visit;
- the safety lab panels and the questionnaire dated in the visit's window, and the
  medications started or stopped since the last visit.
The screening signature covers the screening form (not Day 1: that is set at enrolment)
with the ITP history, the prior ITP therapies and the medical history; the casebook
signature covers everything.

Signatures made before signing keys existed keep their old rule (`legacy`): the records
dated in the visit's window, the screening form, Day 1 for the baseline visit.

Plain Python: the reports, the service and the offline checks share it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from baitp_desktop.core.canonical import canonical_digest
from baitp_desktop.core.course import Course
from baitp_desktop.core.crf_forms import RECORD_KINDS, record_kind
from baitp_desktop.core.records import Participant

SCREENING_VISIT = "screening"
BASELINE_VISIT = "baseline"

# The date that places a record of each kind in a visit window, and the records of each
# kind as a Participant holds them: read from the declarations (core.crf_forms). Kinds not
# signed by date (prior therapies, medical history) belong to the screening form.
DATE_FIELD_OF_KIND: dict[str, str] = {
    k.kind: k.date_field for k in RECORD_KINDS if k.signed_by_date
}
RECORDS_OF_KIND: dict[str, str] = {k.kind: k.attribute for k in RECORD_KINDS}
SCREENING_KINDS: frozenset[str] = frozenset(k.kind for k in RECORD_KINDS if not k.signed_by_date)

# Participant-row fields that are not part of the screening form: Day 1 (set at enrolment)
# and the end-of-treatment form.
_NOT_SCREENING_FORM = frozenset(
    {"first_dose_date", "discontinuation_date", "discontinuation_reason"}
)
_DISCONTINUATION = frozenset({"discontinuation_date", "discontinuation_reason"})
# What a scheduled visit's summary prints of the participant row, or computes from it:
# the header (id, initials), study days (Day 1), the baseline's screening candidate.
_VISIT_FIELDS = frozenset(
    {"participant_id", "initials", "first_dose_date", "screening_date", "screening_platelets"}
)
_DAY1_FIELDS = frozenset({"first_dose_date"})


class SignatureScope(StrEnum):
    VISIT = "visit"
    CASEBOOK = "casebook"


@dataclass(frozen=True, slots=True)
class RecordFacts:
    """What coverage reads of a record: the date that places it, the date it ended (an
    AE's resolution, a medication's stop) and an AE's grade."""

    day: date | None
    resolved: date | None = None
    grade: int | None = None


def facts_of(kind: str, record: object) -> RecordFacts:
    """The facts of a core record or a stored row (both name their fields alike)."""
    declared = record_kind(kind)
    day = getattr(record, declared.date_field, None)
    end = getattr(record, declared.end_field, None) if declared.end_field else None
    return RecordFacts(day, end, getattr(record, "grade", None) if kind == "ae" else None)


def facts_from_text(kind: str, texts: Mapping[str, str | None]) -> RecordFacts:
    """The facts of a record given as audit-trail text (field -> canonical value)."""
    declared = record_kind(kind)

    def day(name: str | None) -> date | None:
        text = texts.get(name) if name else None
        return date.fromisoformat(text) if text else None

    grade = texts.get("grade") if kind == "ae" else None
    return RecordFacts(
        day(declared.date_field), day(declared.end_field), int(grade) if grade else None
    )


def _within(day: date | None, first: date | None, last: date | None) -> bool:
    return day is not None and first is not None and last is not None and first <= day <= last


@dataclass(frozen=True, slots=True)
class Coverage:
    """What one signature covers, with the dates fixed when it was made.

    `first`..`last` are the days since the last visit (`last` is the visit's count date,
    or its window's end when it has none); `window_first`..`window_last` the visit's
    window; `visit_date` the visit's count date; `day1` Day 1 and `severe_grade` the
    discontinuation AE grade at signing. A screening coverage has only `first`/`last`
    (consent to screening date, for the findings printed with it).
    """

    scope: SignatureScope
    visit_id: str | None = None
    first: date | None = None
    last: date | None = None
    window_first: date | None = None
    window_last: date | None = None
    visit_date: date | None = None
    day1: date | None = None
    severe_grade: int | None = None
    legacy: bool = False

    @classmethod
    def casebook(cls) -> Coverage:
        return cls(SignatureScope.CASEBOOK)

    @classmethod
    def old_rule(
        cls, scope: SignatureScope, visit_id: str | None, first: date | None, last: date | None
    ) -> Coverage:
        """The window rule of a signature made before signing keys existed."""
        return cls(scope, visit_id, first, last, legacy=True)

    @property
    def is_casebook(self) -> bool:
        return self.scope is SignatureScope.CASEBOOK

    @property
    def is_screening(self) -> bool:
        return self.visit_id == SCREENING_VISIT

    @property
    def dosing_first(self) -> date | None:
        """The first diary day printed: the day after the last visit, not before Day 1."""
        if self.first is None or self.day1 is None:
            return None
        return max(self.first, self.day1)

    @property
    def count_last(self) -> date | None:
        """Counts up to here are printed or read (baseline, interruption rule, window)."""
        ends = [d for d in (self.last, self.window_last) if d is not None]
        return max(ends) if ends else None

    # -- the participant row ---------------------------------------------------------------
    def covers_field(self, field: str, discontinued: date | None = None) -> bool:
        """Is this participant-row field covered (`discontinued`: the discontinuation date
        the row has, had or would have; the end-of-treatment form counts only by then)?"""
        if self.is_casebook:
            return True
        if self.is_screening:
            return field not in _NOT_SCREENING_FORM
        if self.legacy:
            return self.visit_id == BASELINE_VISIT and field in _DAY1_FIELDS
        if field in _DISCONTINUATION:
            return discontinued is not None and self.last is not None and discontinued <= self.last
        return field in _VISIT_FIELDS

    # -- dated records ---------------------------------------------------------------------
    def shows(self, kind: str, facts: RecordFacts) -> bool:
        """Does the printout of this signature's visit show a record with these facts?"""
        if self.is_casebook:
            return True
        if self.legacy:
            return _within(facts.day, self.first, self.last)
        if self.is_screening:
            return kind in SCREENING_KINDS
        if kind in SCREENING_KINDS:
            return False
        if kind == "dose":
            return _within(facts.day, self.dosing_first, self.last)
        if kind == "decision":
            return _within(facts.day, self.dosing_first, self.last)
        if kind == "count":
            return _within(facts.day, self.window_first, self.window_last)
        if kind == "bleeding":
            return facts.day is not None and facts.day == self.visit_date
        if kind == "ae":
            return self._ae_shown(facts)
        if kind == "rescue":
            return _within(facts.day, self.first, self.last)
        if kind in ("lab", "qol"):  # the visit's panels and questionnaire, in its window
            return _within(facts.day, self.window_first, self.window_last)
        if kind == "medication":  # started or stopped since the last visit
            return _within(facts.day, self.first, self.last) or _within(
                facts.resolved, self.first, self.last
            )
        return False

    def covers(self, kind: str, facts: RecordFacts) -> bool:
        """Is a record with these facts locked: shown, or read by a number that is shown?"""
        if self.shows(kind, facts):
            return True
        if self.is_casebook or self.legacy or self.is_screening or facts.day is None:
            return False
        last = self.last
        if kind == "decision":  # the interruptions printed are computed from them
            return last is not None and facts.day <= last
        if kind == "count":  # baseline, interruption rule
            count_last = self.count_last
            return count_last is not None and facts.day <= count_last
        if kind == "ae":  # a severe AE ends the expected dosing days
            return (
                facts.grade is not None
                and self.severe_grade is not None
                and facts.grade >= self.severe_grade
                and _within(facts.day, self.day1, last)
            )
        return False

    def _ae_shown(self, facts: RecordFacts) -> bool:
        """Ongoing at, or started in, the days since the last visit."""
        first, last, onset = self.first, self.last, facts.day
        if first is None or last is None or onset is None or onset > last:
            return False
        return onset >= first or facts.resolved is None or facts.resolved >= first

    # -- stored form -----------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The canonical form stored with the signature and signed with it."""
        out: dict[str, Any] = {"scope": self.scope.value}
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name in ("scope", "legacy") or value is None:
                continue
            out[item.name] = value.isoformat() if isinstance(value, date) else value
        return out

    @classmethod
    def from_json(cls, document: Mapping[str, Any]) -> Coverage:
        """The inverse of `to_json` (ValueError/KeyError/TypeError on a malformed value)."""
        values: dict[str, Any] = {"scope": SignatureScope(document["scope"])}
        for name in ("first", "last", "window_first", "window_last", "visit_date", "day1"):
            if document.get(name) is not None:
                values[name] = date.fromisoformat(str(document[name]))
        if document.get("visit_id") is not None:
            values["visit_id"] = str(document["visit_id"])
        if document.get("severe_grade") is not None:
            values["severe_grade"] = int(document["severe_grade"])
        return cls(**values)


# -- the coverage a visit has today ---------------------------------------------------------
def screening_reference(participant: Participant) -> date:
    """The screening visit's date: the screening date, else the consent date."""
    return participant.screening.date or participant.consent_date


def _reference_date(course: Course, visit_id: str, actual: date) -> date:
    """The baseline visit ends on Day 1 (the first dose), even when its count is earlier."""
    if visit_id == BASELINE_VISIT and course.day1 is not None:
        return max(actual, course.day1)
    return actual


def visit_coverage(course: Course, visit_id: str) -> Coverage | None:
    """What signing `visit_id` now would cover; None for a visit not on the calendar yet
    (no Day 1) or not in the protocol.

    The days since the last visit run from the day after the last visit that took place
    (its count date; Day 1 for the baseline visit) to this visit's count date, or to the
    end of its window when it has no count yet.
    """
    participant = course.participant
    if visit_id == SCREENING_VISIT:
        reference = screening_reference(participant)
        first = min(participant.consent_date, reference)
        return Coverage(SignatureScope.VISIT, SCREENING_VISIT, first=first, last=reference)
    window = course.window(visit_id)
    if window is None:
        return None
    previous_end = screening_reference(participant)
    for earlier in course.windows:
        if earlier.visit_id == visit_id:
            break
        attended = course.visit_counts.get(earlier.visit_id)
        if attended is not None:
            previous_end = _reference_date(course, earlier.visit_id, attended)
    actual = course.visit_counts.get(visit_id)
    end = _reference_date(course, visit_id, actual) if actual is not None else window.last
    return Coverage(
        SignatureScope.VISIT,
        visit_id,
        first=min(previous_end + timedelta(days=1), end),
        last=end,
        window_first=window.first,
        window_last=window.last,
        visit_date=actual,
        day1=course.day1,
        severe_grade=course.config.severe_ae_min_grade,
    )


# -- the digest of what is covered ----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CoveredRecord:
    """One covered record as digested: its table, id, owner and canonical field values."""

    table: str
    record_id: int
    participant_id: str
    values: Mapping[str, str | None]


def covered_digest(records: Iterable[CoveredRecord]) -> str:
    """SHA-256 over every covered record with its table, id, participant and values.

    Empty values are left out, so that a column added later (empty in old rows) does not
    change the digest of what was signed before it existed.
    """
    items = sorted(
        (
            {
                "table": r.table,
                "id": r.record_id,
                "participant_id": r.participant_id,
                "values": {k: v for k, v in r.values.items() if v is not None},
            }
            for r in records
        ),
        key=lambda item: (item["table"], item["id"]),
    )
    return canonical_digest(items)
