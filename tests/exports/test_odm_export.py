"""CDISC ODM 1.3.2 export: valid against the official schema, with audit records and signatures."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from lxml import etree

from baitp_desktop.core.config import default_config
from baitp_desktop.core.signatures import SIGNATURE_MEANING
from baitp_desktop.exports.dictionary import DOMAINS
from baitp_desktop.exports.odm_export import build_odm, write_odm
from baitp_desktop.exports.rows import build_rows
from baitp_desktop.service import Actor, StudyService, Upsert
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import open_database
from tests.account_helpers import ready_account

DATA = Path(__file__).resolve().parent.parent / "data"
SCHEMA = DATA / "odm-1.3.2" / "ODM1-3-2.xsd"
NS = {"odm": "http://www.cdisc.org/ns/odm/v1.3"}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def _valid(schema: etree.XMLSchema, path: Path) -> etree._ElementTree:
    document = etree.parse(str(path))
    if not schema.validate(document):
        errors = "\n".join(str(e) for e in list(schema.error_log)[:10])
        raise AssertionError(f"{path} is not valid ODM 1.3.2:\n{errors}")
    return document


@pytest.fixture
def signed_study(tmp_path: Path) -> Path:
    """The revision-0001 file, upgraded, with an investigator's visit and casebook signatures."""
    path = tmp_path / "study.sqlite"
    shutil.copyfile(DATA / "schema_0001.sqlite", path)
    database = open_database(path, daily_backup=False)
    try:
        admin = UserService(database).create_first_admin("admin", "Ada Admin", "kestrel-ada-71")
        ready_account(database, admin, "dr.wang", "Dr Wang Lei", "investigator", "invest-pass-1")
        investigator = Actor("dr.wang", "Dr Wang Lei", "investigator")
        signing = SignatureService(database, investigator, today=lambda: date(2026, 11, 24))
        signing.sign_visit("BAITP-001", "d7", "invest-pass-1")
        signing.sign_casebook("BAITP-002", "invest-pass-1")
    finally:
        database.dispose()
    return path


def test_odm_export_is_valid_and_carries_the_audit_trail(
    signed_study: Path,
    tmp_path: Path,
    schema: etree.XMLSchema,
    baitp: Callable[..., CompletedProcess[str]],
) -> None:
    target = tmp_path / "out" / "study.odm.xml"
    result = baitp("--db", str(signed_study), "export", "--format", "odm", "-o", str(target))
    assert result.returncode == 0, result.stderr
    document = _valid(schema, target)
    root = document.getroot()
    assert root.get("ODMVersion") == "1.3.2" and root.get("FileType") == "Snapshot"

    database = open_database(signed_study, daily_backup=False)
    try:
        service = StudyService(database)
        trail = service.history()
        participants = service.participants()
    finally:
        database.dispose()
    records = root.findall("odm:ClinicalData/odm:AuditRecords/odm:AuditRecord", NS)
    assert [r.get("ID") for r in records] == [f"AR.{e.entry_id}" for e in trail]
    logins = {
        u.get("OID"): u.findtext("odm:LoginName", namespaces=NS)
        for u in root.findall("odm:AdminData/odm:User", NS)
    }
    first = records[0]
    assert logins[first.find("odm:UserRef", NS).get("UserOID")] == trail[0].username
    assert first.findtext("odm:DateTimeStamp", namespaces=NS) == trail[0].timestamp_utc

    # The AE outcome changed with a reason in the old file: its ItemData says who and why.
    outcome = root.find(
        ".//odm:SubjectData[@SubjectKey='BAITP-005']//odm:ItemData[@ItemOID='IT.AE.AEOUT']", NS
    )
    assert outcome is not None and outcome.get("Value") == "recovering"
    assert outcome.findtext("odm:AuditRecord/odm:ReasonForChange", namespaces=NS) == (
        "Source document corrected"
    )
    subjects = root.findall("odm:ClinicalData/odm:SubjectData", NS)
    assert [s.get("SubjectKey") for s in subjects] == [p.participant_id for p in participants]
    counts = root.findall(
        ".//odm:SubjectData[@SubjectKey='BAITP-001']//odm:ItemData[@ItemOID='IT.LB.LBORRES']", NS
    )
    # the screening count, 8 screening labs, then every recorded count
    assert len(counts) == 9 + len(participants[0].platelet_counts)
    day7 = root.find(
        ".//odm:SubjectData[@SubjectKey='BAITP-001']/odm:StudyEventData[@StudyEventOID='SE.D7']",
        NS,
    )
    assert day7 is not None
    d7_count = day7.find(".//odm:ItemData[@ItemOID='IT.LB.LBORRES']", NS)
    assert d7_count is not None and float(d7_count.get("Value")) == 45


