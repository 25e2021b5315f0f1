"""What a report is made from: one participant's records and everything derived from them.

`ReportData` is plain Python (no Qt, no database): the command line and the GUI read the
participant, the signatures, the queries and (for the appendix) the audit trail through
the service, and hand them over here. Findings and endpoints are computed by the core
(validator, endpoints) as of the printing date, never re-derived in the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, tzinfo
from functools import cached_property
from typing import TYPE_CHECKING

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.course import Course
from baitp_desktop.core.coverage import Coverage, visit_coverage
from baitp_desktop.core.crf_forms import is_record_kind, record_kind
from baitp_desktop.core.endpoints import Endpoints, compute_endpoints
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.pointers import FIRST_DOSE, parse_pointer
from baitp_desktop.core.queries import Query
from baitp_desktop.core.records import Participant
from baitp_desktop.core.signatures import (
    SCREENING_VISIT,
    SdvMark,
    SignatureRecord,
    SignatureScope,
    SignatureStatus,
)
from baitp_desktop.core.validator import validate_participant
from baitp_desktop.core.visits import VisitWindow, visit_label
from baitp_desktop.i18n import tr

if TYPE_CHECKING:  # the report reads audit entries; it needs no database to run
    from baitp_desktop.reports.layout import TrailStamp
    from baitp_desktop.storage.audit import AuditEntry


class UnknownVisit(UserFacingError):
    """A visit id that is not in the protocol's schedule."""

    exit_code = 2


@dataclass(frozen=True)
class ReportData:
    """One participant as printed: the records, who signed what, open questions, history.

    `signatures` empty means "not signed" (the report prints lines for a handwritten
    signature). `audit` None leaves out the audit appendix. `generated_at` is aware; times
    are printed in `zone` (the printing computer's time zone unless given).
    """

    participant: Participant
    config: ProtocolConfig
    generated_at: datetime
    signatures: Sequence[SignatureRecord] = ()
    queries: Sequence[Query] = ()
    sdv_marks: Sequence[SdvMark] = ()
    audit: Sequence[AuditEntry] | None = None
    findings: Sequence[Finding] | None = None
    zone: tzinfo | None = field(default=None)
    trail: TrailStamp | None = None  # the audit trail's head when the data were read

    @property
    def as_of(self) -> date:
        """Findings are evaluated as of the printing date (as the GUI shows them today)."""
        return self.generated_at.astimezone(self.zone).date()

    @property
    def participant_id(self) -> str:
        return self.participant.participant_id

    @cached_property
    def course(self) -> Course:
        return Course(self.participant, self.config)

    @cached_property
    def endpoints(self) -> Endpoints:
        return compute_endpoints(self.participant, self.config)

    @cached_property
    def all_findings(self) -> tuple[Finding, ...]:
        if self.findings is not None:
            return tuple(self.findings)
        return tuple(validate_participant(self.participant, self.as_of, self.config))

    @cached_property
    def active_signatures(self) -> tuple[SignatureRecord, ...]:
        """Active signatures that may be presented as such (not the broken ones)."""
        return tuple(
            s for s in self.signatures if s.active and s.status is not SignatureStatus.BROKEN
        )

    @cached_property
    def broken_signatures(self) -> tuple[SignatureRecord, ...]:
        """Active signatures that do not verify: shown only as a warning, never as signed."""
        return tuple(s for s in self.signatures if s.active and s.status is SignatureStatus.BROKEN)

    @property
    def casebook_signature(self) -> SignatureRecord | None:
        return next((s for s in self.active_signatures if s.scope is SignatureScope.CASEBOOK), None)

    def visit_signatures(self, visit_id: str) -> tuple[SignatureRecord, ...]:
        """Active signatures of one visit (the casebook signature is listed separately)."""
        return tuple(
            s
            for s in self.active_signatures
            if s.scope is SignatureScope.VISIT and s.visit_id == visit_id
        )

    def coverage(self, visit_id: str) -> Coverage | None:
        """What the visit's summary prints: as its signature fixed it, else as the data
        stand now (core.coverage; None before Day 1 places the visit)."""
        for signature in self.visit_signatures(visit_id):
            if signature.coverage is not None:
                return signature.coverage
        return visit_coverage(self.course, visit_id)

    def sdv_mark(self, visit_id: str) -> SdvMark | None:
        return next((m for m in self.sdv_marks if m.visit_id == visit_id and not m.void), None)


