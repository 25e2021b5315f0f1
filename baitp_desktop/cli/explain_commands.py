"""`baitp explain`: an investigator explains a finding, or withdraws the explanation.

`baitp --user NAME explain PARTICIPANT CODE DATE --record R --reason TEXT [--withdraw]`
(INTERCHANGE.md). The finding is named as `validate --json` prints it: its code, date and
record. The service checks the role (investigators) and every value, naming the field.
"""

from __future__ import annotations

import argparse
from typing import Any

from baitp_desktop.cli.args import iso_date
from baitp_desktop.cli.context import CommandContext
from baitp_desktop.i18n import tr


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    explain = commands.add_parser(
        "explain",
        parents=[common],
        help="explain a finding, or withdraw its explanation (investigators)",
    )
    explain.add_argument("participant", metavar="PARTICIPANT")
    explain.add_argument("code", metavar="CODE", help="the finding's code (validate --json)")
    explain.add_argument("date", type=iso_date, metavar="DATE", help="the finding's date")
    explain.add_argument("--record", required=True, metavar="R", help="the finding's record")
    explain.add_argument("--reason", required=True, metavar="TEXT")
    explain.add_argument("--withdraw", action="store_true", help="withdraw the current explanation")
    explain.set_defaults(handler=run_explain)


def run_explain(ctx: CommandContext) -> int:
    ctx.require_user()
    args = ctx.args
    target = (args.participant, args.code, args.date, args.record, args.reason)
    if args.withdraw:
        ctx.service.withdraw_explanation(*target)
        message = tr("CLI", "{pid}: the explanation of {code} {date} {record} is withdrawn.")
    else:
        ctx.service.explain_finding(*target)
        message = tr("CLI", "{pid}: {code} {date} {record} is explained.")
    print(
        message.format(
            pid=args.participant, code=args.code, date=args.date.isoformat(), record=args.record
        ),
        file=ctx.out,
    )
    return 0
