"""Attacks on accounts by an insider at a workstation (every user can run `baitp` and
write the database file) and by a careless operator; each test names its attack.

They run the real `baitp` command on a demo study (its documented demo accounts), or the
service as the GUI calls it where a window's state matters.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from baitp_desktop.core.errors import InvalidInput
from baitp_desktop.core.queries import QueryTarget
from baitp_desktop.service import StudyService, Upsert
from baitp_desktop.service.queries import QueryService
from baitp_desktop.service.roles import PermissionDenied
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import DEMO_ACCOUNTS, UserService
from baitp_desktop.storage import open_database
from tests.account_helpers import baitp

DEMO_PASSWORDS = {name: password for name, _printed, _role, password in DEMO_ACCOUNTS}
ADMIN = ["--user", "admin"]
INVESTIGATOR = ["--user", "investigator"]
TEMPORARY = "Provisional-6620"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    made = baitp(folder, "demo", "--participants", "3", "--seed", "7", "--db", str(path))
    assert made.returncode == 0, made.stderr
    return path


@pytest.fixture
def site(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "site.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def _as(
    name: str, tmp_path: Path, site: Path, *args: str, **passwords: str
) -> subprocess.CompletedProcess[str]:
    password = passwords.pop("password", DEMO_PASSWORDS.get(name, ""))
    return baitp(tmp_path, *args, "--db", str(site), "--user", name, password=password, **passwords)


def _dosed_participant(site: Path) -> str:
    database = open_database(site, daily_backup=False)
    try:
        return next(
            p.participant_id
            for p in StudyService(database).participants()
            if p.first_dose_date is not None
        )
    finally:
        database.dispose()


def _users(tmp_path: Path, site: Path) -> dict[str, str]:
    """User name -> its line of `baitp user list`."""
    listing = baitp(tmp_path, "user", "list", "--db", str(site)).stdout.splitlines()
    return {line.split()[0]: line for line in listing}


@pytest.mark.parametrize("role", ["investigator", "nurse", "monitor"])
def test_an_administrator_cannot_promote_themself(tmp_path: Path, site: Path, role: str) -> None:
    """Attack: the administrator makes their own account investigator (or anything that
    enters or signs data) and signs the casebooks."""
    promoted = _as("admin", tmp_path, site, "user", "set-role", "admin", role, "--reason", "x")
    assert promoted.returncode == 1
    assert "Nobody changes their own role" in promoted.stderr
    assert "Administrator" in _users(tmp_path, site)["admin"]
    pid = _dosed_participant(site)
    signed = _as("admin", tmp_path, site, "sign", pid, "--casebook")
    assert signed.returncode == 1 and "may not sign" in signed.stderr


def test_a_reset_password_cannot_sign_enter_data_or_query(tmp_path: Path, site: Path) -> None:
    """Attack: the administrator resets the investigator's password, so knows it, signs in
    as the investigator and signs (or enters data, or closes queries) in their name."""
    reset = _as(
        "admin",
        tmp_path,
        site,
        "user",
        "reset-password",
        "investigator",
        "--reason",
        "Forgot",
        new_password=TEMPORARY,
    )
    assert reset.returncode == 0, reset.stderr
    assert _users(tmp_path, site)["investigator"].endswith("temporary password")
    pid = _dosed_participant(site)
    bundle = tmp_path / "one.json"
    assert (
        baitp(
            tmp_path, "export", "--format", "json", "-o", str(bundle), "--db", str(site)
        ).returncode
        == 0
    )
    for command in (
        ["sign", pid, "--casebook"],
        ["import", str(bundle)],
        ["query", "raise", pid, "--on", "Count", "-m", "Recheck"],
        ["user", "list"],
    ):
        refused = _as("investigator", tmp_path, site, *command, password=TEMPORARY)
        assert refused.returncode == 1, command
        assert "temporary password" in refused.stderr
    assert "casebook" not in baitp(tmp_path, "signatures", pid, "--db", str(site)).stdout

    # The GUI path: signed in with the temporary password, the service refuses it all.
    database = open_database(site, daily_backup=False)
    try:
        temporary = UserService(database).authenticate("investigator", TEMPORARY)
        with pytest.raises(PermissionDenied, match="temporary password"):
            SignatureService(database, temporary).sign_casebook(pid, TEMPORARY)
        with pytest.raises(PermissionDenied, match="temporary password"):
            StudyService(database, temporary).apply(pid, [Upsert("count", {"value": 1})])
        with pytest.raises(PermissionDenied, match="temporary password"):
            QueryService(database, temporary).raise_query(pid, QueryTarget("Count"), "?")
    finally:
        database.dispose()

    # Keeping the temporary password as "their own" is refused too.
    kept = _as(
        "investigator", tmp_path, site, "user", "passwd", password=TEMPORARY, new_password=TEMPORARY
    )
    assert kept.returncode == 2 and "must differ from the current password" in kept.stderr


def test_an_administrator_cannot_give_anyone_a_chosen_lasting_password(
    tmp_path: Path, site: Path
) -> None:
    """Attack: the administrator creates an investigator account (or resets one) with a
    password they choose and then uses it as it stands."""
    added = _as(
        "admin",
        tmp_path,
        site,
        "user",
        "add",
        "dr.sock",
        "--name",
        "Dr Sock",
        "--role",
        "investigator",
        new_password="Puppet-string-91",
    )
    assert added.returncode == 0, added.stderr
    assert _users(tmp_path, site)["dr.sock"].endswith("temporary password")
    pid = _dosed_participant(site)
    signed = _as("dr.sock", tmp_path, site, "sign", pid, "--casebook", password="Puppet-string-91")
    assert signed.returncode == 1 and "temporary password" in signed.stderr
    # `passwd` changes only the signed-in person's own password: there is no other way.
    other = _as(
        "admin", tmp_path, site, "user", "passwd", "investigator", new_password="Chosen-by-admin-1"
    )
    assert other.returncode == 2  # no such argument


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("12345678", "at least 10 characters"),
        ("password", "at least 10 characters"),
        ("1234567890", "most common passwords"),
        ("Password123", "most common passwords"),
        ("QWERTYUIOP", "most common passwords"),
        ("my-nurse-2207", "must not contain the user name nurse"),
    ],
)
def test_weak_passwords_are_refused_on_the_command_line(
    tmp_path: Path, site: Path, password: str, why: str
) -> None:
    """Attack: a careless operator chooses a password that is guessed first."""
    changed = _as("nurse", tmp_path, site, "user", "passwd", new_password=password)
    assert changed.returncode == 2 and why in changed.stderr
    reset = _as(
        "admin",
        tmp_path,
        site,
        "user",
        "reset-password",
        "nurse",
        "--reason",
        "x",
        new_password=password,
    )
    assert reset.returncode == 2 and why in reset.stderr
    # Nothing changed: the demo password still signs in.
    assert _as("nurse", tmp_path, site, "verify").returncode == 0


def test_the_last_active_administrator_stays(tmp_path: Path, site: Path) -> None:
    """Attack: the administrators are removed until nobody can unlock or reset accounts
    (or an administrator hands the site over by demoting the others)."""
    assert (
        _as("admin", tmp_path, site, "user", "deactivate", "admin", "--reason", "x").returncode == 1
    )
    assert (
        _as(
            "admin", tmp_path, site, "user", "set-role", "admin", "nurse", "--reason", "x"
        ).returncode
        == 1
    )
    # A second administrator, then each tries to remove the other from an open window.
    assert (
        _as(
            "admin", tmp_path, site, "user", "set-role", "monitor", "admin", "--reason", "Cover"
        ).returncode
        == 0
    )
    database = open_database(site, daily_backup=False)
    try:
        first = UserService(database).authenticate("admin", DEMO_PASSWORDS["admin"])
        second = UserService(database).authenticate("monitor", DEMO_PASSWORDS["monitor"])
        UserService(database, second).set_active("admin", False, "Left the site")
        with pytest.raises(InvalidInput, match="monitor is the last active administrator"):
            UserService(database, first).set_role("monitor", "nurse", "Open window")
        with pytest.raises(InvalidInput, match="monitor is the last active administrator"):
            UserService(database, first).set_active("monitor", False, "Open window")
    finally:
        database.dispose()
    admins = [line for line in _users(tmp_path, site).values() if "Administrator" in line]
    assert any("deactivated" not in line for line in admins)


def test_a_password_typed_as_the_user_name_stays_out_of_the_log(tmp_path: Path, site: Path) -> None:
    """Careless operator: the password goes into the user-name field (here --user)."""
    typed = "Heron-in-the-ward-5"
    refused = baitp(tmp_path, "verify", "--db", str(site), "--user", typed, password="x")
    assert refused.returncode == 1
    logs = "".join(p.read_text("utf-8") for p in (tmp_path / "logs").glob("*.log*"))
    assert "sign-in refused" in logs and typed not in logs


def test_a_planted_trigger_cannot_push_a_hash_into_the_log(tmp_path: Path, site: Path) -> None:
    """Attack: a trigger planted in the file makes a password change fail, hoping that the
    failed statement, with the new hash as a parameter, is written to the log."""
    with sqlite3.connect(site) as connection:
        connection.execute(
            "CREATE TRIGGER planted BEFORE UPDATE OF password_hash ON app_user "
            "BEGIN SELECT RAISE(ABORT, 'planted'); END"
        )
    connection.close()
    failed = _as("nurse", tmp_path, site, "user", "passwd", new_password="Lantern-quay-77")
    assert failed.returncode != 0
    logs = "".join(p.read_text("utf-8") for p in (tmp_path / "logs").glob("*.log*"))
    for text in (failed.stdout, failed.stderr, logs):
        assert "$argon2" not in text and "Lantern-quay-77" not in text
        assert DEMO_PASSWORDS["nurse"] not in text


@pytest.fixture
def busy_site(site: Path, tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A day of account work on the command line: accounts made, passwords changed and
    reset, failed sign-ins and a lockout, an unlock, a signature. Yields the file and every
    password used."""
    used = [*DEMO_PASSWORDS.values()]
    runs: list[subprocess.CompletedProcess[str]] = []

    def run(name: str, *args: str, **passwords: str) -> None:
        result = _as(name, tmp_path, site, *args, **passwords)
        runs.append(result)
        used.extend(passwords.values())

    run(
        "admin",
        "user",
        "add",
        "dr.wu",
        "--name",
        "Dr Wu",
        "--role",
        "investigator",
        new_password="Temporary-wu-301",
    )
    run("dr.wu", "user", "passwd", password="Temporary-wu-301", new_password="Willow-bank-302")
    run("nurse", "user", "passwd", new_password="Copper-kettle-303")
    for _ in range(5):
        run("dr.wu", "verify", password="Wrong-guess-304")
    run("admin", "user", "unlock", "dr.wu", "--reason", "Identity checked")
    run(
        "admin",
        "user",
        "reset-password",
        "dr.wu",
        "--reason",
        "Forgot",
        new_password="Temporary-wu-305",
    )
    run("dr.wu", "user", "passwd", password="Temporary-wu-305", new_password="Willow-bank-306")
    run("dr.wu", "sign", _dosed_participant(site), "--casebook", password="Willow-bank-306")
    assert runs[-1].returncode == 0, runs[-1].stderr
    (tmp_path / "command-output.txt").write_text(
        "\n".join(r.stdout + r.stderr for r in runs), "utf-8"
    )
    yield site, used


