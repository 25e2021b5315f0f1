"""Cyclic garbage collection on the GUI thread only.

Python's automatic collector runs in whichever thread happens to allocate when a
generation's threshold is crossed. When that is a background thread (the task worker,
the database's opening checks) and the garbage holds a Qt widget, the widget's C++ object
is destroyed on the wrong thread: its timers cannot be stopped there, one later fires on
freed memory and the process dies with a segmentation fault. So automatic collection is
switched off, and the GUI thread collects on a timer, with the collector's own thresholds
(the approach qutebrowser takes for the same reason). Reference counting, which frees
almost everything, is unaffected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

COLLECT_INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Runs `gc.collect` for each generation whose threshold is crossed, on its own thread
    (create it on the GUI thread, owned by the application)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(COLLECT_INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        thresholds = gc.get_threshold()
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)  # an older generation includes the younger ones
                return


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once per application (idempotent)."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
