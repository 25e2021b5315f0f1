"""Study outcomes of the §10–§12 forms, for the outcomes screen and its exports.

Quality of life: per scale and follow-up visit, the participants with both a baseline and
a visit score, their mean change with its 95 % t-interval, and how many improved by at
least the scale's minimal important difference. Safety labs: the worst grade per analyte
over the dosed participants. Medications: who took a listed drug during treatment.
Every number keeps the ids behind it, as the other outcome measures do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from baitp_desktop.core.config import ProtocolConfig, VisitDefinition
from baitp_desktop.core.endpoints import Endpoints
from baitp_desktop.core.forms_config import MedicationCategory
from baitp_desktop.core.instruments import Scale
from baitp_desktop.core.medications import listed_during_treatment, treatment_period
from baitp_desktop.core.records import Participant
from baitp_desktop.core.statistics import mean_confidence_interval

GRADES: tuple[int, ...] = (0, 1, 2, 3, 4)


def _percent(n: int, total: int) -> float | None:
    return None if total == 0 else 100.0 * n / total


@dataclass(frozen=True, slots=True)
class MeanChange:
    """The change from baseline of one scale at one visit, over those with both scores."""

    scale_id: str
    visit_id: str
    participants: tuple[str, ...]
    changes: tuple[float, ...]
    minimal_important_difference: float
    meaningful: tuple[str, ...]  # change >= the minimal important difference
    scale: Scale | None = None  # for its name in the current language
    visit: VisitDefinition | None = None

    @property
    def n(self) -> int:
        return len(self.participants)

    @property
    def mean(self) -> float | None:
        return None if not self.changes else sum(self.changes) / len(self.changes)

    @property
    def ci95(self) -> tuple[float, float] | None:
        """The 95 % t-interval of the mean (None below two participants)."""
        interval = mean_confidence_interval(self.changes)
        return None if interval is None else (interval[1], interval[2])

    @property
    def percent_meaningful(self) -> float | None:
        return _percent(len(self.meaningful), self.n)


def qol_mean_changes(
    endpoints: Iterable[Endpoints], config: ProtocolConfig
) -> tuple[MeanChange, ...]:
    """Every (follow-up visit, scale) of the current definition, in visit then scale order."""
    definition = config.instruments.current
    if definition is None:
        return ()
    rows = list(endpoints)
    out: list[MeanChange] = []
    for visit in config.qol.follow_up_visits:
        for scale in definition.scales:
            pairs = [
                (e.participant_id, change)
                for e in rows
                if (by_scale := e.qol_changes.get(visit)) is not None
                and (change := by_scale.get(scale.scale_id)) is not None
            ]
            mid = scale.minimal_important_difference
            out.append(
                MeanChange(
                    scale_id=scale.scale_id,
                    visit_id=visit,
                    participants=tuple(pid for pid, _ in pairs),
                    changes=tuple(change for _, change in pairs),
                    minimal_important_difference=mid,
                    meaningful=tuple(pid for pid, change in pairs if change >= mid),
                    scale=scale,
                    visit=config.visit(visit),
                )
            )
    return tuple(out)


@dataclass(frozen=True, slots=True)
class WorstGradeDistribution:
    """One analyte: the dosed participants by their worst grade (Day 1 through Day 168)."""

    key: str
    dosed: int
    by_grade: dict[int, tuple[str, ...]]
    not_measured: tuple[str, ...]
    term: str = ""  # the analyte's CTCAE term (English, as configured)

    def n(self, grade: int) -> int:
        return len(self.by_grade.get(grade, ()))

    def percent(self, grade: int) -> float | None:
        """Percent of the dosed participants whose worst grade is `grade`."""
        return _percent(self.n(grade), self.dosed)


def worst_lab_grade_distribution(
    dosed_endpoints: Sequence[Endpoints], config: ProtocolConfig
) -> tuple[WorstGradeDistribution, ...]:
    """Per analyte, the dosed participants (those with endpoints from Day 1) by worst grade."""
    out: list[WorstGradeDistribution] = []
    for analyte in config.labs.analytes:
        by_grade: dict[int, list[str]] = {grade: [] for grade in GRADES}
        unmeasured: list[str] = []
        for e in dosed_endpoints:
            worst = None if e.worst_lab_grades is None else e.worst_lab_grades.get(analyte.key)
            if worst is None:
                unmeasured.append(e.participant_id)
            else:
                by_grade.setdefault(worst, []).append(e.participant_id)
        out.append(
            WorstGradeDistribution(
                key=analyte.key,
                dosed=len(dosed_endpoints),
                by_grade={grade: tuple(ids) for grade, ids in by_grade.items()},
                not_measured=tuple(unmeasured),
                term=analyte.term,
            )
        )
    return tuple(out)


@dataclass(frozen=True, slots=True)
class ListedMedicationCount:
    """Dosed participants with at least one row of a list during treatment, and the rows."""

    category: MedicationCategory
    participants: tuple[str, ...]
    rows: int
    dosed: int

    @property
    def percent(self) -> float | None:
        return _percent(len(self.participants), self.dosed)


def listed_medication_counts(
    dosed: Sequence[Participant], config: ProtocolConfig
) -> tuple[ListedMedicationCount, ...]:
    """Prohibited and caution medications taken during treatment, over the dosed."""
    found = {
        p.participant_id: listed_during_treatment(
            p.medications,
            treatment_period(
                p.first_dose_date,
                None if p.discontinuation is None else p.discontinuation.date,
                config,
            ),
            config,
        )
        for p in dosed
    }
    return tuple(
        ListedMedicationCount(
            category=category,
            participants=tuple(
                pid for pid, rows in found.items() if any(r.category == category for r in rows)
            ),
            rows=sum(1 for rows in found.values() for r in rows if r.category == category),
            dosed=len(dosed),
        )
        for category in MedicationCategory
    )


@dataclass(frozen=True, slots=True)
class FormOutcomes:
    """The study outcomes of the §10–§12 forms over the dosed participants, computed once
    for the outcomes screen, its PDF and `outcomes --json`."""

    worst_lab_grades: tuple[WorstGradeDistribution, ...]
    qol_changes: tuple[MeanChange, ...]
    listed_medications: tuple[ListedMedicationCount, ...]

    def to_json(self, detail: bool = False) -> dict[str, Any]:
        def ids(values: Sequence[str]) -> dict[str, Any]:
            return {"n": len(values), **({"participants": list(values)} if detail else {})}

        return {
            "worst_lab_grades": {
                d.key: {
                    "dosed": d.dosed,
                    "by_grade": {
                        str(grade): {**ids(d.by_grade.get(grade, ())), "percent": d.percent(grade)}
                        for grade in GRADES
                    },
                    "not_measured": ids(d.not_measured),
                }
                for d in self.worst_lab_grades
            },
            "qol_changes": [
                {
                    "visit": c.visit_id,
                    "scale": c.scale_id,
                    **ids(c.participants),
                    "mean": c.mean,
                    "ci95": None if c.ci95 is None else list(c.ci95),
                    "minimal_important_difference": c.minimal_important_difference,
                    "meaningful": {**ids(c.meaningful), "percent": c.percent_meaningful},
                }
                for c in self.qol_changes
            ],
            "listed_medications": {
                m.category.value: {**ids(m.participants), "rows": m.rows, "percent": m.percent}
                for m in self.listed_medications
            },
        }


def form_outcomes(
    dosed: Sequence[Participant], dosed_endpoints: Sequence[Endpoints], config: ProtocolConfig
) -> FormOutcomes:
    """Worst lab grades, QoL changes and listed medications over the same dosed group."""
    return FormOutcomes(
        worst_lab_grades=worst_lab_grade_distribution(dosed_endpoints, config),
        qol_changes=qol_mean_changes(dosed_endpoints, config),
        listed_medications=listed_medication_counts(dosed, config),
    )
