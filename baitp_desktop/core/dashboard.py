"""The site's day: what is due, what is overdue and what is waiting, across all participants.

Plain functions over core records, so the dashboard screen, the command line and the
tests all agree on who is due. A visit is *due* when its target day falls within the
coming week and it has no count yet; *overdue* when its target day has passed without a
count (its window may still be open — the nurse can still see the participant — or
closed, which the validator reports as MISSED_VISIT). Visits whose window opens after
treatment was discontinued are never due (PROTOCOL.md §8, as MISSED_VISIT waives them).
QoL questionnaires are due or missing by the same rule as MISSING_QOL, and a lab value of
grade ≥ 3 without its AE is listed at once (the query waits for the AE window to pass).

Every line carries the participant and the record it is about, and `tab_for_record`
says which CRF tab shows that record, so a click on a line can open the right place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.crf_forms import is_record_kind, record_kind
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.labs import severe_without_ae
from baitp_desktop.core.pointers import FIRST_DOSE, dated, diary, named, numbered, pointer_kind
from baitp_desktop.core.qol import qol_visits
from baitp_desktop.core.queries import Query
from baitp_desktop.core.records import Participant
from baitp_desktop.core.signatures import (
    SCREENING_VISIT,
    LockState,
    SignatureRecord,
    SignatureScope,
)
from baitp_desktop.core.status import ParticipantStatus, participant_status
from baitp_desktop.core.studyday import date_of_day
from baitp_desktop.core.visits import VisitWindow, visit_label
from baitp_desktop.i18n import tr

# The CRF tab of each pointer that is not a record kind's (those say their own tab in
# core.crf_forms). Dosing decisions are beside the diary, rescue therapy with the AEs.
_TAB_OF_POINTER: dict[str, str] = {
    "screening": "screening",
    "participant": "screening",
    FIRST_DOSE: "screening",
    "diary": "diary",
    "visit": "counts",
}


def tab_for_record(record: str) -> str:
    """The tab id that shows a record pointer (`dose:2022-09-02` -> `diary`)."""
    kind = pointer_kind(record)
    if is_record_kind(kind):
        return record_kind(kind).tab
    return _TAB_OF_POINTER.get(kind, "screening")


@dataclass(frozen=True, slots=True)
class VisitDue:
    participant_id: str
    initials: str
    visit_id: str
    visit_name: str
    target: date
    first: date
    last: date
    overdue: bool
    window_closed: bool

    @property
    def record(self) -> str:
        return str(named("visit", self.visit_id))


@dataclass(frozen=True, slots=True)
class DiaryGap:
    """Expected dosing days without a diary entry, up to `through`.

    `through` is the last day whose diary card the site should have: the later of the last
    diary entry and the day before the latest platelet count (the card comes back at a
    visit), or the end of the expected period once treatment has ended. Days after it are
    still at home with the participant and are not a gap yet.
    """

    participant_id: str
    initials: str
    missing_days: int
    first_missing: date
    first_run_last: date
    through: date

    @property
    def record(self) -> str:
        return str(diary(self.first_missing, self.first_run_last))


@dataclass(frozen=True, slots=True)
class UnsignedVisit:
    """A visit that took place (a count or a WHO grade in its window; for screening, a
    screening date) and that no active visit or casebook signature covers."""

    participant_id: str
    initials: str
    visit_id: str
    visit_name: str
    data_date: date

    @property
    def record(self) -> str:
        if self.visit_id == SCREENING_VISIT:
            return str(named("screening", "date"))
        return str(named("visit", self.visit_id))


@dataclass(frozen=True, slots=True)
class QueryLine:
    """An open query with the record it is about, as a pointer the tabs understand."""

    query: Query
    initials: str
    record: str


@dataclass(frozen=True, slots=True)
class FindingGroup:
    """One participant's findings of one code: a deviation repeated day after day (a dose
    during an interruption) is one line to deal with, not twenty."""

    findings: tuple[Finding, ...]

    @property
    def first(self) -> Finding:
        return self.findings[0]

    @property
    def participant_id(self) -> str:
        return self.first.participant_id

    @property
    def severity(self) -> Severity:
        return self.first.severity

    @property
    def count(self) -> int:
        return len(self.findings)

    @property
    def first_date(self) -> date:
        return min(f.date for f in self.findings)

    @property
    def last_date(self) -> date:
        return max(f.date for f in self.findings)

    @property
    def record(self) -> str:
        return self.first.record


def group_findings(findings: Iterable[Finding]) -> list[FindingGroup]:
    """Findings grouped by participant and code, most serious first, then by participant."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        groups.setdefault((finding.participant_id, finding.code), []).append(finding)
    out = [FindingGroup(tuple(sorted(items, key=lambda f: f.date))) for items in groups.values()]
    return sorted(
        out, key=lambda g: (g.severity.rank, g.participant_id, g.first_date, g.first.code)
    )


