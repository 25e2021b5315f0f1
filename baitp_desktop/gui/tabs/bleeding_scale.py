"""The WHO bleeding scale's grade definitions (PROTOCOL.md §4), in the current language.

Shared by the Bleeding tab (radio buttons with definitions) and the Platelet counts tab
(the grade entered on the same line as the count), so both say the same words.
"""

from __future__ import annotations

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.i18n import tr, tr_noop

_DEFINITIONS: dict[int, str] = {
    0: tr_noop("WHO", "No bleeding"),
    1: tr_noop("WHO", "Petechiae, ecchymoses, mild bleeding"),
    2: tr_noop("WHO", "Mild blood loss (clinically significant)"),
    3: tr_noop("WHO", "Gross blood loss needing transfusion"),
    4: tr_noop("WHO", "Debilitating blood loss (retinal, cerebral, or fatal)"),
}


def who_grades(config: ProtocolConfig) -> tuple[int, ...]:
    return tuple(range(config.who_grade_max + 1))


def who_definition(grade: int) -> str:
    """What a WHO grade means ("" for a grade the scale does not have)."""
    text = _DEFINITIONS.get(grade)
    return tr("WHO", text) if text is not None else ""


def is_bleeding_event(grade: int | None, config: ProtocolConfig) -> bool:
    """A bleeding event (PROTOCOL.md §4): grade at or above config.bleeding_event_min_grade."""
    return grade is not None and grade >= config.bleeding_event_min_grade
