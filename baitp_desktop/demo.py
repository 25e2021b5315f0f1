"""A synthetic BAITP study for demonstrations, screenshots, benchmarks and tests.

Why: every screen (findings panel, platelet chart, diary grid, AE log, endpoints) needs
realistic data to show and to be tested against, and real participant data must never leave
the site. `generate_study` builds a plausible trial as it stands on `today`: a few people
still in screening, most on treatment, several past week 24, a few discontinued, and a
handful of each protocol deviation the validator knows, so every finding code appears.

Deterministic for (n, seed, today): each participant draws from its own random stream,
seeded from (seed, index), so a story does not shift when a neighbour's changes.
Pure Python: it builds `baitp_desktop.core` records and knows nothing about storage.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.records import (
    EXCLUSION_ITEMS,
    INCLUSION_ITEMS,
    AdverseEvent,
    AeAction,
    AeOutcome,
    BleedingAssessment,
    DecisionAction,
    Discontinuation,
    DiscontinuationReason,
    Dose,
    DosingDecision,
    Labs,
    Participant,
    PlateletCount,
    Relationship,
    RescueTherapy,
    Screening,
    Sex,
)
from baitp_desktop.core.studyday import age_in_completed_years, date_of_day
from baitp_desktop.core.visits import VisitWindow, visit_windows

FIRST_DAY1_DAYS_AGO = 410  # with screening, enrolment spans about 14 months before today
COMPLETED_SHARE = 0.32  # share of dosed participants whose Day 1 lies > 180 days back
SCREENING_SHARE = 0.08  # share still in screening (not dosed) on `today`
MAX_PARTICIPANTS = 1000  # BAITP-000 to BAITP-999
NOISE_SHARE = 0.15  # at most this share of a 28-day block is missed/unrecorded by chance

_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
             "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng",
             "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng")  # fmt: skip
_GIVEN = ("Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yan",
          "Jie", "Juan", "Tao", "Ming", "Chao", "Xia", "Hui", "Hong", "Ling", "Hua", "Ping",
          "Gang", "Bo", "Dan", "Xin", "Yu", "Zhi", "Jian", "Rui", "Kai", "Mei", "Qing", "Lan",
          "Ying", "Shu", "Ai", "En")  # fmt: skip
_RESCUE = ("IVIG", "Platelet transfusion", "Corticosteroids", "TPO receptor agonists")


# Storyline -> (participants per 35, study day `today` must have reached for it to fit);
# most demanding first, so that they get the pick of the long-running participants.
_ROLES: dict[str, tuple[int, int]] = {
    "beyond_treatment": (1, 182), "interrupt_resume": (1, 125), "interrupt_ignored": (1, 100),
    "low_compliance": (1, 60), "rescue": (3, 50), "severe_ae": (1, 40),
    "dose_after_severe_ae": (1, 40), "missed_visit": (2, 40), "withdrawal": (1, 35),
    "dose_after_discontinuation": (1, 35), "sae_late": (1, 30), "wrong_dose": (1, 20),
    "missing_bleeding": (1, 10), "ae_before_consent": (1, 2), "ineligible_age": (1, 2),
    "ineligible_platelets": (1, 2), "ineligible_criteria": (1, 2), "ineligible_lab": (1, 2),
    "consent_after_screening": (1, 2), "screening_window": (1, 2),
}  # fmt: skip
_NO_NOISE_ROLES = {"interrupt_resume", "interrupt_ignored", "missed_visit", "missing_bleeding"}


@dataclass(frozen=True, slots=True)
class _Term:
    """A CTCAE v5.0 term (exact spelling) with how it typically presents on baricitinib."""

    term: str
    weight: float
    grades: tuple[float, float, float]  # weights of grades 1, 2, 3
    related: tuple[Relationship, ...]
    days: tuple[int, int]  # duration range until resolution
    female_only: bool = False


_P, _Q, _U, _N = (Relationship.POSSIBLE, Relationship.PROBABLE, Relationship.UNLIKELY,
                  Relationship.NOT_RELATED)  # fmt: skip
_TERMS = (
    _Term("Upper respiratory infection", 10, (0.55, 0.45, 0), (_P, _U), (4, 12)),
    _Term("Urinary tract infection", 4, (0.3, 0.7, 0), (_P, _U), (5, 14)),
    _Term("Shingles", 1.5, (0.2, 0.8, 0), (_Q, _P), (10, 30)),
    _Term("Herpes simplex reactivation", 2, (0.7, 0.3, 0), (_P,), (5, 12)),
    _Term("Lung infection", 1.5, (0, 0.6, 0.4), (_P,), (10, 21)),
    _Term("Alanine aminotransferase increased", 4, (0.85, 0.15, 0), (_P, _Q), (14, 56)),
    _Term("Aspartate aminotransferase increased", 2, (0.9, 0.1, 0), (_P, _Q), (14, 56)),
    _Term("Cholesterol high", 4, (0.8, 0.2, 0), (_Q, _P), (30, 150)),
    _Term("Hypertriglyceridemia", 2, (0.8, 0.2, 0), (_P,), (30, 120)),
    _Term("Diarrhea", 3, (0.8, 0.2, 0), (_P, _U), (2, 6)),
    _Term("Nausea", 3, (0.85, 0.15, 0), (_P,), (2, 10)),
    _Term("Headache", 3, (0.9, 0.1, 0), (_U, _P), (1, 4)),
    _Term("Neutrophil count decreased", 2, (0.6, 0.4, 0), (_Q, _P), (14, 42)),
    _Term("Lymphocyte count decreased", 2, (0.6, 0.4, 0), (_Q, _P), (14, 56)),
    _Term("CPK increased", 1.5, (0.9, 0.1, 0), (_P,), (14, 42)),
    _Term("Epistaxis", 3, (0.8, 0.2, 0), (_N, _U), (1, 3)),
    _Term("Oral hemorrhage", 2, (0.85, 0.15, 0), (_N, _U), (1, 3)),  # CTCAE has no "gum"
    _Term("Bruising", 3, (0.95, 0.05, 0), (_N,), (5, 14)),
    _Term("Menorrhagia", 2, (0.6, 0.4, 0), (_N, _U), (4, 8), female_only=True),
    _Term("Rash acneiform", 1.5, (0.8, 0.2, 0), (_P,), (14, 42)),
)


@dataclass
class _Plan:
    """One participant's place on the study calendar, before any data is made up."""

    index: int
    rng: random.Random
    consent: date
    screening_date: date
    day1: date | None
    role: str | None = None
    variant: int = 0  # the how-many-th holder of the role, to vary its details


