"""Hostile values the command line must refuse clearly (exit 2), never as a bug (exit 70).

- an integer of 5,000 digits in a bundle (Python refuses to convert it at all);
- a key given twice in one bundle object (which value was meant is unknown);
- a query text or target carrying terminal escape sequences;
- a `verify --head` that is not a head.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS, baitp_executable

Result = subprocess.CompletedProcess[str]
Baitp = Callable[..., Result]
CLEAN = (SCENARIOS / "01_clean.json").read_text("utf-8")


def refused(result: Result, *words: str, code: int = 2) -> None:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr, (word, result.stderr)


def participants(baitp: Baitp, db: Path) -> list[str]:
    result = baitp("--db", str(db), "endpoints", "--json", check=True)
    return [p["participant_id"] for p in json.loads(result.stdout)["participants"]]


@pytest.mark.parametrize("sign", ["", "-"])
def test_an_integer_of_5000_digits_is_refused_naming_the_field(
    tmp_path: Path, baitp: Baitp, sign: str
) -> None:
    text = CLEAN.replace('"platelets": 18', f'"platelets": {sign}{"9" * 5000}', 1)
    assert text != CLEAN
    bundle = tmp_path / "huge.json"
    bundle.write_text(text, encoding="utf-8")
    db = tmp_path / "study.sqlite"
    refused(baitp("--db", str(db), "import", str(bundle)), "BAITP-001", "platelets", "range")
    assert participants(baitp, db) == []


def test_an_integer_of_5000_digits_where_text_belongs_is_named_by_its_length(
    tmp_path: Path, baitp: Baitp
) -> None:
    document = json.loads(CLEAN)
    document["participants"][0]["initials"] = "__NUMBER__"
    bundle = tmp_path / "huge.json"
    bundle.write_text(json.dumps(document).replace('"__NUMBER__"', "7" * 5000), encoding="utf-8")
    result = baitp("--db", str(tmp_path / "study.sqlite"), "import", str(bundle))
    refused(result, "initials", "5000 digits")
    assert "7777777777" not in result.stderr


def test_a_key_given_twice_is_refused(tmp_path: Path, baitp: Baitp) -> None:
    text = CLEAN.replace('"initials": ', '"initials": "AAA", "initials": ', 1)
    bundle = tmp_path / "twice.json"
    bundle.write_text(text, encoding="utf-8")
    db = tmp_path / "study.sqlite"
    refused(baitp("--db", str(db), "import", str(bundle)), "twice.json", "'initials'", "twice")
    assert participants(baitp, db) == []


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    made = subprocess.run([*baitp_executable(), "--db", str(db), "demo", "--participants", "2"],
                          capture_output=True, text=True)  # fmt: skip
    assert made.returncode == 0, made.stderr
    return db


def as_monitor(db: Path, *args: str) -> Result:
    env = {**os.environ, "BAITP_PASSWORD": "demo-2207-mon"}
    command = [*baitp_executable(), "--db", str(db), "--user", "monitor", "query", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env)


@pytest.mark.parametrize(
    ("option", "value"),
    [("-m", "fine\x1b]0;owned\x07 text"), ("--on", "Count \x1b[2J"), ("--field", "value\x07")],
)
def test_query_text_with_control_characters_is_refused(
    demo_db: Path, option: str, value: str
) -> None:
    args = {"-m": "Please check", "--on": "Platelet count"}
    args[option] = value
    flat = [item for pair in args.items() for item in pair]
    refused(as_monitor(demo_db, "raise", "BAITP-001", *flat), "control characters")
    listing = as_monitor(demo_db, "list", "BAITP-001")
    assert listing.returncode == 0 and "\x1b" not in listing.stdout


def test_verify_head_must_be_a_head(tmp_path: Path, baitp: Baitp) -> None:
    db = str(tmp_path / "study.sqlite")
    for wrong in ("abc", "g" * 64, "0" * 63):
        refused(baitp("--db", db, "verify", "--head", wrong), "64 hexadecimal digits")
