"""Safety laboratory panels (PROTOCOL.md §11): CTCAE grades, the hold rule, matching AEs.

Grading compares Decimals — the digits as entered against the configured limits and the
lab's ULN — so a value at exactly 3 × ULN is never nudged over the line by binary
floating point. The grading table, the LLNs and the hold thresholds live in protocol.toml
(`[labs]`); this module only applies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from baitp_desktop.core.forms_config import AnalyteGrading, LabSettings
from baitp_desktop.core.names import normalise_name
from baitp_desktop.core.records import AdverseEvent, LabPanel, Sex
from baitp_desktop.i18n import tr, tr_noop

# The panel's fields as a nurse reads them (the screening labs use the same words).
FIELD_LABELS: dict[str, str] = {
    "hemoglobin": tr_noop("Lab", "Hemoglobin"),
    "wbc": tr_noop("Lab", "WBC"),
    "anc": tr_noop("Lab", "ANC"),
    "lymphocytes": tr_noop("Lab", "Lymphocytes"),
    "alt": tr_noop("Lab", "ALT"),
    "alt_uln": tr_noop("Lab", "ALT ULN"),
    "ast": tr_noop("Lab", "AST"),
    "ast_uln": tr_noop("Lab", "AST ULN"),
    "bilirubin": tr_noop("Lab", "Total bilirubin"),
    "bilirubin_uln": tr_noop("Lab", "Total bilirubin ULN"),
    "creatinine": tr_noop("Lab", "Creatinine"),
    "creatinine_uln": tr_noop("Lab", "Creatinine ULN"),
    "cholesterol": tr_noop("Lab", "Total cholesterol"),
    "triglycerides": tr_noop("Lab", "Triglycerides"),
}


def field_label(panel_field: str) -> str:
    """A panel field's name in the current language."""
    return tr("Lab", FIELD_LABELS.get(panel_field, panel_field))


def term_label(analyte: AnalyteGrading) -> str:
    """The analyte's CTCAE term in the current language."""
    return tr("Lab", analyte.term)


def grade(analyte: AnalyteGrading, panel: LabPanel, sex: Sex) -> int | None:
    """The CTCAE grade of one analyte on one panel: None when not measured, else 0–4.

    The highest grade whose condition holds; 0 when the value was measured and none holds.
    A ULN-based grade needs the panel's ULN (a value without its ULN is refused at entry).
    """
    value = panel.value(analyte.panel_field)
    if value is None:
        return None
    uln = analyte.uln
    if uln is None and analyte.uln_field is not None:
        uln = panel.value(analyte.uln_field)
    lln = analyte.lln.get(sex)
    for limit in analyte.grades:  # highest grade first
        if limit.met_by(value, uln, lln):
            return limit.grade
    return 0


def panel_grades(panel: LabPanel, sex: Sex, settings: LabSettings) -> dict[str, int | None]:
    """Every analyte's grade on one panel, keyed by analyte key, in configuration order."""
    return dict(_graded(panel, sex, settings))


@lru_cache(maxsize=8192)
def _graded(panel: LabPanel, sex: Sex, settings: LabSettings) -> tuple[tuple[str, int | None], ...]:
    """Grading is pure and a panel is graded by several rules and the endpoints: once here."""
    return tuple((a.key, grade(a, panel, sex)) for a in settings.analytes)


def worst_grades(
    panels: Iterable[LabPanel], sex: Sex, settings: LabSettings
) -> dict[str, int | None]:
    """The highest grade per analyte over the panels (None for one never measured)."""
    worst: dict[str, int | None] = dict.fromkeys((a.key for a in settings.analytes), None)
    for panel in panels:
        for key, value in panel_grades(panel, sex, settings).items():
            current = worst[key]
            if value is not None and (current is None or value > current):
                worst[key] = value
    return worst


def below_hold(panel: LabPanel, hold_below: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """The values of a panel under their hold thresholds (empty: no hold from this panel)."""
    return {
        key: value
        for key, limit in hold_below.items()
        if (value := panel.value(key)) is not None and value < limit
    }


def recovered(panel: LabPanel, hold_below: Mapping[str, Decimal]) -> bool:
    """All hold values present and at or above their thresholds."""
    return all(
        (value := panel.value(key)) is not None and value >= limit
        for key, limit in hold_below.items()
    )


def recovery_panel(
    panels: Iterable[LabPanel], after: date, hold_below: Mapping[str, Decimal]
) -> LabPanel | None:
    """The first panel dated after `after` on which every hold value has recovered."""
    later = sorted((p for p in panels if p.date > after), key=lambda p: p.date)
    return next((p for p in later if recovered(p, hold_below)), None)


def ae_covers(ae: AdverseEvent, term: str, panel_date: date, window_days: int) -> bool:
    """An AE of the analyte's term covering the panel: onset by panel + window, not resolved
    before the panel. Only the stored term counts (a term kept as typed is "to be coded")."""
    if normalise_name(ae.term) != normalise_name(term):
        return False
    if ae.onset > panel_date + timedelta(days=window_days):
        return False
    return ae.resolved is None or ae.resolved >= panel_date


@dataclass(frozen=True, slots=True)
class SevereValue:
    """An analyte graded at or above the AE threshold on a panel, with no AE covering it."""

    panel: LabPanel
    analyte: AnalyteGrading
    grade: int


def severe_without_ae(
    panels: Iterable[LabPanel],
    adverse_events: Iterable[AdverseEvent],
    sex: Sex,
    settings: LabSettings,
) -> list[SevereValue]:
    """Every analyte of the given panels graded ≥ `ae_min_grade` that no AE of its CTCAE
    term covers (`ae_covers`), in panel date then configuration order: what
    LAB_AE_NOT_RECORDED reports once the AE window has passed, and what the dashboard
    shows at once."""
    events = tuple(adverse_events)
    out: list[SevereValue] = []
    for panel in sorted(panels, key=lambda p: p.date):
        graded = panel_grades(panel, sex, settings)
        for analyte in settings.analytes:
            grade = graded[analyte.key]
            if grade is None or grade < settings.ae_min_grade:
                continue
            if any(
                ae_covers(ae, analyte.term, panel.date, settings.ae_window_days) for ae in events
            ):
                continue
            out.append(SevereValue(panel, analyte, grade))
    return out
