"""Every command's --help renders (argparse formats help strings with %)."""

from __future__ import annotations

import pytest

from baitp_desktop.cli.main import build_parser


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)  # type: ignore[union-attr]


def test_top_level_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("import", "validate", "endpoints", "export", "backup", "report", "verify"):
        assert command in out


@pytest.mark.parametrize("command", _commands())
def test_command_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([command, "--help"])
    assert done.value.code == 0
    assert command in capsys.readouterr().out
