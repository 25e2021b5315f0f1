"""How a scenario's `.expected.json` is compared (INTERCHANGE.md "Scenario expectations").

Shared by the core-level and the command-line scenario tests so that both read the
contract the same way: the findings of the codes in its `"codes"` list (the PROTOCOL.md §6
codes when it has none), and the endpoints key by key (an object compared whole).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

SECTION_6_CODES: frozenset[str] = frozenset(
    {
        "INELIGIBLE_AGE", "INELIGIBLE_PLATELETS", "INELIGIBLE_CRITERIA", "INELIGIBLE_LAB",
        "DOSED_BEFORE_CONSENT", "SCREENING_WINDOW", "WRONG_DOSE", "DOSE_DURING_INTERRUPTION",
        "DOSE_AFTER_DISCONTINUATION", "DOSE_AFTER_SEVERE_AE", "DOSE_BEYOND_TREATMENT",
        "LOW_COMPLIANCE", "MISSED_VISIT", "MISSING_DIARY", "MISSING_BLEEDING",
        "AE_BEFORE_CONSENT", "SAE_LATE_REPORT",
    }
)  # fmt: skip


def covered_codes(expected: Mapping[str, Any]) -> frozenset[str]:
    """The codes whose findings the expectation lists: its `codes`, else the §6 codes."""
    codes = expected.get("codes")
    if codes is None:
        return SECTION_6_CODES
    assert codes, "a scenario's 'codes' list is never empty"
    return frozenset(codes)


def covered(
    findings: Iterable[Mapping[str, Any]], codes: frozenset[str]
) -> list[tuple[str, str, str]]:
    """(participant, code, date) of the findings of the covered codes, in the given order."""
    return [(f["participant_id"], f["code"], f["date"]) for f in findings if f["code"] in codes]


def endpoint_mismatches(got: list[Mapping[str, Any]], want: list[Mapping[str, Any]]) -> list[str]:
    """Every endpoint the expectation names that differs (keys it does not name are free)."""
    problems: list[str] = []
    by_id = {e["participant_id"]: e for e in got}
    if sorted(by_id) != sorted(e["participant_id"] for e in want):
        return [f"participants {sorted(by_id)} != expected"]
    for expected in want:
        actual = by_id[expected["participant_id"]]
        for key, value in expected.items():
            if key not in actual:
                problems.append(f"{expected['participant_id']}: no endpoint {key!r}")
            elif actual[key] != value:
                problems.append(
                    f"{expected['participant_id']} {key}: got {actual[key]!r}, want {value!r}"
                )
    return problems
