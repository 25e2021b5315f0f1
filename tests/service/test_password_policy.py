"""The password rules: minimum length, the shipped common-password list, the user name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from baitp_desktop.core.errors import InvalidInput
from baitp_desktop.resources import resource_path
from baitp_desktop.service.password_policy import (
    PasswordPolicyUnavailable,
    load_policy,
    site_policy,
)
from baitp_desktop.service.users import DEMO_ACCOUNTS, UserService
from baitp_desktop.storage import Database

from .conftest import actor


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("12345678", "at least 10 characters"),
        ("password", "at least 10 characters"),
        ("short-one", "at least 10 characters"),
        ("1234567890", "most common passwords"),
        ("QwertyUiop", "most common passwords"),  # case does not matter
        ("  password123  ", "most common passwords"),  # nor surrounding spaces
        ("Password123", "most common passwords"),
        ("my-Sam.Lee-2207", "must not contain the user name sam.lee"),
        ("SAM.LEE.ward.7", "must not contain the user name sam.lee"),
    ],
)
def test_a_weak_password_is_refused_with_the_reason(
    database: Database, password: str, why: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        UserService(database, actor("admin")).add_user("sam.lee", "Sam Lee", "nurse", password)
    [problem] = refused.value.problems
    assert problem.field == "password" and why in problem.message
    assert "sam.lee" not in [u.username for u in UserService(database).users()]


def test_a_password_that_follows_the_rules_is_accepted(database: Database) -> None:
    info = UserService(database, actor("admin")).add_user(
        "sam.lee", "Sam Lee", "nurse", "Lantern-river-42"
    )
    assert info.must_change_password
    assert UserService(database).authenticate("sam.lee", "Lantern-river-42").temporary_password


def test_the_shipped_list_is_large_and_its_source_is_noted() -> None:
    policy = site_policy()
    assert policy.min_length == 10
    assert len(policy.common) >= 5000
    assert {"password", "12345678", "qwertyuiop", "iloveyou"} <= policy.common
    readme = resource_path("passwords", "README.md").read_text("utf-8")
    assert "MIT" in readme and "Burnett" in readme


def test_the_demo_passwords_follow_the_rules() -> None:
    for username, _name, _role, password in DEMO_ACCOUNTS:
        assert site_policy().problem(username, password) is None, username


def _site_copy(tmp_path: Path) -> Path:
    """A site's amended copy of the protocol configuration and the password list."""
    protocol = tmp_path / "protocol.toml"
    shutil.copyfile(resource_path("protocol.toml"), protocol)
    shutil.copytree(resource_path("passwords"), tmp_path / "passwords")
    return protocol


def test_a_site_raises_the_minimum_and_adds_to_the_list(tmp_path: Path) -> None:
    protocol = _site_copy(tmp_path)
    text = protocol.read_text("utf-8").replace(
        "min_password_length = 10", "min_password_length = 14"
    )
    protocol.write_text(text, "utf-8")
    with open(tmp_path / "passwords" / "common-passwords.txt", "a", encoding="utf-8") as f:
        f.write("Peking-Union-2207\n")
    policy = load_policy(protocol)
    assert policy.problem("nurse", "thirteen-char") == "at least 14 characters"
    assert "common" in str(policy.problem("nurse", "peking-union-2207"))
    assert policy.problem("nurse", "fourteen-chars") is None


@pytest.mark.parametrize(
    "broken",
    ["min_password_length = 4", 'min_password_length = "ten"', 'common_passwords = "nix.txt"'],
)
def test_a_broken_password_configuration_is_named(tmp_path: Path, broken: str) -> None:
    protocol = _site_copy(tmp_path)
    key = broken.split(" = ")[0]
    lines = [
        broken if line.startswith(key + " = ") else line
        for line in protocol.read_text("utf-8").splitlines()
    ]
    protocol.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(PasswordPolicyUnavailable) as refused:
        load_policy(protocol)
    assert str(protocol) in str(refused.value) and "No password was set" in str(refused.value)
