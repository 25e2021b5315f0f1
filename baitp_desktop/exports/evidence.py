"""The evidence an export carries: the whole audit trail with its hashes, and the signatures.

A monitor or the sponsor checks an exported file on its own (`baitp verify-export`,
exports/evidence_check.py), so the file must hold everything the check needs:
- JSON bundle: top-level `audit_head` (the last entry's hash), `audit` (every entry with
  all its columns, `previous_hash` and `entry_hash` included) and `signatures` (every
  active signature with its key id, coverage, covered digest and Ed25519 signature);
- ODM: each AuditRecord's SourceID holds the entry as JSON (its ID, user, time and reason
  are the AuditRecord's own elements), and each Signature of `ClinicalData/Signatures`
  carries its cryptographic part as JSON in its CryptoBindingManifest.

This module writes those parts and reads them back from either format (`Evidence`).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from baitp_desktop.storage.audit import HASHED_COLUMNS
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.models import AuditEntryRow, ParticipantRow
from baitp_desktop.storage.part11_models import SignatureRow

EVIDENCE_KEYS = ("audit_head", "audit", "signatures")
# Every column of an audit entry, in the order the chain hashes them (then the hashes).
AUDIT_COLUMNS = (*HASHED_COLUMNS, "previous_hash", "entry_hash")
# What an ODM AuditRecord's SourceID carries (the rest are AuditRecord elements).
SOURCE_COLUMNS = tuple(
    c for c in AUDIT_COLUMNS if c not in ("id", "timestamp_utc", "username", "reason")
)
# A signature as exported; `coverage` is an object, `covered_digest` the row's data_hash.
SIGNATURE_KEYS = (
    "id",
    "participant_id",
    "scope",
    "visit_id",
    "username",
    "printed_name",
    "signed_at_utc",
    "meaning",
    "covers_first",
    "covers_last",
    "key_id",
    "coverage",
    "covered_digest",
    "signature",
)
NS = "http://www.cdisc.org/ns/odm/v1.3"


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a file says about its trail: the stated head (None: not stated), the entries
    and the active signatures, as plain JSON values."""

    head: str | None
    entries: list[Any] = field(default_factory=list)
    signatures: list[Any] = field(default_factory=list)


# -- writing ---------------------------------------------------------------------------------
def signature_json(row: SignatureRow, participant_id: str) -> dict[str, Any]:
    coverage = json.loads(row.coverage) if row.coverage else None
    return {
        "id": row.id,
        "participant_id": participant_id,
        "scope": row.scope,
        "visit_id": row.visit_id,
        "username": row.username,
        "printed_name": row.printed_name,
        "signed_at_utc": row.signed_at_utc,
        "meaning": row.meaning,
        "covers_first": row.covers_first.isoformat() if row.covers_first else None,
        "covers_last": row.covers_last.isoformat() if row.covers_last else None,
        "key_id": row.key_id,
        "coverage": coverage,
        "covered_digest": row.data_hash,
        "signature": row.signature,
    }


def gather_evidence(database: Database) -> Evidence:
    """The database's whole trail and its active signatures, ready to export."""
    with database.read_session() as session:
        entries = [
            {column: getattr(row, column) for column in AUDIT_COLUMNS}
            for row in session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.id))
        ]
        signatures = [
            signature_json(row, participant_id)
            for row, participant_id in session.execute(
                select(SignatureRow, ParticipantRow.participant_id)
                .join(ParticipantRow, SignatureRow.participant_pk == ParticipantRow.id)
                .where(SignatureRow.void.is_(False))
                .order_by(SignatureRow.id)
            )
        ]
    head = entries[-1]["entry_hash"] if entries else None
    return Evidence(head, entries, signatures)


def bundle_keys(evidence: Evidence) -> dict[str, Any]:
    """The JSON bundle's top-level evidence keys."""
    return {
        "audit_head": evidence.head,
        "audit": evidence.entries,
        "signatures": evidence.signatures,
    }


def source_text(entry: Mapping[str, Any]) -> str:
    """An ODM AuditRecord's SourceID: the entry's columns the AuditRecord has no place for."""
    return json.dumps({c: entry[c] for c in SOURCE_COLUMNS}, ensure_ascii=False, sort_keys=True)


def manifest_text(signature: Mapping[str, Any]) -> str:
    """An ODM Signature's CryptoBindingManifest: the signature as exported, in JSON."""
    return json.dumps(dict(signature), ensure_ascii=False, sort_keys=True)


# -- reading ---------------------------------------------------------------------------------
def has_evidence(document: Any) -> bool:
    """Does a parsed JSON bundle carry any of the evidence keys?"""
    return isinstance(document, dict) and any(key in document for key in EVIDENCE_KEYS)


def bundle_evidence(document: Mapping[str, Any]) -> Evidence:
    """The evidence keys of a parsed bundle, as given (checked by evidence_check)."""
    head = document.get("audit_head")
    entries = document.get("audit")
    signatures = document.get("signatures")
    return Evidence(
        head if isinstance(head, str) else None,
        entries if isinstance(entries, list) else [],
        signatures if isinstance(signatures, list) else [],
    )


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


class MalformedEvidence(ValueError):
    """An ODM file whose audit records or signatures cannot be read as baitp wrote them."""


def _json_object(text: str | None, where: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "")
    except ValueError:
        raise MalformedEvidence(where) from None
    if not isinstance(value, dict):
        raise MalformedEvidence(where)
    return value


def odm_evidence(root: ET.Element) -> Evidence:
    """The audit trail and signatures of a parsed ODM file (MalformedEvidence naming the
    element that is not as baitp writes it)."""
    logins = {
        user.get("OID"): user.findtext(_q("LoginName"))
        for user in root.iter(_q("User"))
        if user.get("OID")
    }
    entries: list[Any] = []
    for record in root.iterfind(f"{_q('ClinicalData')}/{_q('AuditRecords')}/{_q('AuditRecord')}"):
        ident = record.get("ID") or ""
        user = record.find(_q("UserRef"))
        entry: dict[str, Any] = dict(_json_object(record.findtext(_q("SourceID")), ident))
        try:
            entry["id"] = int(ident.removeprefix("AR."))
        except ValueError:
            raise MalformedEvidence(ident or "AuditRecord") from None
        entry["timestamp_utc"] = record.findtext(_q("DateTimeStamp"))
        entry["username"] = logins.get(user.get("UserOID") if user is not None else None)
        entry["reason"] = record.findtext(_q("ReasonForChange")) or ""
        entries.append(entry)
    signatures: list[Any] = []
    for element in root.iterfind(f"{_q('ClinicalData')}/{_q('Signatures')}/{_q('Signature')}"):
        where = element.get("ID") or "Signature"
        signatures.append(_json_object(element.findtext(_q("CryptoBindingManifest")), where))
    head = entries[-1].get("entry_hash") if entries else None
    return Evidence(head if isinstance(head, str) else None, entries, signatures)
