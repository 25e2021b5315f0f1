"""Prior and concomitant medications against the two drug lists (PROTOCOL.md §10).

Which rows matter: a listed drug (by name or synonym, compared as `core.names` normalises
them, never by substring) whose period — start through stop, open-ended while ongoing —
overlaps the treatment period. The treatment period here is Day 1 through the earlier of
Day 168 and the discontinuation date: the days when baricitinib is meant to be taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.forms_config import ListedDrug, MedicationCategory
from baitp_desktop.core.names import normalise_name
from baitp_desktop.core.records import Medication
from baitp_desktop.core.studyday import date_of_day


@dataclass(frozen=True, slots=True)
class Period:
    """Calendar dates first..last inclusive."""

    first: date
    last: date

    def overlaps(self, start: date, stop: date | None) -> bool:
        """Whether start..stop (open-ended when stop is None) shares a day with the period."""
        return start <= self.last and (stop is None or stop >= self.first)


@dataclass(frozen=True, slots=True)
class ListedMedication:
    """A medication row on a list, taken during treatment; `day` is the finding's date."""

    medication: Medication
    listed: ListedDrug
    day: date

    @property
    def category(self) -> MedicationCategory:
        return self.listed.category


def treatment_period(
    day1: date | None, discontinued: date | None, config: ProtocolConfig
) -> Period | None:
    """Day 1 .. the earlier of Day 168 and discontinuation; None without Day 1 or when
    treatment was discontinued before Day 1."""
    if day1 is None:
        return None
    last = date_of_day(day1, config.last_planned_day)
    if discontinued is not None:
        last = min(last, discontinued)
    return Period(day1, last) if last >= day1 else None


def medication_record(medication: Medication) -> str:
    """The finding's record: `medication:<start date>:<normalised drug name>`."""
    return f"medication:{medication.start.isoformat()}:{normalise_name(medication.drug)}"


def listed_during_treatment(
    medications: tuple[Medication, ...], period: Period | None, config: ProtocolConfig
) -> list[ListedMedication]:
    """The rows on either list that overlap the treatment period, in the given order."""
    if period is None:
        return []
    found: list[ListedMedication] = []
    for medication in medications:
        listed = config.medications.match(medication.drug)
        if listed is not None and period.overlaps(medication.start, medication.stop):
            found.append(ListedMedication(medication, listed, max(medication.start, period.first)))
    return found
