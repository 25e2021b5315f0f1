"""The draft store: unsaved form entries survive a crash, per user, participant and tab."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from baitp_desktop.drafts import Draft, DraftError, DraftStore

DRAFT = Draft("nurse1", "BAITP-001", "diary", {"days": {"2022-07-13": "taken"}}, 4)


def test_save_load_discard(tmp_path: Path) -> None:
    store = DraftStore("/data/study.sqlite", root=tmp_path)
    saved = store.save(DRAFT)
    assert saved.saved_at.endswith("Z")
    loaded = store.load("nurse1", "BAITP-001", "diary")
    assert loaded == saved
    assert store.pending("nurse1") == [saved]
    assert store.pending("nurse2") == []
    assert store.load("nurse1", "BAITP-001", "counts") is None
    store.discard("nurse1", "BAITP-001", "diary")
    assert store.load("nurse1", "BAITP-001", "diary") is None
    store.discard("nurse1", "BAITP-001", "diary")  # twice is fine


def test_newer_draft_replaces_older_and_nothing_else_is_left(tmp_path: Path) -> None:
    store = DraftStore("/data/study.sqlite", root=tmp_path)
    store.save(DRAFT)
    newer = Draft("nurse1", "BAITP-001", "diary", {"days": {"2022-07-14": "missed"}}, 5)
    store.save(newer)
    (only,) = store.pending("nurse1")
    assert only.data == newer.data and only.based_on_version == 5
    assert [p.name for p in store.folder.iterdir() if not p.name.endswith(".draft.json")] == []


def test_drafts_of_another_database_are_not_offered(tmp_path: Path) -> None:
    DraftStore("/data/demo.sqlite", root=tmp_path).save(DRAFT)
    assert DraftStore("/data/study.sqlite", root=tmp_path).pending("nurse1") == []


def test_odd_names_and_unicode_round_trip(tmp_path: Path) -> None:
    store = DraftStore("postgresql://site/baitp", root=tmp_path)
    draft = Draft("../../etc/passwd", "BAITP-001/..", "ae", {"term": "鼻出血 \u202eRTL ' OR 1=1"})
    store.save(draft)
    (loaded,) = store.pending("../../etc/passwd")
    assert loaded.data == draft.data
    assert all(p.parent == store.folder for p in store.folder.iterdir())


def test_damaged_or_foreign_files_are_ignored(tmp_path: Path) -> None:
    store = DraftStore("/data/study.sqlite", root=tmp_path)
    store.save(DRAFT)
    store.folder.joinpath("broken.draft.json").write_text('{"format": "baitp-draft/1", "us')
    store.folder.joinpath("other.draft.json").write_text(json.dumps({"format": "x"}))
    store.folder.joinpath("bytes.draft.json").write_bytes(b"\xff\xfe\x00")
    assert [d.tab for d in store.pending("nurse1")] == ["diary"]


def test_values_that_are_not_json_are_the_tabs_bug(tmp_path: Path) -> None:
    store = DraftStore("/data/study.sqlite", root=tmp_path)
    with pytest.raises(ValueError):
        store.save(Draft("nurse1", "BAITP-001", "counts", {"value": float("nan")}))
    with pytest.raises(TypeError):
        store.save(Draft("nurse1", "BAITP-001", "counts", {"value": object()}))
    assert store.pending("nurse1") == []


def test_unwritable_folder_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    store = DraftStore("/data/study.sqlite", root=blocker)
    with pytest.raises(DraftError) as refused:
        store.save(DRAFT)
    assert str(store.folder) in str(refused.value) and "save the form now" in str(refused.value)


def test_prune_removes_only_old_drafts(tmp_path: Path) -> None:
    store = DraftStore("/data/study.sqlite", root=tmp_path)
    store.save(DRAFT)
    store.save(Draft("nurse1", "BAITP-002", "counts", {"value": "45"}))
    old = next(p for p in store.folder.iterdir() if store._read(p).participant_id == "BAITP-001")  # type: ignore[union-attr]
    os.utime(old, (0, 0))
    assert store.prune(timedelta(days=30)) == 1
    assert [d.participant_id for d in store.pending("nurse1")] == ["BAITP-002"]


_KILLED_WRITER = """
import sys
from pathlib import Path
from baitp_desktop.drafts import Draft, DraftStore
store = DraftStore("/data/study.sqlite", root=Path(sys.argv[1]))
i = 0
while True:
    store.save(Draft("nurse1", "BAITP-001", "diary", {"n": i, "pad": "x" * 20000}))
    print(i, flush=True)
    i += 1
"""


def test_a_killed_writer_leaves_the_last_whole_draft(tmp_path: Path) -> None:
    """SIGKILL while drafts are being written: the file is always a whole draft."""
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    reported = [int(process.stdout.readline()) for _ in range(30)]
    process.send_signal(signal.SIGKILL)
    reported += [int(line) for line in process.stdout.read().split()]
    process.wait()
    (draft,) = DraftStore("/data/study.sqlite", root=tmp_path).pending("nurse1")
    assert draft.data["n"] >= reported[-1] and len(draft.data["pad"]) == 20000
