"""Forging signatures by editing the database file with sqlite3, as an insider could.

Each attack ends with the file looking as the application leaves it (chain re-linked
where the attack appends rows); `baitp verify` must exit 1 naming the signature, and the
report and the signatures screen must no longer present it as a signature.
"""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baitp_desktop.core.canonical import canonical_json
from baitp_desktop.core.config import default_config
from baitp_desktop.core.signatures import SignatureStatus, signature_payload
from baitp_desktop.core.signing_crypto import unseal
from baitp_desktop.gui.part11.signatures_dialog import SignaturesDialog
from baitp_desktop.reports.gather import gather_report_data
from baitp_desktop.reports.visit_summary import write_visit_summary
from baitp_desktop.service import Actor, StudyService
from baitp_desktop.service.sdv import SdvService
from baitp_desktop.service.signatures import SignatureService, signatures_for
from baitp_desktop.storage import Database, open_database
from baitp_desktop.storage.audit import entry_hash
from tests.service.conftest import (  # noqa: F401 - fixtures
    NAMES,
    PASSWORDS,
    PID,
    actor,
    db_file,
    sample_participant,
    template_db,
)
from tests.service.test_cli import baitp

OTHER = "BAITP-002"


@pytest.fixture
def study(db_file: Path) -> Iterator[Path]:  # noqa: F811 - the fixture above
    """Two participants; the investigator has signed BAITP-001's Day 7 visit (signature 1)."""
    database = open_database(db_file, daily_backup=False)
    try:
        StudyService(database).import_participants([sample_participant(OTHER)])
        SignatureService(database, actor("investigator")).sign_visit(
            PID, "d7", PASSWORDS["investigator"]
        )
    finally:
        database.dispose()
    yield db_file


def _sql(path: Path, statement: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(statement, args).fetchall()
    connection.close()
    return rows


def _append_chained(path: Path, table: str, values: dict[str, object], pid: str) -> int:
    """Insert a row and its audit entries, chained exactly as the application chains them."""
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    with sqlite3.connect(path) as connection:
        record = connection.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values())
        ).lastrowid
        last_id, previous = connection.execute(
            "SELECT id, entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1"
        ).fetchone()
        for n, (field, value) in enumerate(values.items(), start=1):
            if field in ("participant_pk",) or value is None:
                continue
            entry: dict[str, object] = {
                "id": last_id + n,
                "timestamp_utc": "2026-11-24T10:15:00.000Z",
                "username": "investigator",
                "participant_id": pid,
                "table_name": table,
                "record_id": record,
                "record_label": f"Signature visit {values.get('visit_id')}",
                "action": "insert",
                "field": field,
                "old_value": None,
                "new_value": "false" if value is False else str(value),
                "reason": "Electronic signature",
            }
            entry["previous_hash"] = previous
            entry["entry_hash"] = previous = entry_hash(entry, str(previous))
            connection.execute(
                f"INSERT INTO audit_entry ({', '.join(entry)}) VALUES "
                f"({', '.join('?' for _ in entry)})",
                tuple(entry.values()),
            )
    connection.close()
    assert record is not None
    return record


def _signature_values(path: Path, signature_id: int) -> dict[str, object]:
    with sqlite3.connect(path) as connection:
        connection.row_factory = sqlite3.Row
        query = "SELECT * FROM signature WHERE id = ?"
        row = dict(connection.execute(query, (signature_id,)).fetchone())
    connection.close()
    row.pop("id")
    return row


def _pk(path: Path, pid: str) -> int:
    return int(_sql(path, "SELECT id FROM participant WHERE participant_id = ?", pid)[0][0])


# -- the attacks ---------------------------------------------------------------------------
def role_flip(path: Path) -> tuple[int, str]:
    """Make the nurse an investigator, sign with the nurse's own password, flip back."""
    _sql(path, "UPDATE app_user SET role = 'investigator' WHERE username = 'nurse'")
    database = open_database(path, daily_backup=False)
    try:
        signed_in = Actor("nurse", NAMES["nurse"], "investigator")  # as sign-in reads it now
        signed = SignatureService(database, signed_in).sign_visit(PID, "d14", PASSWORDS["nurse"])
    finally:
        database.dispose()
    _sql(path, "UPDATE app_user SET role = 'nurse' WHERE username = 'nurse'")
    return signed.signature_id, PID


def appended_row(path: Path) -> tuple[int, str]:
    """Copy the valid Day 7 signature as a Day 14 one, with correctly chained entries."""
    values = _signature_values(path, 1)
    values["visit_id"] = "d14"
    return _append_chained(path, "signature", values, PID), PID


def appended_keyless_row(path: Path) -> tuple[int, str]:
    """A signature in the old style (no key), appended with correctly chained entries."""
    values = _signature_values(path, 1)
    values.update(visit_id="d14", key_id=None, coverage=None, signature=None)
    return _append_chained(path, "signature", values, PID), PID