@dataclass
class _Story:
    """The participant's records while they are being built (mutable, then frozen)."""

    plan: _Plan
    config: ProtocolConfig
    today: date
    day1: date
    windows: tuple[VisitWindow, ...]
    counts: dict[date, int] = field(default_factory=dict)
    grades: dict[date, int] = field(default_factory=dict)
    decisions: list[DosingDecision] = field(default_factory=list)
    aes: list[AdverseEvent] = field(default_factory=list)
    rescue: list[RescueTherapy] = field(default_factory=list)
    held: set[date] = field(default_factory=set)  # documented not-taken (interrupted) days
    discontinuation: Discontinuation | None = None
    last_dose: date | None = None  # None: the planned end (Day 168 or yesterday)

    @property
    def rng(self) -> random.Random:
        return self.plan.rng

    @property
    def current_day(self) -> int:
        return (self.today - self.day1).days + 1

    def day(self, number: int) -> date:
        return date_of_day(self.day1, number)

    def number(self, day: date) -> int:
        return (day - self.day1).days + 1

    @property
    def yesterday(self) -> date:
        return self.today - timedelta(days=1)

    def observed_until(self) -> date:
        """The last date anything can have happened: yesterday, or discontinuation."""
        end = self.yesterday
        return end if self.discontinuation is None else min(end, self.discontinuation.date)


