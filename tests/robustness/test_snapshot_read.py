"""The screen's snapshot of a participant is read at one moment: no lost update.

A colleague saves at the worst moment, after the participant's data were read and
before its version is: the snapshot must still pair the data with their own version,
so that saving the screen is refused as a conflict instead of silently overwriting the
colleague's change.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from baitp_desktop.gui.contract import GuiContext
from baitp_desktop.service import Actor, ConflictError, StudyService, Upsert
from baitp_desktop.storage import Database, open_database, repository
from tests.service.conftest import sample_participant

NURSE = Actor("nurse.li", "Li Na", "nurse")
COLLEAGUE = Actor("nurse.wang", "Wang Fang", "nurse")
DAY_20 = date(2022, 8, 1)


@pytest.fixture
def two_windows(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """The same file opened twice, as by two windows."""
    path = tmp_path / "study.sqlite"
    mine = open_database(path, daily_backup=False)
    StudyService(mine, NURSE).import_participants([sample_participant()])
    theirs = open_database(path, daily_backup=False)
    yield mine, theirs
    theirs.dispose()
    mine.dispose()


def test_a_save_between_reading_the_data_and_the_version_is_not_overwritten(
    two_windows: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    mine, theirs = two_windows
    read = repository.load_participant
    interleaved: list[int] = []

    def load_then_a_colleague_saves(session: Any, participant_id: str) -> Any:
        found = read(session, participant_id)
        if not interleaved:  # the colleague's save commits right after the data were read
            interleaved.append(
                StudyService(theirs, COLLEAGUE).apply(
                    participant_id, [Upsert("count", {"date": DAY_20, "value": 120})]
                )
            )
        return found

    monkeypatch.setattr(repository, "load_participant", load_then_a_colleague_saves)
    context = GuiContext(StudyService(mine, NURSE), lambda *_: None, lambda *_: None)
    snapshot = context.snapshot("BAITP-001")
    monkeypatch.setattr(repository, "load_participant", read)

    assert interleaved == [2]  # the colleague's save went in: version 1 -> 2
    assert DAY_20 not in [c.date for c in snapshot.participant.platelet_counts]
    assert snapshot.version == 1  # the version of the data shown, not the colleague's
    with pytest.raises(ConflictError):
        StudyService(mine, NURSE).apply(
            "BAITP-001",
            [Upsert("count", {"date": DAY_20, "value": 12})],
            expected_version=snapshot.version,
        )
    counts = StudyService(mine, NURSE).participant("BAITP-001").platelet_counts
    assert [c.value for c in counts if c.date == DAY_20] == [120]  # the colleague's count
