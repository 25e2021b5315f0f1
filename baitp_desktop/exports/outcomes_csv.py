"""The study outcomes as a CSV table: one row per number, for a statistician's own tools.

Shared by `baitp outcomes -o OUT.csv` and the outcomes screen's "Save as CSV", so both
files are the same table.
"""

from __future__ import annotations

import csv
import io

from baitp_desktop.core.outcomes import StudyOutcomes


def outcomes_csv(outcomes: StudyOutcomes, detail: bool) -> str:
    """One row per number: measure, n, N, percent, CI (and the participants when asked)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["section", "measure", "n", "N", "percent", "ci95_low", "ci95_high", "participants"]
    )
    data = outcomes.to_json(detail=True)
    for stage, value in data["flow"].items():
        writer.writerow(
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
        writer.writerow(
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
        writer.writerow(
            [section, measure, len(ids), of, "", "", "", " ".join(ids) if detail else ""]
        )
    any_ae = data["any_adverse_event"]
    for ae in ([any_ae] if any_ae else []) + data["adverse_events"]:
        writer.writerow(
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
    return buffer.getvalue()
