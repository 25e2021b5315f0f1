"""The audit history appendix: who changed what, when and why, in the order it happened.

The trail stores one entry per field; on paper the entries of one record written in one
save (same time, user, record, action and reason) are printed as one row listing the fields,
which keeps a bulk import of 168 diary days readable without dropping any value.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, PageBreak

from baitp_desktop.core.field_labels import field_label
from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.reports.labels import fmt_timestamp, parse_utc, zone_name
from baitp_desktop.reports.model import ReportData
from baitp_desktop.reports.styles import para, styles
from baitp_desktop.reports.tables import data_table, empty_state, note

if TYPE_CHECKING:
    from baitp_desktop.storage.audit import AuditEntry


def _action_text(action: str) -> str:
    return {
        "insert": tr("Report", "entered"),
        "update": tr("Report", "changed"),
        "delete": tr("Report", "deleted"),
    }.get(action, action)


def _change_text(entry: AuditEntry) -> str:
    """ "Onset date = 2022-08-01" (the field as labelled on the form, not its column name)."""
    name = field_label(entry.table_name, entry.field)
    old = "—" if entry.old_value is None else entry.old_value
    new = "—" if entry.new_value is None else entry.new_value
    if entry.action == "insert":
        return f"{name} = {new}"
    if entry.action == "delete":
        return f"{name} = {old}"
    return f"{name}: {old} → {new}"


def _key(entry: AuditEntry) -> tuple[str, str, str, int | None, str, str]:
    return (entry.timestamp_utc, entry.username, entry.table_name, entry.record_id,
            entry.action, entry.reason)  # fmt: skip


def audit_appendix(data: ReportData, entries: Sequence[AuditEntry], width: float) -> list[Flowable]:
    story: list[Flowable] = [
        PageBreak(),
        para(tr("Report", "Appendix: audit history"), styles().h1),
    ]
    if not entries:
        return story + empty_state(tr("Report", "No audit entries."))
    story.append(
        note(
            tr_n(
                "Report",
                "{n} audit entry; the fields of one record saved together are shown in one "
                "row. Times in {zone}.",
                "{n} audit entries, oldest first; the fields of one record saved together "
                "are shown in one row. Times in {zone}.",
                len(entries),
            ).format(n=len(entries), zone=zone_name(data.generated_at.astimezone(data.zone)))
        )
    )
    rows = []
    for (stamp, user, _table, _record, action, reason), group in groupby(entries, key=_key):
        items = list(group)
        rows.append(
            [
                para(fmt_timestamp(parse_utc(stamp), data.zone, with_zone=False), styles().cell),
                para(user, styles().cell),
                para(f"{items[0].record_label}: {_action_text(action)}", styles().cell),
                para("; ".join(_change_text(e) for e in items), styles().cell),
                para(reason or "—", styles().cell),
            ]
        )
    header = [
        tr("Report", "When"),
        tr("Report", "User"),
        tr("Report", "Record"),
        tr("Report", "Values"),
        tr("Report", "Reason"),
    ]
    story.append(data_table(header, rows, (0.12, 0.09, 0.2, 0.41, 0.18), width))
    return story