def generate_study(
    n: int = 35, seed: int = 2207, today: date | None = None,
    config: ProtocolConfig | None = None,
) -> list[Participant]:  # fmt: skip
    """A realistic synthetic study of `n` participants as it stands on `today`.

    Ids are BAITP-001 to BAITP-999 and then BAITP-000: the id pattern has room for 1,000.
    """
    if not 0 <= n <= MAX_PARTICIPANTS:
        raise ValueError(f"n must be from 0 to {MAX_PARTICIPANTS} (three-digit ids)")
    today = today or date.today()
    config = config or default_config()
    plans = _timeline(n, seed, today)
    _assign_roles(plans, n, seed, today)
    return [_participant(plan, config, today) for plan in plans]


def participant_state(participant: Participant, today: date, config: ProtocolConfig) -> str:
    """'screening', 'on_treatment', 'completed' or 'discontinued' (for summaries)."""
    if participant.discontinuation is not None:
        return "discontinued"
    if participant.first_dose_date is None:
        return "screening"
    end = date_of_day(participant.first_dose_date, config.last_planned_day)
    return "completed" if end < today else "on_treatment"


# -- calendar and roles ----------------------------------------------------------------------
def _timeline(n: int, seed: int, today: date) -> list[_Plan]:
    """Day 1 spread over ~14 months, oldest first; the last few are still in screening."""
    n_screening = round(SCREENING_SHARE * n)
    n_dosed = n - n_screening
    plans: list[_Plan] = []
    for index in range(n):
        rng = random.Random(f"baitp-demo:{seed}:{index}")
        if index < n_dosed:
            x = (index + 0.5) / n_dosed
            if x < COMPLETED_SHARE:
                ago = FIRST_DAY1_DAYS_AGO - (FIRST_DAY1_DAYS_AGO - 182) * x / COMPLETED_SHARE
            else:
                ago = 182 - 180 * (x - COMPLETED_SHARE) / (1 - COMPLETED_SHARE)
            day1 = today - timedelta(days=max(1, round(ago + rng.uniform(-2, 2))))
            screening = day1 - timedelta(days=rng.choice((1, 2, 3, 4, 5, 5, 6, 7, 7, 8, 10, 14)))
            consent = screening - timedelta(days=rng.choice((0, 0, 0, 0, 1, 2)))
            plans.append(_Plan(index, rng, consent, screening, day1))
        else:
            ago = round(12 * (n - index - 0.5) / n_screening)
            consent = today - timedelta(days=ago)
            screening = consent + timedelta(days=min(ago, rng.choice((0, 0, 1, 2))))
            plans.append(_Plan(index, rng, consent, screening, None))
    undosed = [p for p in plans if p.day1 is None]
    if len(undosed) >= 2:
        undosed[0].role = "screen_fail"  # shows a "Not eligible" verdict without a finding
    return plans


def _assign_roles(plans: list[_Plan], n: int, seed: int, today: date) -> None:
    """Give each storyline to randomly chosen participants long enough in the study for it."""
    rng = random.Random(f"baitp-demo:{seed}:roles")
    free = [p for p in plans if p.day1 is not None]
    for role, (per_35, min_day) in _ROLES.items():
        candidates = [p for p in free if p.day1 and (today - p.day1).days + 1 >= min_day]
        chosen = rng.sample(candidates, min(round(per_35 * n / 35), len(candidates)))
        for variant, plan in enumerate(chosen):
            plan.role, plan.variant = role, variant
            free.remove(plan)
    for plan in plans:
        if plan.day1 is None:
            continue
        if plan.role == "screening_window":
            plan.screening_date = plan.day1 - timedelta(days=plan.rng.randint(31, 36))
            plan.consent = plan.screening_date - timedelta(days=plan.rng.choice((0, 1)))
        elif plan.role == "consent_after_screening":  # labs drawn before the form was signed
            plan.consent = min(plan.screening_date + timedelta(days=2), plan.day1)