def test_no_hash_and_no_password_in_any_output(
    tmp_path: Path, busy_site: tuple[Path, list[str]]
) -> None:
    """Attack: recover a password hash (to crack offline) or a password from anything the
    application writes or shows: history, every export, a PDF, the logs, the audit table,
    the messages of every command."""
    site, passwords = busy_site
    db = ["--db", str(site)]
    pid = _dosed_participant(site)
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    texts = [(tmp_path / "command-output.txt").read_text("utf-8")]
    for args in (
        ["history"],
        ["history", "--json"],
        ["history", pid],
        ["signatures", pid],
        ["user", "list"],
        ["verify"],
        ["check", "--full"],
    ):
        result = baitp(tmp_path, *args, *db)
        assert result.returncode == 0, (args, result.stderr)
        texts.append(result.stdout + result.stderr)
    for fmt, target in (("json", "bundle.json"), ("csv", "csv"), ("odm", "study.xml")):
        done = baitp(tmp_path, "export", "--format", fmt, "-o", str(outputs / target), *db)
        assert done.returncode == 0, done.stderr
    pdf = outputs / "casebook.pdf"
    assert baitp(tmp_path, "report", pid, "--audit", "-o", str(pdf), *db).returncode == 0
    texts.append(" ".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages))
    files = [p for p in outputs.rglob("*") if p.is_file() and p.suffix != ".pdf"]
    files += list((tmp_path / "logs").glob("*.log*"))
    assert len(files) >= 12  # bundle, ODM, the CSV domains, the log
    texts += [p.read_text("utf-8-sig") for p in files]
    with sqlite3.connect(site) as connection:
        texts += [
            "\x1f".join(map(str, row)) for row in connection.execute("SELECT * FROM audit_entry")
        ]
        hashes = [row[0] for row in connection.execute("SELECT password_hash FROM app_user")]
    connection.close()

    history = json.loads(texts[2])["entries"]
    assert any(
        e["field"] == "password" and e["reason"].startswith("Temporary password issued")
        for e in history
    )
    assert any(e["reason"] == "Failed sign-in 5 of 5" for e in history)
    assert any(e["reason"] == "Locked after 5 failed sign-in attempts" for e in history)
    # The digest and salt of each stored hash, in case something prints one without "$argon2".
    pieces = [part for h in hashes for part in h.split("$")[-2:]]
    assert len(pieces) == 2 * len(hashes) and all(len(p) >= 20 for p in pieces)
    for text in texts:
        assert "$argon2" not in text
        assert not [p for p in passwords if p in text], "a password was written out"
        assert not [p for p in pieces if p in text], "part of a hash was written out"
