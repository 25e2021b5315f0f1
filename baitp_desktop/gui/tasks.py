"""Work off the GUI thread, results back on it (the pattern of Anki's taskman/QueryOp).

`TaskRunner.run(work, on_done)` runs `work()` on a single worker thread and calls
`on_done(result)` on the GUI thread through a queued signal. One worker serialises the
background reads, so a full-study validation and a later one-participant validation are
delivered in the order they were asked for. Cyclic garbage collection pauses while a
task runs (see `_no_cyclic_gc`), so the worker cannot freeze the GUI thread with it.
`work` must open its own database session (the service's read methods do): a SQLAlchemy
session is never shared across threads.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Lives on the GUI thread; a signal emitted from the worker is queued to it."""

    delivered = Signal(object, object)  # callback, argument


class TaskRunner(QObject):
    """A single background worker; callbacks run on the thread that created the runner."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the thread: start-up cost paid once
        self._bridge = _Bridge(self)
        self._bridge.delivered.connect(self._deliver)
        self._pending = 0
        self._latest = 0

    @property
    def pending(self) -> int:
        """Tasks started whose callback has not run yet."""
        return self._pending

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._pending += 1

        def job() -> None:
            try:
                with _no_cyclic_gc():
                    result = work()
            except Exception as exc:  # reported on the GUI thread, never lost
                log.exception("background task failed")
                self._bridge.delivered.emit(on_error or _log_only, exc)
                return
            self._bridge.delivered.emit(on_done, result)

        self._pool.start(job)

    def run_latest(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """`run`, but `on_done` is skipped when another `run_latest` was asked meanwhile:
        a refresh asked twice shows only the newer result, never an older one after it."""
        self._latest += 1
        token = self._latest

        def done(result: Any) -> None:
            if token == self._latest:
                on_done(result)

        self.run(work, done, on_error)

    def _deliver(self, callback: Callable[[Any], None], argument: Any) -> None:
        self._pending -= 1
        callback(argument)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Drop queued tasks and wait for the running one (window closing)."""
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """No cyclic garbage collection while a task runs.

    A full collection triggered by the worker's allocations runs with the interpreter
    lock held and stops the GUI thread for ~200 ms on a 1,000-person study (measured in
    benchmarks/gui_benchmark.py). The task's objects are freed by reference counting;
    collections resume when it ends. Only the one worker thread toggles this.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _log_only(_error: BaseException) -> None:
    """Default error callback: the failure is already in the log file."""
