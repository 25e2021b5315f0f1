"""The protocol configuration of the §9–§12 forms: lab grading, drug lists, QoL visits.

Read from protocol.toml with the rest of the configuration (`core.config`), kept in its own
module because these tables have their own shape: CTCAE grade limits per analyte, two
drug lists with synonyms, the visits at which the ITP-PAQ is collected. Every number here
is a protocol number or an [assumption] that a sponsor may change without a release.

Lab limits are Decimals (parsed from the TOML's digits) so that grading compares the
entered values exactly (PROTOCOL.md §11).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from baitp_desktop.core.names import normalise_name
from baitp_desktop.core.numbers import as_decimal
from baitp_desktop.core.records import PANEL_FIELDS, Sex

_COMPARE: dict[str, Callable[[Decimal, Decimal], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}


class ConfigError(ValueError):
    """protocol.toml (or an instrument definition) is missing a value or holds one that makes
    no sense; defined here and re-exported by `core.config`."""


@dataclass(frozen=True, slots=True)
class GradeLimit:
    """One row cell of the grading table: `value <when> limit` means at least `grade`.

    The limit is absolute (`limit`), a multiple of the ULN (`times_uln`) or of the LLN
    (`times_lln`); exactly one is set.
    """

    grade: int
    comparison: str
    limit: Decimal | None = None
    times_uln: Decimal | None = None
    times_lln: Decimal | None = None

    def met_by(self, value: Decimal, uln: Decimal | None, lln: Decimal | None) -> bool | None:
        """Whether the value meets this grade; None when the ULN or LLN it needs is missing."""
        if self.times_uln is not None:
            if uln is None:
                return None
            bound = self.times_uln * uln
        elif self.times_lln is not None:
            if lln is None:
                return None
            bound = self.times_lln * lln
        else:
            assert self.limit is not None
            bound = self.limit
        return _COMPARE[self.comparison](value, bound)


@dataclass(frozen=True, slots=True)
class AnalyteGrading:
    """How one panel field is graded, under its CTCAE v5.0 term.

    `uln` is a configured ULN (cholesterol); None means the panel's own `<field>_uln`.
    `grades` run from the highest grade down, so the first met is the grade.
    """

    key: str
    panel_field: str
    term: str
    grades: tuple[GradeLimit, ...]
    lln: Mapping[Sex, Decimal] = field(default_factory=dict)
    uln: Decimal | None = None

    @property
    def uln_field(self) -> str | None:
        """The panel field holding this analyte's ULN, when the lab enters one."""
        needs_uln = any(g.times_uln is not None for g in self.grades)
        return f"{self.panel_field}_uln" if needs_uln and self.uln is None else None


@dataclass(frozen=True, slots=True, eq=False)
class LabSettings:
    """§11: grading, the AE check, the hold thresholds and the unit plausibility limits.

    Compared and hashed by identity, so that a panel's grades can be cached per settings.
    """

    analytes: tuple[AnalyteGrading, ...]
    ae_min_grade: int
    ae_window_days: int
    hold_below: Mapping[str, Decimal]
    other_unit_above: Mapping[str, Decimal]

    def analyte(self, key: str) -> AnalyteGrading:
        for analyte in self.analytes:
            if analyte.key == key:
                return analyte
        raise KeyError(key)


class MedicationCategory(StrEnum):
    PROHIBITED = "prohibited"
    CAUTION = "caution"


@dataclass(frozen=True, slots=True)
class ListedDrug:
    """A generic name on one of the two lists, with the synonyms that also match it."""

    category: MedicationCategory
    name: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MedicationLists:
    """The `prohibited` and `caution` lists, indexed by normalised name and synonym."""

    drugs: tuple[ListedDrug, ...] = ()
    index: Mapping[str, ListedDrug] = field(default_factory=dict)

    def match(self, drug_name: str) -> ListedDrug | None:
        """The listed drug a typed name is (equal after normalisation), else None."""
        return self.index.get(normalise_name(drug_name))


@dataclass(frozen=True, slots=True)
class QolSettings:
    """The visits at which the ITP-PAQ is collected; the first is the baseline."""

    visits: tuple[str, ...]

    @property
    def baseline_visit(self) -> str:
        return self.visits[0]

    @property
    def follow_up_visits(self) -> tuple[str, ...]:
        return self.visits[1:]


