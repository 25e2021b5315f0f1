"""The audit trail's own events: an administrator acknowledging a broken anchor.

When the trail no longer contains the head last written to the anchor log (entries
were removed or rewritten outside the application, or the file was replaced), saving
is refused (storage/anchors.py). An administrator who has looked into it acknowledges
it with a reason: one audit entry names the missing head and the reason, and saving is
allowed again. The entry stays in the trail, so a monitor sees it in the history and
`verify` lists it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.core.errors import InputProblem, InvalidInput, UserFacingError
from baitp_desktop.i18n import tr
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.roles import Permission, require
from baitp_desktop.storage.anchors import (
    ACKNOWLEDGE_ACTION,
    RESTORE_ACTION,
    TRAIL_LABEL,
    TRAIL_TABLE,
    AnchorEvent,
    keeper_of,
    record_anchor,
)
from baitp_desktop.storage.audit import AuditTrail, TrailHead, current_head
from baitp_desktop.storage.database import Database, WritesRefused
from baitp_desktop.storage.models import AuditEntryRow


@dataclass(frozen=True, slots=True)
class TrailEvent:
    """An acknowledgement or a restore, as `verify` lists them."""

    entry_id: int
    timestamp_utc: str
    username: str
    action: str
    old_value: str | None
    new_value: str | None
    reason: str


def trail_events(session: Session) -> list[TrailEvent]:
    """Every acknowledgement and restore recorded in the trail, oldest first."""
    query = (
        select(AuditEntryRow)
        .where(
            AuditEntryRow.table_name == TRAIL_TABLE,
            AuditEntryRow.action.in_((ACKNOWLEDGE_ACTION, RESTORE_ACTION)),
        )
        .order_by(AuditEntryRow.id)
    )
    return [
        TrailEvent(
            row.id,
            row.timestamp_utc,
            row.username,
            row.action,
            row.old_value,
            row.new_value,
            row.reason,
        )
        for row in session.scalars(query)
    ]


class TrailService:
    """Acknowledging a broken anchor, performed by an administrator."""

    def __init__(self, database: Database, actor: Actor) -> None:
        self.database = database
        self.actor = actor

    def refusal(self) -> str | None:
        """Why saving is refused on this database now, if it is (for a banner)."""
        return self.database.write_refusal(wait=False)

    def anchor_broken(self) -> bool:
        keeper = keeper_of(self.database)
        if keeper is None:
            return False
        keeper.wait_checked()
        return keeper.broken is not None

    def acknowledge(self, reason: str) -> TrailHead:
        """Record the acknowledgement (one audit entry) and allow saving again."""
        require(self.actor, Permission.ADMINISTER_DATABASE)
        reason = reason.strip()
        if not reason:
            raise InvalidInput(
                [
                    InputProblem(
                        "",
                        tr("Anchors", "Acknowledgement"),
                        "reason",
                        tr("Anchors", "a reason is required"),
                    )
                ]
            )
        keeper = keeper_of(self.database)
        if keeper is not None:
            keeper.wait_checked()
        missing = keeper.broken if keeper is not None else None
        if keeper is None or missing is None:
            raise UserFacingError(
                tr("Anchors", "The audit trail contains its anchored head; nothing to acknowledge.")
            )
        keeper.broken = None  # so that only the other reasons to refuse are asked
        try:
            if (other := self.database.write_refusal()) is not None:
                raise WritesRefused(other)
            with self.database.write_session() as session:
                anchor = missing.anchor
                trail = AuditTrail(session, self.actor.username, None)
                trail.add(
                    TRAIL_TABLE,
                    None,
                    TRAIL_LABEL,
                    ACKNOWLEDGE_ACTION,
                    "anchor",
                    f"head {anchor.head} entries {anchor.entries} ({anchor.event} "
                    f"{anchor.at_utc}, {anchor.source})",
                    current_head(session).line(),
                    reason,
                )
                trail.write()
                head = current_head(session)
        except BaseException:
            keeper.broken = missing
            raise
        keeper.acknowledged()
        return head


@dataclass(frozen=True, slots=True)
class TrailReport:
    """`verify`'s verdict on the trail (the signatures are checked apart)."""

    entries_checked: int
    values_checked: int
    head: TrailHead
    problems: tuple[str, ...]
    events: tuple[TrailEvent, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


def verify_trail(database: Database, expected_head: str | None = None) -> TrailReport:
    """The chain, values and owners (storage.audit.verify); that the chain still holds
    `expected_head` (an earlier `verify`'s head) and the anchor log's last head."""
    from baitp_desktop.storage.audit import entry_number, verify

    problems: list[str] = []
    with database.snapshot_session() as session:  # one moment, also on a server
        result = verify(session)
        if result.problem is not None:
            problems.append(result.problem)
        if expected_head is not None:
            number = entry_number(session, expected_head)
            if number is None or number > result.head.entries:
                problems.append(
                    tr(
                        "Anchors",
                        "the audit trail does not contain head {head}…: audit entries were "
                        "removed or rewritten since that head was recorded",
                    ).format(head=expected_head.lower()[:16])
                )
        events = tuple(trail_events(session))
    keeper = keeper_of(database)
    if keeper is not None:
        keeper.wait_checked()
        if keeper.broken is not None:
            problems.append(keeper.broken.message)
    return TrailReport(
        result.entries_checked,
        result.values_checked,
        result.head,
        tuple(problems),
        events,
    )


def exported_head(database: Database) -> TrailHead:
    """The head an export or a printout records, appended to the anchor log as an export."""
    with database.read_session() as session:
        head = current_head(session)
    record_anchor(database, AnchorEvent.EXPORT)
    return head


def describe_event(event: TrailEvent) -> str:
    """One line for `verify` and the history: who acknowledged or restored what, when."""
    when = event.timestamp_utc.replace("T", " ")[:19]
    if event.action == RESTORE_ACTION:
        return tr(
            "Anchors",
            "entry {id}: {user} restored {backup} at {when} UTC (replaced: {old})",
        ).format(
            id=event.entry_id, user=event.username, backup=event.new_value, when=when,
            old=event.old_value or "—",
        )  # fmt: skip
    return tr(
        "Anchors",
        "entry {id}: {user} acknowledged at {when} UTC that the trail no longer contained "
        "{old}: {reason}",
    ).format(id=event.entry_id, user=event.username, when=when, old=event.old_value,
             reason=event.reason)  # fmt: skip
