"""Qt objects in garbage cycles are freed on the GUI thread, never on a background one
(a widget destroyed on another thread left a timer that later fired on freed memory)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


class _Cycle:
    """An object that refers to itself, holding a Qt object: only the collector frees it."""

    def __init__(self, freed_in: list[str]) -> None:
        self.me = self
        self.qt = QObject()
        self.qt.destroyed.connect(lambda: freed_in.append(threading.current_thread().name))


def test_a_cycle_holding_a_qt_object_is_collected_on_the_gui_thread(
    qapp: QApplication, qtbot: QtBot
) -> None:
    assert not gc.isenabled()  # the application collects on its own thread only
    freed_in: list[str] = []
    _Cycle(freed_in)

    def allocate() -> None:  # enough cyclic garbage to cross every threshold many times
        for _ in range(200_000):
            cycle: list[object] = []
            cycle.append(cycle)

    worker = threading.Thread(target=allocate, name="background")
    worker.start()
    worker.join()
    assert freed_in == []  # nothing was collected on the background thread
    qtbot.waitUntil(lambda: bool(freed_in), timeout=10_000)
    assert freed_in == [threading.main_thread().name]