@dataclass(frozen=True, slots=True)
class QuestionnaireLine:
    """A QoL visit without its questionnaire: due (its window open or opening within the
    coming days) or missing (its window over; MISSING_QOL, PROTOCOL.md §12)."""

    participant_id: str
    initials: str
    visit_id: str
    visit_name: str
    target: date
    first: date
    last: date
    missing: bool

    @property
    def record(self) -> str:
        return f"qol:{self.visit_id}"


@dataclass(frozen=True, slots=True)
class SevereLabLine:
    """A panel value graded at or above the AE threshold with no AE of its term yet: the
    nurse can record the AE now, before LAB_AE_NOT_RECORDED is raised."""

    participant_id: str
    initials: str
    panel_date: date
    analyte_key: str
    term: str  # the CTCAE term as configured (English); shown through tr("Lab", …)
    grade: int

    @property
    def record(self) -> str:
        return f"lab:{self.panel_date.isoformat()}:{self.analyte_key}"


@dataclass(frozen=True)
class Dashboard:
    """Everything the site dashboard lists, as of `today`.

    `findings` are the open ones; findings with an explanation (PROTOCOL.md §13) still
    stand but are kept apart in `explained`, counted apart and not worked on again.
    """

    today: date
    due: tuple[VisitDue, ...]
    overdue: tuple[VisitDue, ...]
    diary_gaps: tuple[DiaryGap, ...]
    findings: tuple[Finding, ...]
    queries: tuple[QueryLine, ...]
    unsigned: tuple[UnsignedVisit, ...]
    questionnaires: tuple[QuestionnaireLine, ...] = ()
    severe_labs: tuple[SevereLabLine, ...] = ()
    explained: tuple[Finding, ...] = ()

    def findings_by_severity(self) -> dict[Severity, tuple[Finding, ...]]:
        return {s: tuple(f for f in self.findings if f.severity is s) for s in Severity}

    def finding_groups(self) -> list[FindingGroup]:
        return group_findings(self.findings)

    @property
    def questionnaires_due(self) -> tuple[QuestionnaireLine, ...]:
        return tuple(q for q in self.questionnaires if not q.missing)

    @property
    def questionnaires_missing(self) -> tuple[QuestionnaireLine, ...]:
        return tuple(q for q in self.questionnaires if q.missing)


def _visits_without_count(course: Course) -> Iterable[VisitWindow]:
    """Visits with no count yet, unless treatment stopped before their window opened."""
    stopped = course.discontinuation_date
    for window in course.windows:
        if stopped is not None and stopped <= window.first:
            continue
        if course.visit_counts.get(window.visit_id) is None:
            yield window


def visits_due(
    participants: Iterable[Participant],
    today: date,
    days_ahead: int = 7,
    config: ProtocolConfig | None = None,
) -> tuple[list[VisitDue], list[VisitDue]]:
    """(due in the next `days_ahead` days, overdue), each sorted by target date."""
    config = config or default_config()
    horizon = today + timedelta(days=days_ahead)
    due: list[VisitDue] = []
    overdue: list[VisitDue] = []
    for participant in participants:
        course = Course(participant, config)
        if course.day1 is None:
            continue
        for window in _visits_without_count(course):
            item = VisitDue(
                participant.participant_id,
                participant.initials,
                window.visit_id,
                visit_label(window.definition),
                window.target,
                window.first,
                window.last,
                overdue=window.target < today,
                window_closed=window.last < today,
            )
            if window.target < today:
                overdue.append(item)
            elif window.target <= horizon:
                due.append(item)
    due.sort(key=lambda v: (v.target, v.participant_id))
    overdue.sort(key=lambda v: (v.target, v.participant_id))
    return due, overdue


