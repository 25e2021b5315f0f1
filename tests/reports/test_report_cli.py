"""`baitp report` through the real command, as a site runs it (INTERCHANGE.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from baitp_desktop.core.config import default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.endpoints import visit_assessment
from baitp_desktop.core.records import Participant
from baitp_desktop.core.signatures import SIGNATURE_MEANING
from baitp_desktop.service import Actor
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import open_database
from tests.account_helpers import ready_account
from tests.conftest import baitp_executable

from .conftest import assert_page_numbers, pdf_pages

Run = Callable[..., subprocess.CompletedProcess[str]]


def _with_d7(participants: list[Participant]) -> Participant:
    config = default_config()
    return next(p for p in participants if visit_assessment(Course(p, config), "d7"))


def test_visit_summary_casebook_and_blank(
    baitp: Run, demo_db: Path, demo_participants: list[Participant], tmp_path: Path
) -> None:
    pid = _with_d7(demo_participants).participant_id
    visit = tmp_path / "out" / "visit.pdf"
    done = baitp("report", pid, "--visit", "d7", "-o", str(visit), "--db", str(demo_db), check=True)
    assert str(visit) in done.stdout
    text = pdf_pages(visit)
    assert_page_numbers(text)
    assert f"{pid}," in text[0] and "Day 7 (early response)" in text[0]
    probe = tmp_path / "probe"
    probe.write_bytes(b"")  # a file made the ordinary way: the PDF gets the same permissions
    assert visit.stat().st_mode & 0o777 == probe.stat().st_mode & 0o777

    casebook = tmp_path / "casebook.pdf"
    baitp("report", pid, "--audit", "--paper", "letter", "-o", str(casebook), "--db", str(demo_db),
          check=True)  # fmt: skip
    text = pdf_pages(casebook)
    assert_page_numbers(text)
    assert "Appendix: audit history" in " ".join(text)

    blank = tmp_path / "blank.pdf"
    baitp("report", "--blank", "-o", str(blank), "--db", str(demo_db), check=True)
    assert (
        len(pdf_pages(blank)) == 10
    )  # screening, visit, AEs, diary, four form pages, the ITP-PAQ on two
    assert not [p.name for p in tmp_path.rglob("*.partial")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["BAITP-999"], "No participant BAITP-999"),
        (["BAITP-001", "--visit", "w99"], "Unknown visit 'w99'"),
        ([], "Name the participant"),
        (["--blank", "BAITP-001"], "--blank prints empty forms"),
    ],
)
def test_refusals_exit_2_and_leave_the_old_file(
    baitp: Run, demo_db: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous report")
    done = baitp("report", *args, "-o", str(target), "--db", str(demo_db))
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
    assert target.read_bytes() == b"previous report"


def test_unwritable_target_is_a_clear_error(baitp: Run, demo_db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    done = baitp("report", "--blank", "-o", str(blocker / "blank.pdf"), "--db", str(demo_db))
    assert done.returncode == 1
    assert "Cannot write" in done.stderr and "Traceback" not in done.stderr


def test_electronically_signed_visit_through_the_services(
    baitp: Run, demo_db: Path, demo_participants: list[Participant], tmp_path: Path
) -> None:
    db = tmp_path / "signed.sqlite"
    shutil.copyfile(demo_db, db)
    pid = _with_d7(demo_participants).participant_id
    database = open_database(db)
    try:
        admin = UserService(database).create_first_admin("admin", "Ada Admin", "kestrel-ada-71")
        ready_account(database, admin, "ivan", "Dr Ivan Investigator", "investigator",
                      "invest-pass-1")  # fmt: skip
        investigator = Actor(username="ivan", display_name="Dr Ivan Investigator",
                             role="investigator")  # fmt: skip
        signature = SignatureService(database, investigator).sign_visit(pid, "d7", "invest-pass-1")
    finally:
        database.dispose()
    out = tmp_path / "signed.pdf"
    baitp("report", pid, "--visit", "d7", "-o", str(out), "--db", str(db), check=True)
    pages = pdf_pages(out)
    text = " ".join(pages)
    assert "Signed by Dr Ivan Investigator (user ivan)" in text
    assert f"Meaning {SIGNATURE_MEANING}" in text
    stamp = signature.signed_at_utc.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert f"Date and time {stamp} UTC" in text
    assert "Investigator (printed name)" not in text
    assert all("Visit signed by Dr Ivan Investigator" in p for p in pages)
    # the casebook lists the visit signature, and is itself not signed
    casebook = tmp_path / "casebook.pdf"
    baitp("report", pid, "-o", str(casebook), "--db", str(db), check=True)
    pages = pdf_pages(casebook)
    assert all("1 of 10 visits signed and locked when printed" in p for p in pages)


def test_chinese_casebook_through_the_command(
    chinese_catalogue: Path, demo_db: Path, demo_participants: list[Participant], tmp_path: Path
) -> None:
    pid = _with_d7(demo_participants).participant_id
    out = tmp_path / "zh.pdf"
    env = {**os.environ, "BAITP_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [*baitp_executable(), "report", pid, "--visit", "d7", "--lang", "zh_CN", "-o", str(out),
         "--db", str(demo_db)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pages = pdf_pages(out)
    assert "访视小结" in pages[0] and "研究者签名" in " ".join(pages)
    assert f"第 1 页，共 {len(pages)} 页" in pages[0]
