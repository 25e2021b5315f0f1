"""Exports, PDFs and outcome tables are written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from baitp_desktop.atomic_write import FileWriteError, write_atomically


def test_text_and_bytes_replace_the_target_whole(tmp_path: Path) -> None:
    target = tmp_path / "out" / "export.json"
    write_atomically(target, "血小板计数\n")
    assert target.read_text(encoding="utf-8") == "血小板计数\n"
    write_atomically(target, b"%PDF-1.4")
    assert target.read_bytes() == b"%PDF-1.4"
    assert [p.name for p in target.parent.iterdir()] == ["export.json"]


def test_a_failed_write_keeps_what_was_there_and_leaves_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.mkdir()  # the rename over it fails, after the partial file was written
    (target / "kept.txt").write_text("saved before", encoding="utf-8")
    with pytest.raises(FileWriteError, match="Cannot write"):
        write_atomically(target, "new content")
    assert (target / "kept.txt").read_text(encoding="utf-8") == "saved before"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]