def _number(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{where} must be a number")
    return as_decimal(value)


def _grade_limit(spec: Any, where: str) -> GradeLimit:
    if not isinstance(spec, dict):
        raise ConfigError(f"{where}: each grade must be a table")
    bases = [key for key in ("limit", "times_uln", "times_lln") if key in spec]
    if len(bases) != 1:
        raise ConfigError(f"{where}: give exactly one of limit, times_uln, times_lln")
    comparison = spec.get("when")
    if comparison not in _COMPARE:
        raise ConfigError(f"{where}: 'when' must be one of {', '.join(_COMPARE)}")
    grade = spec.get("grade")
    if not isinstance(grade, int) or isinstance(grade, bool) or not 1 <= grade <= 5:
        raise ConfigError(f"{where}: 'grade' must be a whole number from 1 to 5")
    base = bases[0]
    return GradeLimit(
        grade=grade, comparison=comparison, **{base: _number(spec[base], f"{where}.{base}")}
    )


def _lln(value: Any, where: str) -> dict[Sex, Decimal]:
    if value is None:
        return {}
    if isinstance(value, dict):
        if set(value) != {sex.value for sex in Sex}:
            raise ConfigError(f"{where}: give the LLN for F and M")
        return {Sex(k): _number(v, f"{where}.{k}") for k, v in value.items()}
    number = _number(value, where)
    return dict.fromkeys(Sex, number)


def _analyte(key: str, spec: Any) -> AnalyteGrading:
    where = f"[labs.grading.{key}]"
    if not isinstance(spec, dict):
        raise ConfigError(f"{where} must be a table")
    panel_field = spec.get("field")
    if panel_field not in PANEL_FIELDS or str(panel_field).endswith("_uln"):
        raise ConfigError(f"{where}: 'field' must be a panel value ({panel_field!r})")
    term = spec.get("term")
    if not isinstance(term, str) or not term.strip():
        raise ConfigError(f"{where}: 'term' (the CTCAE term) is required")
    grades = tuple(
        sorted(
            (_grade_limit(g, f"{where} grade") for g in spec.get("grades", [])),
            key=lambda g: -g.grade,
        )
    )
    if not grades or len({g.grade for g in grades}) != len(grades):
        raise ConfigError(f"{where}: 'grades' must list each grade once")
    lln = _lln(spec.get("lln"), f"{where}.lln")
    uln = None if spec.get("uln") is None else _number(spec["uln"], f"{where}.uln")
    if any(g.times_lln is not None for g in grades) and not lln:
        raise ConfigError(f"{where}: a grade uses the LLN but 'lln' is not given")
    analyte = AnalyteGrading(key, str(panel_field), term, grades, lln, uln)
    if (
        any(g.times_uln is not None for g in grades)
        and analyte.uln_field is not None
        and analyte.uln_field not in PANEL_FIELDS
    ):
        raise ConfigError(f"{where}: the panel has no ULN for {panel_field}; give 'uln'")
    return analyte


def _whole(value: Any, where: str, minimum: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ConfigError(f"{where} must be a whole number ≥ {minimum}")
    return value


def _field_table(value: Any, where: str) -> dict[str, Decimal]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a table of panel fields")
    unknown = sorted(set(value) - set(PANEL_FIELDS))
    if unknown:
        raise ConfigError(f"{where}: unknown panel fields {unknown}")
    return {k: _number(v, f"{where}.{k}") for k, v in value.items()}


def parse_lab_settings(labs: Any) -> LabSettings:
    if not isinstance(labs, dict):
        raise ConfigError("protocol configuration: [labs] is missing")
    grading = labs.get("grading")
    if not isinstance(grading, dict) or not grading:
        raise ConfigError("protocol configuration: [labs.grading] is missing")
    analytes = tuple(_analyte(key, spec) for key, spec in grading.items())
    hold = _field_table(labs.get("hold_below"), "[labs.hold_below]")
    if not hold:
        raise ConfigError("[labs.hold_below] names no threshold")
    return LabSettings(
        analytes=analytes,
        ae_min_grade=_whole(labs.get("ae_min_grade"), "[labs] ae_min_grade", 1),
        ae_window_days=_whole(labs.get("ae_window_days"), "[labs] ae_window_days"),
        hold_below=hold,
        other_unit_above=_field_table(labs.get("other_unit_above", {}), "[labs.other_unit_above]"),
    )


def parse_medication_lists(medications: Any) -> MedicationLists:
    """The two lists; a name or synonym twice, or on both lists, is refused."""
    if not isinstance(medications, dict):
        raise ConfigError("protocol configuration: [medications] is missing")
    drugs: list[ListedDrug] = []
    index: dict[str, ListedDrug] = {}
    for category in MedicationCategory:
        entries = medications.get(category.value)
        if not isinstance(entries, list):
            raise ConfigError(f"[medications] '{category.value}' must be a list")
        for entry in entries:
            name = entry.get("name") if isinstance(entry, dict) else None
            synonyms = entry.get("synonyms", []) if isinstance(entry, dict) else None
            if not isinstance(name, str) or not normalise_name(name):
                raise ConfigError(f"[medications] {category.value}: an entry has no name")
            if not isinstance(synonyms, list) or not all(isinstance(s, str) for s in synonyms):
                raise ConfigError(f"[medications] {name}: 'synonyms' must be a list of text")
            drug = ListedDrug(category, name, tuple(synonyms))
            for spelling in (name, *synonyms):
                key = normalise_name(spelling)
                if not key:
                    raise ConfigError(f"[medications] {name}: a synonym is empty")
                if key in index:
                    other = index[key]
                    raise ConfigError(
                        f"[medications] {spelling!r} is listed twice: under {other.name} "
                        f"({other.category.value}) and under {name} ({category.value})"
                    )
                index[key] = drug
            drugs.append(drug)
    return MedicationLists(tuple(drugs), index)


def parse_qol_settings(qol: Any, visit_ids: tuple[str, ...]) -> QolSettings:
    if not isinstance(qol, dict):
        raise ConfigError("protocol configuration: [qol] is missing")
    visits = qol.get("visits")
    if not isinstance(visits, list) or not visits or not all(isinstance(v, str) for v in visits):
        raise ConfigError("[qol] 'visits' must list visit ids")
    unknown = [v for v in visits if v not in visit_ids]
    if unknown or len(set(visits)) != len(visits):
        raise ConfigError(f"[qol] 'visits' must name each visit once ({unknown})")
    return QolSettings(tuple(visits))
