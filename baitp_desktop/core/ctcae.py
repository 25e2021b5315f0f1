"""The CTCAE v5.0 term list and its synonyms (resources/ctcae/), as plain Python.

Why here and without Qt: the AE tab's type-ahead, the "to be coded" flag, the reports and
the exports all need to know whether a typed AE term is a CTCAE term and what its grades
mean; reading the shipped CSV once, in one place, keeps them in agreement.

A term is *coded* when it is spelled as a CTCAE v5.0 term (ignoring case). Anything else
(free text, a synonym not yet resolved) is kept as typed and shown "to be coded".
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.vocabulary import ctcae_grade_meaning
from baitp_desktop.i18n import tr
from baitp_desktop.resources import resource_path

TERMS_FILE = "ctcae_v5_terms.csv"
SYNONYMS_FILE = "synonyms.csv"
GRADES: tuple[int, ...] = (1, 2, 3, 4, 5)
_NOT_APPLICABLE = "-"
_TERM_COLUMNS = (
    "meddra_code",
    "term",
    "soc",
    "grade1",
    "grade2",
    "grade3",
    "grade4",
    "grade5",
    "definition",
)


class TermListError(UserFacingError):
    """The shipped term list or synonyms file is missing or malformed."""


def generic_grade_meaning(grade: int) -> str:
    """'Mild' … 'Death': the meaning of a grade when the term gives none of its own."""
    return ctcae_grade_meaning(grade)


@dataclass(frozen=True, slots=True)
class CtcaeTerm:
    """One CTCAE v5.0 term; `grades[n - 1]` is grade n's text, None where it does not apply."""

    meddra_code: str
    term: str
    soc: str
    grades: tuple[str | None, ...]
    definition: str | None

    def grade_text(self, grade: int) -> str | None:
        """The term's own wording for a grade (None: CTCAE does not use that grade here)."""
        return self.grades[grade - 1]


@dataclass(frozen=True, slots=True)
class Completion:
    """One entry of the type-ahead: what it matches on, what it shows, what it enters."""

    match_text: str
    display: str
    term: str


@dataclass(frozen=True)
class TermList:
    """The CTCAE terms in file order, and synonyms as (spelling, CTCAE term) pairs."""

    terms: tuple[CtcaeTerm, ...]
    synonyms: tuple[tuple[str, str], ...] = ()
    _by_term: dict[str, CtcaeTerm] = field(init=False, repr=False, compare=False)
    _by_synonym: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_term", {t.term.casefold(): t for t in self.terms})
        object.__setattr__(self, "_by_synonym", {s.casefold(): t for s, t in self.synonyms})

    def find(self, text: str) -> CtcaeTerm | None:
        """The CTCAE term spelled `text` (case and surrounding spaces ignored), else None."""
        return self._by_term.get(text.strip().casefold())

    def is_coded(self, text: str) -> bool:
        return self.find(text) is not None

    def canonical(self, text: str) -> str | None:
        """The CTCAE spelling for a term or a synonym (case ignored); None for free text."""
        found = self.find(text)
        if found is not None:
            return found.term
        return self._by_synonym.get(text.strip().casefold())

    def grade_meaning(self, text: str, grade: int) -> str | None:
        """What a grade means for this term: its CTCAE text, the generic meaning for free
        text, None when the (coded) term does not use that grade."""
        found = self.find(text)
        if found is None:
            return generic_grade_meaning(grade)
        return found.grade_text(grade)

    def completions(self) -> Iterator[Completion]:
        """Every term, then every synonym (shown with the term it enters)."""
        for entry in self.terms:
            yield Completion(entry.term, entry.term, entry.term)
        for synonym, term in self.synonyms:
            yield Completion(synonym, f"{synonym} → {term}", term)

    def matches(self, typed: str) -> list[Completion]:
        """Completions whose text contains `typed` (case ignored): what the type-ahead lists."""
        needle = typed.strip().casefold()
        if not needle:
            return []
        return [c for c in self.completions() if needle in c.match_text.casefold()]


def _cell(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", _NOT_APPLICABLE) else value


def read_terms(path: Path) -> tuple[CtcaeTerm, ...]:
    """Parse the CTCAE CSV; TermListError naming the file and line when it is malformed."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in _TERM_COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise TermListError(
                    tr("CTCAE", "{path}: missing columns {columns}").format(
                        path=path, columns=", ".join(missing)
                    )
                )
            terms = []
            for row in reader:
                if not (row.get("term") or "").strip():
                    raise TermListError(
                        tr("CTCAE", "{path} line {line}: empty term").format(
                            path=path, line=reader.line_num
                        )
                    )
                grades = tuple(_cell(row[f"grade{n}"] or "") for n in GRADES)
                terms.append(
                    CtcaeTerm(
                        meddra_code=row["meddra_code"].strip(),
                        term=row["term"].strip(),
                        soc=row["soc"].strip(),
                        grades=grades,
                        definition=_cell(row["definition"] or ""),
                    )
                )
    except FileNotFoundError:
        raise TermListError(
            tr(
                "CTCAE",
                "The CTCAE term list {path} is missing; reinstall the application "
                "or restore resources/ctcae/.",
            ).format(path=path)
        ) from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise TermListError(
            tr("CTCAE", "{path} cannot be read: {detail}").format(path=path, detail=exc)
        ) from None
    return tuple(terms)


def read_synonyms(path: Path, terms: tuple[CtcaeTerm, ...]) -> tuple[tuple[str, str], ...]:
    """(synonym, CTCAE term) pairs in file order; every target must be a term of the list."""
    known = {t.term.casefold(): t.term for t in terms}
    synonyms: list[tuple[str, str]] = []
    if not path.exists():
        return ()  # the synonyms help typing; the term list works without them
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if not line.startswith("#")]
    rows = csv.reader(line for _, line in lines)
    for (number, _), row in zip(lines, rows, strict=True):
        if not row or row == ["synonym", "term"]:
            continue
        if len(row) != 2 or not row[0].strip():
            raise TermListError(
                tr("CTCAE", "{path} line {line}: expected 'synonym,term'").format(
                    path=path, line=number
                )
            )
        target = known.get(row[1].strip().casefold())
        if target is None:
            raise TermListError(
                tr("CTCAE", "{path} line {line}: {term!r} is not a CTCAE v5.0 term").format(
                    path=path, line=number, term=row[1].strip()
                )
            )
        synonyms.append((row[0].strip(), target))
    return tuple(synonyms)


def load_term_list(folder: Path | None = None) -> TermList:
    """The term list and synonyms from `folder` (default: the shipped resources/ctcae/)."""
    folder = folder or resource_path("ctcae")
    terms = read_terms(folder / TERMS_FILE)
    return TermList(terms, read_synonyms(folder / SYNONYMS_FILE, terms))


@lru_cache(maxsize=1)
def default_term_list() -> TermList:
    """The shipped term list, read once per process."""
    return load_term_list()