# -- one participant -------------------------------------------------------------------------
def _participant(plan: _Plan, config: ProtocolConfig, today: date) -> Participant:
    """Screening for everyone; the course of treatment only for those already dosed."""
    rng = plan.rng
    sex = Sex.FEMALE if rng.random() < 0.62 else Sex.MALE
    screening = _screening(rng, plan, sex, config)
    base = Participant(
        participant_id=f"BAITP-{(plan.index + 1) % 1000:03d}",
        initials=_initials(rng),
        sex=sex,
        birth_date=_birth_date(rng, plan),
        consent_date=plan.consent,
        screening=screening,
    )
    if plan.day1 is None:
        return base
    story = _Story(plan, config, today, plan.day1, visit_windows(plan.day1, config))
    _plan_discontinuation(story)
    _platelets(story, screening.platelets or 20)
    _scenario_interruptions(story)
    _adverse_events(story, sex)
    _rescue(story)
    return replace(
        base, first_dose_date=plan.day1, doses=tuple(_diary(story)),
        dosing_decisions=tuple(sorted(story.decisions, key=lambda d: d.date)),
        platelet_counts=tuple(PlateletCount(d, v) for d, v in sorted(story.counts.items())),
        bleeding=tuple(BleedingAssessment(d, g) for d, g in sorted(story.grades.items())),
        adverse_events=_numbered(story.aes), rescue=tuple(story.rescue),
        discontinuation=story.discontinuation,
    )  # fmt: skip


def _initials(rng: random.Random) -> str:
    """Pinyin initials: surname + one or two given-name syllables (ZXH, LW)."""
    given = rng.sample(_GIVEN, 2 if rng.random() < 0.65 else 1)
    return "".join(part[0] for part in (rng.choice(_SURNAMES), *given))


def _birth_date(rng: random.Random, plan: _Plan) -> date:
    """A birth date giving an age mostly 25-65 on the consent date (17 or 71 by role)."""
    if plan.role == "ineligible_age":
        age = 71 if rng.random() < 0.7 else 17
    else:
        age = min(69, max(19, round(rng.gauss(45, 11))))
    try:
        anniversary = plan.consent.replace(year=plan.consent.year - age)
    except ValueError:  # consent on 29 February
        anniversary = plan.consent.replace(year=plan.consent.year - age, day=28)
    birth = anniversary - timedelta(days=rng.randint(0, 360))
    assert age_in_completed_years(birth, plan.consent) == age
    return birth


def _screening(rng: random.Random, plan: _Plan, sex: Sex, config: ProtocolConfig) -> Screening:
    """A filled screening form: eligible unless the participant's role says otherwise."""
    low, high = config.i4_platelets_below, config.i4_platelets_below_with_bleeding
    if rng.random() < 0.12:
        count, bleeding = rng.randint(int(low), int(high) - 5), True
    else:
        count, bleeding = rng.randint(5, int(low) - 1), rng.random() < 0.12
    if plan.role in ("ineligible_platelets", "screen_fail"):
        count, bleeding = rng.randint(int(low) + 3, int(high) - 2), False
    inclusion: dict[str, bool | None] = dict.fromkeys(INCLUSION_ITEMS, True)
    exclusion: dict[str, bool | None] = dict.fromkeys(EXCLUSION_ITEMS, False)
    if plan.role == "ineligible_criteria":
        item = ("E5", "E4", "I3")[plan.variant % 3]
        (inclusion if item.startswith("I") else exclusion)[item] = item.startswith("E")
    wbc = rng.randrange(4000, 9001, 100)
    alt_uln = rng.choice((40, 40, 40, 50))
    labs = Labs(
        alt=rng.randint(8, 38), alt_uln=alt_uln, ast=rng.randint(12, 36), ast_uln=40,
        bilirubin=round(rng.uniform(4.5, 18.9), 1), bilirubin_uln=21,
        hemoglobin=round(rng.uniform(10.0, 13.5 if sex == Sex.FEMALE else 14.0), 1),
        wbc=wbc, anc=min(6000, max(2000, round(wbc * rng.uniform(0.45, 0.68), -1))),
        lymphocytes=min(3000, max(1000, round(wbc * rng.uniform(0.2, 0.38), -1))),
        egfr=rng.randint(70, 120),
    )  # fmt: skip
    if plan.role == "ineligible_lab":
        which = ("alt", "anc", "hemoglobin")[plan.variant % 3]
        value = {"alt": round(alt_uln * rng.uniform(2.2, 3.0)),
                 "hemoglobin": round(rng.uniform(8.1, 8.8), 1),
                 "anc": rng.randrange(900, 1150, 10)}[which]  # fmt: skip
        labs = replace(labs, **{which: value})
    return Screening(plan.screening_date, inclusion, exclusion, count, bleeding, labs)


