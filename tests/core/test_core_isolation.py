"""The protocol core loads without Qt and without a database layer (a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic")

PROBE = """
import json, sys
import baitp_desktop.core
import baitp_desktop.core.bundle, baitp_desktop.core.entry_checks, baitp_desktop.core.endpoints
import baitp_desktop.core.validator, baitp_desktop.core.rules
print(json.dumps(sorted(sys.modules)))
"""


def test_core_imports_no_qt_and_no_sqlalchemy() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    modules = json.loads(result.stdout)
    assert "baitp_desktop.core.validator" in modules  # the probe did load the core
    loaded = sorted(m for m in modules if m.split(".")[0] in FORBIDDEN)
    assert loaded == []
