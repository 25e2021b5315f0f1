"""`baitp outcomes`: the registry's outcome measures over all dosed participants."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from baitp_desktop.atomic_write import write_atomically
from baitp_desktop.cli.args import iso_date
from baitp_desktop.cli.context import CommandContext
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.outcomes import StudyOutcomes, compute_outcomes
from baitp_desktop.core.outcomes_text import flow_line, not_eligible_note, traced_numbers
from baitp_desktop.exports.outcomes_csv import outcomes_csv
from baitp_desktop.i18n import SUPPORTED_LANGUAGES, tr


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "outcomes", parents=[common], help="study outcome measures (responses with 95%% CI, …)"
    )
    parser.add_argument("--as-of", type=iso_date, default=None, metavar="DATE")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--detail", action="store_true", help="list the participants behind every number"
    )
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.pdf|OUT.csv")
    parser.add_argument(
        "--lang", choices=SUPPORTED_LANGUAGES, default=None, help="language of the PDF"
    )
    parser.set_defaults(handler=run_outcomes)


def _print_text(ctx: CommandContext, outcomes: StudyOutcomes, detail: bool) -> None:
    """The outcomes as a person reads them; `detail` lists the participants under each number."""
    out = ctx.out
    print(
        tr("CLI", "Study outcomes as of {date}").format(date=outcomes.as_of.isoformat()), file=out
    )
    print(flow_line(outcomes), file=out)
    note = not_eligible_note(outcomes)
    if note:
        print(note, file=out)
    section = ""
    flow = tr("Outcomes", "Participant flow")
    for number in traced_numbers(outcomes):
        if number.section == flow and not detail:
            continue  # already on the flow line
        if number.section != section:
            section = number.section
            print(f"\n{section}", file=out)
        print(f"  {number.label}: {number.value}", file=out)
        if number.always_listed and not detail:
            for pid, note in zip(number.participants, number.notes, strict=True):
                print(f"      {pid}: {note}", file=out)
        elif detail:
            print(f"      {number.listing()}", file=out)
    if not detail:
        print(tr("CLI", "\n--detail lists the participants behind every number."), file=out)


def run_outcomes(ctx: CommandContext) -> int:
    as_of = ctx.args.as_of or ctx.today()
    outcomes = compute_outcomes(ctx.service.participants(), as_of, ctx.config)
    output: Path | None = ctx.args.output
    if output is not None:
        suffix = output.suffix.lower()
        if suffix == ".csv":
            write_atomically(output, outcomes_csv(outcomes, ctx.args.detail))
        elif suffix == ".pdf":
            try:
                from baitp_desktop.reports.gather import trail_stamp
                from baitp_desktop.reports.outcomes_report import write_outcomes_pdf
            except ModuleNotFoundError as exc:
                raise UserFacingError(
                    tr("CLI", "PDF output of outcomes is not available.")
                ) from exc
            write_outcomes_pdf(
                outcomes,
                output,
                ctx.config,
                language=ctx.args.lang,
                detail=ctx.args.detail,
                trail=trail_stamp(ctx.database),
            )
        else:
            raise UserFacingError(tr("CLI", "-o must end in .pdf or .csv"))
        print(tr("CLI", "Outcomes written to {path}").format(path=output), file=ctx.out)
        return 0
    if ctx.args.json:
        json.dump(outcomes.to_json(detail=ctx.args.detail), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
    else:
        _print_text(ctx, outcomes, ctx.args.detail)
    return 0