def fresh(data: ReportData) -> ReportData:
    """The same inputs without the cached derived values.

    Findings and eligibility reasons are worded when first computed; a document in another
    language than an earlier one from the same ReportData must word them again.
    """
    return replace(data)


# -- the schedule as the reports name it ---------------------------------------------------
def visit_ids(config: ProtocolConfig) -> tuple[str, ...]:
    """Every visit a summary can be printed for: screening, then the protocol's visits."""
    return (SCREENING_VISIT, *(v.visit_id for v in config.visits))


def visit_name(config: ProtocolConfig, visit_id: str) -> str:
    if visit_id == SCREENING_VISIT:
        return tr("Visit", "Screening")
    return visit_label(config.visit(visit_id))


def check_visit_id(config: ProtocolConfig, visit_id: str) -> None:
    if visit_id not in visit_ids(config):
        raise UnknownVisit(
            tr("Report", "Unknown visit {visit!r}; the visits are: {known}.").format(
                visit=visit_id, known=", ".join(visit_ids(config))
            )
        )


@dataclass(frozen=True, slots=True)
class VisitPeriod:
    """One visit on one participant's calendar, and the days "since the last visit".

    `actual` is the date of the visit's count (the screening date for screening); `first`
    to `last` runs from the day after the last visit that took place up to this visit
    (its actual date, or the end of its window when it has no count). `coverage` decides
    what the summary prints (core.coverage): as signed when a signature fixed it.
    """

    visit_id: str
    name: str
    window: VisitWindow | None
    actual: date | None
    first: date | None
    last: date | None
    coverage: Coverage | None = None


def visit_period(data: ReportData, visit_id: str) -> VisitPeriod:
    check_visit_id(data.config, visit_id)
    name = visit_name(data.config, visit_id)
    coverage = data.coverage(visit_id)
    if coverage is None:  # no Day 1 yet: the schedule does not exist
        return VisitPeriod(visit_id, name, None, None, None, None)
    if visit_id == SCREENING_VISIT:
        actual = data.participant.screening.date
        return VisitPeriod(visit_id, name, None, actual, coverage.first, coverage.last, coverage)
    window = data.course.window(visit_id)
    return VisitPeriod(
        visit_id, name, window, coverage.visit_date, coverage.first, coverage.last, coverage
    )


# -- what a query is about, placed on the calendar ------------------------------------------
def query_date(data: ReportData, query: Query) -> date | None:
    """The date of the record or finding a query is about; None for the screening form."""
    target = query.target
    participant = data.participant
    if target.kind is not None and is_record_kind(target.kind):
        kind = record_kind(target.kind)
        for record in getattr(participant, kind.attribute):
            if record.record_id == target.record_id:
                return kind.record_date(record)
        return None
    pointer = parse_pointer(target.finding_record or "")
    if pointer is None:
        return None
    if pointer.kind in ("dose", "count", "diary"):
        return pointer.first
    if pointer.kind == "ae":
        ae = next((a for a in participant.adverse_events if a.number == pointer.number), None)
        return None if ae is None else ae.onset
    if pointer.kind == "visit" and pointer.part is not None:
        window = data.course.window(pointer.part)
        return None if window is None else window.target
    if pointer.kind == FIRST_DOSE:
        return participant.first_dose_date
    return None


def query_in_period(data: ReportData, query: Query, period: VisitPeriod) -> bool:
    """Is the query about something in this visit's period (screening: the screening form)?"""
    day = query_date(data, query)
    if period.visit_id == SCREENING_VISIT:
        return day is None or (
            period.first is not None
            and period.last is not None
            and period.first <= day <= period.last
        )
    if day is None or period.first is None or period.last is None:
        return False
    return period.first <= day <= period.last
