"""`baitp restore FILE`: put a checked backup in place of the database, keeping the old one.

The current database is not opened the normal way first: the reason to restore is often
that it is damaged, and opening would refuse it. See storage/restore.py for the order of
the checks.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from baitp_desktop.cli.context import CommandContext
from baitp_desktop.i18n import tr
from baitp_desktop.storage.restore import restore_database


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="restore the database from a backup file (checked first; the old one is kept)",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument(
        "--check", action="store_true", help="only check the backup file; change nothing"
    )
    restore.set_defaults(handler=run_restore)


def run_restore(ctx: CommandContext) -> int:
    report = restore_database(ctx.args.file, getattr(ctx.args, "db", None), ctx.args.check)
    print(tr("CLI", "Checked {file}:").format(file=report.source), file=ctx.out)
    if report.upgraded:
        print(
            "  "
            + tr("CLI", "written by an older release (schema {revision}); upgraded").format(
                revision=report.revision
            ),
            file=ctx.out,
        )
    for check in report.checks:
        print(f"  {check.name}: {check.detail}", file=ctx.out)
    if report.target is None:
        print(tr("CLI", "The backup is usable; nothing was changed."), file=ctx.out)
        return 0
    if report.kept_copy is not None:
        print(
            tr("CLI", "The database it replaces was kept as {copy}").format(copy=report.kept_copy),
            file=ctx.out,
        )
    print(
        tr("CLI", "Restored {file} into {target}").format(file=report.source, target=report.target),
        file=ctx.out,
    )
    return 0
