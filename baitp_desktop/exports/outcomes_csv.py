"""The study outcomes as a CSV table: one row per number, for a statistician's own tools.

Shared by `baitp outcomes -o OUT.csv` and the outcomes screen's "Save as CSV", so both
files are the same table.
"""

from __future__ import annotations

import csv
import io

from baitp_desktop.core.form_outcomes import GRADES, FormOutcomes
from baitp_desktop.core.outcomes import StudyOutcomes


def outcomes_csv(outcomes: StudyOutcomes, detail: bool) -> str:
    """One row per number: measure, n, N, percent, CI (and the participants when asked);
    `value` holds a number that is no count (a mean change of a QoL scale)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "section",
            "measure",
            "n",
            "N",
            "percent",
            "ci95_low",
            "ci95_high",
            "participants",
            "value",
        ]
    )

    def emit(row: list[object]) -> None:
        writer.writerow([*row, ""])  # no `value`: these are counts

    data = outcomes.to_json(detail=True)
    for stage, value in data["flow"].items():
        emit(
            [
                "flow",
                stage,
                value["n"],
                "",
                "",
                "",
                "",
                " ".join(value["participants"]) if detail else "",
            ]
        )
    for key, value in data["responses"].items():
        emit(
            [
                "response",
                key,
                value["n"],
                value["N"],
                value["percent"],
                value["ci95"][0],
                value["ci95"][1],
                " ".join(value["participants"]) if detail else "",
            ]
        )
    dosed = len(outcomes.flow["dosed"])
    counted: list[tuple[str, str, list[str]]] = [
        ("bleeding", "participants_with_bleeding_events",
         [p for p, n in outcomes.bleeding_events.items() if n]),
        ("interruption", "participants_interrupted", list(outcomes.interruptions["participants"])),
        ("rescue", "participants_with_rescue_therapy", list(outcomes.rescue["participants"])),
        *(("discontinuation", reason, list(ids))
          for reason, ids in outcomes.discontinuations.items()),
        ("serious_adverse_event", "serious_adverse_events",
         [s["participant_id"] for s in outcomes.serious_adverse_events]),
    ]  # fmt: skip
    for section, measure, ids in counted:
        of = "" if section == "serious_adverse_event" else dosed  # events, not participants
        emit([section, measure, len(ids), of, "", "", "", " ".join(ids) if detail else ""])
    any_ae = data["any_adverse_event"]
    for ae in ([any_ae] if any_ae else []) + data["adverse_events"]:
        emit(
            [
                "adverse_event",
                ae["term"],
                ae["n"],
                dosed,
                ae["percent"],
                "",
                "",
                " ".join(ae["participants"]) if detail else "",
            ]
        )
    if outcomes.forms is not None:
        writer.writerows(form_outcome_rows(outcomes.forms, detail))
    return buffer.getvalue()


def form_outcome_rows(forms: FormOutcomes, detail: bool) -> list[list[object]]:
    """The §10–§12 tables: worst lab grade per analyte and grade, the QoL change per visit
    and scale (its mean in `value`, its t-interval as the CI, then those improved by at
    least the MID), and the listed medications."""

    def who(ids: tuple[str, ...]) -> str:
        return " ".join(ids) if detail else ""

    rows: list[list[object]] = []
    for d in forms.worst_lab_grades:
        for grade in GRADES:
            ids = d.by_grade.get(grade, ())
            rows.append(
                [
                    "worst_lab_grade",
                    f"{d.key}:grade_{grade}",
                    len(ids),
                    d.dosed,
                    _rounded(d.percent(grade)),
                    "",
                    "",
                    who(ids),
                    "",
                ]
            )
    for c in forms.qol_changes:
        low, high = c.ci95 if c.ci95 is not None else ("", "")
        rows.append(
            [
                "qol_change",
                f"{c.visit_id}:{c.scale_id}:mean_change",
                c.n,
                "",
                "",
                _rounded(low),
                _rounded(high),
                who(c.participants),
                _rounded(c.mean),
            ]
        )
        rows.append(
            [
                "qol_change",
                f"{c.visit_id}:{c.scale_id}:improved_by_mid",
                len(c.meaningful),
                c.n,
                _rounded(c.percent_meaningful),
                "",
                "",
                who(c.meaningful),
                c.minimal_important_difference,
            ]
        )
    for m in forms.listed_medications:
        rows.append(
            [
                "listed_medication",
                m.category.value,
                len(m.participants),
                m.dosed,
                _rounded(m.percent),
                "",
                "",
                who(m.participants),
                "",
            ]
        )
    return rows


def _rounded(value: float | str | None) -> float | str:
    """One decimal, as the other percents; "" for none."""
    if value is None or isinstance(value, str):
        return value or ""
    return round(value, 1)