def moved_to_another_participant(path: Path) -> tuple[int, str]:
    _sql(path, "UPDATE signature SET participant_pk = ? WHERE id = 1", _pk(path, OTHER))
    return 1, OTHER


def public_key_changed(path: Path) -> tuple[int, str]:
    nurse_key = _sql(path, "SELECT public_key FROM signing_key WHERE username = 'nurse'")[0][0]
    _sql(path, "UPDATE signing_key SET public_key = ? WHERE username = 'investigator'", nurse_key)
    return 1, PID


def forged_with_another_accounts_key(path: Path) -> tuple[int, str]:
    """Who copied the nurse's password hash over the investigator's knows the nurse's
    password, so opens the nurse's key and signs in the investigator's name with it."""
    (sealed, key_id) = _sql(
        path, "SELECT sealed_private_key, fingerprint FROM signing_key WHERE username = 'nurse'"
    )[0]
    key = unseal(str(sealed), PASSWORDS["nurse"], f"baitp signing key|nurse|{key_id}")
    values = _signature_values(path, 1)
    values["visit_id"] = "d14"
    payload = signature_payload(
        participant_id=PID,
        scope="visit",
        visit_id="d14",
        coverage=json.loads(str(values["coverage"])),
        covered_digest=str(values["data_hash"]),
        username="investigator",
        printed_name=str(values["printed_name"]),
        signed_at_utc=str(values["signed_at_utc"]),
        meaning=str(values["meaning"]),
        key_id=key.fingerprint,
    )
    values.update(key_id=key.fingerprint, signature=key.sign(payload))
    assert canonical_json(payload)  # what the forger signed
    return _append_chained(path, "signature", values, PID), PID


ATTACKS: dict[str, Callable[[Path], tuple[int, str]]] = {
    "flip a role and back": role_flip,
    "append a correctly chained signature row": appended_row,
    "append a correctly chained keyless signature row": appended_keyless_row,
    "move a signature to another participant": moved_to_another_participant,
    "change the public key in the key table": public_key_changed,
    "sign with another account's key": forged_with_another_accounts_key,
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_verify_names_the_forged_signature_and_reports_do_not_present_it(
    study: Path, tmp_path: Path, attack: str
) -> None:
    assert baitp(tmp_path, "--db", str(study), "verify").returncode == 0
    signature_id, pid = ATTACKS[attack](study)
    result = baitp(tmp_path, "--db", str(study), "verify")
    assert result.returncode == 1, result.stdout
    assert f"BROKEN: signature {signature_id} of {pid}" in result.stdout

    database = open_database(study, daily_backup=False)
    try:
        forged = next(s for s in signatures_for(database, pid) if s.signature_id == signature_id)
        assert forged.status is SignatureStatus.BROKEN and forged.problem
        data = gather_report_data(database, pid, default_config())
        buffer = io.BytesIO()
        write_visit_summary(data, forged.visit_id or "d7", buffer)
    finally:
        database.dispose()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(buffer).pages)
    assert "NOT VALID" in text and "It is not an electronic signature" in text
    assert all(s.signature_id != signature_id for s in data.active_signatures)


def test_copying_a_password_hash_does_not_let_anyone_sign_for_its_owner(
    study: Path, tmp_path: Path
) -> None:
    (nurse_hash,) = _sql(study, "SELECT password_hash FROM app_user WHERE username = 'nurse'")[0]
    (own_hash,) = _sql(study, "SELECT password_hash FROM app_user WHERE username = 'investigator'")[
        0
    ]
    _sql(study, "UPDATE app_user SET password_hash = ? WHERE username = 'investigator'", nurse_hash)
    result = baitp(
        tmp_path,
        *("--db", str(study), "--user", "investigator", "sign", PID, "--visit", "d14"),
        password=PASSWORDS["nurse"],
    )
    _sql(study, "UPDATE app_user SET password_hash = ? WHERE username = 'investigator'", own_hash)
    assert result.returncode == 1
    assert "does not open with this account's password" in result.stderr
    assert "Nothing was signed" in result.stderr
    assert _sql(study, "SELECT count(*) FROM signature")[0][0] == 1
    assert baitp(tmp_path, "--db", str(study), "verify").returncode == 0


@pytest.mark.gui
def test_the_signatures_screen_marks_a_forged_signature_not_valid(
    study: Path, qtbot: QtBot
) -> None:
    signature_id, _pid = moved_to_another_participant(study)
    database: Database = open_database(study, daily_backup=False)
    try:
        who = actor("monitor")
        dialog = SignaturesDialog(
            SignatureService(database, who), SdvService(database, who), OTHER, lambda: 1
        )
        qtbot.addWidget(dialog)
        row = next(
            n
            for n in range(dialog.table.rowCount())
            if dialog.table.item(n, 0).data(Qt.ItemDataRole.UserRole) == "d7"
        )
        assert dialog.table.item(row, 2).text().startswith("NOT VALID")
        assert "NOT VALID" in dialog.all_signatures.item(0, 1).text()
        assert signature_id == 1
    finally:
        database.dispose()
