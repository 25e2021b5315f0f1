"""The protocol configuration: every number the rules apply, read from protocol.toml.

Nothing in the rules hard-codes a threshold, a window or a dose: they read it from a
`ProtocolConfig`, so that an assumption PROTOCOL.md marks as such can be changed by the
sponsor without a new release, and tests can build variants (e.g. IWG >= operators).
"""

from __future__ import annotations

import math
import operator
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from baitp_desktop.core.forms_config import (
    ConfigError,
    LabSettings,
    MedicationLists,
    QolSettings,
    parse_lab_settings,
    parse_medication_lists,
    parse_qol_settings,
)
from baitp_desktop.core.instruments import InstrumentCatalog, InstrumentError, load_catalog
from baitp_desktop.core.numbers import as_decimal
from baitp_desktop.resources import resource_path

__all__ = ["ConfigError", "LabLimit", "ProtocolConfig", "Threshold", "VisitDefinition"]

# Any, not float: the ULN limits compare Decimals (see LabLimit.fails).
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}


@dataclass(frozen=True, slots=True)
class Threshold:
    """A value compared against a limit with a configured operator ("> 300")."""

    limit: float
    comparison: str

    def __post_init__(self) -> None:
        if self.comparison not in _OPERATORS:
            raise ConfigError(f"unknown comparison {self.comparison!r}")

    def met_by(self, value: float) -> bool:
        return _OPERATORS[self.comparison](value, self.limit)

    def __str__(self) -> str:
        return f"{self.comparison} {self.limit:g}"


@dataclass(frozen=True, slots=True)
class LabLimit:
    """An E11 limit: fails when `value <op> limit` or `value <op> times_uln x ULN`."""

    key: str
    label: str
    comparison: str
    limit: float | None = None
    times_uln: float | None = None
    unit: str = ""

    @property
    def uses_uln(self) -> bool:
        return self.times_uln is not None

    def fails(self, value: float, uln: float | None = None) -> bool:
        if self.times_uln is not None:
            if uln is None:
                raise ValueError(f"{self.key} needs its ULN")
            # Decimal, not float: 1.5 x 1.1 in binary floating point is 1.6500000000000001,
            # which would let a bilirubin of exactly 1.5 x ULN (1.65) pass ">= 1.5 x ULN".
            if not all(math.isfinite(x) for x in (value, uln, self.times_uln)):
                return _OPERATORS[self.comparison](value, self.times_uln * uln)
            limit = as_decimal(float(self.times_uln)) * as_decimal(float(uln))
            return _OPERATORS[self.comparison](as_decimal(float(value)), limit)
        assert self.limit is not None
        return _OPERATORS[self.comparison](value, self.limit)


@dataclass(frozen=True, slots=True)
class VisitDefinition:
    visit_id: str
    name: str
    target_day: int
    first_day: int
    last_day: int


@dataclass(frozen=True, slots=True)
class ProtocolConfig:
    title: str
    protocol_id: str
    registry_id: str
    site: str
    participant_id_pattern: str
    min_age_years: int
    max_age_years: int
    i4_platelets_below: float
    i4_platelets_below_with_bleeding: float
    screening_window_days: int
    i2_history_months: int
    lab_limits: tuple[LabLimit, ...]
    dose_mg: float
    last_planned_day: int
    last_acceptable_day: int
    severe_ae_min_grade: int
    interruption: Threshold
    interruption_min_days_apart: int
    compliance_block_days: int
    compliance_min_fraction: float
    sae_max_report_delay_days: int
    cr: Threshold
    r: Threshold
    r_baseline_multiple: float
    durable: Threshold
    durable_baseline_multiple: float
    durable_rescue_free_days: int
    early_visit: str
    initial_visit: str
    durable_visit: str
    bleeding_event_min_grade: int
    platelets_max: float
    who_grade_max: int
    ctcae_grade_max: int
    visits: tuple[VisitDefinition, ...]
    labs: LabSettings
    medications: MedicationLists
    qol: QolSettings
    instruments: InstrumentCatalog

    def visit(self, visit_id: str) -> VisitDefinition:
        for visit in self.visits:
            if visit.visit_id == visit_id:
                return visit
        raise KeyError(visit_id)

    def is_valid_participant_id(self, participant_id: str) -> bool:
        return re.fullmatch(self.participant_id_pattern, participant_id) is not None


