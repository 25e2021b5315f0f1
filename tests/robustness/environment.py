"""Broken environments for the tests: a tiny disk, an unprivileged process, a damaged file.

Each helper skips the test with the reason when this machine cannot provide the
condition (mounting needs root and a kernel that allows it; root ignores file modes, so
a read-only test drops the capabilities that let root write anyway).
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from baitp_desktop.core.bundle import write_bundle
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database
from baitp_desktop.storage.anchors import ANCHOR_FILE_NAME
from baitp_desktop.storage.backup import backup_to
from tests.robustness.robustness_writer import generated_participants

# Capabilities that let root write files and folders whatever their mode says.
_ROOT_OVERRIDES = "-dac_override,-dac_read_search,-fowner,-linux_immutable"


@contextmanager
def small_disk(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `folder`; skips when mounting is not permitted."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small disk needs root to mount a tmpfs (not root here)")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_disk(folder: Path) -> Path:
    """Write a filler file until the disk holding `folder` is full."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 65536
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(chunk)
                handle.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    return filler


def unprivileged(command: Sequence[str]) -> list[str]:
    """`command` run so that file and folder modes apply (also when we are root)."""
    if os.geteuid() != 0:
        return list(command)
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root ignores file modes and setpriv (util-linux) is not installed")
    probe = subprocess.run([setpriv, "--bounding-set", _ROOT_OVERRIDES, "true"], check=False)
    if probe.returncode != 0:
        pytest.skip("cannot drop root's file-permission capabilities here (setpriv failed)")
    return [setpriv, "--bounding-set", _ROOT_OVERRIDES, *command]


def baitp_command(*args: object) -> list[str]:
    return [sys.executable, "-m", "baitp_desktop.cli.main", *map(str, args)]


def run_baitp(
    folder: Path, *args: object, unprivileged_run: bool = False
) -> subprocess.CompletedProcess[str]:
    """The real `baitp` command, with its log in `folder/logs`."""
    command = baitp_command(*args)
    if unprivileged_run:
        command = unprivileged(command)
    env = {**os.environ, "BAITP_LOG_DIR": str(folder / "logs")}
    env.pop("BAITP_DB", None)
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def assert_clean_refusal(
    result: subprocess.CompletedProcess[str], *words: str, exit_code: int = 3
) -> None:
    """Refused with a message (no traceback, not the bug exit code) containing `words`."""
    assert result.returncode == exit_code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert "internal error" not in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr, (word, result.stderr)


def make_study(folder: Path, participants: int = 3) -> Path:
    """A study with a few participants and one backup in `backups/`; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "study.sqlite"
    ids = [f"BAITP-{n:03d}" for n in range(1, participants + 1)]
    database = open_database(path)
    try:
        StudyService(database).import_participants(generated_participants(ids, seed=4))
        backup_to(database, folder / "backups" / "study-manual.sqlite")
    finally:
        database.dispose()  # the last connection checkpoints the WAL into the file
    return path


def bundle_file(folder: Path, first_number: int, count: int = 2) -> Path:
    """A valid bundle of new participants (ids from `first_number`)."""
    ids = [f"BAITP-{n:03d}" for n in range(first_number, first_number + count)]
    target = folder / f"bundle-{first_number}.json"
    import json

    target.write_text(json.dumps(write_bundle(generated_participants(ids, seed=5))))
    return target


def participant_ids(path: Path) -> list[str]:
    database = open_database(path, check=False)
    try:
        return StudyService(database).participant_ids()
    finally:
        database.dispose()


def fingerprints(folder: Path) -> dict[str, str]:
    """sha256 of every backup in `folder` (they must never change); the anchor log kept
    there (storage/anchors.py) is appended to, and is no backup."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != ANCHOR_FILE_NAME
    }


def assert_backups_kept(before: dict[str, str], folder: Path, new_allowed: bool = True) -> None:
    """Every backup that existed is byte for byte the same; any new one is sound."""
    after = fingerprints(folder)
    changed = [name for name, digest in before.items() if after.get(name) != digest]
    assert not changed, f"backups changed or removed: {changed}"
    new = sorted(set(after) - set(before))
    assert new_allowed or not new, f"backups made of a damaged file: {new}"
    for name in new:
        connection = sqlite3.connect(folder / name)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok", name
        finally:
            connection.close()


def damage(path: Path, offsets: Sequence[float], length: int = 48) -> None:
    """Overwrite `length` bytes at the start of the pages at these fractions of the file."""
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as handle:
        for fraction in offsets:
            handle.seek(int(size * fraction) // page * page)
            handle.write(b"\xa5" * length)
