"""ITP history against the screening answers (PROTOCOL.md §9): what ITP_HISTORY asks about.

I2 says the low count has lasted 6 months with at least one failed treatment, I3 that
corticosteroids failed; the ITP history and the prior-therapy rows are where a monitor
checks those answers, so a dosed participant whose history does not support them (or has
none) gets one query naming every reason.
"""

from __future__ import annotations

import calendar
from datetime import date

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.records import CORTICOSTEROIDS, Participant
from baitp_desktop.i18n import tr


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later, or that month's last day if it has none.

    2021-08-31 + 6 -> 2022-02-28; 2023-08-31 + 6 -> 2024-02-29; 2024-02-29 + 6 -> 2024-08-29.
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def itp_history_reasons(
    participant: Participant, screening_date: date | None, config: ProtocolConfig
) -> tuple[str, ...]:
    """Every reason the ITP history does not support screening, in the order of §9."""
    history = participant.itp_history
    diagnosed = None if history is None else history.diagnosis_date
    inclusion = participant.screening.inclusion
    reasons: list[str] = []
    if diagnosed is None:
        reasons.append(tr("ItpHistory", "no date of ITP diagnosis"))
    elif screening_date is not None and diagnosed > screening_date:
        reasons.append(
            tr("ItpHistory", "the diagnosis date {diagnosed} is after screening").format(
                diagnosed=diagnosed.isoformat()
            )
        )
    elif (
        inclusion.get("I2") is True
        and screening_date is not None
        and add_months(diagnosed, config.i2_history_months) > screening_date
    ):
        reasons.append(
            tr(
                "ItpHistory",
                "I2 is yes, but the diagnosis ({diagnosed}) is less than {months} months "
                "before screening",
            ).format(diagnosed=diagnosed.isoformat(), months=config.i2_history_months)
        )
    if inclusion.get("I2") is True and not participant.prior_itp_therapies:
        reasons.append(tr("ItpHistory", "I2 is yes, but no prior ITP therapy is recorded"))
    if inclusion.get("I3") is True and not any(
        t.therapy in CORTICOSTEROIDS for t in participant.prior_itp_therapies
    ):
        reasons.append(
            tr("ItpHistory", "I3 is yes, but no corticosteroid is among the prior ITP therapies")
        )
    return tuple(reasons)
