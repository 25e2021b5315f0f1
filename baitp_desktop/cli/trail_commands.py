"""`baitp trail acknowledge`: an administrator acknowledges a broken anchor (audited).

See service/trail.py. `verify --head` is registered with `verify` (part11_commands);
its argument type is here.
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from baitp_desktop.cli.context import CommandContext
from baitp_desktop.i18n import tr
from baitp_desktop.service.trail import TrailService

_HEAD = re.compile(r"[0-9a-fA-F]{64}")


def head_argument(value: str) -> str:
    """`--head HEX`: the 64 hex digits `verify` printed, in either case."""
    if _HEAD.fullmatch(value.strip()) is None:
        raise argparse.ArgumentTypeError(
            tr("CLI", "expected the 64 hexadecimal digits that verify printed after 'head'")
        )
    return value.strip().lower()


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    trail = commands.add_parser(
        "trail", parents=[common], help="audit-trail warnings (administrators)"
    )
    steps = trail.add_subparsers(dest="step", metavar="STEP", required=True)
    acknowledge = steps.add_parser(
        "acknowledge",
        parents=[common],
        help="acknowledge that the trail lost its anchored head, with a reason",
    )
    acknowledge.add_argument("--reason", required=True)
    acknowledge.set_defaults(handler=run_acknowledge)


def run_acknowledge(ctx: CommandContext) -> int:
    head = TrailService(ctx.database, ctx.require_user()).acknowledge(ctx.args.reason)
    print(
        tr("CLI", "Acknowledged; saving is allowed again. The trail's head is now:"),
        file=ctx.out,
    )
    print(head.line(), file=ctx.out)
    return 0
