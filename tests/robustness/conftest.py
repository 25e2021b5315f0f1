"""Fixtures of the robustness tests (helpers are in robustness_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def study_db(tmp_path: Path) -> Path:
    """An empty study database file in its own folder."""
    folder = tmp_path / "site"
    folder.mkdir()
    return folder / "study.sqlite"
