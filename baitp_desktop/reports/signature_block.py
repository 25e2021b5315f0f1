"""The signature block: electronic signatures as 21 CFR 11.50 requires, or handwriting lines.

A human-readable form of electronically signed records must show, for each signature, the
signer's printed name, the date and time it was executed and its meaning. Times are printed
with their UTC offset so a monitor in another time zone reads the same moment. Each
signature also shows the fingerprint of the signer's key, which anyone can compare with
the one the signer holds, and what checking it found when printed: a signature made before
signing keys existed says so, and one that does not verify is printed only as a warning,
never as a signature. When the data were not signed electronically, the page carries the
same statement above lines for a handwritten signature, so that the printed sheet can be
signed for the site file.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from baitp_desktop.core.signatures import (
    SIGNATURE_MEANING,
    SdvMark,
    SignatureRecord,
    SignatureScope,
    SignatureStatus,
)
from baitp_desktop.core.signing_crypto import grouped
from baitp_desktop.i18n import tr
from baitp_desktop.reports.fonts import REGULAR
from baitp_desktop.reports.labels import fmt_date, fmt_timestamp
from baitp_desktop.reports.model import ReportData, visit_name
from baitp_desktop.reports.styles import CELL_SIZE, INK, para, styles
from baitp_desktop.reports.tables import field_grid, note


def meaning_text(signature: SignatureRecord | None = None) -> str:
    """The meaning as signed (stored in English), in the reader's language."""
    return tr("Signature", signature.meaning if signature else SIGNATURE_MEANING)


def scope_text(data: ReportData, signature: SignatureRecord) -> str:
    """What a signature covers, in words (core.coverage decides it)."""
    if signature.scope is SignatureScope.CASEBOOK:
        return tr("Report", "Whole casebook")
    name = visit_name(data.config, signature.visit_id or "")
    coverage = signature.coverage
    if coverage is not None and coverage.is_screening:
        return tr("Report", "{visit}: the screening form").format(visit=name)
    if signature.covers_first is None or signature.covers_last is None:
        return name
    if coverage is None:  # made before signing keys: the window rule
        return tr("Report", "{visit}: records dated {first} to {last}").format(
            visit=name,
            first=fmt_date(signature.covers_first),
            last=fmt_date(signature.covers_last),
        )
    return tr(
        "Report",
        "{visit}: what its summary prints (since the last visit: {first} to {last}) and "
        "the records its numbers are computed from",
    ).format(
        visit=name, first=fmt_date(signature.covers_first), last=fmt_date(signature.covers_last)
    )


def _signature_grid(data: ReportData, signature: SignatureRecord, width: float) -> Flowable:
    pairs = [
        (
            tr("Report", "Signed by"),
            tr("Report", "{name} (user {user})").format(
                name=signature.printed_name, user=signature.username
            ),
        ),
        (tr("Report", "Date and time"), fmt_timestamp(signature.signed_at_utc, data.zone)),
        (tr("Report", "Meaning"), para(meaning_text(signature), styles().cell)),
        (tr("Report", "Covers"), para(scope_text(data, signature), styles().cell)),
        (tr("Report", "Signing key"), para(key_text(signature), styles().cell)),
    ]
    return field_grid(pairs, width, columns=1, label_fraction=0.22)


def key_text(signature: SignatureRecord) -> str:
    """The signer's key fingerprint and what checking the signature found when printed."""
    if signature.key_id is None:
        return tr(
            "Report",
            "none: made before signing keys existed, protected by the audit trail only",
        )
    text = tr("Report", "fingerprint {key}").format(key=grouped(signature.key_id))
    if signature.status is SignatureStatus.VALID:
        text += " — " + tr("Report", "verified when printed")
    return text


def broken_text(data: ReportData, signature: SignatureRecord) -> str:
    """A signature that does not verify, named as such (never presented as signed)."""
    return tr(
        "Report",
        "NOT VALID: a signature record for {scope} in the name of {name} ({user}, {when}) "
        "does not verify: {problem}. It is not an electronic signature.",
    ).format(
        scope=scope_text(data, signature),
        name=signature.printed_name,
        user=signature.username,
        when=fmt_timestamp(signature.signed_at_utc, data.zone),
        problem=signature.problem or "?",
    )


