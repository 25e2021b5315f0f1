"""Where the shipped resources live, whether run from a checkout or a frozen bundle.

The resources sit beside the package in a checkout (`resources/`), and inside the
bundle directory of a PyInstaller build; `BAITP_RESOURCES` overrides both so that a
site can point the application at a locally amended protocol configuration.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding protocol.toml, translations, fonts, icons and term lists."""
    override = os.environ.get("BAITP_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder (not checked for existence)."""
    return resources_dir().joinpath(*parts)
