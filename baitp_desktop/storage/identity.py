"""Which study, site and database a file belongs to, recorded in the file and its trail.

A database is given a random id when it is created, together with the protocol and site
of the configuration it was created under (resources/protocol.toml). They are stored as
settings rows, so their insertion is audited like any other record and an edit in the
file breaks `verify`. The id tells this database's anchors (storage/anchors.py) from
those of another file in the same folder; the protocol and site let `restore` refuse
another study's or another site's file.

A file written by a release that did not record this is given an identity the first
time it is opened for writing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.i18n import tr
from baitp_desktop.storage.audit import AuditTrail
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.part11_models import SettingRow

DATABASE_ID_KEY = "database_id"
PROTOCOL_KEY = "study_protocol_id"
SITE_KEY = "study_site"
# Recorded by the application itself, not by a person.
RECORDED_BY = "system"


@dataclass(frozen=True, slots=True)
class StudyIdentity:
    """The database's own id and the study and site it holds data of."""

    database_id: str
    protocol_id: str
    site: str

    def describe(self) -> str:
        return f"{self.protocol_id} · {self.site}"


def read_identity(session: Session) -> StudyIdentity | None:
    """The identity stored in the file, None when it has none (or only part of one)."""
    query = select(SettingRow.key, SettingRow.value).where(
        SettingRow.key.in_((DATABASE_ID_KEY, PROTOCOL_KEY, SITE_KEY))
    )
    rows = {str(key): str(value) for key, value in session.execute(query)}
    if DATABASE_ID_KEY not in rows:
        return None
    return StudyIdentity(rows[DATABASE_ID_KEY], rows.get(PROTOCOL_KEY, ""), rows.get(SITE_KEY, ""))


def stored_identity(database: Database) -> StudyIdentity | None:
    with database.read_session() as session:
        return read_identity(session)


def record_identity(
    database: Database, protocol_id: str, site: str, *, despite_refusal: bool = False
) -> StudyIdentity:
    """Give the database an identity if it has none yet (audited); returns the stored one.

    `despite_refusal`: the caller has made sure nothing refuses the write (opening, in
    the background, after the anchor comparison).
    """
    with database.write_session(despite_refusal=despite_refusal) as session:
        existing = read_identity(session)
        if existing is not None:
            return existing
        identity = StudyIdentity(uuid.uuid4().hex, protocol_id, site)
        trail = AuditTrail(session, RECORDED_BY, None)
        reason = tr("Storage", "Identity of this database: its study and site")
        present = {
            key
            for key in session.scalars(
                select(SettingRow.key).where(SettingRow.key.in_((PROTOCOL_KEY, SITE_KEY)))
            )
        }
        for key, value in (
            (DATABASE_ID_KEY, identity.database_id),
            (PROTOCOL_KEY, protocol_id),
            (SITE_KEY, site),
        ):
            if key in present:
                continue
            row = SettingRow(key=key, value=value)
            session.add(row)
            session.flush()
            trail.inserted(row, reason)
        trail.write()
    return stored_identity(database) or identity
