#!/usr/bin/env python3
"""Regenerate the sample PDF reports in docs/samples/ (and a PNG of one page of each).

Samples: a signed visit summary, a casebook with the audit appendix, the blank paper CRF,
and a Chinese visit summary. They are made from the demo study as of a fixed date with a
fixed generation time (Beijing, UTC+08:00) and reportlab's invariant mode, so running the
script again gives the same files unless the reports changed (except the casebook's audit
appendix, whose times are those of the import the script makes).

The visit summary carries an electronic signature built here as a plain SignatureRecord
(the report takes the same dataclass from the signature service). For the Chinese sample,
labels the project's catalogue does not translate yet are taken from DEMO_ZH below, in a
temporary resources folder: the real catalogue is never modified.

Run: .venv/bin/python scripts/sample_reports.py   (needs pdftoppm for the PNGs)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from PIL import Image
from reportlab import rl_config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from baitp_desktop import i18n  # noqa: E402
from baitp_desktop.core.config import default_config  # noqa: E402
from baitp_desktop.core.course import Course  # noqa: E402
from baitp_desktop.core.records import Participant  # noqa: E402
from baitp_desktop.core.signatures import (  # noqa: E402
    SIGNATURE_MEANING,
    SignatureRecord,
    SignatureScope,
)
from baitp_desktop.demo import generate_study  # noqa: E402
from baitp_desktop.reports.blank_crf import write_blank_crf  # noqa: E402
from baitp_desktop.reports.casebook import write_casebook  # noqa: E402
from baitp_desktop.reports.gather import gather_report_data  # noqa: E402
from baitp_desktop.reports.model import ReportData  # noqa: E402
from baitp_desktop.reports.visit_summary import write_visit_summary  # noqa: E402
from baitp_desktop.resources import resources_dir  # noqa: E402
from baitp_desktop.service import StudyService  # noqa: E402
from baitp_desktop.storage import open_database  # noqa: E402

OUT = ROOT / "docs" / "samples"
AS_OF = date(2026, 11, 24)
BEIJING = timezone(timedelta(hours=8), "CST")
GENERATED = datetime(2026, 11, 24, 10, 30, tzinfo=BEIJING)

# Demonstration translations of report labels, used only where the catalogue has none.
DEMO_ZH = {
    "Visit summary: {visit}": "访视小结：{visit}",
    "Page {n} of {total}": "第 {n} 页，共 {total} 页",
    "Generated {when} by baitp-desktop {version}": "生成于 {when}（baitp-desktop {version}）",
    "Participant {pid} ({initials})": "受试者 {pid}（{initials}）",
    "Study": "研究",
    "Protocol": "方案",
    "Site": "研究中心",
    "Participant": "受试者",
    "{pid}, initials {initials}": "{pid}，缩写 {initials}",
    "Visit": "访视",
    "Target": "目标日",
    "Window": "时间窗",
    "Actual date": "实际日期",
    "Since last visit": "距上次访视",
    "Platelet count and response": "血小板计数与疗效",
    "Platelet count": "血小板计数",
    "Baseline count": "基线计数",
    "Response": "疗效",
    "WHO bleeding grade": "WHO 出血分级",
    "Dosing since the last visit": "上次访视以来的服药情况",
    "Period": "期间",
    "Expected dosing days": "应服药天数",
    "Dose taken": "已服药",
    "Missed (recorded)": "漏服（已记录）",
    "No diary entry": "无日志记录",
    "Taken when not expected": "非应服日服药",
    "Adverse events ongoing or started since the last visit": "持续中或上次访视以来新发的不良事件",
    "Rescue therapy since the last visit": "上次访视以来的挽救治疗",
    "Open findings and queries": "未关闭的发现与质疑",
    "Investigator signature": "研究者签名",
    "Signed by": "签名人",
    "Date and time": "日期和时间",
    "Meaning": "签名含义",
    "Covers": "涵盖范围",
    "none": "无",
    "no bleeding": "无出血",
    "complete response": "完全缓解",
    "response": "缓解",
    "Day {n}": "第 {n} 天",
}


def _participant_with_most_to_show(participants: list[Participant]) -> Participant:
    def score(p: Participant) -> int:
        course = Course(p, default_config())
        return (
            len(course.interruptions) * 5
            + len(p.rescue) * 3
            + len(p.adverse_events)
            + (5 if course.visit_counts.get("w24") else 0)
        )

    return max(participants, key=score)


def _two_days_after(day: date) -> datetime:
    """The investigator signs a couple of days after the visit, mid-morning in Beijing."""
    return (
        datetime.combine(day + timedelta(days=2), datetime.min.time(), BEIJING)
        .replace(hour=10, minute=15, second=40)
        .astimezone(UTC)
    )


def _png(pdf: Path, page: int, name: str) -> None:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: no PNG", file=sys.stderr)
        return
    stem = OUT / name
    page_text = str(page)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "80",
            "-png",
            "-singlefile",
            "-f",
            page_text,
            "-l",
            page_text,
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    png = stem.with_suffix(".png")
    image = Image.open(png).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.FASTOCTREE).save(png, optimize=True)


def _chinese_resources(folder: Path) -> Path:
    """A copy of the resources whose zh_CN catalogue adds DEMO_ZH where it has nothing."""
    resources = folder / "resources"
    shutil.copytree(resources_dir(), resources)
    path = resources / "translations" / "baitp_zh_CN.ts"
    known = i18n.catalogue("zh_CN")
    if path.exists():
        tree = ET.parse(path)
        root = tree.getroot()
    else:
        root = ET.Element("TS", version="2.1", language="zh_CN")
        tree = ET.ElementTree(root)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "Report"
    for source, text in DEMO_ZH.items():
        if ("Report", source) in known:
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return resources


def main() -> int:
    rl_config.invariant = 1  # no creation date or random ids: reproducible files
    OUT.mkdir(parents=True, exist_ok=True)
    config = default_config()
    participants = generate_study(35, 2207, today=AS_OF)
    chosen = _participant_with_most_to_show(participants)
    course = Course(chosen, config)
    window = course.window("d28")
    assert window is not None
    signature = SignatureRecord(
        signature_id=1,
        participant_id=chosen.participant_id,
        scope=SignatureScope.VISIT,
        visit_id="d28",
        printed_name="Dr Example Investigator",
        username="investigator",
        signed_at_utc=_two_days_after(course.visit_counts.get("d28") or window.last),
        meaning=SIGNATURE_MEANING,
        covers_first=window.first,
        covers_last=window.last,
    )
    signed = ReportData(chosen, config, GENERATED, signatures=(signature,), zone=BEIJING)
    pages = write_visit_summary(signed, "d28", OUT / "visit_summary.pdf")
    _png(OUT / "visit_summary.pdf", 1, "visit_summary")
    print(f"visit_summary.pdf: {chosen.participant_id} d28, signed, {pages} pages")

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "demo.sqlite")
        StudyService(database).import_participants(participants, reason="Demo study")
        data = gather_report_data(
            database,
            chosen.participant_id,
            config,
            with_audit=True,
            generated_at=GENERATED,
            zone=BEIJING,
        )
        database.dispose()
    pages = write_casebook(data, OUT / "casebook.pdf")
    _png(OUT / "casebook.pdf", 3, "casebook_page3")
    print(f"casebook.pdf: {chosen.participant_id}, with audit appendix, {pages} pages")

    pages = write_blank_crf(config, OUT / "blank_crf.pdf", generated_at=GENERATED, zone=BEIJING)
    _png(OUT / "blank_crf.pdf", 2, "blank_crf_page2")
    print(f"blank_crf.pdf: {pages} pages")

    with tempfile.TemporaryDirectory() as folder:
        previous = os.environ.get("BAITP_RESOURCES")
        os.environ["BAITP_RESOURCES"] = str(_chinese_resources(Path(folder)))
        i18n._catalogues.clear()
        try:
            pages = write_visit_summary(
                signed, "d28", OUT / "visit_summary_zh_CN.pdf", language="zh_CN"
            )
        finally:
            if previous is None:
                os.environ.pop("BAITP_RESOURCES", None)
            else:
                os.environ["BAITP_RESOURCES"] = previous
            i18n._catalogues.clear()
    _png(OUT / "visit_summary_zh_CN.pdf", 1, "visit_summary_zh_CN")
    print(f"visit_summary_zh_CN.pdf: {pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
