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


def test_closed_pipe_is_not_an_error(tmp_path, baitp) -> None:
    """`baitp validate --json | head -1` ends quietly, not with an internal error."""
    import subprocess

    from tests.conftest import baitp_executable

    db = str(tmp_path / "pipe.sqlite")
    baitp("demo", "--participants", "400", "--db", db, check=True)  # output > pipe buffer
    command = [*baitp_executable(), "validate", "--db", db, "--json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read().decode()
        code = process.wait()
    assert code == 0, errors
    assert "internal error" not in errors and "Traceback" not in errors
