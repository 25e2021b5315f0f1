"""Blank CRF pages for paper back-up when the application cannot be used (an outage).

The forms ask for exactly what the electronic CRF stores (the bundle's fields), with the
visit schedule, the WHO scale and the screening labs taken from the protocol configuration
and the plain logs (rescue therapy, …) laid out from their declarations, and the pages of the
§9–§12 forms (blank_crf_forms.py), so a nurse can transcribe a paper page into
baitp-desktop field by field afterwards. Values the application derives (I4, E11,
responses, endpoints, lab grades, scale scores) are not asked for.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.crf_forms import RECORD_KINDS
from baitp_desktop.core.forms import FieldSpec, RecordKind
from baitp_desktop.core.records import EXCLUSION_ITEMS, INCLUSION_ITEMS
from baitp_desktop.i18n import language_scope, tr
from baitp_desktop.reports.blank_crf_forms import (
    itp_history_page,
    lab_panel_page,
    medical_history_page,
    medications_page,
    questionnaire_page,
)
from baitp_desktop.reports.blank_grids import BLANK_DATE, BOX, ruled_table, write_in_grid
from baitp_desktop.reports.labels import criterion_text, day_label, fmt_timestamp, who_grade_meaning
from baitp_desktop.reports.layout import MARGIN_X, PageDecor, build_pdf, paper_size, study_line
from baitp_desktop.reports.sections import column_weight
from baitp_desktop.reports.signature_block import handwritten_lines, meaning_text
from baitp_desktop.reports.styles import RULE, cell, para, styles
from baitp_desktop.reports.tables import data_table, note


def _title(text: str, intro: str) -> list[Flowable]:
    return [para(text, styles().title), para(intro, styles().small), Spacer(0, 2 * mm)]


def _identity(width: float) -> Table:
    return write_in_grid(
        [
            (tr("Report", "Participant id"), "BAITP-"),
            (tr("Report", "Initials"), ""),
            (tr("Report", "Entered by (name)"), ""),
            (tr("Report", "Date entered on paper"), BLANK_DATE),
        ],
        width,
    )


def _screening_page(config: ProtocolConfig, width: float) -> list[Flowable]:
    story = _title(
        tr("Report", "Screening and eligibility (paper back-up)"),
        tr("Report", "Tick one box per criterion. I4 and E11 are derived by the application."),
    )
    story += [_identity(width), Spacer(0, 2 * mm)]
    story.append(
        write_in_grid(
            [
                (tr("Report", "Sex"), f"{BOX} F   {BOX} M"),
                (tr("Report", "Birth date"), BLANK_DATE),
                (tr("Report", "Consent date"), BLANK_DATE),
                (tr("Report", "Screening date"), BLANK_DATE),
                (tr("Report", "Screening count ×10⁹/L"), ""),
                (
                    tr("Report", "Significant bleeding"),
                    f"{BOX} {tr('Report', 'yes')}   {BOX} {tr('Report', 'no')}",
                ),
            ],
            width,
        )
    )
    rows = [
        [
            item,
            para(criterion_text(item), styles().cell),
            f"{BOX} {tr('Report', 'yes')}   {BOX} {tr('Report', 'no')}",
        ]
        for item in (*INCLUSION_ITEMS, *EXCLUSION_ITEMS)
    ]
    header = [tr("Report", "Item"), tr("Report", "Criterion"), tr("Report", "Answer")]
    story += [
        para(tr("Report", "Inclusion and exclusion criteria"), styles().h2),
        data_table(header, rows, (0.07, 0.7, 0.23), width),
        para(tr("Report", "Screening labs (E11)"), styles().h2),
    ]
    lab_rows = [
        [
            cell(tr("Lab", lab.label)),
            "",
            "" if lab.uses_uln else "—",
            cell(lab.unit or tr("Report", "lab's unit")),
        ]
        for lab in config.lab_limits
    ]
    lab_header = [
        tr("Report", "Lab"),
        tr("Report", "Value"),
        tr("Report", "ULN"),
        tr("Report", "Unit"),
    ]
    table = data_table(lab_header, lab_rows, (0.3, 0.25, 0.2, 0.25), width)
    table.setStyle(TableStyle([("GRID", (1, 1), (2, -1), 0.4, RULE)]))
    story.append(table)
    return story


def _visit_page(config: ProtocolConfig, width: float) -> list[Flowable]:
    story = _title(
        tr("Report", "Visit (paper back-up)"),
        tr(
            "Report",
            "One page per visit. Dates as YYYY-MM-DD; counts in ×10⁹/L (45 for 45,000/µL).",
        ),
    )
    story += [_identity(width), Spacer(0, 2 * mm)]
    visit_rows = [
        [
            BOX,
            para(tr("Visit", v.name), styles().cell),
            cell(day_label(v.target_day)),
            cell(tr("Report", "Day {first} to {last}").format(first=v.first_day, last=v.last_day)),
        ]
        for v in config.visits
    ]
    visit_rows.append([BOX, para(tr("Report", "Unscheduled count"), styles().cell), "—", "—"])
    story += [
        para(tr("Report", "Visit"), styles().h2),
        data_table(
            ["", tr("Report", "Visit"), tr("Report", "Target"), tr("Report", "Window")],
            visit_rows,
            (0.05, 0.5, 0.2, 0.25),
            width,
        ),
        Spacer(0, 2 * mm),
        write_in_grid(
            [
                (tr("Report", "Visit date"), BLANK_DATE),
                (tr("Report", "Platelet count ×10⁹/L"), ""),
            ],
            width,
        ),
        para(tr("Report", "WHO bleeding grade (same date as the count)"), styles().h2),
    ]
    grade_rows = [
        [BOX, str(g), para(who_grade_meaning(g), styles().cell)]
        for g in range(config.who_grade_max + 1)
    ]
    story.append(
        data_table(
            ["", tr("Report", "Grade"), tr("Report", "Meaning")],
            grade_rows,
            (0.05, 0.1, 0.85),
            width,
        )
    )
    story += [
        *(flowable for kind in RECORD_KINDS if kind.plain_log for flowable in _log(kind, width)),
        para(tr("Report", "Dosing decision or discontinuation"), styles().h2),
        ruled_table(
            [tr("Report", "Date"), tr("Report", "Decision"), tr("Report", "Reason")],
            (0.2, 0.4, 0.4),
            2,
            width,
        ),
        note(
            tr(
                "Report",
                "Decision: interrupt / resume / discontinue (adverse event, participant's "
                "request, other).",
            )
        ),
        Spacer(0, 3 * mm),
        *handwritten_lines(width, meaning_text()),
    ]
    return story


def _header(spec: FieldSpec) -> str:
    """A column title; a field with common values lists them ("Therapy (IVIG, …, other)")."""
    if not spec.suggestions:
        return spec.title()
    choices = [tr(spec.context, s) for s in spec.suggestions] + [tr("Report", "other")]
    return tr("Report", "{field} ({choices})").format(
        field=spec.title(), choices=", ".join(choices)
    )


def _log(kind: RecordKind, width: float, rows: int = 2) -> list[Flowable]:
    """A plain log's lines to fill in, one column per field a person enters."""
    fields = kind.entry_fields
    return [
        para(kind.title(), styles().h2),
        ruled_table(
            [_header(spec) for spec in fields],
            tuple(column_weight(spec) for spec in fields),
            rows,
            width,
        ),
    ]


