"""Queries (discrepancy notes) as plain values: a question about a field or a finding.

A monitor or an investigator raises a query; the site (a nurse or an investigator)
answers it; the person who raised it closes it, or sends it back with a follow-up
question. Every step is a message in the query's thread, and nothing is ever deleted:

    New --answer--> Answered --close--> Closed
     ^                 |
     +---follow-up-----+          (New and Answered can also be closed by the raiser)

No Qt and no database here, so that the GUI, the command line and the reports share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class QueryStatus(StrEnum):
    NEW = "new"
    ANSWERED = "answered"
    CLOSED = "closed"


class QueryAction(StrEnum):
    """What a message in a thread did to the query."""

    RAISE = "raise"
    ANSWER = "answer"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"


# action -> (states it is allowed from, state it leads to)
TRANSITIONS: dict[QueryAction, tuple[frozenset[QueryStatus], QueryStatus]] = {
    QueryAction.ANSWER: (frozenset({QueryStatus.NEW, QueryStatus.ANSWERED}), QueryStatus.ANSWERED),
    QueryAction.FOLLOW_UP: (frozenset({QueryStatus.ANSWERED}), QueryStatus.NEW),
    QueryAction.CLOSE: (frozenset({QueryStatus.NEW, QueryStatus.ANSWERED}), QueryStatus.CLOSED),
}


@dataclass(frozen=True, slots=True)
class QueryTarget:
    """What a query is about: a field of a record, or a validator finding.

    `kind` is a record kind (`participant`, `count`, `ae`, ...) with `record_id`/`field`,
    or None for a finding; `finding_record` is the finding's `record` pointer (the GUI
    jumps to it) and `label` the human-readable description shown in lists.
    """

    label: str
    kind: str | None = None
    record_id: int | None = None
    field: str | None = None
    finding_code: str | None = None
    finding_record: str | None = None


@dataclass(frozen=True, slots=True)
class QueryMessage:
    message_id: int
    action: QueryAction
    username: str
    printed_name: str
    at_utc: datetime
    text: str


@dataclass(frozen=True, slots=True)
class Query:
    query_id: int
    participant_id: str
    number: int
    target: QueryTarget
    status: QueryStatus
    raised_by: str
    raised_at_utc: datetime
    messages: tuple[QueryMessage, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status is not QueryStatus.CLOSED

    @property
    def last_message(self) -> QueryMessage | None:
        return self.messages[-1] if self.messages else None
