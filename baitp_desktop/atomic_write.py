"""Files written whole or not at all: exports, PDFs, outcome tables.

Why: a crash, a full disk or a removed USB stick in the middle of a write must not leave
half an export or half a PDF where a person expects the whole one. The data go to a
partial file beside the target, are flushed to disk, and only then renamed over it; the
partial file never outlives the call. It is opened like any new file (permissions from
the umask, unlike mkstemp's owner-only 0600), so a PDF written to a shared site-file
folder can be read there.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import tr


class FileWriteError(UserFacingError):
    """A file cannot be written where it was asked to go."""


def write_atomically(target: Path, data: str | bytes) -> None:
    """`data` as the whole of `target` (text as UTF-8 with the platform's line endings)."""
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    binary = isinstance(data, bytes)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "xb" if binary else "x", encoding=None if binary else "utf-8") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except OSError as exc:
        raise FileWriteError(
            tr("Report", "Cannot write {target}: {detail}").format(
                target=target, detail=exc.strerror or exc
            )
        ) from exc
    finally:
        with contextlib.suppress(OSError):  # gone already, or its folder never existed
            partial.unlink(missing_ok=True)
