"""Collect what a report prints from the database, through the services' read methods.

The report modules take plain dataclasses; this is the one place that knows where they
come from (StudyService for the participant and its audit trail, the compliance services
for signatures, SDV marks and queries), shared by `baitp report` and the GUI's print
actions. Reading needs no permission: whoever may open the casebook may print it.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.reports.layout import TrailStamp
from baitp_desktop.reports.model import ReportData
from baitp_desktop.service.actor import SYSTEM, Actor
from baitp_desktop.service.queries import QueryService
from baitp_desktop.service.sdv import SdvService
from baitp_desktop.service.signatures import signatures_for
from baitp_desktop.service.study_service import StudyService
from baitp_desktop.service.trail import exported_head
from baitp_desktop.storage.database import Database


def gather_report_data(
    database: Database,
    participant_id: str,
    config: ProtocolConfig,
    *,
    with_audit: bool = False,
    actor: Actor = SYSTEM,
    generated_at: datetime | None = None,
    zone: tzinfo | None = None,
) -> ReportData:
    """One participant as of now (NotFound, exit 2, for an unknown id)."""
    study = StudyService(database, actor, config)
    participant = study.participant(participant_id)
    moment = generated_at or datetime.now(UTC)
    return ReportData(
        participant=participant,
        config=config,
        generated_at=moment,
        signatures=tuple(signatures_for(database, participant_id)),
        queries=tuple(QueryService(database, actor).queries(participant_id)),
        sdv_marks=tuple(SdvService(database, actor, config).marks(participant_id)),
        audit=tuple(study.history(participant_id)) if with_audit else None,
        zone=zone if zone is not None else moment.astimezone().tzinfo,
        trail=trail_stamp(database),
    )


def trail_stamp(database: Database) -> TrailStamp:
    """The audit trail's head for a printout's footer (anchored as an export)."""
    head = exported_head(database)
    return TrailStamp(head.hash, head.entries)
