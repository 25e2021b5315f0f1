"""Eligibility (PROTOCOL.md §1): age, I1–I5, E1–E11, each with a reason a nurse can read.

The screening tab shows these reasons live while the form fills; the validator raises the
INELIGIBLE_* findings from the same result once the participant has been dosed, so the
screen and the findings can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from baitp_desktop.core.config import LabLimit, ProtocolConfig
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.records import EXCLUSION_ITEMS, INCLUSION_ITEMS, Participant, Screening
from baitp_desktop.core.studyday import age_in_completed_years
from baitp_desktop.i18n import tr


@dataclass(frozen=True, slots=True)
class EligibilityResult:
    """Each failing part with its reason; empty tuples/None where that part passes."""

    age_years: int
    age_failure: str | None
    i4_met: bool
    platelet_failure: str | None
    criteria_failures: tuple[str, ...]
    lab_failures: tuple[str, ...]
    failing_labs: tuple[str, ...]
    failing_items: tuple[str, ...]

    @property
    def e11_met(self) -> bool:
        """E11 "excluded by labs" is met (i.e. the participant is excluded) when a lab fails."""
        return bool(self.lab_failures)

    @property
    def eligible(self) -> bool:
        return (
            self.age_failure is None
            and self.platelet_failure is None
            and not self.criteria_failures
            and not self.lab_failures
        )

    @property
    def reasons(self) -> tuple[str, ...]:
        """Every reason for "not eligible", in form order."""
        out: list[str] = []
        if self.age_failure:
            out.append(self.age_failure)
        out.extend(self.criteria_failures)
        if self.platelet_failure:
            out.append(self.platelet_failure)
        out.extend(self.lab_failures)
        return tuple(out)


def _age_failure(age: int, config: ProtocolConfig) -> str | None:
    if config.min_age_years <= age <= config.max_age_years:
        return None
    return tr("Eligibility", "Age {age} on the consent date (must be {low}–{high})").format(
        age=age, low=config.min_age_years, high=config.max_age_years
    )


def i4_met(screening: Screening, config: ProtocolConfig) -> bool:
    """I4: count below 30, or below 50 with clinically significant bleeding."""
    count = screening.platelets
    if count is None:
        return False
    if count < config.i4_platelets_below:
        return True
    return bool(screening.significant_bleeding) and count < config.i4_platelets_below_with_bleeding


def _platelet_failure(screening: Screening, config: ProtocolConfig) -> str | None:
    if i4_met(screening, config):
        return None
    count = screening.platelets
    if count is None:
        return tr("Eligibility", "I4: screening platelet count not done")
    low = fmt_number(config.i4_platelets_below)
    high = fmt_number(config.i4_platelets_below_with_bleeding)
    if screening.significant_bleeding is None and count < config.i4_platelets_below_with_bleeding:
        return tr(
            "Eligibility",
            "I4: screening count {count} is not < {low}; significant bleeding not answered",
        ).format(count=fmt_number(count), low=low)
    if screening.significant_bleeding:
        return tr(
            "Eligibility", "I4: screening count {count} is not < {high} despite bleeding"
        ).format(count=fmt_number(count), high=high)
    return tr(
        "Eligibility", "I4: screening count {count} is not < {low} and no significant bleeding"
    ).format(count=fmt_number(count), low=low)


def _criteria_failures(screening: Screening) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    items: list[str] = []
    for item in INCLUSION_ITEMS:
        answer = screening.inclusion.get(item)
        if answer is True:
            continue
        items.append(item)
        if answer is None:
            texts.append(tr("Eligibility", "{item}: not answered").format(item=item))
        else:
            texts.append(tr("Eligibility", "{item}: inclusion criterion not met").format(item=item))
    for item in EXCLUSION_ITEMS:
        answer = screening.exclusion.get(item)
        if answer is False:
            continue
        items.append(item)
        if answer is None:
            texts.append(tr("Eligibility", "{item}: not answered").format(item=item))
        else:
            texts.append(tr("Eligibility", "{item}: exclusion criterion present").format(item=item))
    return texts, items


def lab_failure(lab: LabLimit, value: float | None, uln: float | None) -> str | None:
    """The reason one screening lab fails E11, or None when it passes."""
    label = tr("Lab", lab.label)
    if value is None or (lab.uses_uln and uln is None):
        return tr("Eligibility", "{lab} not done").format(lab=label)
    if not lab.fails(value, uln):
        return None
    if lab.uses_uln:
        assert lab.times_uln is not None and uln is not None
        return tr("Eligibility", "{lab} {value} {op} {factor} × ULN {uln}").format(
            lab=label,
            value=fmt_number(value),
            op=lab.comparison,
            factor=fmt_number(lab.times_uln),
            uln=fmt_number(uln),
        )
    assert lab.limit is not None
    return (
        tr("Eligibility", "{lab} {value} {op} {limit} {unit}")
        .format(
            lab=label,
            value=fmt_number(value),
            op=lab.comparison,
            limit=fmt_number(lab.limit),
            unit=lab.unit,
        )
        .strip()
    )


def _lab_failures(screening: Screening, config: ProtocolConfig) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    keys: list[str] = []
    for lab in config.lab_limits:
        value = getattr(screening.labs, lab.key, None)
        uln = getattr(screening.labs, f"{lab.key}_uln", None) if lab.uses_uln else None
        reason = lab_failure(lab, value, uln)
        if reason is not None:
            texts.append(reason)
            keys.append(lab.key)
    return texts, keys


def evaluate_eligibility(participant: Participant, config: ProtocolConfig) -> EligibilityResult:
    """Every eligibility criterion for one participant (answers left blank fail)."""
    screening = participant.screening
    age = age_in_completed_years(participant.birth_date, participant.consent_date)
    criteria, items = _criteria_failures(screening)
    labs, lab_keys = _lab_failures(screening, config)
    i4 = i4_met(screening, config)
    if not i4:
        items.append("I4")
    if labs:
        items.append("E11")
    return EligibilityResult(
        age_years=age,
        age_failure=_age_failure(age, config),
        i4_met=i4,
        platelet_failure=_platelet_failure(screening, config),
        criteria_failures=tuple(criteria),
        lab_failures=tuple(labs),
        failing_labs=tuple(lab_keys),
        failing_items=tuple(items),
    )