def _plan_discontinuation(story: _Story) -> None:
    """Stopping stories: grade 4 AEs, withdrawal, and doses taken after stopping."""
    rng, role, latest = story.rng, story.plan.role, min(story.current_day - 6, 150)
    if role not in ("severe_ae", "dose_after_severe_ae", "withdrawal",
                    "dose_after_discontinuation"):  # fmt: skip
        return
    stop = rng.randint(20, max(20, latest))
    reason = DiscontinuationReason.ADVERSE_EVENT
    if role == "severe_ae":  # life-threatening thrombosis, stopped the next day
        onset = story.day(stop)
        story.aes.append(_serious_ae(story, "Thromboembolic event", 4, onset, onset, 0, _P))
        story.discontinuation, story.last_dose = Discontinuation(story.day(stop + 1), reason), onset
    elif role == "dose_after_severe_ae":  # site learned of the lab result three days late
        onset = story.day(stop)
        aware = onset + timedelta(days=3)
        story.aes.append(_serious_ae(story, "Neutrophil count decreased", 4, onset, aware, 0, _Q))
        story.discontinuation = Discontinuation(aware + timedelta(days=1), reason)
        story.last_dose = aware
    else:
        reason = (DiscontinuationReason.PARTICIPANT_REQUEST if role == "withdrawal"
                  else DiscontinuationReason.OTHER)  # fmt: skip
        story.discontinuation = Discontinuation(story.day(stop), reason)
        extra = 0 if role == "withdrawal" else rng.randint(2, 3)  # leftover tablets taken
        story.last_dose = story.day(stop + extra)


def _serious_ae(
    story: _Story, term: str, grade: int, onset: date, aware: date, delay: int,
    relationship: Relationship,
) -> AdverseEvent:  # fmt: skip
    """A serious AE with awareness and sponsor-report dates (report `delay` days late)."""
    reported = _not_after(aware + timedelta(days=delay or story.rng.choice((0, 0, 1))), story.today)
    resolved = _not_after(onset + timedelta(days=story.rng.randint(12, 28)), story.yesterday)
    severe = grade >= story.config.severe_ae_min_grade
    action = AeAction.DISCONTINUED if severe else AeAction.INTERRUPTED
    return AdverseEvent(
        0, term, grade, onset, resolved, True, relationship, action,
        AeOutcome.RECOVERED if resolved else AeOutcome.RECOVERING, aware, reported,
    )  # fmt: skip


# -- platelets and bleeding ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Profile:
    """An expected count over study days: a rise from baseline to a plateau, maybe a loss."""

    base: float
    plateau: float
    tau: float
    loss_day: int | None
    cap: float

    def count(self, rng: random.Random, day: int) -> int:
        level = self.base + (self.plateau - self.base) * (1 - math.exp(-max(0, day - 1) / self.tau))
        if self.loss_day is not None and day > self.loss_day:
            level = self.base + (level - self.base) * math.exp(-(day - self.loss_day) / 14)
        return int(min(self.cap, max(1, round(level * rng.lognormvariate(0, 0.18)))))


def _profile(story: _Story, screening_count: float) -> _Profile:
    """About half respond; interruption stories need a strong responder."""
    rng, role = story.rng, story.plan.role
    base = min(35.0, max(3.0, screening_count * rng.uniform(0.75, 1.2)))
    cap = story.config.interruption.limit - 10
    if role in ("interrupt_resume", "interrupt_ignored"):
        return _Profile(base, 260, rng.uniform(8, 15), None, cap)
    if role != "rescue" and rng.random() < 0.55:
        plateau = rng.uniform(110, 260) if rng.random() < 0.6 else rng.uniform(45, 100)
        loss = rng.randint(60, 140) if rng.random() < 0.15 else None
        return _Profile(base, plateau, rng.uniform(5, 40), loss, cap)
    base = min(base, rng.uniform(15, 25))  # non-responders hover below 30
    return _Profile(base, base * rng.uniform(0.8, 1.3), 20, None, story.config.r.limit - 1)


