"""`baitp report`: printable CRFs as PDF (INTERCHANGE.md).

    baitp report PARTICIPANT [--visit ID] [--lang en|zh_CN] [--paper a4|letter] [--audit] -o OUT.pdf
    baitp report --blank [--lang en|zh_CN] [--paper a4|letter] -o OUT.pdf

With --visit: one visit's summary (visit ids as in protocol.toml, plus `screening`);
without: the whole casebook, with the audit history appendix when --audit is given;
--blank: empty CRF pages for paper back-up during an outage. The PDF is written beside
OUT.pdf and renamed over it, so a failed run never leaves half a file.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from baitp_desktop.cli.context import CommandContext
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import SUPPORTED_LANGUAGES, current_language, tr
from baitp_desktop.reports.paper import PAPER_SIZES


class ReportUsageError(UserFacingError):
    """Options that do not go together (exit 2, like any invalid input)."""

    exit_code = 2


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser(
        "report",
        parents=[common],
        help="PDF visit summary, casebook or blank paper CRF",
        description="Printable CRFs: a visit summary (--visit), the whole casebook, or blank "
        "pages for paper back-up (--blank).",
    )
    report.add_argument("participant", nargs="?", metavar="PARTICIPANT", help="e.g. BAITP-001")
    report.add_argument("--visit", metavar="ID", help="screening, baseline, d7, d14, d28, w8 … w24")
    report.add_argument(
        "--lang",
        choices=SUPPORTED_LANGUAGES,
        default=None,
        help="language of the PDF (default: the language of the command, see baitp --lang)",
    )
    report.add_argument("--paper", choices=sorted(PAPER_SIZES), default="a4", type=str.lower)
    report.add_argument("--audit", action="store_true", help="add the audit history appendix")
    report.add_argument("--blank", action="store_true", help="blank CRF pages for paper back-up")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    report.set_defaults(handler=run_report)


def _check_options(args: argparse.Namespace) -> None:
    if args.blank:
        if args.participant or args.visit or args.audit:
            raise ReportUsageError(
                tr("CLI", "--blank prints empty forms: give no participant, --visit or --audit.")
            )
        return
    if not args.participant:
        raise ReportUsageError(
            tr("CLI", "Name the participant (e.g. BAITP-001), or use --blank for empty forms.")
        )
    if args.visit and args.audit:
        raise ReportUsageError(
            tr("CLI", "--audit adds the audit history to the casebook; leave out --visit.")
        )


def run_report(ctx: CommandContext) -> int:
    from baitp_desktop.reports.blank_crf import write_blank_crf  # reportlab only when needed
    from baitp_desktop.reports.casebook import write_casebook
    from baitp_desktop.reports.gather import gather_report_data
    from baitp_desktop.reports.model import check_visit_id
    from baitp_desktop.reports.visit_summary import write_visit_summary

    args = ctx.args
    _check_options(args)
    target: Path = args.output
    args.lang = args.lang or current_language()  # `baitp --lang zh_CN report …` as well
    if args.blank:
        pages = write_blank_crf(ctx.config, target, paper=args.paper, language=args.lang)
    else:
        if args.visit:
            check_visit_id(ctx.config, args.visit)  # before the database is read
        data = gather_report_data(ctx.database, args.participant, ctx.config, with_audit=args.audit)
        if args.visit:
            pages = write_visit_summary(
                data, args.visit, target, paper=args.paper, language=args.lang
            )
        else:
            pages = write_casebook(data, target, paper=args.paper, language=args.lang)
    print(tr("CLI", "Wrote {target} (pages: {n})").format(target=target, n=pages), file=ctx.out)
    return 0
