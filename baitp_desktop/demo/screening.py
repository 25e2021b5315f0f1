"""Identity and the screening form of a synthetic participant: eligible unless its role says not."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.records import EXCLUSION_ITEMS, INCLUSION_ITEMS, Labs, Screening, Sex
from baitp_desktop.core.studyday import age_in_completed_years
from baitp_desktop.demo.story import Plan

_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
             "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng",
             "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng")  # fmt: skip
_GIVEN = ("Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yan",
          "Jie", "Juan", "Tao", "Ming", "Chao", "Xia", "Hui", "Hong", "Ling", "Hua", "Ping",
          "Gang", "Bo", "Dan", "Xin", "Yu", "Zhi", "Jian", "Rui", "Kai", "Mei", "Qing", "Lan",
          "Ying", "Shu", "Ai", "En")  # fmt: skip


def pinyin_initials(rng: random.Random) -> str:
    """Pinyin initials: surname + one or two given-name syllables (ZXH, LW)."""
    given = rng.sample(_GIVEN, 2 if rng.random() < 0.65 else 1)
    return "".join(part[0] for part in (rng.choice(_SURNAMES), *given))


def birth_date_for(rng: random.Random, plan: Plan) -> date:
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


def screening_form(rng: random.Random, plan: Plan, sex: Sex, config: ProtocolConfig) -> Screening:
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
