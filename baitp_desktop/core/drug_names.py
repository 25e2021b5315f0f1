"""The generic drug names the medication form offers as it is typed (PROTOCOL.md §10).

The names live in `resources/medications/generic-names.tsv` (English generic name and the
Chinese one), not in code, so a site adds a drug with a line. A nurse may type in either
language; what is entered is the English generic name, so the stored name reads the same
from every workstation. Whether a drug is prohibited or needs caution is the protocol's
business (`[medications]` in protocol.toml), never this list's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from baitp_desktop.core.ctcae import Completion
from baitp_desktop.core.errors import UserFacingError


class DrugNamesError(UserFacingError):
    """The shipped drug name list is missing or has a malformed line."""


@dataclass(frozen=True, slots=True)
class DrugName:
    name: str
    chinese: str


@dataclass(frozen=True, slots=True)
class DrugNames:
    """The offered names in file order; completes in English and in Chinese."""

    names: tuple[DrugName, ...] = ()

    def completions(self) -> Iterator[Completion]:
        """Every English name (shown with its Chinese name), then every Chinese name
        (shown with the English name it enters)."""
        for drug in self.names:
            yield Completion(drug.name, f"{drug.name} · {drug.chinese}", drug.name)
        for drug in self.names:
            yield Completion(drug.chinese, f"{drug.chinese} → {drug.name}", drug.name)


def parse_drug_names(text: str, source: str = "") -> DrugNames:
    names: list[DrugName] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [part.strip() for part in line.split("\t")]
        if len(parts) != 2 or not all(parts):
            raise DrugNamesError(
                f"{source}:{number}: expected an English and a Chinese name separated by a tab"
            )
        names.append(DrugName(parts[0], parts[1]))
    return DrugNames(tuple(names))


def load_drug_names(path: Path) -> DrugNames:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DrugNamesError(f"cannot read the drug name list {path}: {error}") from error
    return parse_drug_names(text, str(path))
