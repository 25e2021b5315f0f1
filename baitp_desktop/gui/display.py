"""How a few things read on screen wherever they appear: visit names, people.

Why one module: the dashboard, the counts table, the status bar, the signing dialog, the
lock screen and the history view each show these, and should show them the same way.
"""

from __future__ import annotations

from baitp_desktop.i18n import tr
from baitp_desktop.service.actor import SYSTEM, Actor


def short_visit_name(name: str) -> str:
    """'Week 24' for 'Week 24 (6-month / durable response)': a list column stays narrow;
    show the whole name in the tooltip."""
    for bracket in (" (", "（", "("):
        if bracket in name:
            return name.split(bracket, 1)[0].strip() or name
    return name


def person_name(actor: Actor) -> str:
    """An account's name for display; the built-in `system` account's in the UI language."""
    if actor.is_system:
        return tr("Actor", "System (import / demo)")
    return actor.display_name


def user_text(username: str) -> str:
    """A user name as the history shows it (the `system` account says what it is)."""
    if username == SYSTEM.username:
        return tr("History", "system (import / demo)")
    return username
