"""The page template every report shares, and writing the finished PDF to disk.

Every page carries what a monitor needs to file a loose sheet: the study, the participant,
"page X of Y", when it was generated, whether the data were signed/locked when printed,
and the audit trail's head and entry count at that moment (the same line `baitp verify`
prints last): a page can later be checked against the trail with `verify --head`.
"Y" is only known at the end, so the canvas keeps each page's drawing state and draws the
header and footer when the document is saved (one layout pass, not two).

The file is written next to the target and renamed over it, so an interrupted build never
leaves half a PDF where the site file expects a whole one.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from baitp_desktop import __version__
from baitp_desktop.atomic_write import write_atomically
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.reports.fonts import draw_string, fit_text, register_fonts
from baitp_desktop.reports.paper import PAPER_SIZES
from baitp_desktop.reports.styles import INK, MUTED, RULE

MARGIN_X = 16 * mm
MARGIN_TOP = 19 * mm
MARGIN_BOTTOM = 19 * mm

Progress = Callable[[int, int], None]


def study_line(config: ProtocolConfig) -> str:
    """'BAITP · PKU-ITP2207 / NCT05446831' for the page header of every report."""
    return f"BAITP · {config.protocol_id} / {config.registry_id}"


@dataclass(frozen=True, slots=True)
class TrailStamp:
    """The audit trail's head and number of entries when the data were read for printing."""

    head: str
    entries: int

    def text(self) -> str:
        return tr_n(
            "Report",
            "Audit trail: head {head}, {n} entry",
            "Audit trail: head {head}, {n} entries",
            self.entries,
        ).format(head=self.head, n=self.entries)


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What the header and footer of every page say."""

    study_line: str
    document_title: str
    participant_label: str
    generated_at: str
    status: str
    trail: TrailStamp | None = None


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPER_SIZES[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper size {paper!r} (a4 or letter)") from None


class _DecoratedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that draws header and footer on every page once the page count is known."""

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    @property
    def page_count(self) -> int:
        return len(self._saved_pages)

    def _decorate(self, number: int, total: int) -> None:
        decor = self._decor
        width, height = self._pagesize
        left, right = MARGIN_X, width - MARGIN_X
        self.saveState()
        # header: study and document left, participant right, a rule below
        top = height - 11 * mm
        self.setFillColor(INK)
        label_width = draw_string(
            self, right, top, decor.participant_label, 9, bold=True, align="right"
        )
        self.setFillColor(MUTED)
        head = f"{decor.study_line} · {decor.document_title}"
        draw_string(self, left, top, fit_text(head, 8, right - left - label_width - 8 * mm), 8)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, top - 2.2 * mm, right, top - 2.2 * mm)
        # footer: a rule, generated-at and page x of y, the lock/signature status, and the
        # audit trail's head in small type on a line of its own (all 64 digits: the line
        # `verify --head` takes), under the status
        base = 10 * mm
        self.line(left, base + 8.2 * mm, right, base + 8.2 * mm)
        self.setFillColor(INK)
        page = tr("Report", "Page {n} of {total}").format(n=number, total=total)
        page_width = draw_string(self, right, base + 4.4 * mm, page, 8.5, bold=True, align="right")
        self.setFillColor(MUTED)
        made = tr("Report", "Generated {when} by baitp-desktop {version}").format(
            when=decor.generated_at, version=__version__
        )
        draw_string(
            self,
            left,
            base + 4.4 * mm,
            fit_text(made, 7.5, right - left - page_width - 6 * mm),
            7.5,
        )
        self.setFillColor(INK)
        draw_string(self, left, base, fit_text(decor.status, 7.5, right - left), 7.5, bold=True)
        if decor.trail is not None:
            self.setFillColor(MUTED)
            stamp = fit_text(decor.trail.text(), 5.5, right - left)
            draw_string(self, left, base - 3.2 * mm, stamp, 5.5)
        self.restoreState()


def build_pdf(
    story: Sequence[Flowable],
    decor: PageDecor,
    target: Path | BinaryIO,
    *,
    paper: str = "a4",
    subject: str = "",
    progress: Progress | None = None,
) -> int:
    """Lay out the story on decorated pages and write the PDF; returns the page count."""
    register_fonts()
    buffer = io.BytesIO()
    size = paper_size(paper)
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{decor.document_title} — {decor.participant_label}",
        author="baitp-desktop",
        subject=subject,
        creator=f"baitp-desktop {__version__}",
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=size)])
    if progress is not None:
        _connect_progress(doc, progress)
    canvases: list[_DecoratedCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> _DecoratedCanvas:
        canvas = _DecoratedCanvas(*args, decor=decor, **kwargs)
        canvases.append(canvas)
        return canvas

    doc.build(list(story), canvasmaker=make_canvas)
    pages = canvases[-1].page_count if canvases else 0
    data = buffer.getvalue()
    if isinstance(target, Path):
        write_atomically(target, data)
    else:
        target.write(data)
    return pages


def _connect_progress(doc: BaseDocTemplate, progress: Progress) -> None:
    """reportlab reports the number of flowables first, then how many are laid out."""
    total = [0]

    def callback(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = value
        elif kind == "PROGRESS" and total[0]:
            progress(min(value, total[0]), total[0])

    doc.setProgressCallBack(callback)