def diary_returned_through(course: Course, today: date) -> date | None:
    """The last day whose diary card the site should have entered (see `DiaryGap`)."""
    if course.day1 is None:
        return None
    end = course.expected_period_end(today)
    if participant_status(course, today) in (
        ParticipantStatus.COMPLETED,
        ParticipantStatus.DISCONTINUED,
    ):
        return end
    candidates = [d.date for d in course.participant.doses]
    candidates += [d - timedelta(days=1) for d in course.assessment_counts]
    if not candidates:
        return None
    return min(max(candidates), end)


def diary_gaps(
    participants: Iterable[Participant], today: date, config: ProtocolConfig | None = None
) -> list[DiaryGap]:
    """Participants with expected dosing days that have no diary entry, most days first."""
    config = config or default_config()
    gaps = []
    for participant in participants:
        course = Course(participant, config)
        through = diary_returned_through(course, today)
        if through is None:
            continue
        missing = [
            d for d in course.expected_dosing_days(today) if d <= through and d not in course.diary
        ]
        if not missing:
            continue
        run_last = missing[0]
        for day in missing[1:]:
            if day != run_last + timedelta(days=1):
                break
            run_last = day
        gaps.append(
            DiaryGap(
                participant.participant_id,
                participant.initials,
                len(missing),
                missing[0],
                run_last,
                through,
            )
        )
    return sorted(gaps, key=lambda g: (-g.missing_days, g.participant_id))


def _visit_has_data(course: Course, window: VisitWindow) -> date | None:
    """The date of the visit's count, else of a WHO grade in its window (None: not done)."""
    counted = course.visit_counts.get(window.visit_id)
    if counted is not None:
        return counted
    graded = [d for d in course.grades if window.contains(d)]
    return min(graded, default=None)


def unsigned_visits(
    participants: Iterable[Participant],
    signatures: Mapping[str, Sequence[SignatureRecord]],
    config: ProtocolConfig | None = None,
) -> list[UnsignedVisit]:
    """Visits with data and no active signature, oldest data first.

    `signatures` maps participant ids to their signatures (voided ones are ignored).
    """
    config = config or default_config()
    out: list[UnsignedVisit] = []
    for participant in participants:
        lock = LockState.of(signatures.get(participant.participant_id, ()))
        if lock.casebook is not None:
            continue
        signed = {
            s.visit_id for s in lock.signatures if s.scope is SignatureScope.VISIT and s.visit_id
        }
        pid, initials = participant.participant_id, participant.initials
        screened_on = participant.screening.date
        if screened_on is not None and SCREENING_VISIT not in signed:
            out.append(
                UnsignedVisit(pid, initials, SCREENING_VISIT, tr("Visit", "Screening"), screened_on)
            )
        course = Course(participant, config)
        for window in course.windows:
            done = _visit_has_data(course, window)
            if done is not None and window.visit_id not in signed:
                out.append(
                    UnsignedVisit(
                        pid, initials, window.visit_id, visit_label(window.definition), done
                    )
                )
    return sorted(out, key=lambda u: (u.data_date, u.participant_id))


def questionnaire_lines(
    participants: Iterable[Participant],
    today: date,
    days_ahead: int = 7,
    config: ProtocolConfig | None = None,
) -> list[QuestionnaireLine]:
    """QoL visits with no questionnaire: due (window open, or opening within `days_ahead`)
    or missing (as MISSING_QOL: the window over, not waived by an earlier discontinuation;
    the baseline once Day 1 has passed). Missing first, then by target date."""
    config = config or default_config()
    horizon = today + timedelta(days=days_ahead)
    out: list[QuestionnaireLine] = []
    for participant in participants:
        course = Course(participant, config)
        if course.day1 is None:
            continue
        stopped = course.discontinuation_date
        visits = qol_visits(
            participant.questionnaires,
            course.day1,
            course.screening_date,
            config,
            course.windows,
        )
        for visit in visits:
            if visit.questionnaire is not None:
                continue
            waived = not visit.baseline and stopped is not None and stopped <= visit.first
            over = course.day1 < today if visit.baseline else visit.last < today
            if waived or (not over and visit.first > horizon):
                continue
            out.append(
                QuestionnaireLine(
                    participant.participant_id,
                    participant.initials,
                    visit.visit_id,
                    visit_label(config.visit(visit.visit_id)),
                    visit.target,
                    visit.first,
                    visit.last,
                    missing=over,
                )
            )
    return sorted(out, key=lambda q: (not q.missing, q.target, q.participant_id))


