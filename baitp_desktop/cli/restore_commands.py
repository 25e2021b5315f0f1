"""`baitp restore FILE`: put a checked backup in place of the database, keeping the old one.

Restoring needs an administrator (`--user`, password typed again); `--check` only checks
and needs nobody. The current database is not opened the normal way first: the reason
to restore is often that it is damaged, and opening would refuse it; the administrator
signs in on it when it can be used, else on the backup (service/restore.py). See
storage/restore.py for the order of the checks and the lock.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from baitp_desktop.cli.accounts import read_password
from baitp_desktop.cli.context import CommandContext
from baitp_desktop.i18n import tr
from baitp_desktop.service.restore import restore_backup


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="restore the database from a backup file (administrators; checked first, "
        "the old one is kept)",
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument(
        "--check", action="store_true", help="only check the backup file; change nothing"
    )
    restore.set_defaults(handler=run_restore, signs_in_itself=True)


def run_restore(ctx: CommandContext) -> int:
    username = getattr(ctx.args, "user", None)
    password = None
    if username and not ctx.args.check:
        password = read_password(tr("CLI", "Password for {user}: ").format(user=username), ctx.err)
    report = restore_backup(
        ctx.args.file,
        getattr(ctx.args, "db", None),
        username,
        password,
        check_only=ctx.args.check,
        config=ctx.config,
    )
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
    if report.identity is None:
        print(
            "  " + tr("CLI", "the backup does not record its study (an older release wrote it)"),
            file=ctx.out,
        )
    if report.target is None:
        print(tr("CLI", "The backup is usable; nothing was changed."), file=ctx.out)
        return 0
    if report.kept_copy is not None:
        print(
            tr("CLI", "The database it replaces was kept as {copy}").format(copy=report.kept_copy),
            file=ctx.out,
        )
    print(
        tr("CLI", "Restored {file} into {target} (by {user}; the trail records it)").format(
            file=report.source, target=report.target, user=report.restored_by
        ),
        file=ctx.out,
    )
    if report.head is not None:
        print(report.head.line(), file=ctx.out)
    return 0
