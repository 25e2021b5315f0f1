"""The background validator: findings and status per participant, computed off the GUI thread.

After every save and on every participant switch the main window asks for one
participant; at start-up it asks for the whole study (navigator counts, the "all
participants" findings view). Each request reads the participant afresh through the
service (its own session, on the worker thread), runs `core.validator` and
`core.status`, and is delivered through a signal on the GUI thread. A result that has
been overtaken by a newer request for the same participant (or a newer study run) is
dropped, so a slow run can never overwrite newer findings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.records import Participant
from baitp_desktop.core.status import ParticipantStatus, participant_status
from baitp_desktop.core.validator import validate_participant
from baitp_desktop.gui.tasks import TaskRunner, runner_for
from baitp_desktop.service import StudyService


@dataclass(frozen=True, slots=True)
class ParticipantResult:
    """What the navigator and the findings panel show for one participant."""

    participant_id: str
    initials: str
    status: ParticipantStatus
    version: int
    day1: date | None
    findings: tuple[Finding, ...]
    ulns: dict[str, float | None]


def summarise(
    participant: Participant, version: int, today: date, config: ProtocolConfig
) -> ParticipantResult:
    """Validate one participant and derive its status (pure: runs on the worker thread)."""
    labs = participant.screening.labs
    return ParticipantResult(
        participant_id=participant.participant_id,
        initials=participant.initials,
        status=participant_status(Course(participant, config), today),
        version=version,
        day1=participant.first_dose_date,
        findings=tuple(validate_participant(participant, today, config)),
        ulns={
            "alt_uln": labs.alt_uln,
            "ast_uln": labs.ast_uln,
            "bilirubin_uln": labs.bilirubin_uln,
        },
    )


def validate_one(service: StudyService, participant_id: str, today: date) -> ParticipantResult:
    participant, version, _ = service.snapshot(participant_id, lambda _session: None)
    return summarise(participant, version, today, service.config)


BATCH = 50  # participants read per session: keeps the worker's live objects few


def validate_all(service: StudyService, today: date) -> list[ParticipantResult]:
    """Every participant, read in batches so that no big object graph is ever alive.

    Why batches: a single read of 1,000 casebooks makes a graph of ~10⁶ objects, and
    freeing it (or a cyclic garbage collection over it) holds the interpreter lock for
    a few hundred milliseconds, which the GUI thread would feel as a frozen screen.
    """
    versions = service.versions()
    ids = sorted(versions)
    results: list[ParticipantResult] = []
    for start in range(0, len(ids), BATCH):
        batch = service.participants(ids[start : start + BATCH])
        results.extend(
            summarise(p, versions.get(p.participant_id, 0), today, service.config) for p in batch
        )
        del batch
    return results


class ValidationWorker(QObject):
    """Asks the background worker for findings; emits only results that are still current."""

    participant_validated = Signal(object)  # ParticipantResult
    study_validated = Signal(object)  # list[ParticipantResult]
    failed = Signal(str)

    def __init__(
        self,
        service: StudyService,
        today: Callable[[], date],
        parent: QObject | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.today = today
        self.runner = runner_for(self, tasks)
        self._latest: dict[str, int] = {}
        self._latest_study = 0
        self._counter = 0
        self._waiting = 0

    @property
    def busy(self) -> bool:
        """A validation asked for has not come back yet (the shared worker may also be
        busy for other screens; that does not count)."""
        return self._waiting > 0

    def validate_participant(self, participant_id: str) -> None:
        token = self._next()
        self._latest[participant_id] = token
        service, today = self.service, self.today()
        self._ask(
            lambda: validate_one(service, participant_id, today),
            lambda result: self._participant_done(participant_id, token, result),
        )

    def validate_study(self) -> None:
        token = self._next()
        self._latest_study = token
        service, today = self.service, self.today()
        self._ask(
            lambda: validate_all(service, today),
            lambda results: self._study_done(token, results),
        )

    def _ask(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._waiting += 1

        def finished(result: Any) -> None:
            self._waiting -= 1
            done(result)

        def failed(error: BaseException) -> None:
            self._waiting -= 1
            self._failed(error)

        self.runner.run(work, finished, failed, owner=self)

    def shutdown(self) -> None:
        self.runner.release(self)

    def _next(self) -> int:
        self._counter += 1
        return self._counter

    def _participant_done(self, participant_id: str, token: int, result: ParticipantResult) -> None:
        if self._latest.get(participant_id) != token:
            return  # a newer request for this participant is on its way
        self.participant_validated.emit(result)

    def _study_done(self, token: int, results: list[ParticipantResult]) -> None:
        if token != self._latest_study:
            return
        # One worker runs tasks in order, so a one-participant run asked for after this
        # study run is delivered after it and overwrites it: newest wins either way.
        self.study_validated.emit(results)

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(str(error))
