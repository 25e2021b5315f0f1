"""The WHO bleeding scale on screen (PROTOCOL.md §4); the wording is core.vocabulary's.

Shared by the Bleeding tab (radio buttons with definitions) and the Platelet counts tab
(the grade entered on the same line as the count), so both say the same words.
"""

from __future__ import annotations

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.vocabulary import who_grade_meaning


def who_grades(config: ProtocolConfig) -> tuple[int, ...]:
    return tuple(range(config.who_grade_max + 1))


def who_definition(grade: int) -> str:
    """What a WHO grade means ("" for a grade the scale does not have)."""
    return who_grade_meaning(grade)


def is_bleeding_event(grade: int | None, config: ProtocolConfig) -> bool:
    """A bleeding event (PROTOCOL.md §4): grade at or above config.bleeding_event_min_grade."""
    return grade is not None and grade >= config.bleeding_event_min_grade
