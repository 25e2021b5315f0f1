"""The protocol core loads without Qt, without a database layer and without the layers built
on it (a fresh interpreter importing every core module)."""

from __future__ import annotations

import json
import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "reportlab")
# The application's own layers above the core: the core never reaches up into them.
OUTER_LAYERS = tuple(
    f"baitp_desktop.{layer}" for layer in ("storage", "service", "gui", "cli", "reports", "exports")
)

PROBE = """
import importlib, json, pkgutil, sys
import baitp_desktop.core
for info in pkgutil.walk_packages(baitp_desktop.core.__path__, "baitp_desktop.core."):
    importlib.import_module(info.name)
print(json.dumps(sorted(sys.modules)))
"""


def _modules_loaded_by_the_core() -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    modules: list[str] = json.loads(result.stdout)
    for name in ("validator", "crf_forms", "pointers", "field_labels", "rules.registry"):
        assert f"baitp_desktop.core.{name}" in modules  # the probe did load the core
    return modules


def test_core_imports_no_qt_no_database_and_no_outer_layer() -> None:
    modules = _modules_loaded_by_the_core()
    loaded = sorted(m for m in modules if m.split(".")[0] in FORBIDDEN)
    assert loaded == []
    reached = sorted(m for m in modules if m.startswith(OUTER_LAYERS))
    assert reached == []