def _ae_page(width: float) -> list[Flowable]:
    story = _title(
        tr("Report", "Adverse events (paper back-up)"),
        tr(
            "Report",
            "CTCAE v5.0 term and grade 1–5. Related: not related / unlikely / possible / "
            "probable / definite. Action: none / interrupted / discontinued. For a serious AE "
            "also the date the site became aware and the date reported to the sponsor.",
        ),
    )
    story += [_identity(width), Spacer(0, 2 * mm)]
    header = [
        tr("Report", "No."),
        tr("Report", "CTCAE term"),
        tr("Report", "Grade"),
        tr("Report", "Onset"),
        tr("Report", "Resolved / ongoing"),
        tr("Report", "Serious (aware, reported)"),
        tr("Report", "Related"),
        tr("Report", "Action"),
        tr("Report", "Outcome"),
    ]
    story.append(ruled_table(header, (0.05, 0.2, 0.07, 0.11, 0.12, 0.15, 0.1, 0.1, 0.1), 16, width))
    return story


def _diary_page(config: ProtocolConfig, width: float) -> list[Flowable]:
    story = _title(
        tr("Report", "Dosing diary card, 28 days (paper back-up)"),
        tr(
            "Report",
            "One row per day: tick taken with the dose in mg ({dose} mg planned), or missed.",
        ).format(dose=f"{config.dose_mg:g}"),
    )
    story += [_identity(width), Spacer(0, 1 * mm)]
    header = [
        tr("Report", "Study day"),
        tr("Report", "Date"),
        tr("Report", "Taken"),
        tr("Report", "Dose mg"),
        tr("Report", "Missed"),
        tr("Report", "Note"),
    ]
    table = ruled_table(
        header,
        (0.12, 0.2, 0.1, 0.12, 0.1, 0.36),
        config.compliance_block_days,
        width,
        template=["", "", BOX, "", BOX, ""],
        row_height=6.3 * mm,
    )
    table.setStyle(
        TableStyle([("ALIGN", (2, 1), (2, -1), "CENTER"), ("ALIGN", (4, 1), (4, -1), "CENTER")])
    )
    story.append(table)
    return story


