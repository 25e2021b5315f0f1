"""What "as of" knows (PROTOCOL.md §8): a participant as the CRF stood on one date.

Every validator rule evaluates the participant returned here, so no rule can look into
the future of "as of" by accident: records dated after it do not exist, a stop,
resolution or sponsor-report date after it has not happened yet (ongoing, not yet
reported), and a first-dose date after it is no first dose. The §9 screening records
(ITP history, prior therapies, medical history) are read as recorded, and explanations
are kept whatever their date (§13). The endpoints, which have no "as of", read the
participant as stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Protocol, TypeVar

from baitp_desktop.core.records import AdverseEvent, Medication, Participant


class _Dated(Protocol):
    @property
    def date(self) -> date: ...


D = TypeVar("D", bound=_Dated)
T = TypeVar("T")


def _on_or_before(records: tuple[D, ...], as_of: date) -> tuple[D, ...]:
    return tuple(r for r in records if r.date <= as_of)


def _known(
    records: tuple[T, ...],
    started: Callable[[T], date],
    revise: Callable[[T], T],
    as_of: date,
) -> tuple[T, ...]:
    return tuple(revise(r) for r in records if started(r) <= as_of)


def _later(day: date | None, as_of: date) -> bool:
    return day is not None and day > as_of


def _adverse_event(ae: AdverseEvent, as_of: date) -> AdverseEvent:
    if not (_later(ae.resolved, as_of) or _later(ae.reported_date, as_of)):
        return ae
    return replace(
        ae,
        resolved=None if _later(ae.resolved, as_of) else ae.resolved,
        reported_date=None if _later(ae.reported_date, as_of) else ae.reported_date,
    )


def _medication(medication: Medication, as_of: date) -> Medication:
    return replace(medication, stop=None) if _later(medication.stop, as_of) else medication


def known_as_of(participant: Participant, as_of: date) -> Participant:
    """The participant as known on `as_of` (records dated on `as_of` are known)."""
    p = participant
    if not _anything_after(p, as_of):
        return p  # the usual case for "today": nothing to leave out, nothing copied
    discontinuation = p.discontinuation
    if discontinuation is not None and discontinuation.date > as_of:
        discontinuation = None
    return replace(
        p,
        first_dose_date=None if _later(p.first_dose_date, as_of) else p.first_dose_date,
        discontinuation=discontinuation,
        doses=_on_or_before(p.doses, as_of),
        dosing_decisions=_on_or_before(p.dosing_decisions, as_of),
        platelet_counts=_on_or_before(p.platelet_counts, as_of),
        bleeding=_on_or_before(p.bleeding, as_of),
        rescue=_on_or_before(p.rescue, as_of),
        lab_panels=_on_or_before(p.lab_panels, as_of),
        questionnaires=_on_or_before(p.questionnaires, as_of),
        adverse_events=_known(
            p.adverse_events, lambda ae: ae.onset, lambda ae: _adverse_event(ae, as_of), as_of
        ),
        medications=_known(
            p.medications, lambda m: m.start, lambda m: _medication(m, as_of), as_of
        ),
    )


def _anything_after(p: Participant, as_of: date) -> bool:
    """Whether any record or date of the participant lies after `as_of` (usually not, for
    "today"), so that the common case copies nothing."""
    dates = [
        p.first_dose_date,
        None if p.discontinuation is None else p.discontinuation.date,
        *(ae.resolved for ae in p.adverse_events),
        *(ae.reported_date for ae in p.adverse_events),
        *(ae.onset for ae in p.adverse_events),
        *(m.start for m in p.medications),
        *(m.stop for m in p.medications),
    ]
    if any(d is not None and d > as_of for d in dates):
        return True
    collections: tuple[tuple[_Dated, ...], ...] = (
        p.doses, p.dosing_decisions, p.platelet_counts, p.bleeding, p.rescue, p.lab_panels,
        p.questionnaires,
    )  # fmt: skip
    return any(r.date > as_of for records in collections for r in records)
