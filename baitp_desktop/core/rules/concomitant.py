"""Medication findings (PROTOCOL.md §10): a listed drug taken during the treatment period."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.forms_config import MedicationCategory
from baitp_desktop.core.medications import (
    ListedMedication,
    listed_during_treatment,
    medication_record,
    treatment_period,
)
from baitp_desktop.core.rules.registry import ANY_DATE, Rule, rule
from baitp_desktop.i18n import tr

_RECORD = f"medication:{ANY_DATE}:.+"


def _listed(course: Course, category: MedicationCategory) -> Iterator[ListedMedication]:
    period = treatment_period(course.day1, course.discontinuation_date, course.config)
    for found in listed_during_treatment(course.participant.medications, period, course.config):
        if found.category == category:
            yield found


def _period(found: ListedMedication) -> str:
    medication = found.medication
    if medication.stop is None:
        return tr("Finding", "from {start}, ongoing").format(start=medication.start.isoformat())
    return tr("Finding", "{start} to {stop}").format(
        start=medication.start.isoformat(), stop=medication.stop.isoformat()
    )


@rule("PROHIBITED_MEDICATION", Severity.MAJOR, _RECORD)
def prohibited_medication(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    for found in _listed(course, MedicationCategory.PROHIBITED):
        yield r.finding(
            course,
            found.day,
            medication_record(found.medication),
            tr(
                "Finding", "Prohibited medication during treatment: {drug} ({listed}), {period}"
            ).format(drug=found.medication.drug, listed=found.listed.name, period=_period(found)),
        )


@rule("CAUTION_MEDICATION", Severity.QUERY, _RECORD)
def caution_medication(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    for found in _listed(course, MedicationCategory.CAUTION):
        yield r.finding(
            course,
            found.day,
            medication_record(found.medication),
            tr(
                "Finding",
                "Medication to use with caution (bleeding risk) during treatment: "
                "{drug} ({listed}), {period}",
            ).format(drug=found.medication.drug, listed=found.listed.name, period=_period(found)),
        )
