"""The safety panel's tests as the exports and the printouts name them (PROTOCOL.md §11).

The grading table in protocol.toml says which panel field each analyte reads; what it does
not say is the test code an export gives the value and the unit it was entered in. Those
are fixed by the panel form (the units are the ones PROTOCOL.md §11 names, and for ALT,
AST, bilirubin and creatinine the units the bundle's example values are in), so they are
written once here for the CSV and ODM domains, the data dictionary and the PDFs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PanelTest:
    """One measured value of a panel: its field, export test code and units."""

    panel_field: str
    code: str
    unit: str  # as exported: ASCII, as the screening labs' units are
    printed_unit: str  # as printed on a form or report


PANEL_TESTS: tuple[PanelTest, ...] = (
    PanelTest("hemoglobin", "HGB", "g/dL", "g/dL"),
    PanelTest("wbc", "WBC", "/uL", "/µL"),
    PanelTest("anc", "NEUT", "/uL", "/µL"),
    PanelTest("lymphocytes", "LYM", "/uL", "/µL"),
    PanelTest("alt", "ALT", "U/L", "U/L"),
    PanelTest("ast", "AST", "U/L", "U/L"),
    PanelTest("bilirubin", "BILI", "umol/L", "µmol/L"),
    PanelTest("creatinine", "CREAT", "umol/L", "µmol/L"),
    PanelTest("cholesterol", "CHOL", "mmol/L", "mmol/L"),
    PanelTest("triglycerides", "TRIG", "mmol/L", "mmol/L"),
)

PANEL_TEST_OF_FIELD: dict[str, PanelTest] = {t.panel_field: t for t in PANEL_TESTS}
