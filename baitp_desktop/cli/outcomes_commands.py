"""`baitp outcomes`: the registry's outcome measures over all dosed participants."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path
from typing import Any

from baitp_desktop.cli.args import iso_date
from baitp_desktop.cli.context import CommandContext
from baitp_desktop.cli.data_commands import write_text_atomically
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.outcomes import StudyOutcomes, compute_outcomes
from baitp_desktop.i18n import tr


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "outcomes", parents=[common], help="study outcome measures (responses with 95% CI, …)"
    )
    parser.add_argument("--as-of", type=iso_date, default=None, metavar="DATE")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--detail", action="store_true", help="list the participants behind every number"
    )
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.pdf|OUT.csv")
    parser.set_defaults(handler=run_outcomes)


def outcomes_csv(outcomes: StudyOutcomes, detail: bool) -> str:
    """One row per number: measure, n, N, percent, CI (and the participants when asked)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["section", "measure", "n", "N", "percent", "ci95_low", "ci95_high", "participants"]
    )
    data = outcomes.to_json(detail=True)
    for stage, value in data["flow"].items():
        writer.writerow(
            [
                "flow",
                stage,
                value["n"],
                "",
                "",
                "",
                "",
                " ".join(value["participants"]) if detail else "",
            ]
        )
    for key, value in data["responses"].items():
        writer.writerow(
            [
                "response",
                key,
                value["n"],
                value["N"],
                value["percent"],
                value["ci95"][0],
                value["ci95"][1],
                " ".join(value["participants"]) if detail else "",
            ]
        )
    for ae in data["adverse_events"]:
        writer.writerow(
            [
                "adverse_event",
                ae["term"],
                ae["n"],
                len(outcomes.flow["dosed"]),
                ae["percent"],
                "",
                "",
                " ".join(ae["participants"]) if detail else "",
            ]
        )
    return buffer.getvalue()


def _print_text(ctx: CommandContext, outcomes: StudyOutcomes) -> None:
    data = outcomes.to_json()
    flow = " → ".join(f"{stage} {value['n']}" for stage, value in data["flow"].items())
    print(tr("CLI", "Outcomes as of {date}").format(date=data["as_of"]), file=ctx.out)
    print(flow, file=ctx.out)
    for value in data["responses"].values():
        percent = "-" if value["percent"] is None else f"{value['percent']:.1f}%"
        print(
            f"  {value['label']:<42} {value['n']:>3}/{value['N']:<3} {percent:>7} "
            f"(95% CI {value['ci95'][0]:.1f}–{value['ci95'][1]:.1f})",
            file=ctx.out,
        )
    for key in ("time_to_response_days", "duration_of_response_days"):
        value = data[key]
        print(
            f"  {value['label']:<42} n={value['n']} median={value['median']} "
            f"range={value['min']}–{value['max']}",
            file=ctx.out,
        )
    bleeding = data["bleeding_events"]
    print(
        tr("CLI", "  Bleeding events (WHO ≥ 2): {total} in {n} participants").format(
            total=bleeding["total"], n=bleeding["participants_with_events"]
        ),
        file=ctx.out,
    )


def run_outcomes(ctx: CommandContext) -> int:
    as_of = ctx.args.as_of or ctx.today()
    outcomes = compute_outcomes(ctx.service.participants(), as_of, ctx.config)
    output: Path | None = ctx.args.output
    if output is not None:
        suffix = output.suffix.lower()
        if suffix == ".csv":
            write_text_atomically(output, outcomes_csv(outcomes, ctx.args.detail))
        elif suffix == ".pdf":
            try:
                from baitp_desktop.reports.outcomes_report import write_outcomes_pdf
            except ModuleNotFoundError as exc:
                raise UserFacingError(
                    tr("CLI", "PDF output of outcomes is not available.")
                ) from exc
            write_outcomes_pdf(outcomes, output, ctx.config)
        else:
            raise UserFacingError(tr("CLI", "-o must end in .pdf or .csv"))
        print(tr("CLI", "Outcomes written to {path}").format(path=output), file=ctx.out)
        return 0
    if ctx.args.json:
        json.dump(outcomes.to_json(detail=ctx.args.detail), ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
    else:
        _print_text(ctx, outcomes)
    return 0
