"""Turn the counts form into service changes: the count, and its same-date WHO grade.

Why apart from the widgets: which bleeding record the grade on the counts line updates,
adds, moves or deletes is a small decision table worth reading (and testing) on its own.
The grade field shows "the WHO grade of this date": one stored grade is updated (and
moves with the count when the count's date changes); none is added when a grade is
chosen; a grade set back to "not assessed" by the person deletes it (the service then
asks for a reason); several grades on one date are left to the Bleeding tab.
"""

from __future__ import annotations

from typing import Any

from baitp_desktop.core.records import Participant, PlateletCount
from baitp_desktop.gui.tabs.counts_form import CountEntry
from baitp_desktop.service.changes import Change, Delete, Upsert


def count_changes(
    participant: Participant,
    entry: CountEntry,
    editing: PlateletCount | None,
    grade_touched: bool,
) -> list[Change]:
    """The changes that store `entry` (a new count, or a change of `editing`)."""
    assert entry.day is not None and entry.count is not None
    changes: list[Change] = [
        Upsert(
            "count",
            {"date": entry.day, "value": entry.count},
            None if editing is None else editing.record_id,
        )
    ]
    grade_date = entry.day if editing is None else editing.date
    existing = [b for b in participant.bleeding if b.date == grade_date]
    if len(existing) > 1:
        return changes
    if not existing:
        if entry.who_grade is not None:
            changes.append(Upsert("bleeding", {"date": entry.day, "who_grade": entry.who_grade}))
        return changes
    record = existing[0]
    assert record.record_id is not None
    if entry.who_grade is None and grade_touched:
        changes.append(Delete("bleeding", record.record_id))
        return changes
    values: dict[str, Any] = {}
    if entry.who_grade is not None and entry.who_grade != record.who_grade:
        values["who_grade"] = entry.who_grade
    if record.date != entry.day:
        values["date"] = entry.day
    if values:
        changes.append(Upsert("bleeding", values, record.record_id))
    return changes