def _who_grade(rng: random.Random, count: float) -> int:
    """Lower counts bleed more; responders are mostly grade 0."""
    weights = ((0.25, 0.45, 0.3) if count < 10 else (0.6, 0.32, 0.08) if count < 30
               else (0.85, 0.15, 0) if count < 50 else (0.97, 0.03, 0))  # fmt: skip
    return rng.choices((0, 1, 2), weights)[0]


def _platelets(story: _Story, screening_count: float) -> None:
    """A count (and usually a WHO grade) at every visit so far, plus a few unscheduled ones."""
    rng, profile = story.rng, _profile(story, screening_count)
    end = story.observed_until()
    for window in story.windows:
        spread = (window.last - window.first).days / 5
        offset = 0 if rng.random() < 0.55 else round(rng.gauss(0, spread))
        when = min(window.last, max(window.first, window.target + timedelta(days=offset)))
        when = max(when, story.plan.screening_date)
        if when <= end:
            _record(story, when, profile.count(rng, story.number(when)))
    if story.discontinuation is not None and story.discontinuation.date < story.today:
        when = story.discontinuation.date  # end-of-treatment visit
        story.counts.setdefault(when, profile.count(rng, story.number(when)))
        story.grades.setdefault(when, _who_grade(rng, story.counts[when]))
    free = _unscheduled_days(story, 2, story.config.last_planned_day)
    extra = 0 if story.plan.role in _NO_NOISE_ROLES else rng.choice((0, 0, 0, 1, 1, 2))
    for number in rng.sample(free, min(len(free), extra)):
        when = story.day(number)
        story.counts[when] = profile.count(rng, number)
        if rng.random() < 0.7:
            story.grades[when] = _who_grade(rng, story.counts[when])
    visits = [w for w in story.windows if w.visit_id != "baseline"]
    if story.plan.role == "missed_visit":
        done = [w for w in visits if w.last < story.today and _count_in(story, w)]
        for when in _count_in(story, rng.choice(done)) if done else []:
            del story.counts[when]
            story.grades.pop(when, None)
    elif story.plan.role == "missing_bleeding":
        done = [w for w in visits if _count_in(story, w)]
        if done:
            story.grades.pop(_count_in(story, rng.choice(done))[0], None)


def _record(story: _Story, when: date, count: int) -> None:
    """A visit count with its same-day WHO grade, which the response needs."""
    story.counts[when] = count
    if story.rng.random() > 0.01:  # now and then a visit count lacks its bleeding grade
        story.grades[when] = _who_grade(story.rng, count)


def _count_in(story: _Story, window: VisitWindow) -> list[date]:
    """Dates of the counts recorded so far inside a visit window."""
    return [d for d in story.counts if window.contains(d)]


def _unscheduled_days(story: _Story, first: int, last: int) -> list[int]:
    """Study days in [first, last] outside every visit window and before `today`."""
    last = min(last, story.number(story.observed_until()))
    return [n for n in range(first, last + 1)
            if not any(w.contains(story.day(n)) for w in story.windows)]  # fmt: skip


