"""A bug is shown, never swallowed: an exception in a slot, in a worker thread, or a Qt
critical message reaches the application's hooks, is written to the log file with its
traceback, and the person is told where the details are — while pytest-qt's own capture
still sees the exception (the hooks chain to it)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qCritical
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.error_hook import BugDialog, ErrorHooks, bug_text
from baitp_desktop.i18n import language_scope
from baitp_desktop.logs import log_file, setup_logging

pytestmark = pytest.mark.gui


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The application's real log file, in a private folder."""
    monkeypatch.setenv("BAITP_LOG_DIR", str(tmp_path / "logs"))
    handler = setup_logging()
    try:
        yield log_file()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


@pytest.fixture
def told() -> list[tuple[str, Path]]:
    return []


@pytest.fixture
def hooks(log_path: Path, told: list[tuple[str, Path]]) -> Iterator[ErrorHooks]:
    installed = ErrorHooks(log_path, show=lambda text, path: told.append((text, path)))
    yield installed
    installed.uninstall()


def failing_save_slot() -> None:
    raise ValueError("the save slot failed")


def test_an_exception_in_a_slot_is_logged_and_told(
    qtbot: QtBot, hooks: ErrorHooks, log_path: Path, told: list[tuple[str, Path]]
) -> None:
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.clicked.connect(failing_save_slot)
    with qtbot.captureExceptions() as caught:
        hooks.install()  # inside pytest-qt's capture: the hooks must chain to it
        button.click()
        qtbot.waitUntil(lambda: bool(told))
        hooks.uninstall()
    assert [type(value) for _kind, value, _tb in caught] == [ValueError]  # pytest-qt saw it
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "failing_save_slot" in logged and "ValueError: the save slot failed" in logged
    [(text, path)] = told
    assert path == log_path and str(log_path) in text
    assert text == bug_text(log_path)
    assert "Traceback" not in text and "ValueError" not in text  # never as the main text


def test_a_worker_threads_exception_is_told_on_the_gui_thread(
    qtbot: QtBot,
    hooks: ErrorHooks,
    log_path: Path,
    told: list[tuple[str, Path]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(threading, "excepthook", lambda _args: None)  # pytest's own warning
    hooks.install()
    shown_on: list[bool] = []
    hooks.show = lambda text, path: (
        shown_on.append(threading.current_thread() is threading.main_thread()),
        told.append((text, path)),
    )

    def work() -> None:
        raise RuntimeError("the worker broke")

    worker = threading.Thread(target=work, name="pdf-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(told))
    assert shown_on == [True]
    logged = log_path.read_text(encoding="utf-8")
    assert "thread pdf-worker" in logged and "RuntimeError: the worker broke" in logged


@pytest.mark.qt_log_ignore("the paint engine is gone")
def test_a_qt_critical_message_is_logged_and_told(
    qtbot: QtBot, qtlog: object, hooks: ErrorHooks, log_path: Path, told: list[tuple[str, Path]]
) -> None:
    hooks.install()
    qCritical("the paint engine is gone")
    qtbot.waitUntil(lambda: bool(told))
    assert "Qt: the paint engine is gone" in log_path.read_text(encoding="utf-8")
    hooks.uninstall()
    assert any("paint engine" in r.message for r in qtlog.records)  # type: ignore[attr-defined]


def test_one_dialog_at_a_time(qtbot: QtBot, hooks: ErrorHooks, log_path: Path) -> None:
    """A bug that repeats (a paint event failing on every repaint) opens one dialog."""
    opened: list[int] = []

    def show(_text: str, _path: Path) -> None:
        opened.append(1)
        for _ in range(3):  # while this one is open, more bugs arrive
            hooks.excepthook(ValueError, ValueError("again"), None)
        QApplication.processEvents()

    hooks.show = show
    with qtbot.captureExceptions():
        hooks.install()
        hooks.excepthook(ValueError, ValueError("first"), None)
        qtbot.waitUntil(lambda: bool(opened))
        QApplication.processEvents()
        hooks.uninstall()
    assert opened == [1] and hooks.reported == 4
    assert log_path.read_text(encoding="utf-8").count("ValueError: again") == 3


def test_the_dialog_offers_the_log_path_to_copy(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "logs" / "baitp.log"
    for language in ("en", "zh_CN"):
        with language_scope(language):
            dialog = BugDialog(bug_text(path), path)
        qtbot.addWidget(dialog)
        dialog.show()
        assert str(path) in dialog.message.text()
        assert dialog.path.text() == str(path) and dialog.path.isReadOnly()
        dialog.copy_path()
        assert QApplication.clipboard().text() == str(path)
        if language == "zh_CN":
            assert "程序" in dialog.message.text()
        dialog.close()