def _require(table: dict[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise ConfigError(f"protocol configuration: [{where}] has no '{key}'")
    return table[key]


def parse_config(
    data: dict[str, Any], instruments: InstrumentCatalog | None = None
) -> ProtocolConfig:
    """Build a ProtocolConfig from the parsed TOML document, checking what the rules need.

    `instruments` are the questionnaire definitions (by default the shipped folder's).
    """
    study = _require(data, "study", "")
    elig = _require(data, "eligibility", "")
    dosing = _require(data, "dosing", "")
    interruption = _require(data, "interruption", "")
    compliance = _require(data, "compliance", "")
    sae = _require(data, "sae", "")
    response = _require(data, "response", "")
    limits = _require(data, "limits", "")
    labs = tuple(
        LabLimit(
            key=key,
            label=str(_require(spec, "label", f"eligibility.labs.{key}")),
            comparison=str(_require(spec, "fails_when", f"eligibility.labs.{key}")),
            limit=spec.get("limit"),
            times_uln=spec.get("times_uln"),
            unit=str(spec.get("unit", "")),
        )
        for key, spec in _require(elig, "labs", "eligibility").items()
    )
    for lab in labs:
        if (lab.limit is None) == (lab.times_uln is None):
            raise ConfigError(f"lab {lab.key}: give exactly one of 'limit' or 'times_uln'")
        if lab.comparison not in _OPERATORS:
            raise ConfigError(f"lab {lab.key}: unknown comparison {lab.comparison!r}")
    visits = tuple(
        VisitDefinition(
            visit_id=str(v["id"]),
            name=str(v["name"]),
            target_day=int(v["target_day"]),
            first_day=int(v["first_day"]),
            last_day=int(v["last_day"]),
        )
        for v in _require(data, "visits", "")
    )
    for v in visits:
        if not v.first_day <= v.target_day <= v.last_day or 0 in (v.first_day, v.target_day):
            raise ConfigError(f"visit {v.visit_id}: window must contain its target day")
    return ProtocolConfig(
        title=str(study["title"]),
        protocol_id=str(study["protocol_id"]),
        registry_id=str(study["registry_id"]),
        site=str(study["site"]),
        participant_id_pattern=str(study["participant_id_pattern"]),
        min_age_years=int(elig["min_age_years"]),
        max_age_years=int(elig["max_age_years"]),
        i4_platelets_below=float(elig["i4_platelets_below"]),
        i4_platelets_below_with_bleeding=float(elig["i4_platelets_below_with_bleeding"]),
        screening_window_days=int(elig["screening_window_days"]),
        i2_history_months=int(elig["i2_history_months"]),
        lab_limits=labs,
        dose_mg=float(dosing["dose_mg"]),
        last_planned_day=int(dosing["last_planned_day"]),
        last_acceptable_day=int(dosing["last_acceptable_day"]),
        severe_ae_min_grade=int(dosing["severe_ae_min_grade"]),
        interruption=Threshold(
            float(interruption["platelets_above"]), str(interruption["platelets_comparison"])
        ),
        interruption_min_days_apart=int(interruption["min_days_apart"]),
        compliance_block_days=int(compliance["block_days"]),
        compliance_min_fraction=float(compliance["min_fraction"]),
        sae_max_report_delay_days=int(sae["max_report_delay_days"]),
        cr=Threshold(float(response["cr_threshold"]), str(response["cr_comparison"])),
        r=Threshold(float(response["r_threshold"]), str(response["r_comparison"])),
        r_baseline_multiple=float(response["r_baseline_multiple"]),
        durable=Threshold(
            float(response["durable_threshold"]), str(response["durable_comparison"])
        ),
        durable_baseline_multiple=float(response["durable_baseline_multiple"]),
        durable_rescue_free_days=int(response["durable_rescue_free_days"]),
        early_visit=str(response["early_visit"]),
        initial_visit=str(response["initial_visit"]),
        durable_visit=str(response["durable_visit"]),
        bleeding_event_min_grade=int(response["bleeding_event_min_grade"]),
        platelets_max=float(limits["platelets_max"]),
        who_grade_max=int(limits["who_grade_max"]),
        ctcae_grade_max=int(limits["ctcae_grade_max"]),
        visits=visits,
        labs=parse_lab_settings(data.get("labs")),
        medications=parse_medication_lists(data.get("medications")),
        qol=parse_qol_settings(data.get("qol"), tuple(v.visit_id for v in visits)),
        instruments=instruments if instruments is not None else load_catalog(_instrument_folder()),
    )


def _instrument_folder(protocol_file: Path | None = None) -> Path:
    """`instruments/` beside the protocol file, else the resources folder's."""
    if protocol_file is not None and (protocol_file.parent / "instruments").is_dir():
        return protocol_file.parent / "instruments"
    return resource_path("instruments")


def load_config(path: Path | None = None) -> ProtocolConfig:
    """Read protocol.toml (the shipped one unless a path is given) and the instruments."""
    source = path or resource_path("protocol.toml")
    try:
        with open(source, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ConfigError(f"protocol configuration not found: {source}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"protocol configuration {source} is not valid TOML: {exc}") from exc
    try:
        instruments = load_catalog(_instrument_folder(path))
    except InstrumentError as exc:
        raise ConfigError(str(exc)) from exc
    try:
        return parse_config(data, instruments)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ConfigError):
            raise
        raise ConfigError(f"protocol configuration {source}: {exc}") from exc


@lru_cache(maxsize=1)
def default_config() -> ProtocolConfig:
    """The shipped configuration, read once per process."""
    return load_config()