def test_signatures_and_their_definition(
    signed_study: Path, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    database = open_database(signed_study, daily_backup=False)
    try:
        participants = StudyService(database).participants()
        signatures = [
            s
            for p in participants
            for s in SignatureService(database, Actor("x", "x", "monitor")).signatures(
                p.participant_id
            )
        ]
        tree = build_odm(
            build_rows(participants, default_config()),
            default_config(),
            StudyService(database).history(),
            signatures,
        )
    finally:
        database.dispose()
    target = tmp_path / "signed.xml"
    write_odm(tree, target)
    root = _valid(schema, target).getroot()
    (definition,) = root.findall("odm:AdminData/odm:SignatureDef", NS)
    assert definition.get("Methodology") == "Electronic"
    assert definition.findtext("odm:Meaning", namespaces=NS) == SIGNATURE_MEANING
    container = root.findall("odm:ClinicalData/odm:Signatures/odm:Signature", NS)
    assert len(container) == 2
    visit = root.find(
        ".//odm:SubjectData[@SubjectKey='BAITP-001']/odm:StudyEventData[@StudyEventOID='SE.D7']"
        "/odm:Signature",
        NS,
    )
    casebook = root.find(".//odm:SubjectData[@SubjectKey='BAITP-002']/odm:Signature", NS)
    for signature in (visit, casebook):
        assert signature is not None
        assert signature.find("odm:SignatureRef", NS).get("SignatureOID") == definition.get("OID")
        user = signature.find("odm:UserRef", NS).get("UserOID")
        login = root.find(f"odm:AdminData/odm:User[@OID='{user}']/odm:LoginName", NS)
        assert login is not None and login.text == "dr.wang"


def test_metadata_describes_every_odm_domain(tmp_path: Path, schema: etree.XMLSchema) -> None:
    """An empty study still gives a valid file describing every form, item and code list."""
    tree = build_odm(build_rows([], default_config()), default_config())
    target = tmp_path / "empty.xml"
    write_odm(tree, target)
    root = _valid(schema, target).getroot()
    mdv = root.find("odm:Study/odm:MetaDataVersion", NS)
    forms = {f.get("OID") for f in mdv.findall("odm:FormDef", NS)}
    assert forms == {f"F.{d.code}" for d in DOMAINS if d.in_odm}
    events = [e.get("OID") for e in mdv.findall("odm:StudyEventDef", NS)]
    visits = [f"SE.{v.visit_id.upper()}" for v in default_config().visits]
    assert events == ["SE.SCREENING", *visits, "SE.UNSCHEDULED", "SE.COMMON"]
    grades = mdv.find("odm:CodeList[@OID='CL.CTCAEGR']", NS)
    assert [i.get("CodedValue") for i in grades.findall("odm:CodeListItem", NS)] == [
        "1",
        "2",
        "3",
        "4",
        "5",
    ]


def test_unscheduled_counts_go_to_a_dated_event(tmp_path: Path, schema: etree.XMLSchema) -> None:
    path = tmp_path / "study.sqlite"
    shutil.copyfile(DATA / "schema_0001.sqlite", path)
    database = open_database(path, daily_backup=False)
    try:
        service = StudyService(database)
        service.apply("BAITP-001", [Upsert("count", {"date": date(2022, 7, 30), "value": 60})])
        tree = build_odm(
            build_rows(service.participants(), default_config()),
            default_config(),
            service.history(),
        )
    finally:
        database.dispose()
    target = tmp_path / "unscheduled.xml"
    write_odm(tree, target)
    root = _valid(schema, target).getroot()
    event = root.find(
        ".//odm:SubjectData[@SubjectKey='BAITP-001']"
        "/odm:StudyEventData[@StudyEventOID='SE.UNSCHEDULED'][@StudyEventRepeatKey='2022-07-30']",
        NS,
    )
    assert event is not None
    value = event.find(".//odm:ItemData[@ItemOID='IT.LB.LBORRES']", NS)
    assert value is not None and value.get("Value") == "60"
    assert value.find("odm:AuditRecord/odm:UserRef", NS).get("UserOID").startswith("USR.")