def severe_lab_lines(
    participants: Iterable[Participant], config: ProtocolConfig | None = None
) -> list[SevereLabLine]:
    """Panel values graded ≥ the AE threshold (panels dated Day 1 through the last
    acceptable day, as LAB_AE_NOT_RECORDED) with no AE of their term, oldest first."""
    config = config or default_config()
    out: list[SevereLabLine] = []
    for participant in participants:
        course = Course(participant, config)
        if course.day1 is None:
            continue
        last = date_of_day(course.day1, config.last_acceptable_day)
        panels = [p for p in participant.lab_panels if course.day1 <= p.date <= last]
        for found in severe_without_ae(
            panels, participant.adverse_events, participant.sex, config.labs
        ):
            out.append(
                SevereLabLine(
                    participant.participant_id,
                    participant.initials,
                    found.panel.date,
                    found.analyte.key,
                    found.analyte.term,
                    found.grade,
                )
            )
    return sorted(out, key=lambda line: (line.panel_date, line.participant_id))


def query_record(query: Query, participant: Participant | None) -> str:
    """The record pointer a query is about, in the form findings use (`count:<date>`)."""
    target = query.target
    if target.finding_record:
        return target.finding_record
    if target.kind == "participant":
        return str(named("screening", target.field or "date"))
    if participant is None or target.kind is None or target.record_id is None:
        return "" if target.kind is None else f"{target.kind}:"
    if not is_record_kind(target.kind):
        return f"{target.kind}:"
    kind = record_kind(target.kind)
    for record in getattr(participant, kind.attribute):
        if record.record_id == target.record_id:
            if kind.numbered:
                return str(numbered(kind.kind, record.number))
            return str(dated(kind.kind, kind.record_date(record)))
    return f"{target.kind}:"


def build_dashboard(
    participants: Sequence[Participant],
    today: date,
    *,
    findings: Iterable[Finding] = (),
    queries: Iterable[Query] = (),
    signatures: Mapping[str, Sequence[SignatureRecord]] | None = None,
    days_ahead: int = 7,
    config: ProtocolConfig | None = None,
) -> Dashboard:
    """The dashboard's lists; findings and queries are passed in (validator, query service).

    Findings are listed most serious first, the explained ones apart; queries oldest
    first, open ones only.
    """
    config = config or default_config()
    by_id = {p.participant_id: p for p in participants}
    ordered = sorted(findings, key=lambda f: (f.severity.rank, f.participant_id, f.date, f.code))
    due, overdue = visits_due(participants, today, days_ahead, config)
    open_queries = tuple(
        QueryLine(
            q,
            by_id[q.participant_id].initials if q.participant_id in by_id else "",
            query_record(q, by_id.get(q.participant_id)),
        )
        for q in sorted(queries, key=lambda q: (q.raised_at_utc, q.participant_id, q.number))
        if q.is_open
    )
    return Dashboard(
        today=today,
        due=tuple(due),
        overdue=tuple(overdue),
        diary_gaps=tuple(diary_gaps(participants, today, config)),
        findings=tuple(f for f in ordered if f.explained is None),
        queries=open_queries,
        unsigned=tuple(unsigned_visits(participants, signatures or {}, config)),
        questionnaires=tuple(questionnaire_lines(participants, today, days_ahead, config)),
        severe_labs=tuple(severe_lab_lines(participants, config)),
        explained=tuple(f for f in ordered if f.explained is not None),
    )
