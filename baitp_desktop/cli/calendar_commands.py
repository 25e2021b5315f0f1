"""`baitp calendar PARTICIPANT [--lang en|zh_CN] -o OUT.pdf`: the take-home visit calendar."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from baitp_desktop.cli.context import CommandContext
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import SUPPORTED_LANGUAGES, tr, tr_n


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "calendar",
        parents=[common],
        help="a participant's visit calendar (planned dates and windows) as a PDF",
    )
    parser.add_argument("participant", metavar="PARTICIPANT", help="participant id, BAITP-NNN")
    parser.add_argument(
        "--lang",
        choices=SUPPORTED_LANGUAGES,
        default=None,
        help="language of the calendar (default: the language of baitp's messages)",
    )
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    parser.set_defaults(handler=run_calendar)


def run_calendar(ctx: CommandContext) -> int:
    from baitp_desktop.reports.visit_calendar import write_visit_calendar  # reportlab on demand

    output: Path = ctx.args.output
    if output.suffix.lower() != ".pdf":
        raise UserFacingError(tr("CLI", "-o must name a .pdf file"))
    from baitp_desktop.reports.gather import trail_stamp

    participant = ctx.service.participant(ctx.args.participant)
    stamp = trail_stamp(ctx.database)
    pages = write_visit_calendar(
        participant, ctx.config, output, language=ctx.args.lang, trail=stamp
    )
    print(
        tr_n(
            "CLI",
            "Visit calendar of {pid} written to {path} ({pages} page)",
            "Visit calendar of {pid} written to {path} ({pages} pages)",
            pages,
        ).format(pid=participant.participant_id, path=output, pages=pages),
        file=ctx.out,
    )
    return 0
