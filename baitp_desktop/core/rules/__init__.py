"""The validator's rules: one function per finding code (PROTOCOL.md §6, §9–§12), by name.

Each rule takes a participant's `Course` and the evaluation date and yields findings.
`RULES` maps every code to its rule; `baitp_desktop.core.validator` runs them all.
"""

from __future__ import annotations

from baitp_desktop.core.rules import (  # noqa: F401
    concomitant,
    dosing,
    eligibility,
    history,
    laboratory,
    quality_of_life,
    safety,
    schedule,
)
from baitp_desktop.core.rules.registry import RULES, Rule, rule

__all__ = ["RULES", "Rule", "rule"]
