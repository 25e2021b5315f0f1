"""Shared fixtures. Qt runs offscreen in every test run (also without pytest-xvfb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The anchor log's per-user copy (storage/anchors.py) goes to a folder of this test run,
# not into the user's data folder; the copy next to each test database stays where it is.
os.environ.setdefault("BAITP_ANCHOR_DIR", tempfile.mkdtemp(prefix="baitp-anchors-"))

DATA = Path(__file__).parent / "data"
SCENARIOS = DATA / "scenarios"


def baitp_executable() -> list[str]:
    """The installed `baitp` console script next to this Python, else `python -m`."""
    candidate = Path(sys.executable).with_name("baitp")
    if candidate.exists():
        return [str(candidate)]
    found = shutil.which("baitp")
    return [found] if found else [sys.executable, "-m", "baitp_desktop.cli.main"]


GUI_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that drives Qt widgets `gui`: the tests under tests/gui and any test
    that asks for pytest-qt's fixtures, wherever it lives (no per-file marks to forget)."""
    gui_folder = Path(__file__).parent / "gui"
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & GUI_FIXTURES or gui_folder in item.path.parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def baitp(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real `baitp` command with a private log folder; returns the finished process."""
    env = {**os.environ, "BAITP_LOG_DIR": str(tmp_path / "logs")}
    env.pop("BAITP_DB", None)

    def run(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [*baitp_executable(), *args], capture_output=True, text=True, env=env, timeout=300
        )
        if check and result.returncode != 0:
            raise AssertionError(f"baitp {' '.join(args)} exited {result.returncode}:\n"
                                 f"{result.stdout}\n{result.stderr}")  # fmt: skip
        return result

    return run


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    """A path for a fresh SQLite database file."""
    yield tmp_path / "study.sqlite"


@pytest.fixture(scope="session")
def qapp() -> object:
    """The QApplication as the application itself sets it up, with its own style.

    Overrides pytest-qt's fixture: widgets tested under the bare platform style once hid a
    crash that only the application's style (gui.style.BaitpStyle) produced.
    """
    from baitp_desktop.gui.app import qt_application

    return qt_application()
