"""Work off the GUI thread, results back on it (the pattern of Anki's taskman/QueryOp).

`TaskRunner.run(work, on_done)` runs `work()` on a single worker thread and calls
`on_done(result)` on the GUI thread through a queued signal. One worker serialises the
background reads, so a full-study validation and a later one-participant validation are
delivered in the order they were asked for. The application has one runner, owned by the
GUI context (`GuiContext.tasks`) and handed to every screen that works in the background
(validation, dashboard, outcomes, the database check, PDFs): they queue behind each
other instead of competing for the database file.

A task started for a widget names it as `owner`: its callbacks are dropped once that
widget is gone (a closed outcomes window), and `run_latest` keeps one "newest refresh"
per owner. Cyclic garbage collection pauses while a task runs (see `_no_cyclic_gc`), so
the worker cannot freeze the GUI thread with it. `work` must open its own database
session (the service's read methods do): a SQLAlchemy session is never shared across
threads.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Lives on the GUI thread; a signal emitted from the worker is queued to it."""

    delivered = Signal(object, object)  # callback, argument: a task's end
    posted = Signal(object, object)  # callback, argument: news from a running task


class TaskRunner(QObject):
    """A single background worker; callbacks run on the thread that created the runner."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the thread: start-up cost paid once
        self._bridge = _Bridge(self)
        self._bridge.delivered.connect(self._deliver)
        self._bridge.posted.connect(self._posted)
        self._pending = 0
        self._latest: dict[int, int] = {}  # id of the owner -> its newest refresh

    @property
    def pending(self) -> int:
        """Tasks started whose callback has not run yet."""
        return self._pending

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run `work` on the worker; `on_done(result)` (or `on_error(exception)`) on the
        GUI thread, unless `owner` has been deleted by then."""
        self._pending += 1

        def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            if owner is None:
                return callback
            return lambda value: callback(value) if shiboken6.isValid(owner) else None

        done, failed = alive(on_done), alive(on_error or _log_only)

        def job() -> None:
            try:
                with _no_cyclic_gc():
                    result = work()
            except Exception as exc:  # reported on the GUI thread, never lost
                log.exception("background task failed")
                self._bridge.delivered.emit(failed, exc)
                return
            self._bridge.delivered.emit(done, result)

        self._pool.start(job)

    def run_latest(
        self,
        owner: QObject,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """`run`, but `on_done` is skipped when the same owner asked for another
        `run_latest` meanwhile: a refresh asked twice shows only the newer result, never an
        older one after it (other owners' refreshes do not count)."""
        key = id(owner)
        token = self._latest.get(key, 0) + 1
        self._latest[key] = token

        def done(result: Any) -> None:
            if self._latest.get(key) == token:
                on_done(result)

        self.run(work, done, on_error, owner=owner)

    def post(self, callback: Callable[[Any], None], argument: Any) -> None:
        """From a running task: call `callback(argument)` on the GUI thread (progress)."""
        self._bridge.posted.emit(callback, argument)

    def _posted(self, callback: Callable[[Any], None], argument: Any) -> None:
        callback(argument)

    def _deliver(self, callback: Callable[[Any], None], argument: Any) -> None:
        self._pending -= 1
        callback(argument)

    def release(self, owner: QObject) -> None:
        """`owner` is going away: shut this runner down if it is that owner's own (made by
        `runner_for` without a shared one); a shared runner keeps working for the others,
        and the owner's pending callbacks are dropped."""
        if self.parent() is owner:
            self.shutdown()

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Drop queued tasks and wait for the running one (window closing)."""
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)


def runner_for(owner: QObject, shared: TaskRunner | None) -> TaskRunner:
    """The shared runner (the window's, `GuiContext.tasks`), else one of the owner's own
    (a screen built alone, as in a test or a benchmark)."""
    return shared if shared is not None else TaskRunner(owner)


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
