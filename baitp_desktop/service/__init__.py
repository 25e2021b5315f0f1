"""The application-service layer: the one door every write goes through.

The command line and the GUI call `StudyService`; it checks the values, opens the write
transaction, applies the change, writes the audit trail and bumps the participant's
version, so that auditing, locking and conflict detection live in exactly one place.
"""

from baitp_desktop.service.actor import SYSTEM, Actor
from baitp_desktop.service.changes import Delete, DoseEntry, ParticipantUpdate, Upsert
from baitp_desktop.service.errors import ConflictError, ReasonRequired
from baitp_desktop.service.study_service import StudyService

__all__ = [
    "SYSTEM",
    "Actor",
    "ConflictError",
    "Delete",
    "DoseEntry",
    "ParticipantUpdate",
    "ReasonRequired",
    "StudyService",
    "Upsert",
]
