"""`baitp verify-export FILE`: check an exported bundle or ODM file on its own.

No database is opened (exports/evidence_check.py rebuilds what the file's audit trail
describes in memory). The output reads like `baitp verify`: warnings, every broken thing
named, and as the last line `head <64 hex> entries <N>` (the head of the intact chain,
zeros when there is none). Exit 0 intact, 1 broken or nothing to verify, 2 a file that is
not an export at all.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from baitp_desktop.cli.context import CommandContext
from baitp_desktop.cli.study_commands import MAX_BUNDLE_BYTES, read_json
from baitp_desktop.core.errors import InputProblem, InvalidInput
from baitp_desktop.i18n import tr, tr_n

GENESIS = "0" * 64


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "verify-export",
        parents=[common],
        help="check an exported bundle or ODM file on its own (audit chain, data, signatures)",
    )
    check.add_argument("file", type=Path, metavar="FILE")
    check.set_defaults(handler=run_verify_export)


def _refuse(path: Path, message: str) -> InvalidInput:
    return InvalidInput([InputProblem("", "", str(path), message)])


def _first_character(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            head = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    except FileNotFoundError:
        raise _refuse(path, tr("CLI", "file not found")) from None
    except IsADirectoryError:
        raise _refuse(path, tr("CLI", "is a folder, not a file")) from None
    except PermissionError:
        raise _refuse(path, tr("CLI", "permission denied")) from None
    return head[:1].decode("ascii", errors="replace")


def _read_xml(path: Path) -> ET.Element:
    """An ODM file, refused when too large, carrying a DTD (entity expansion) or not XML."""
    if path.stat().st_size > MAX_BUNDLE_BYTES:
        raise _refuse(
            path,
            tr("CLI", "file is larger than {n} MB").format(n=MAX_BUNDLE_BYTES // (1024 * 1024)),
        )
    data = path.read_bytes()
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _refuse(path, tr("CLI", "an XML file with a document type definition is refused"))
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise _refuse(path, tr("CLI", "not valid XML ({detail})").format(detail=exc)) from None


def run_verify_export(ctx: CommandContext) -> int:
    from baitp_desktop.exports.evidence import MalformedEvidence, bundle_evidence, odm_evidence
    from baitp_desktop.exports.evidence_check import check_bundle, check_odm

    path: Path = ctx.args.file
    if _first_character(path) == "<":
        root = _read_xml(path)
        try:
            evidence = odm_evidence(root)
        except MalformedEvidence as exc:
            raise _refuse(
                path, tr("CLI", "{element} is not as baitp-desktop writes it").format(element=exc)
            ) from None
        check = check_odm(root, evidence, ctx.config)
    else:
        document = read_json(path)
        if not isinstance(document, dict):
            raise _refuse(path, tr("CLI", "not a bundle (a JSON object is expected)"))
        check = check_bundle(document, bundle_evidence(document))
    for warning in check.warnings:
        print(tr("CLI", "WARNING: {warning}").format(warning=warning), file=ctx.out)
    for problem in check.problems:
        print(tr("CLI", "BROKEN: {problem}").format(problem=problem), file=ctx.out)
    if check.intact:
        counts = (
            tr_n("CLI", "{n} audit entry chained", "{n} audit entries chained", check.entries),
            tr_n(
                "CLI",
                "{n} participant matches the trail",
                "{n} participants match the trail",
                check.participants,
            ),
            tr_n("CLI", "{n} signature checked", "{n} signatures checked", check.signatures),
        )
        numbers = (check.entries, check.participants, check.signatures)
        print(
            tr("CLI", "Export intact: {counts}.").format(
                counts=tr("CLI", ", ").join(
                    text.format(n=n) for text, n in zip(counts, numbers, strict=True)
                )
            ),
            file=ctx.out,
        )
    print(f"head {check.head or GENESIS} entries {check.entries}", file=ctx.out)
    return 0 if check.intact else 1
