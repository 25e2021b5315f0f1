"""ITP-PAQ scoring and the questionnaire each QoL visit uses (PROTOCOL.md §12).

Which questionnaire a visit uses is decided by date alone: the baseline takes the latest
one dated from the screening date through Day 1, each later visit the one in its window
nearest the target day (the earlier on a tie), exactly as a visit chooses its platelet
count. Scores are computed exactly (fractions) and handed out as floats, so a change of
score is the difference of the exact scores rather than of two rounded numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.instruments import (
    AppliesTo,
    InstrumentCatalog,
    InstrumentDefinition,
    Scale,
)
from baitp_desktop.core.records import Questionnaire, Sex
from baitp_desktop.core.studyday import date_of_day
from baitp_desktop.core.visits import VisitWindow, visit_count_date, visit_windows


def scale_applies(scale: Scale, sex: Sex, employed: bool) -> bool:
    """Female-only scales apply to women, work-only scales to the employed."""
    if scale.applies_to == AppliesTo.FEMALE:
        return sex == Sex.FEMALE
    if scale.applies_to == AppliesTo.EMPLOYED:
        return employed
    return True


def _tally(
    definition: InstrumentDefinition, scale: Scale, answers: Mapping[str, int | None]
) -> tuple[int, int]:
    """(sum of the scored answers, number answered) over a scale's items in range."""
    total = answered = 0
    for item in definition.scale_items(scale.scale_id):
        answer = answers.get(item.item_id)
        if answer is not None and item.accepts(answer):
            total += item.scored(answer)
            answered += 1
    return total, answered


def _scorable(scale: Scale, answered: int) -> bool:
    """At least half of the scale's items, rounded up (and at least one), are answered."""
    return answered > 0 and answered >= scale.minimum_answered


def score_scale(
    definition: InstrumentDefinition, scale: Scale, answers: Mapping[str, int | None]
) -> Fraction | None:
    """100 × (mean answered − min) / (max − min), reverse items turned round; None when
    fewer than half of the scale's items (rounded up) are answered."""
    total, answered = _tally(definition, scale, answers)
    if not _scorable(scale, answered):
        return None
    first = definition.scale_items(scale.scale_id)[0]  # the scale's items share one range
    # 100 × (total / answered − min) / (max − min), as one exact fraction
    return Fraction(
        100 * (total - first.minimum * answered), answered * (first.maximum - first.minimum)
    )


def unscored_scales(
    questionnaire: Questionnaire, sex: Sex, definition: InstrumentDefinition
) -> tuple[Scale, ...]:
    """The applicable scales with too few answers for a score (what QOL_INCOMPLETE names);
    the same test as `score_scale`, without computing the scores."""
    return tuple(
        scale
        for scale in definition.scales
        if scale_applies(scale, sex, questionnaire.employed)
        and not _scorable(scale, _tally(definition, scale, questionnaire.answers)[1])
    )


@dataclass(frozen=True, slots=True)
class QuestionnaireScores:
    """One questionnaire scored on the definition it names.

    `scores` has every scale of that definition: a Fraction, or None when the scale is not
    applicable or has too few answers; `not_applicable` names the former. `definition` is
    None when the application has not loaded the definition the questionnaire names: then
    nothing can be scored.
    """

    questionnaire: Questionnaire
    definition: InstrumentDefinition | None
    scores: Mapping[str, Fraction | None] = field(default_factory=dict)
    not_applicable: frozenset[str] = frozenset()

    def score(self, scale_id: str) -> float | None:
        value = self.scores.get(scale_id)
        return None if value is None else float(value)


def score_questionnaire(
    questionnaire: Questionnaire, sex: Sex, catalog: InstrumentCatalog
) -> QuestionnaireScores:
    definition = catalog.find(questionnaire.instrument, questionnaire.version)
    if definition is None:
        return QuestionnaireScores(questionnaire, None)
    scores: dict[str, Fraction | None] = {}
    not_applicable: set[str] = set()
    for scale in definition.scales:
        if scale_applies(scale, sex, questionnaire.employed):
            scores[scale.scale_id] = score_scale(definition, scale, questionnaire.answers)
        else:
            scores[scale.scale_id] = None
            not_applicable.add(scale.scale_id)
    return QuestionnaireScores(questionnaire, definition, scores, frozenset(not_applicable))


@dataclass(frozen=True, slots=True)
class QolVisit:
    """A QoL visit on one participant's calendar: the dates its questionnaire may have
    (`first`..`last`, empty when first > last), its target day, and the one it uses."""

    visit_id: str
    target: date
    first: date
    last: date
    questionnaire: Questionnaire | None
    baseline: bool = False


def qol_visits(
    questionnaires: Iterable[Questionnaire],
    day1: date,
    screening_date: date,
    config: ProtocolConfig,
    windows: Iterable[VisitWindow] | None = None,
) -> tuple[QolVisit, ...]:
    """The configured QoL visits, baseline first, each with the questionnaire it uses.

    Baseline: the latest questionnaire dated from the screening date through Day 1 (none
    when screening is after Day 1). Later visits: nearest the target in the window.
    `windows` are the participant's visit windows when already placed (`Course.windows`).
    """
    by_date = {q.date: q for q in questionnaires}  # one questionnaire per date
    baseline_id = config.qol.baseline_visit
    target = date_of_day(day1, config.visit(baseline_id).target_day)
    first = screening_date
    in_range = [d for d in by_date if first <= d <= day1]
    chosen_baseline = by_date[max(in_range)] if in_range else None
    visits = [QolVisit(baseline_id, target, first, day1, chosen_baseline, baseline=True)]
    placed = {w.visit_id: w for w in (windows or visit_windows(day1, config))}
    for visit_id in config.qol.follow_up_visits:
        window = placed[visit_id]
        chosen = visit_count_date(window, by_date)
        visits.append(
            QolVisit(
                visit_id,
                window.target,
                window.first,
                window.last,
                None if chosen is None else by_date[chosen],
            )
        )
    return tuple(visits)


def scale_ids(config: ProtocolConfig) -> tuple[str, ...]:
    """The scale ids endpoints are keyed by: those of the current definition."""
    current = config.instruments.current
    return () if current is None else current.scale_ids


def scores_by_scale(
    scored: QuestionnaireScores | None, ids: tuple[str, ...]
) -> dict[str, float | None]:
    """A questionnaire's scores keyed by every scale id (None where it has none)."""
    return {sid: None if scored is None else scored.score(sid) for sid in ids}


def changes_by_scale(
    visit: QuestionnaireScores | None,
    baseline: QuestionnaireScores | None,
    ids: tuple[str, ...],
) -> dict[str, float | None]:
    """The visit's score minus the baseline score per scale (None where either is missing)."""
    out: dict[str, float | None] = {}
    for sid in ids:
        after = None if visit is None else visit.scores.get(sid)
        before = None if baseline is None else baseline.scores.get(sid)
        out[sid] = None if after is None or before is None else float(after - before)
    return out
