"""The trail's head leaves the database: on every PDF page, in every export, in the anchor log.

What `verify` prints last (`head <64 hex> entries <N>`) is printed in the footer of every
page of a casebook, a visit calendar and the outcomes report, written into the CSV
export (`audit_head.csv`) and the ODM export (the root's Description), and appended to
the anchor logs (next to the database and in the user's folder) at the open, the
export, the signature and the close.
"""

from __future__ import annotations

import csv
import os
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from baitp_desktop.storage.anchors import ANCHOR_FILE_NAME, user_anchor_folder
from tests.conftest import baitp_executable
from tests.reports.conftest import pdf_pages

Result = subprocess.CompletedProcess[str]
Baitp = Callable[..., Result]


@pytest.fixture
def demo(tmp_path: Path, baitp: Baitp) -> Path:
    db = tmp_path / "site" / "demo.sqlite"
    baitp("--db", str(db), "demo", "--participants", "3", check=True)
    return db


def head_of(baitp: Baitp, db: Path) -> tuple[str, str]:
    words = baitp("--db", str(db), "verify", check=True).stdout.strip().splitlines()[-1].split()
    assert words[0] == "head" and words[2] == "entries" and len(words[1]) == 64
    return words[1], words[3]


def anchors(db: Path) -> list[list[str]]:
    """The anchor lines written for this database, from the log next to it."""
    log = db.parent / "backups" / ANCHOR_FILE_NAME
    lines = [line.split("\t") for line in log.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line[2] == str(db.resolve())]


def test_every_pdf_page_carries_the_head(demo: Path, tmp_path: Path, baitp: Baitp) -> None:
    head, entries = head_of(baitp, demo)
    outputs = {
        "casebook": ("report", "BAITP-001", "-o"),
        "calendar": ("calendar", "BAITP-001", "-o"),
        "outcomes": ("outcomes", "--detail", "-o"),
    }
    for name, command in outputs.items():
        target = tmp_path / f"{name}.pdf"
        baitp("--db", str(demo), *command, str(target), check=True)
        pages = pdf_pages(target)
        assert pages
        for number, text in enumerate(pages, start=1):
            assert f"head {head}, {entries} entries" in text, (name, number, text[-300:])
    events = [line[5] for line in anchors(demo) if line[3] == head]
    assert events.count("export") >= 3


def test_csv_and_odm_exports_carry_the_head(demo: Path, tmp_path: Path, baitp: Baitp) -> None:
    head, entries = head_of(baitp, demo)
    baitp("--db", str(demo), "export", "--format", "csv", "-o", str(tmp_path / "csv"), check=True)
    with open(tmp_path / "csv" / "audit_head.csv", encoding="utf-8", newline="") as handle:
        assert list(csv.DictReader(handle)) == [{"HEAD": head, "ENTRIES": entries}]
    odm = tmp_path / "study.xml"
    baitp("--db", str(demo), "export", "--format", "odm", "-o", str(odm), check=True)
    description = ET.parse(odm).getroot().get("Description")
    assert description == f"audit trail head {head} entries {entries}"
    exported = [line for line in anchors(demo) if line[5] == "export"]
    assert [line[3:5] for line in exported] == [[head, entries], [head, entries]]


def test_the_anchor_log_follows_open_signature_and_close(demo: Path, baitp: Baitp) -> None:
    env = {**os.environ, "BAITP_PASSWORD": "demo-2207-inv"}
    signed = subprocess.run(
        [*baitp_executable(), "--db", str(demo), "--user", "investigator", "sign", "BAITP-001",
         "--visit", "screening"],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    head, entries = head_of(baitp, demo)
    lines = anchors(demo)
    assert [line[5] for line in lines if line[3] == head] == ["signature", "close", "open"]
    database_id = lines[-1][1]
    assert len(database_id) == 32 and all(line[1] == database_id for line in lines)
    assert lines[0][5] == "open" and lines[0][4] == "6"  # created: the identity's entries
    personal = user_anchor_folder() / ANCHOR_FILE_NAME
    assert "\t".join(lines[-1]) in personal.read_text(encoding="utf-8")
    assert lines[-1][4] == entries
