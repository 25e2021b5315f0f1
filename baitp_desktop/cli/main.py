"""`baitp`: entry point, common options, error handling and exit codes.

Exit codes: 0 success; 1 a check failed (e.g. `verify` found a broken entry) or a
problem the user can fix; 2 invalid input or arguments; 3 the database cannot be used;
4 a conflicting change by someone else; 70 an internal error (a bug: the message says
where the details were logged).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

import baitp_desktop.cli
from baitp_desktop import __version__
from baitp_desktop.cli.context import CommandContext
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import SUPPORTED_LANGUAGES, set_language, tr
from baitp_desktop.logs import log_file, setup_logging

INTERNAL_ERROR = 70


def command_modules() -> list[ModuleType]:
    """Every `baitp_desktop.cli.*_commands` module; each registers its own commands."""
    names = sorted(
        info.name
        for info in pkgutil.iter_modules(baitp_desktop.cli.__path__)
        if info.name.endswith("_commands")
    )
    return [importlib.import_module(f"baitp_desktop.cli.{name}") for name in names]


log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="PATH|URL",
        help="database file or SQLAlchemy URL (default: $BAITP_DB, else the user data folder)",
    )
    common.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        metavar="NAME",
        help="act as this account (password from $BAITP_PASSWORD, else a prompt); "
        "default: the 'system' account, allowed only for demo, import and reading",
    )
    parser = argparse.ArgumentParser(
        prog="baitp",
        description="BAITP electronic case report form (PKU-ITP2207 / NCT05446831).",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"baitp-desktop {__version__}")
    parser.add_argument(
        "--lang",
        dest="language",
        choices=SUPPORTED_LANGUAGES,
        default=None,
        help="language of messages and of the GUI, before the command (default: $BAITP_LANG, "
        "else English; the GUI: its saved choice, else the system's language)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(commands, common)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or []), "gui"])
    # None when not asked for: the CLI speaks English, the GUI applies its saved choice.
    args.language = args.language or os.environ.get("BAITP_LANG") or None
    if args.language not in (None, *SUPPORTED_LANGUAGES):
        choices = ", ".join(SUPPORTED_LANGUAGES)
        parser.error(f"BAITP_LANG={args.language!r}: choose one of {choices}")
    set_language(args.language or "en")
    context = CommandContext(args)
    try:
        if getattr(args, "user", None) and not getattr(args, "signs_in_itself", False):
            _ = context.actor  # --user signs in first, whatever the command
        return int(args.handler(context) or 0)
    except UserFacingError as exc:
        print(f"baitp {args.command}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"baitp {args.command}: " + tr("CLI", "interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`baitp validate --json | head`): not an error of ours.
        # Point stdout at devnull so the interpreter's final flush does not complain.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("internal error in baitp %s", args.command)
        message = tr("CLI", "internal error; details were written to {log}")
        print(f"baitp {args.command}: " + message.format(log=log_file()), file=sys.stderr)
        return INTERNAL_ERROR
    finally:
        context.close()


def main() -> None:
    setup_logging()
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
