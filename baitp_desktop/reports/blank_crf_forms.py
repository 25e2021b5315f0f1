"""Blank paper pages of the §9–§12 forms: ITP history and prior ITP therapies, other
medical history, medications, a safety laboratory panel and the ITP-PAQ questionnaire.

Each asks for exactly what the electronic form stores, with the coded answers spelled out
(the code lists of PROTOCOL.md §9–§10), the panel's units and limits from the protocol
configuration, and the questionnaire laid out from the definition the application uses,
one item per line with its response range, so a page can be typed in field by field.
"""

from __future__ import annotations

from enum import StrEnum

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from baitp_desktop.core import vocabulary
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.forms_config import AnalyteGrading
from baitp_desktop.core.instruments import AppliesTo, InstrumentDefinition
from baitp_desktop.core.labs import field_label
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.records import (
    Frequency,
    ItpTherapyCode,
    Route,
    StopReason,
    TherapyResponse,
)
from baitp_desktop.exports.panel_tests import PANEL_TESTS
from baitp_desktop.i18n import tr
from baitp_desktop.reports.blank_grids import BLANK_DATE, BOX, ROW, ruled_table, write_in_grid
from baitp_desktop.reports.styles import RULE, cell, para, styles
from baitp_desktop.reports.tables import Cell, data_table, note


def _codes(enum: type[StrEnum]) -> str:
    """'prednisone, prednisolone, …': a code list in words, for the note under a grid."""
    return ", ".join(vocabulary.label(member) for member in enum)


def _yes_no() -> str:
    return f"{BOX} {tr('Report', 'yes')}   {BOX} {tr('Report', 'no')}"


def itp_history_page(width: float) -> list[Flowable]:
    """ITP history and prior ITP therapies (§9)."""
    return [
        write_in_grid(
            [
                (
                    tr("Report", "Date of ITP diagnosis"),
                    f"{BLANK_DATE}  {BOX} " + tr("Report", "unknown"),
                ),
                (tr("Report", "Splenectomy"), _yes_no() + f"   {BLANK_DATE}"),
            ],
            width,
            1,
        ),
        para(tr("Report", "Prior ITP therapies"), styles().h2),
        ruled_table(
            [
                tr("Report", "Therapy"),
                tr("Report", "Name (other)"),
                tr("Report", "Start"),
                tr("Report", "Stop / ongoing"),
                tr("Report", "Best response"),
                tr("Report", "Reason stopped"),
            ],
            (0.19, 0.15, 0.14, 0.18, 0.14, 0.2),
            10,
            width,
            template=["", "", "", f"{BLANK_DATE} {BOX}", "", ""],
        ),
        note(tr("Report", "Therapy: {codes}.").format(codes=_codes(ItpTherapyCode))),
        note(
            tr(
                "Report",
                "Best response: {responses}. Reason stopped (none while ongoing): {reasons}.",
            ).format(responses=_codes(TherapyResponse), reasons=_codes(StopReason))
        ),
        note(
            tr(
                "Report",
                "Dates as YYYY-MM-DD; an unknown day of a known month is entered as the 15th.",
            )
        ),
    ]


def medical_history_page(width: float) -> list[Flowable]:
    return [
        ruled_table(
            [
                tr("Report", "Condition"),
                tr("Report", "Start (or unknown)"),
                tr("Report", "Ongoing"),
                tr("Report", "End (or unknown)"),
            ],
            (0.46, 0.2, 0.14, 0.2),
            14,
            width,
            template=["", "", _yes_no(), ""],
        ),
        note(tr("Report", "No end date while ongoing. Dates as YYYY-MM-DD.")),
    ]


def medications_page(width: float) -> list[Flowable]:
    return [
        ruled_table(
            [
                tr("Report", "Drug"),
                tr("Report", "Indication"),
                tr("Report", "Dose"),
                tr("Report", "Unit"),
                tr("Report", "Route"),
                tr("Report", "Frequency"),
                tr("Report", "Start"),
                tr("Report", "Stop / ongoing"),
            ],
            (0.17, 0.16, 0.07, 0.07, 0.11, 0.11, 0.13, 0.18),
            14,
            width,
            template=["", "", "", "", "", "", "", f"{BLANK_DATE} {BOX}"],
        ),
        note(tr("Report", "Route: {codes}.").format(codes=_codes(Route))),
        note(tr("Report", "Frequency: {codes}.").format(codes=_codes(Frequency))),
        note(
            tr(
                "Report",
                "Every medication, also one started before consent; rescue therapy has its "
                "own log. Ongoing: no stop date (enter it when the medication stops).",
            )
        ),
    ]


