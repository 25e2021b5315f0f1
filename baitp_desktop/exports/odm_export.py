"""CDISC ODM 1.3.2 export: metadata, current data, the audit trail and the signatures.

One Snapshot file:
- `Study/MetaDataVersion`: the visits as StudyEventDefs (screening, the protocol's visits,
  an unscheduled event repeated per date, and a "common" event for the logs: diary,
  dosing decisions, AEs, rescue, discontinuation), one FormDef/ItemGroupDef per domain, an
  ItemDef per variable and the code lists, all generated from `dictionary.py`.
- `AdminData`: a User per account named in the trail or a signature, the site as a
  Location, and a SignatureDef (methodology Electronic, meaning as signed).
- `ClinicalData`: SubjectData > StudyEventData > FormData > ItemGroupData > ItemData with
  the current values, each ItemData carrying an AuditRecord for its last change (who, when,
  why); then `AuditRecords` with every entry of the audit trail (the rest of the entry —
  record, field, old and new value, its hashes — as JSON in SourceID, since an ODM
  AuditRecord has no field for them) and `Signatures` with every active signature, its
  cryptographic part (key id, coverage, covered digest, Ed25519 signature) as JSON in
  CryptoBindingManifest: `baitp verify-export` checks the file on its own from these
  (exports/evidence.py). Visit signatures also sit on their StudyEventData, the casebook
  signature on the SubjectData. Voided signatures are not exported as signatures; their
  signing and voiding are in the audit trail.

The validator's findings (the CSV's DV) are derived, not collected data, and stay out.

Generated with the standard library's ElementTree: writing needs no schema, and lxml is a
compiled dependency the desktop build would carry only for this; lxml validates the output
against the official schema in the tests.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from baitp_desktop import __version__
from baitp_desktop.atomic_write import write_atomically
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.crf_forms import RECORD_KINDS
from baitp_desktop.core.signatures import SIGNATURE_MEANING, SignatureRecord, SignatureScope
from baitp_desktop.core.visits import SCREENING_VISIT_ID
from baitp_desktop.exports.dictionary import CODELISTS, DOMAINS, FORM_KINDS, Domain
from baitp_desktop.exports.evidence import Evidence, manifest_text, source_text
from baitp_desktop.exports.rows import Row, cell_text
from baitp_desktop.storage.audit import AuditEntry

NS = "http://www.cdisc.org/ns/odm/v1.3"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LEGAL_REASON = (
    "Electronic signature under 21 CFR Part 11: printed name, date and time, and meaning, "
    "linked to the signed records"
)
LOCATION_OID = "LOC.SITE"
MDV_OID = "MDV.1"
UNSCHEDULED = "UNSCHEDULED"
COMMON = "COMMON"
# Forms of each kind of event: records placed at visits by their date are on the visit
# (or unscheduled) events, the logs on the common event (core.crf_forms says which). The
# §9–§12 forms (exports/form_rows.py): history at screening, safety panels in LB and
# questionnaires (QS) at the visits, medications in CM with the logs.
_VISIT_FORMS = (
    *dict.fromkeys(k.domain for k in RECORD_KINDS if k.visit_placed and k.kind not in FORM_KINDS),
    "QS",
)
_LOG_FORMS = tuple(
    dict.fromkeys(k.domain for k in RECORD_KINDS if not k.visit_placed and k.kind not in FORM_KINDS)
)
_FORMS_OF_EVENT_KIND = {
    SCREENING_VISIT_ID: ("DM", "IE", "MH", "LB"),
    "visit": _VISIT_FORMS,
    UNSCHEDULED: _VISIT_FORMS,
    COMMON: (*_LOG_FORMS, "DS"),
}

AuditKey = tuple[str, str, int | None, str]  # participant, table, record id, field


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrib: str | None) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: v for k, v in attrib.items() if v is not None})
    if text is not None:
        element.text = text
    return element


def _translated(parent: ET.Element, tag: str, text: str) -> None:
    _el(_el(parent, tag), "TranslatedText", text, **{XML_LANG: "en"})


def _event_oid(visit: str) -> str:
    return f"SE.{visit.upper()}"


def _item_oid(domain: Domain, name: str) -> str:
    return f"IT.{domain.code}.{name}"


def _odm_domains() -> list[Domain]:
    return [d for d in DOMAINS if d.in_odm]


class _OdmWriter:
    def __init__(
        self,
        config: ProtocolConfig,
        audit: list[AuditEntry],
        signatures: list[SignatureRecord],
        display_names: Mapping[str, str],
        created: datetime,
        evidence: Evidence | None = None,
    ) -> None:
        self.config = config
        self.audit = audit
        self.chain = {e["id"]: e for e in evidence.entries} if evidence else {}
        self.manifests = {s["id"]: s for s in evidence.signatures} if evidence else {}
        self.signatures = [s for s in signatures if s.active]
        self.created = created
        self.study_oid = f"ST.{config.protocol_id}"
        names = dict(display_names)
        for s in self.signatures:
            names.setdefault(s.username, s.printed_name)
        self.display_names = names
        usernames = sorted({e.username for e in audit} | {s.username for s in self.signatures})
        self.user_oids = {name: f"USR.{i}" for i, name in enumerate(usernames, start=1)}
        meanings = sorted({s.meaning for s in self.signatures} | {SIGNATURE_MEANING})
        self.signature_defs = {meaning: f"SD.{i}" for i, meaning in enumerate(meanings, 1)}
        self.last_entry: dict[AuditKey, AuditEntry] = {}
        for entry in audit:
            record = None if entry.table_name == "participant" else entry.record_id
            key = (entry.participant_id or "", entry.table_name, record, entry.field)
            self.last_entry[key] = entry

    # -- document --------------------------------------------------------------------------
    def document(self, rows: dict[str, list[Row]]) -> ET.ElementTree[ET.Element]:
        stamp = self.created.isoformat(timespec="seconds")
        root = ET.Element(
            "ODM",
            {
                "xmlns": NS,
                "FileType": "Snapshot",
                "Granularity": "All",
                "ODMVersion": "1.3.2",
                "FileOID": f"baitp-{self.config.protocol_id}-{self.created:%Y%m%dT%H%M%S}",
                "CreationDateTime": stamp,
                "AsOfDateTime": stamp,
                "Originator": self.config.site,
                "SourceSystem": "baitp-desktop",
                "SourceSystemVersion": __version__,
            },
        )
        self._study(root)
        self._admin(root)
        self._clinical(root, rows)
        ET.indent(root, space=" ")
        return ET.ElementTree(root)

    # -- metadata --------------------------------------------------------------------------
    def _events(self) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
        """(OID, name, type, repeating, forms) of every StudyEventDef, in schedule order."""
        events = [
            (
                _event_oid(SCREENING_VISIT_ID),
                "Screening",
                "Scheduled",
                "No",
                _FORMS_OF_EVENT_KIND[SCREENING_VISIT_ID],
            )
        ]
        events += [
            (_event_oid(v.visit_id), v.name, "Scheduled", "No", _FORMS_OF_EVENT_KIND["visit"])
            for v in self.config.visits
        ]
        events.append(
            (
                _event_oid(UNSCHEDULED),
                "Unscheduled assessment",
                "Unscheduled",
                "Yes",
                _FORMS_OF_EVENT_KIND[UNSCHEDULED],
            )
        )
        events.append(
            (
                _event_oid(COMMON),
                "Logs (diary, dosing decisions, AEs, rescue, medications, discontinuation)",
                "Common",
                "No",
                _FORMS_OF_EVENT_KIND[COMMON],
            )
        )
        return events

    def _study(self, root: ET.Element) -> None:
        study = _el(root, "Study", OID=self.study_oid)
        variables = _el(study, "GlobalVariables")
        _el(variables, "StudyName", f"BAITP ({self.config.protocol_id})")
        _el(variables, "StudyDescription", self.config.title)
        _el(variables, "ProtocolName", f"{self.config.protocol_id} / {self.config.registry_id}")
        mdv = _el(
            study, "MetaDataVersion", OID=MDV_OID, Name=f"BAITP CRF, baitp-desktop {__version__}"
        )
        events = self._events()
        protocol = _el(mdv, "Protocol")
        for order, (oid, *_rest) in enumerate(events, start=1):
            _el(
                protocol,
                "StudyEventRef",
                StudyEventOID=oid,
                OrderNumber=str(order),
                Mandatory="Yes" if oid == _event_oid(SCREENING_VISIT_ID) else "No",
            )
        for oid, name, kind, repeating, forms in events:
            event = _el(mdv, "StudyEventDef", OID=oid, Name=name, Repeating=repeating, Type=kind)
            for order, code in enumerate(forms, start=1):
                _el(event, "FormRef", FormOID=f"F.{code}", OrderNumber=str(order), Mandatory="No")
        for domain in _odm_domains():
            form = _el(mdv, "FormDef", OID=f"F.{domain.code}", Name=domain.label, Repeating="No")
            _el(form, "ItemGroupRef", ItemGroupOID=f"IG.{domain.code}", Mandatory="No")
        for domain in _odm_domains():
            group = _el(
                mdv,
                "ItemGroupDef",
                OID=f"IG.{domain.code}",
                Name=domain.label,
                Repeating="Yes" if domain.repeating else "No",
                Domain=domain.code,
                SASDatasetName=domain.code,
            )
            for order, v in enumerate((v for v in domain.variables if not v.key), start=1):
                _el(
                    group,
                    "ItemRef",
                    ItemOID=_item_oid(domain, v.name),
                    OrderNumber=str(order),
                    Mandatory="No",
                )
        for domain in _odm_domains():
            for v in domain.variables:
                if v.key:
                    continue
                item = _el(
                    mdv,
                    "ItemDef",
                    OID=_item_oid(domain, v.name),
                    Name=v.name,
                    DataType=v.kind,
                    SASFieldName=v.name,
                )
                label = f"{v.label} ({v.unit})" if v.unit else v.label
                _translated(item, "Description", label)
                _translated(item, "Question", label)
                if v.codelist:
                    _el(item, "CodeListRef", CodeListOID=f"CL.{v.codelist}")
        for codelist in CODELISTS.values():
            element = _el(
                mdv,
                "CodeList",
                OID=f"CL.{codelist.name}",
                Name=codelist.label,
                DataType=codelist.kind,
            )
            for code, decode in codelist.items:
                _translated(_el(element, "CodeListItem", CodedValue=code), "Decode", decode)

    def _admin(self, root: ET.Element) -> None:
        admin = _el(root, "AdminData", StudyOID=self.study_oid)
        for username, oid in self.user_oids.items():
            user = _el(admin, "User", OID=oid)
            _el(user, "LoginName", username)
            _el(user, "DisplayName", self.display_names.get(username, username))
            _el(user, "LocationRef", LocationOID=LOCATION_OID)
        location = _el(
            admin, "Location", OID=LOCATION_OID, Name=self.config.site, LocationType="Site"
        )
        _el(
            location,
            "MetaDataVersionRef",
            StudyOID=self.study_oid,
            MetaDataVersionOID=MDV_OID,
            EffectiveDate=self.created.date().isoformat(),
        )
        for meaning, oid in self.signature_defs.items():
            definition = _el(admin, "SignatureDef", OID=oid, Methodology="Electronic")
            _el(definition, "Meaning", meaning)
            _el(definition, "LegalReason", LEGAL_REASON)

    # -- data ------------------------------------------------------------------------------
    def _audit_record(self, parent: ET.Element, entry: AuditEntry, full: bool) -> None:
        attrib = {"ID": f"AR.{entry.entry_id}"} if full else {}
        record = _el(parent, "AuditRecord", **attrib)
        _el(record, "UserRef", UserOID=self.user_oids[entry.username])
        _el(record, "LocationRef", LocationOID=LOCATION_OID)
        _el(record, "DateTimeStamp", entry.timestamp_utc)
        if entry.reason:
            _el(record, "ReasonForChange", entry.reason)
        source = f"audit entry {entry.entry_id}"
        if full and entry.entry_id in self.chain:
            source = source_text(self.chain[entry.entry_id])
        elif full:
            source += (
                f" ({entry.action}): {entry.participant_id or '-'}, {entry.record_label}, "
                f"{entry.field}: {_shown(entry.old_value)} -> {_shown(entry.new_value)}"
            )
        _el(record, "SourceID", source)

    def _signature(self, parent: ET.Element, signature: SignatureRecord, with_id: bool) -> None:
        attrib = {"ID": f"SG.{signature.signature_id}"} if with_id else {}
        element = _el(parent, "Signature", **attrib)
        _el(element, "UserRef", UserOID=self.user_oids[signature.username])
        _el(element, "LocationRef", LocationOID=LOCATION_OID)
        _el(element, "SignatureRef", SignatureOID=self.signature_defs[signature.meaning])
        _el(element, "DateTimeStamp", _utc(signature.signed_at_utc))
        manifest = self.manifests.get(signature.signature_id) if with_id else None
        if manifest is not None:
            _el(element, "CryptoBindingManifest", manifest_text(manifest))

    def _clinical(self, root: ET.Element, rows: dict[str, list[Row]]) -> None:
        clinical = _el(root, "ClinicalData", StudyOID=self.study_oid, MetaDataVersionOID=MDV_OID)
        by_subject: dict[str, list[Row]] = defaultdict(list)
        for domain in _odm_domains():
            for row in rows.get(domain.code, []):
                by_subject[row.participant_id].append(row)
        signed: dict[tuple[str, str | None], SignatureRecord] = {}
        for s in sorted(self.signatures, key=lambda s: s.signed_at_utc):
            signed[(s.participant_id, s.visit_id if s.scope is SignatureScope.VISIT else None)] = s
        schedule = [oid for oid, *_rest in self._events()]
        for pid, subject_rows in by_subject.items():
            subject = _el(clinical, "SubjectData", SubjectKey=pid)
            if (casebook := signed.get((pid, None))) is not None:
                self._signature(subject, casebook, with_id=False)
            _el(subject, "SiteRef", LocationOID=LOCATION_OID)
            for (event_oid, repeat), forms in _events_of(subject_rows, schedule).items():
                event = _el(
                    subject, "StudyEventData", StudyEventOID=event_oid, StudyEventRepeatKey=repeat
                )
                visit_id = event_oid.removeprefix("SE.").lower()
                if (visit_signature := signed.get((pid, visit_id))) is not None:
                    self._signature(event, visit_signature, with_id=False)
                for code, form_rows in forms.items():
                    form = _el(event, "FormData", FormOID=f"F.{code}")
                    for row in form_rows:
                        self._item_group(form, row)
        trail = _el(clinical, "AuditRecords")
        for entry in self.audit:
            self._audit_record(trail, entry, full=True)
        container = _el(clinical, "Signatures")
        for signature in self.signatures:
            self._signature(container, signature, with_id=True)

    def _item_group(self, form: ET.Element, row: Row) -> None:
        domain = next(d for d in DOMAINS if d.code == row.domain)
        group = _el(
            form,
            "ItemGroupData",
            ItemGroupOID=f"IG.{domain.code}",
            ItemGroupRepeatKey=row.repeat_key if domain.repeating else None,
        )
        for v in domain.variables:
            text = cell_text(row.values.get(v.name))
            if v.key or text == "":
                continue
            item = _el(group, "ItemData", ItemOID=_item_oid(domain, v.name), Value=text)
            source = row.sources.get(v.name)
            if source is not None:
                table, record_id, field = source
                entry = self.last_entry.get((row.participant_id, table, record_id, field))
                if entry is not None:
                    self._audit_record(item, entry, full=False)


def _shown(value: str | None) -> str:
    return "(empty)" if value is None else repr(value)


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _events_of(
    rows: Iterable[Row], schedule: list[str]
) -> dict[tuple[str, str | None], dict[str, list[Row]]]:
    """Rows grouped by (event OID, repeat key) in schedule order, then by form."""
    events: dict[tuple[str, str | None], dict[str, list[Row]]] = {}
    for row in rows:
        if row.domain in _FORMS_OF_EVENT_KIND[COMMON]:
            key: tuple[str, str | None] = (_event_oid(COMMON), None)
        elif row.visit is not None:
            key = (_event_oid(row.visit), None)
        else:
            key = (_event_oid(UNSCHEDULED), cell_text(row.values.get(f"{row.domain}DAT")))
        events.setdefault(key, {}).setdefault(row.domain, []).append(row)
    order = {oid: i for i, oid in enumerate(schedule)}
    return dict(sorted(events.items(), key=lambda kv: (order[kv[0][0]], kv[0][1] or "")))


def build_odm(
    rows: dict[str, list[Row]],
    config: ProtocolConfig,
    audit: Iterable[AuditEntry] = (),
    signatures: Iterable[SignatureRecord] = (),
    display_names: Mapping[str, str] | None = None,
    created: datetime | None = None,
    evidence: Evidence | None = None,
    trail: tuple[str, int] | None = None,
) -> ET.ElementTree[ET.Element]:
    """The ODM document for `rows` (from `build_rows`), the audit trail and the signatures;
    with `evidence` (exports/evidence.py), everything `verify-export` needs to check it.

    `trail` (the audit trail's head and number of entries when the data were read) goes
    into the root's Description as `audit trail head <hex> entries <N>`.
    """
    writer = _OdmWriter(
        config,
        list(audit),
        list(signatures),
        display_names or {},
        created or datetime.now(UTC),
        evidence,
    )
    tree = writer.document(rows)
    if trail is not None:
        tree.getroot().set("Description", f"audit trail head {trail[0]} entries {trail[1]}")
    return tree


def write_odm(tree: ET.ElementTree[ET.Element], target: Path) -> None:
    """Write the document, whole or not at all, as UTF-8 with an XML declaration.

    The tree's tags are unqualified and the root carries `xmlns`, which makes ODM the
    default namespace of the file (ElementTree's own default_namespace option refuses
    the unqualified attributes ODM uses).
    """
    document = ET.tostring(tree.getroot(), encoding="utf-8", xml_declaration=True)
    write_atomically(target, document)
