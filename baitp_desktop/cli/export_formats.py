"""`baitp export --format csv|odm`: gather the study from the services and hand it to the writers.

Kept apart from the writers (baitp_desktop/exports) so that those take plain values and
never open a database; data_commands.py registers these in its EXPORTERS table.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from baitp_desktop.cli.args import iso_date
from baitp_desktop.cli.context import CommandContext
from baitp_desktop.core.validator import validate_study
from baitp_desktop.exports.csv_export import write_csv_export
from baitp_desktop.exports.evidence import gather_evidence
from baitp_desktop.exports.odm_export import build_odm, write_odm
from baitp_desktop.exports.rows import build_rows
from baitp_desktop.service.signatures import signatures_for
from baitp_desktop.service.trail import exported_head
from baitp_desktop.service.users import UserService


def add_arguments(export: argparse.ArgumentParser) -> None:
    """The CSV options of `baitp export` (the other formats ignore them)."""
    export.add_argument(
        "--bom", action="store_true", help="csv: start each file with a UTF-8 byte-order mark"
    )
    export.add_argument(
        "--excel",
        action="store_true",
        help="csv: for Excel (byte-order mark, text that looks like a formula quoted)",
    )
    export.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        metavar="DATE",
        help="csv: date the DV findings are computed as of (default today)",
    )


def export_csv(ctx: CommandContext, target: Path) -> None:
    head = exported_head(ctx.database)
    participants = ctx.service.participants()
    as_of = getattr(ctx.args, "as_of", None) or ctx.today()
    rows = build_rows(participants, ctx.config, validate_study(participants, as_of, ctx.config))
    write_csv_export(
        rows,
        target,
        bom=bool(getattr(ctx.args, "bom", False)),
        excel=bool(getattr(ctx.args, "excel", False)),
        trail=(head.hash, head.entries),
    )


def export_odm(ctx: CommandContext, target: Path) -> None:
    head = exported_head(ctx.database)
    participants = ctx.service.participants()
    signatures = [s for p in participants for s in signatures_for(ctx.database, p.participant_id)]
    names = {u.username: u.printed_name for u in UserService(ctx.database).users()}
    tree = build_odm(
        build_rows(participants, ctx.config),
        ctx.config,
        audit=ctx.service.history(),
        signatures=signatures,
        display_names=names,
        evidence=gather_evidence(ctx.database),
        trail=(head.hash, head.entries),
    )
    write_odm(tree, target)
