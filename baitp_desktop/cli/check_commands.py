"""`baitp check [--full]`: is the database file sound, current and untampered?

Opening the database already runs the quick check (and refuses a damaged file); this
command reports every check by name, so a site can run it on demand (or from a
scheduled task) and see what passed. Exit 0 when all passed, 1 when one failed, 3 when
the database cannot be opened at all.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from baitp_desktop.cli.context import CommandContext
from baitp_desktop.i18n import tr
from baitp_desktop.storage import open_database
from baitp_desktop.storage.database import Database, resolve_location
from baitp_desktop.storage.failures import DatabaseCorrupt, latest_backup
from baitp_desktop.storage.integrity import CheckResult, run_checks


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "check", parents=[common], help="check the database file (integrity, schema, audit)"
    )
    check.add_argument(
        "--full",
        action="store_true",
        help="also the slower full integrity check, record links and the audit trail",
    )
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(handler=run_check)


def run_check(ctx: CommandContext) -> int:
    # Opened without the startup check: a damaged file is reported here, not refused.
    url = resolve_location(getattr(ctx.args, "db", None))
    try:
        database = open_database(url, check=False)
    except DatabaseCorrupt as damaged:
        unopened = Database(url)  # only to name it; never connects
        name, path = unopened.display_name, unopened.path
        unopened.dispose()
        results = [CheckResult(tr("Check", "file integrity"), False, str(damaged))]
        backup = latest_backup(path)
        return _report(ctx, name, results, str(backup) if backup else None)
    try:
        results = run_checks(database, full=ctx.args.full)
        backup = latest_backup(database.path)
        return _report(ctx, database.display_name, results, str(backup) if backup else None)
    finally:
        database.dispose()


def _report(ctx: CommandContext, name: str, results: list[CheckResult], backup: str | None) -> int:
    failed = [r for r in results if not r.ok]
    if ctx.args.json:
        document = {
            "database": name,
            "ok": not failed,
            "latest_backup": backup,
            "checks": [{"name": r.name, "ok": r.ok, "detail": r.detail} for r in results],
        }
        json.dump(document, ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
    else:
        print(name, file=ctx.out)
        for r in results:
            mark = tr("Check", "ok") if r.ok else tr("Check", "FAILED")
            print(f"  {mark:<6}  {r.name}: {r.detail}", file=ctx.out)
        if backup:
            print(tr("Check", "  latest backup: {backup}").format(backup=backup), file=ctx.out)
    return 1 if failed else 0
