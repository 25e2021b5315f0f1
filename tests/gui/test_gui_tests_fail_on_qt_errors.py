"""The GUI tests would notice: an exception raised in a slot, or a Qt warning, fails a test
under this project's pytest configuration — also while the application's error hooks are
installed — and no test switches pytest-qt's capture off.

A slot exception never reaches the test function (Qt swallows it after printing), so
without pytest-qt's capture a broken slot would pass silently; these checks run small
tests in a separate pytest with the project's own settings and look at the outcome.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

INNER = """
import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QPushButton


@pytest.fixture(scope="session")
def qapp():
    from baitp_desktop.gui.app import qt_application
    return qt_application()


def broken_slot():
    raise ZeroDivisionError("slot broke")


def test_slot_exception(qtbot):
    button = QPushButton("x")
    qtbot.addWidget(button)
    button.clicked.connect(broken_slot)
    button.click()


def test_slot_exception_with_the_application_hooks(qtbot, tmp_path):
    from baitp_desktop.gui.error_hook import ErrorHooks
    hooks = ErrorHooks(tmp_path / "baitp.log", show=lambda *_: None).install()
    try:
        button = QPushButton("x")
        qtbot.addWidget(button)
        button.clicked.connect(broken_slot)
        button.click()
    finally:
        hooks.uninstall()


def test_qt_warning(qtbot):
    qWarning("QWidget::setLayout: something is wrong")


def test_fine(qtbot):
    QPushButton("y").click()
"""


@pytest.mark.gui
def test_a_slot_exception_or_a_qt_warning_fails_a_gui_test(tmp_path: Path) -> None:
    (tmp_path / "test_inner.py").write_text(textwrap.dedent(INNER), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
            "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(ROOT),
            str(tmp_path / "test_inner.py"), "-rf",
        ],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    failed = set(re.findall(r"FAILED \S*::(\w+)", output))
    assert failed == {
        "test_slot_exception",
        "test_slot_exception_with_the_application_hooks",
        "test_qt_warning",
    }, output
    assert "ZeroDivisionError: slot broke" in output
    assert "1 passed" in output


def test_no_test_turns_pytest_qts_capture_off() -> None:
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "qt_no_exception_capture" not in config
    assert 'qt_log_level_fail = "WARNING"' in config
    switched_off = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "tests").rglob("*.py"))
        if path != Path(__file__).resolve()
        and "qt_no_exception_capture" in path.read_text(encoding="utf-8")
    ]
    assert not switched_off