def _scenario_interruptions(story: _Story) -> None:
    """Two counts above the limit >= 14 days apart: applied correctly, or ignored."""
    role, rng = story.plan.role, story.rng
    if role not in ("interrupt_resume", "interrupt_ignored"):
        return
    limit = story.config.interruption.limit
    late = role == "interrupt_ignored" and story.current_day >= 158  # fewer days ignored
    ids = ("w16", "w20") if late else ("w8", "w12")
    dates = {w.visit_id: d for w in story.windows for d in _count_in(story, w)}
    if not all(i in dates for i in ids):
        return
    for when in dates.values():  # high from the pair onwards
        if when >= dates[ids[0]]:
            story.counts[when] = round(limit + rng.uniform(10, 90))
            story.grades[when] = 0
    if role == "interrupt_ignored":
        return
    trigger = dates[ids[1]]
    resume = trigger + timedelta(days=14)
    story.counts[resume], story.grades[resume] = rng.randint(150, 200), 0
    story.decisions += [
        DosingDecision(trigger + timedelta(days=1), DecisionAction.INTERRUPT,
                       f"Platelets > {limit:g} ×10⁹/L twice, ≥ 14 days apart"),
        DosingDecision(resume, DecisionAction.RESUME,
                       f"Platelets {story.counts[resume]} ×10⁹/L: resume daily dosing"),
    ]  # fmt: skip
    story.held.update(trigger + timedelta(days=i) for i in range(1, 14))
    for when in [d for d in story.counts if d > resume]:
        story.counts[when] = rng.randint(120, 220)


# -- adverse events and rescue ----------------------------------------------------------------
def _adverse_events(story: _Story, sex: Sex) -> None:
    """Typical JAK-inhibitor AEs, mostly grade 1-2; serious infections hold the drug."""
    rng = story.rng
    last_onset = min(story.number(story.observed_until()), story.config.last_acceptable_day)
    terms = [t for t in _TERMS if sex == Sex.FEMALE or not t.female_only]
    lam = 2.0 * max(0, last_onset - 1) / story.config.last_planned_day
    for _ in range(_poisson(rng, lam)):
        term = rng.choices(terms, [t.weight for t in terms])[0]
        onset = story.day(rng.randint(2, last_onset))
        grade = rng.choices((1, 2, 3), term.grades)[0]
        if grade == 3 and story.plan.role is None:
            _serious_infection(story, term.term, onset, 0)
            continue
        grade = min(grade, 2)
        resolved = _not_after(onset + timedelta(days=rng.randint(*term.days)), story.yesterday)
        ongoing = rng.choice((AeOutcome.RECOVERING, AeOutcome.NOT_RECOVERED))
        story.aes.append(_ae(term.term, grade, onset, resolved, rng.choice(term.related), ongoing))
    if story.plan.role == "sae_late" and last_onset >= 12:
        onset = story.day(rng.randint(10, max(10, last_onset - 8)))
        _serious_infection(story, "Lung infection", onset, rng.randint(3, 5))
    if story.plan.role == "ae_before_consent":  # history entered as an AE
        onset = story.plan.consent - timedelta(days=rng.randint(5, 30))
        story.aes.append(_ae("Epistaxis", 1, onset, onset + timedelta(days=1), _N))


def _ae(
    term: str, grade: int, onset: date, resolved: date | None, relationship: Relationship,
    ongoing: AeOutcome = AeOutcome.RECOVERING,
) -> AdverseEvent:  # fmt: skip
    """A non-serious AE that needed no change to the study drug."""
    outcome = AeOutcome.RECOVERED if resolved else ongoing
    return AdverseEvent(
        0, term, grade, onset, resolved, False, relationship, AeAction.NONE, outcome
    )


def _not_after(day: date, limit: date) -> date | None:
    """The date, or None ("not yet") when it would lie after `limit`."""
    return None if day > limit else day


def _poisson(rng: random.Random, lam: float) -> int:
    """How many AEs: Poisson with mean `lam` (Knuth), from the participant's own stream."""
    threshold, k, product = math.exp(-lam), 0, rng.random()
    while product > threshold:
        k, product = k + 1, product * rng.random()
    return k


def _serious_infection(story: _Story, term: str, onset: date, delay: int) -> None:
    """A grade 3 infection in hospital: serious, reported, drug held until it resolves."""
    aware = min(onset + timedelta(days=story.rng.choice((0, 1))), story.observed_until())
    ae = _serious_ae(story, term, 3, onset, aware, delay, _P)
    story.aes.append(ae)
    story.decisions.append(DosingDecision(aware, DecisionAction.INTERRUPT, f"{term}, grade 3"))
    held_until = story.today
    if ae.resolved is not None and ae.resolved + timedelta(days=1) < story.today:
        held_until = ae.resolved + timedelta(days=1)
        story.decisions.append(DosingDecision(held_until, DecisionAction.RESUME, "AE resolved"))
    story.held.update(aware + timedelta(days=i) for i in range((held_until - aware).days))


