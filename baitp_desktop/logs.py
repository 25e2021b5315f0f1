"""Logging to a file in the user's log folder, so that a bug report has details to attach."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_dir


def log_file() -> Path:
    override = os.environ.get("BAITP_LOG_DIR")
    folder = Path(override) if override else Path(user_log_dir("baitp-desktop", appauthor=False))
    return folder / "baitp.log"


def setup_logging(level: int = logging.INFO) -> logging.Handler:
    """Rotating file log; falls back to stderr-less silence if the folder is not writable.

    Called again (the GUI after the command line) it keeps the one handler it added.
    """
    path = log_file()
    root = logging.getLogger()
    for existing in root.handlers:
        if getattr(existing, "baseFilename", None) == os.path.abspath(path):
            return existing
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # A log write that fails later (the disk filled up) must not print a traceback on
    # the person's screen; the error they need is reported by the storage layer.
    logging.raiseExceptions = False
    return handler
