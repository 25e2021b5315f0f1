"""The validator's rules: one function per finding code (PROTOCOL.md §6), found by name.

Each rule takes a participant's `Course` and the evaluation date and yields findings.
`RULES` maps every code to its rule; `baitp_desktop.core.validator` runs them all.
"""

from __future__ import annotations

from baitp_desktop.core.rules import dosing, eligibility, safety, schedule  # noqa: F401
from baitp_desktop.core.rules.registry import RULES, Rule, rule

__all__ = ["RULES", "Rule", "rule"]