def _rescue(story: _Story) -> None:
    """A bleeding non-responder gets rescue therapy on an unscheduled day."""
    if story.plan.role != "rescue":
        return
    rng = story.rng
    days = _unscheduled_days(story, 28, 160)
    if not days:
        return
    when = story.day(rng.choice(days))
    story.counts[when], story.grades[when] = rng.randint(2, 8), 2
    story.rescue.append(RescueTherapy(1, when, _RESCUE[story.plan.variant % len(_RESCUE)]))
    term = rng.choice(("Epistaxis", "Oral hemorrhage", "Purpura"))
    story.aes.append(_ae(term, 2, when, _not_after(when + timedelta(days=2), story.yesterday), _N))


def _numbered(aes: list[AdverseEvent]) -> tuple[AdverseEvent, ...]:
    """AE log lines numbered in onset order, as a site would have entered them."""
    ordered = sorted(aes, key=lambda ae: (ae.onset, ae.term))
    return tuple(replace(ae, number=i + 1) for i, ae in enumerate(ordered))


# -- diary -----------------------------------------------------------------------------------
def _diary(story: _Story) -> list[Dose]:
    """One entry per day from Day 1: mostly 4 mg taken, some missed, a few days unrecorded."""
    rng, config, yesterday = story.rng, story.config, story.yesterday
    planned_end = min(yesterday, story.day(config.last_planned_day))
    if story.plan.role == "beyond_treatment":  # kept taking tablets past the treatment period
        planned_end = min(yesterday, story.day(config.last_acceptable_day + rng.randint(1, 4)))
    if story.discontinuation is not None:
        planned_end = min(planned_end, story.discontinuation.date)
    last = min(story.last_dose or planned_end, yesterday)
    normal_end = min(last, story.day(config.last_planned_day))  # chance noise only in here
    if story.discontinuation is not None:
        normal_end = min(normal_end, story.discontinuation.date)
    if story.aes and story.plan.role == "dose_after_severe_ae":
        normal_end = story.aes[0].onset
    days = [story.day1 + timedelta(days=i) for i in range((last - story.day1).days + 1)]
    entries: dict[date, Dose | None] = {d: Dose(d, True, config.dose_mg) for d in days}
    for day in story.held.intersection(entries):
        entries[day] = Dose(day, False, None)
    block_days = config.compliance_block_days
    for start in range(0, len(days), block_days):
        block = [d for d in days[start:start + block_days]
                 if d <= normal_end and d not in story.held]  # fmt: skip
        budget = int(NOISE_SHARE * len(block))
        missed = min(budget, rng.choice((0, 0, 1, 1, 2, 3)))
        for day in rng.sample(block, missed):
            entries[day] = Dose(day, False, None)
        gap = min(budget - missed, rng.choice((1, 1, 2, 3)))
        if gap > 0 and rng.random() < 0.15:
            first = rng.randrange(0, len(block) - gap + 1)
            for day in block[first : first + gap]:
                entries[day] = None
    full_blocks = [s for s in range(0, len(days) - block_days + 1, block_days)
                   if days[s + block_days - 1] <= normal_end]  # fmt: skip
    if story.plan.role == "low_compliance" and full_blocks:  # ran out of tablets on a trip
        start = rng.choice(full_blocks) + rng.randint(0, 14)
        for day in days[start : start + rng.randint(8, 12)]:
            entries[day] = Dose(day, False, None)
    if story.plan.role == "wrong_dose" and len(days) > 10:  # dispensed 2 mg tablets
        start = rng.randint(1, len(days) - 8)
        for day in days[start : start + rng.randint(3, 7)]:
            entries[day] = Dose(day, True, config.dose_mg / 2)
    return [dose for dose in entries.values() if dose is not None]
