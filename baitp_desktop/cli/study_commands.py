"""Study commands: gui, demo, import, validate, endpoints."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from baitp_desktop.cli.args import iso_date, participant_count
from baitp_desktop.cli.context import CommandContext
from baitp_desktop.core.bundle import DuplicateKey, load_bundle_json, read_bundle
from baitp_desktop.core.endpoints import compute_endpoints
from baitp_desktop.core.errors import InputProblem, InvalidInput, UserFacingError
from baitp_desktop.core.validator import validate_study
from baitp_desktop.i18n import tr, tr_n

# A whole-trial bundle is well under 1 MB; a 50 MB one (999 participants with three years
# of diary each) imports with a peak of ~0.5 GB (benchmarks/large_import.py). Memory grows
# ~10x the file size, so larger files are refused before they are read.
MAX_BUNDLE_BYTES = 64 * 1024 * 1024


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    gui = commands.add_parser("gui", parents=[common], help="open the desktop application")
    gui.add_argument(
        "--quit-after-ms", type=int, default=None, metavar="MS", help=argparse.SUPPRESS
    )  # start-up check on a headless machine
    gui.set_defaults(handler=run_gui)

    demo = commands.add_parser("demo", parents=[common], help="fill the database with a demo study")
    demo.add_argument("--participants", type=participant_count, default=35, metavar="N")
    demo.add_argument("--seed", type=int, default=2207, metavar="S")
    demo.set_defaults(handler=run_demo)

    imp = commands.add_parser(
        "import", parents=[common], help="import a JSON bundle (all or nothing)"
    )
    imp.add_argument("file", type=Path, metavar="FILE.json")
    imp.set_defaults(handler=run_import)

    validate = commands.add_parser("validate", parents=[common], help="run the protocol validator")
    validate.add_argument("--as-of", type=iso_date, default=None, metavar="DATE")
    validate.add_argument("--json", action="store_true", help="machine-readable output")
    validate.set_defaults(handler=run_validate)

    endpoints = commands.add_parser("endpoints", parents=[common], help="derived endpoints")
    endpoints.add_argument("--json", action="store_true", help="machine-readable output")
    endpoints.set_defaults(handler=run_endpoints)


def run_gui(ctx: CommandContext) -> int:
    from baitp_desktop.gui.app import run_application  # Qt is loaded only for the GUI

    return run_application(ctx.args)


def run_demo(ctx: CommandContext) -> int:
    from baitp_desktop.demo import generate_study
    from baitp_desktop.service.users import UserService

    existing = ctx.service.participant_ids()
    if existing:
        raise UserFacingError(
            tr_n(
                "CLI",
                "{db} already holds {n} participant; the demo study needs an empty "
                "database (choose one with --db).",
                "{db} already holds {n} participants; the demo study needs an empty "
                "database (choose one with --db).",
                len(existing),
            ).format(db=ctx.database.display_name, n=len(existing))
        )
    participants = generate_study(ctx.args.participants, ctx.args.seed, today=ctx.today())
    ctx.service.import_participants(participants, reason=tr("CLI", "Demo study"))
    UserService(ctx.database).create_demo_accounts()  # README: demo accounts
    print(
        tr_n(
            "CLI",
            "Demo study with {n} participant written to {db}",
            "Demo study with {n} participants written to {db}",
            len(participants),
        ).format(n=len(participants), db=ctx.database.display_name),
        file=ctx.out,
    )
    return 0


def read_json(path: Path) -> Any:
    """A JSON file up to MAX_BUNDLE_BYTES, or InvalidInput naming what is wrong with it."""

    def refuse(message: str) -> InvalidInput:
        return InvalidInput([InputProblem("", "", str(path), message)])

    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise refuse(
                tr("CLI", "file is larger than {n} MB; split the bundle").format(
                    n=MAX_BUNDLE_BYTES // (1024 * 1024)
                )
            )
        with open(path, encoding="utf-8") as handle:
            return load_bundle_json(handle)
    except FileNotFoundError:
        raise refuse(tr("CLI", "file not found")) from None
    except IsADirectoryError:
        raise refuse(tr("CLI", "is a folder, not a file")) from None
    except PermissionError:
        raise refuse(tr("CLI", "permission denied")) from None
    except UnicodeDecodeError:
        raise refuse(tr("CLI", "not UTF-8 text")) from None
    except json.JSONDecodeError as exc:
        raise refuse(
            tr("CLI", "not valid JSON (line {line}, column {col}: {msg})").format(
                line=exc.lineno, col=exc.colno, msg=exc.msg
            )
        ) from None
    except RecursionError:
        raise refuse(tr("CLI", "JSON nested too deeply")) from None
    except DuplicateKey as exc:
        raise refuse(str(exc)) from None


def run_import(ctx: CommandContext) -> int:
    document = read_json(ctx.args.file)
    participants = read_bundle(document, ctx.config, ctx.today())
    from baitp_desktop.exports.evidence_check import verified_head  # loaded when needed

    head = verified_head(document)  # the file's audit trail, when it carries one
    count = ctx.service.import_participants(participants, source_head=head)
    print(
        tr_n(
            "CLI",
            "Imported {n} participant into {db}",
            "Imported {n} participants into {db}",
            count,
        ).format(n=count, db=ctx.database.display_name),
        file=ctx.out,
    )
    return 0


def run_validate(ctx: CommandContext) -> int:
    as_of = ctx.args.as_of or ctx.today()
    findings = validate_study(ctx.service.participants(), as_of, ctx.config)
    if ctx.args.json:
        json.dump(
            {"as_of": as_of.isoformat(), "findings": [f.to_json() for f in findings]},
            ctx.out,
            ensure_ascii=False,
            indent=1,
        )
        ctx.out.write("\n")
        return 0
    for f in findings:
        print(
            f"{f.participant_id}  {f.date.isoformat()}  {f.severity.value:<5}  "
            f"{f.code:<26}  {f.message}",
            file=ctx.out,
        )
    by_severity = Counter(f.severity.value for f in findings)
    print(
        tr_n(
            "CLI",
            "{n} finding as of {date} (major {major}, minor {minor}, query {query})",
            "{n} findings as of {date} (major {major}, minor {minor}, query {query})",
            len(findings),
        ).format(
            n=len(findings),
            date=as_of.isoformat(),
            major=by_severity["major"],
            minor=by_severity["minor"],
            query=by_severity["query"],
        ),
        file=ctx.out,
    )
    return 0


def run_endpoints(ctx: CommandContext) -> int:
    endpoints = [compute_endpoints(p, ctx.config) for p in ctx.service.participants()]
    if ctx.args.json:
        json.dump(
            {"participants": [e.to_json() for e in endpoints]},
            ctx.out,
            ensure_ascii=False,
            indent=1,
        )
        ctx.out.write("\n")
        return 0
    header = (
        "participant",
        "baseline",
        "early",
        "initial",
        "durable",
        "TTR",
        "DOR",
        "triggers",
        "bleeds",
        "worst AE",
    )
    print("  ".join(f"{h:<11}" for h in header), file=ctx.out)
    for e in endpoints:
        row = e.to_json()
        cells = [
            row["participant_id"],
            row["baseline_platelets"],
            row["early_response"],
            row["initial_response"],
            row["durable_response"],
            row["time_to_response_days"],
            row["duration_of_response_days"],
            ",".join(row["interruption_triggers"]) or "-",
            row["bleeding_events"],
            row["worst_ae_grade"],
        ]
        print("  ".join(f"{'-' if c is None else c!s:<11}" for c in cells), file=ctx.out)
    return 0
