"""CSV export for the sponsor's statistician: one file per domain plus the data dictionary.

Files: `DM.csv`, `IE.csv`, `LB.csv`, `XB.csv`, `EX.csv`, `XD.csv`, `AE.csv`, `CM.csv`,
`DS.csv`, `DV.csv` (one row per record, CDASH-style column names, see `dictionary.py`),
`dictionary.csv` (every column: domain, name, label, type, unit, code list) and
`codelists.csv` (every coded value with its decode), and `audit_head.csv`: the audit
trail's head and number of entries when the data were read (what `baitp verify` prints
last), so that the export can later be checked against the trail (`verify --head`).
Dates are ISO 8601, booleans Y/N, text UTF-8.

`bom=True` starts each file with a UTF-8 byte-order mark so that Excel opens Chinese text
correctly. `excel=True` adds the BOM and also neutralises free text that Excel would run
as a formula (a leading `=`, `+`, `-`, `@`) by prefixing an apostrophe, as OWASP
recommends for CSV injection; the data dictionary says so. Plain CSV (the default) is
exactly the stored text, for R, SAS and pandas.

The folder is written next to its final place and renamed at the end, so a crash never
leaves half an export under the requested name.
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterable
from pathlib import Path

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.exports.dictionary import CODELISTS, DOMAINS, Domain
from baitp_desktop.exports.rows import Row, cell_text
from baitp_desktop.i18n import tr

DICTIONARY_FILE = "dictionary.csv"
CODELIST_FILE = "codelists.csv"
TRAIL_FILE = "audit_head.csv"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _excel_safe(text: str, kind: str) -> str:
    if kind == "text" and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _write(path: Path, header: Iterable[str], rows: Iterable[Iterable[str]], bom: bool) -> None:
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _domain_lines(domain: Domain, rows: list[Row], excel: bool) -> Iterable[list[str]]:
    kinds = [v.kind for v in domain.variables]
    for row in rows:
        cells = [cell_text(row.values.get(name)) for name in domain.columns]
        if excel:
            cells = [_excel_safe(c, k) for c, k in zip(cells, kinds, strict=True)]
        yield cells


def _dictionary_lines(excel: bool) -> Iterable[list[str]]:
    note = "free text starting with = + - @ is prefixed with ' (Excel)" if excel else ""
    for domain in DOMAINS:
        for v in domain.variables:
            yield [
                domain.code,
                domain.label,
                v.name,
                v.label,
                v.kind,
                v.unit or "",
                v.codelist or "",
                note if v.kind == "text" and not v.codelist else "",
            ]


def write_csv_export(
    rows: dict[str, list[Row]],
    target: Path,
    *,
    bom: bool = False,
    excel: bool = False,
    trail: tuple[str, int] | None = None,
) -> list[Path]:
    """Write the domain files and the dictionary into the folder `target`; the file list.

    `trail` is the audit trail's (head, number of entries), written to `audit_head.csv`.
    """
    bom = bom or excel
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UserFacingError(
            tr(
                "Export",
                "{target} already exists and is not an empty folder; choose a new "
                "folder for the CSV export.",
            ).format(target=target)
        )
    partial = target.with_name(target.name + ".partial")
    try:
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for domain in DOMAINS:
            _write(
                partial / f"{domain.code}.csv",
                domain.columns,
                _domain_lines(domain, rows.get(domain.code, []), excel),
                bom,
            )
        _write(
            partial / DICTIONARY_FILE,
            ["DOMAIN", "DOMAIN_LABEL", "VARIABLE", "LABEL", "TYPE", "UNIT", "CODELIST", "NOTE"],
            _dictionary_lines(excel),
            bom,
        )
        _write(
            partial / CODELIST_FILE,
            ["CODELIST", "CODELIST_LABEL", "CODE", "DECODE"],
            (
                [c.name, c.label, code, decode]
                for c in CODELISTS.values()
                for code, decode in c.items
            ),
            bom,
        )
        if trail is not None:
            _write(partial / TRAIL_FILE, ["HEAD", "ENTRIES"], [[trail[0], str(trail[1])]], bom)
        if target.exists():
            target.rmdir()
        partial.replace(target)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise UserFacingError(
            tr("Export", "Cannot write the CSV export to {target}: {detail}").format(
                target=target, detail=exc.strerror or exc
            )
        ) from exc
    return sorted(target.iterdir())
