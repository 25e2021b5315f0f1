"""Data commands: export and backup."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from baitp_desktop.atomic_write import write_atomically
from baitp_desktop.cli import export_formats
from baitp_desktop.cli.context import CommandContext
from baitp_desktop.core.bundle import write_bundle
from baitp_desktop.exports.evidence import bundle_keys, gather_evidence
from baitp_desktop.i18n import tr
from baitp_desktop.service.trail import exported_head
from baitp_desktop.storage.backup import backup_to


def export_json(ctx: CommandContext, target: Path) -> None:
    """The bundle with the audit trail and the signatures (exports/evidence.py)."""
    exported_head(ctx.database)  # anchored as an export (the bundle's head: its audit part)
    document = write_bundle(ctx.service.participants())
    document.update(bundle_keys(gather_evidence(ctx.database)))
    write_atomically(target, json.dumps(document, ensure_ascii=False, indent=1) + "\n")


# Export formats by name; other formats register here.
EXPORTERS: dict[str, Callable[[CommandContext, Path], None]] = {
    "json": export_json,
    "csv": export_formats.export_csv,
    "odm": export_formats.export_odm,
}


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser("export", parents=[common], help="export the study data")
    export.add_argument("--format", required=True, choices=sorted(EXPORTERS))
    export.add_argument("-o", "--output", required=True, type=Path, metavar="PATH")
    export_formats.add_arguments(export)
    export.set_defaults(handler=run_export)

    backup = commands.add_parser("backup", parents=[common], help="consistent copy of the database")
    backup.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    backup.set_defaults(handler=run_backup)


def run_export(ctx: CommandContext) -> int:
    EXPORTERS[ctx.args.format](ctx, ctx.args.output)
    print(tr("CLI", "Exported to {target}").format(target=ctx.args.output), file=ctx.out)
    return 0


def run_backup(ctx: CommandContext) -> int:
    target = backup_to(ctx.database, ctx.args.output)
    print(tr("CLI", "Backup written to {target}").format(target=target), file=ctx.out)
    return 0