def _form_pages(config: ProtocolConfig, width: float) -> list[Flowable]:
    """The §9–§12 forms, each on its own page with the participant's identity."""
    pages: list[tuple[str, str, list[Flowable]]] = [
        (
            tr("Report", "ITP history and prior ITP therapies (paper back-up)"),
            tr("Report", "With the screening form. One row per prior ITP therapy."),
            itp_history_page(width),
        ),
        (
            tr("Report", "Other medical history (paper back-up)"),
            tr("Report", "With the screening form. One row per condition."),
            medical_history_page(width),
        ),
        (
            tr("Report", "Prior and concomitant medications (paper back-up)"),
            tr("Report", "One row per medication; add rows on another copy of this page."),
            medications_page(width),
        ),
        (
            tr("Report", "Safety laboratory panel (paper back-up)"),
            tr("Report", "One page per panel, usually drawn with the visit's platelet count."),
            lab_panel_page(config, width),
        ),
        (
            tr("Report", "Quality of life questionnaire ITP-PAQ (paper back-up)"),
            tr("Report", "Filled in by the participant at these visits: {visits}.").format(
                visits=", ".join(tr("Visit", config.visit(v).name) for v in config.qol.visits)
            ),
            questionnaire_page(config.instruments.current, width),
        ),
    ]
    story: list[Flowable] = []
    for title, intro, body in pages:
        story += [PageBreak(), *_title(title, intro), _identity(width), Spacer(0, 2 * mm), *body]
    return story


def blank_crf_story(config: ProtocolConfig, width: float) -> list[Flowable]:
    return [
        *_screening_page(config, width),
        PageBreak(),
        *_visit_page(config, width),
        PageBreak(),
        *_ae_page(width),
        PageBreak(),
        *_diary_page(config, width),
        *_form_pages(config, width),
    ]


def write_blank_crf(
    config: ProtocolConfig,
    target: Path | BinaryIO,
    *,
    paper: str = "a4",
    language: str | None = None,
    generated_at: datetime | None = None,
    zone: tzinfo | None = None,
) -> int:
    """Write the blank paper CRF pages; returns the number of pages."""
    moment = generated_at or datetime.now(UTC)
    with language_scope(language):
        width = paper_size(paper)[0] - 2 * MARGIN_X
        decor = PageDecor(
            study_line=study_line(config),
            document_title=tr("Report", "Blank CRF (paper back-up)"),
            participant_label=tr("Report", "Participant BAITP-______"),
            generated_at=fmt_timestamp(moment, zone),
            status=tr(
                "Report",
                "Paper back-up for an outage: enter these data into baitp-desktop as soon as "
                "it is available again.",
            ),
        )
        return build_pdf(
            blank_crf_story(config, width), decor, target, paper=paper, subject=decor.document_title
        )