def _lln_text(analyte: AnalyteGrading | None) -> str:
    if analyte is None or not analyte.lln:
        return "—"
    values = {fmt_number(float(v)) for v in analyte.lln.values()}
    if len(values) == 1:
        return values.pop()
    return " / ".join(
        f"{sex.value} {fmt_number(float(v))}" for sex, v in sorted(analyte.lln.items())
    )


def _uln_cell(analyte: AnalyteGrading | None) -> str:
    """A box for the lab's ULN where it is entered, the configured ULN where fixed."""
    if analyte is None:
        return "—"
    if analyte.uln is not None:
        return fmt_number(float(analyte.uln))
    return "" if analyte.uln_field is not None else "—"


def lab_panel_page(config: ProtocolConfig, width: float) -> list[Flowable]:
    """One panel: each test with its unit, a space for the value and (where the lab gives
    one) its ULN, and the protocol's LLN for reference."""
    by_field = {a.panel_field: a for a in config.labs.analytes}
    rows: list[list[Cell]] = [
        [
            cell(field_label(test.panel_field)),
            "",
            cell(test.printed_unit),
            _uln_cell(by_field.get(test.panel_field)),
            cell(_lln_text(by_field.get(test.panel_field))),
            BOX,
        ]
        for test in PANEL_TESTS
    ]
    header = [
        tr("Report", "Test"),
        tr("Report", "Value"),
        tr("Report", "Unit"),
        tr("Report", "ULN (lab's)"),
        tr("Report", "LLN (protocol)"),
        tr("Report", "Not done"),
    ]
    table = data_table(
        header, rows, (0.27, 0.17, 0.12, 0.16, 0.17, 0.11), width, zebra=False, row_height=ROW
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (1, 1), (1, -1), 0.4, RULE),
                ("GRID", (3, 1), (3, -1), 0.4, RULE),
                ("ALIGN", (5, 1), (5, -1), "CENTER"),
            ]
        )
    )
    return [
        write_in_grid([(tr("Report", "Panel date"), BLANK_DATE)], width, 1),
        Spacer(0, 2 * mm),
        table,
        note(
            tr(
                "Report",
                "Values in the units shown (hemoglobin in g/dL, counts per µL, not ×10⁹/L). "
                "A test not done: tick the box and leave its value and ULN empty. The "
                "application grades each value (CTCAE v5.0).",
            )
        ),
    ]


def _applies_text(applies: AppliesTo) -> str:
    if applies == AppliesTo.FEMALE:
        return tr("Report", " (women only)")
    if applies == AppliesTo.EMPLOYED:
        return tr("Report", " (only if employed)")
    return ""


def questionnaire_page(definition: InstrumentDefinition | None, width: float) -> list[Flowable]:
    """The ITP-PAQ from its definition: every item on its own line with the scale it
    belongs to and one box per answer of its range."""
    if definition is None:
        return [para(tr("Report", "No questionnaire definition is loaded."), styles().body)]
    scale_of = {
        item: f"{scale.label}{_applies_text(scale.applies_to)}"
        for scale in definition.scales
        for item in scale.items
    }
    story: list[Flowable] = [
        para(
            tr("Report", "Definition {name} {version}").format(
                name=definition.name, version=definition.version
            )
            + ("" if definition.verified else " " + tr("Report", "(not verified)")),
            styles().h2,
        ),
        para(
            f"{tr('Report', 'Questionnaire date')}: {BLANK_DATE}      "
            f"{tr('Report', 'Employed')}: {_yes_no()}",
            styles().body,
        ),
    ]
    rows = [
        [
            item.item_id,
            para(
                definition.item_text(item.item_id)
                or tr("Report", "(wording from the site's licensed questionnaire)"),
                styles().cell,
            ),
            para(scale_of.get(item.item_id, "—"), styles().small),
            cell("  ".join(f"{BOX}{value}" for value in range(item.minimum, item.maximum + 1))),
        ]
        for item in definition.items
    ]
    header = [
        tr("Report", "Item"),
        tr("Report", "Question"),
        tr("Report", "Scale"),
        tr("Report", "Answer (tick one)"),
    ]
    story += [
        data_table(header, rows, (0.07, 0.45, 0.2, 0.28), width, row_height=6.2 * mm),
        note(
            tr(
                "Report",
                "An item left unanswered stays empty; scales are scored by the application.",
            )
        ),
    ]
    return story