def handwritten_lines(width: float, statement: str) -> list[Flowable]:
    """Statement, then printed name / signature / date-and-time lines to fill in by hand."""
    labels = [
        tr("Report", "Investigator (printed name)"),
        tr("Report", "Signature"),
        tr("Report", "Date and time (YYYY-MM-DD hh:mm)"),
    ]
    gap = 6 * mm
    line_width = (width - 2 * gap) / 3
    table = Table(
        [
            ["", "", "", "", ""],
            [
                para(labels[0], styles().small),
                "",
                para(labels[1], styles().small),
                "",
                para(labels[2], styles().small),
            ],
        ],
        colWidths=[line_width, gap, line_width, gap, line_width],
        rowHeights=[11 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                *[("LINEBELOW", (column, 0), (column, 0), 0.8, INK) for column in (0, 2, 4)],
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [
        para(
            tr("Report", "By signing I confirm: {meaning}.").format(meaning=statement),
            styles().body,
        ),
        Spacer(0, 1 * mm),
        table,
    ]


def signature_block(
    data: ReportData,
    signatures: Sequence[SignatureRecord],
    width: float,
    *,
    unsigned_note: str,
    sdv: SdvMark | None = None,
    broken: Sequence[SignatureRecord] = (),
) -> list[Flowable]:
    """The electronic signatures given, or handwriting lines when there are none; `broken`
    signatures (that do not verify) are printed as warnings only."""
    parts: list[Flowable] = [para(tr("Report", "Investigator signature"), styles().h2)]
    for signature in broken:
        parts.append(para(broken_text(data, signature), styles().bold))
        parts.append(Spacer(0, 2 * mm))
    if signatures:
        for signature in signatures:
            parts.append(_signature_grid(data, signature, width))
            parts.append(Spacer(0, 2 * mm))
        parts.append(
            note(
                tr(
                    "Report",
                    "Electronic signature (21 CFR Part 11): executed in baitp-desktop with the "
                    "signer's key, opened with their password; it signs exactly the records "
                    "this page prints and those its numbers are computed from, which it "
                    "locked.",
                )
            )
        )
    else:
        parts.append(para(unsigned_note, styles().bold))
        parts.extend(handwritten_lines(width, meaning_text()))
    if sdv is not None:
        parts.append(Spacer(0, 2 * mm))
        text = tr("Report", "Source data verified by {name} at {when}.").format(
            name=sdv.printed_name, when=fmt_timestamp(sdv.verified_at_utc, data.zone)
        )
        if sdv.changed_since:
            text += " " + tr("Report", "The data changed after verification.")
        parts.append(para(text, styles().body))
    return [KeepTogether(parts)]


def void_signatures_table(data: ReportData, width: float) -> list[Flowable]:
    """Voided signatures stay on record: who signed, who voided, when and why; signature
    records that do not verify are listed as such."""
    parts: list[Flowable] = [
        para(broken_text(data, s), styles().bold) for s in data.broken_signatures
    ]
    voided = [s for s in data.signatures if s.void]
    if not voided:
        return parts
    parts.append(para(tr("Report", "Voided signatures"), styles().h2))
    for s in voided:
        text = tr(
            "Report",
            "{scope} — signed by {name} at {signed}; voided by {by} at {voided}: {reason}",
        ).format(
            scope=scope_text(data, s),
            name=s.printed_name,
            signed=fmt_timestamp(s.signed_at_utc, data.zone),
            by=s.voided_by or "?",
            voided=fmt_timestamp(s.voided_at_utc, data.zone) if s.voided_at_utc else "?",
            reason=s.void_reason or "—",
        )
        parts.append(para(text, styles().cell))
    return parts


def visit_status(data: ReportData, visit_id: str) -> str:
    """The footer's word on whether this visit's data were signed/locked when printed."""
    casebook = data.casebook_signature
    if casebook is not None:
        return tr(
            "Report", "Casebook signed by {name} at {when}: data locked when printed."
        ).format(name=casebook.printed_name, when=fmt_timestamp(casebook.signed_at_utc, data.zone))
    signed = data.visit_signatures(visit_id)
    if signed:
        return tr(
            "Report", "Visit signed by {name} at {when}: its data were locked when printed."
        ).format(
            name=signed[0].printed_name, when=fmt_timestamp(signed[0].signed_at_utc, data.zone)
        )
    return tr("Report", "Not signed when printed: the data may still change.")


def casebook_status(data: ReportData) -> str:
    casebook = data.casebook_signature
    if casebook is not None:
        return tr(
            "Report", "Casebook signed by {name} at {when}: data locked when printed."
        ).format(name=casebook.printed_name, when=fmt_timestamp(casebook.signed_at_utc, data.zone))
    signed = {s.visit_id for s in data.active_signatures if s.visit_id is not None}
    if signed:
        total = len(data.config.visits) + 1
        return tr(
            "Report",
            "Casebook not signed; {n} of {total} visits signed and locked when printed, "
            "the rest may still change.",
        ).format(n=len(signed), total=total)
    return tr("Report", "Not signed when printed: the data may still change.")
