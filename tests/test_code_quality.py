"""The code stays as clean as it was reviewed: ruff (lint + format) and mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)


def test_ruff_lint_and_format() -> None:
    lint = _run(
        sys.executable,
        "-m",
        "ruff",
        "check",
        "baitp_desktop",
        "tests",
        "scripts",
        "benchmarks",
        "packaging",
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr
    layout = _run(sys.executable, "-m", "ruff", "format", "--check", "baitp_desktop")
    assert layout.returncode == 0, layout.stdout + layout.stderr


@pytest.mark.slow
def test_mypy_strict() -> None:
    result = _run(sys.executable, "-m", "mypy", "baitp_desktop")
    assert result.returncode == 0, result.stdout + result.stderr
