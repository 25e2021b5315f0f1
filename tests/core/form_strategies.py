"""Hypothesis strategies for valid §9–§13 records, as the GUI or a `/2` bundle enters them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from baitp_desktop.core.records import (
    PANEL_FIELDS,
    Explanation,
    Frequency,
    ItpHistory,
    ItpTherapyCode,
    LabPanel,
    MedicalHistoryEntry,
    Medication,
    PriorItpTherapy,
    Questionnaire,
    Route,
    StopReason,
    TherapyResponse,
)

_CHARS = st.characters(categories=("L", "N", "P", "S"), exclude_characters="\x00")
clean_text = st.text(_CHARS | st.just(" "), min_size=1, max_size=20).map(str.strip).filter(bool)
# listed drugs in odd spellings, unlisted ones, and near misses
drug_names = st.sampled_from([
    "Aspirin", "ＡＳＰＩＲＩＮ", "acetylsalicylic\u3000acid", "Aspirin 100 mg", "Xeljanz",
    "托法替布", "heparin\u00a0sodium", "Amlodipine", "LAIV", "omeprazole",
]) | clean_text  # fmt: skip
ITEMS = tuple(f"q{n:02d}" for n in range(1, 45))


def _decimal(low: int, high: int, places: int) -> st.SearchStrategy[Decimal]:
    return st.integers(low * 10**places, high * 10**places).map(
        lambda n: Decimal(n).scaleb(-places)
    )


# a valid value per panel field: cell counts whole per µL, hemoglobin <= 25 g/dL, ULN > 0
_PANEL_VALUES: dict[str, st.SearchStrategy[Decimal]] = {
    "hemoglobin": _decimal(0, 25, 1),
    "wbc": _decimal(0, 20000, 0),
    "anc": _decimal(0, 15000, 0),
    "lymphocytes": _decimal(0, 8000, 0),
    "cholesterol": _decimal(0, 50, 2),
    "triglycerides": _decimal(0, 100, 2),
}
for _key in ("alt", "ast", "bilirubin", "creatinine"):
    _PANEL_VALUES[_key] = _decimal(0, 3000, 1)
    _PANEL_VALUES[f"{_key}_uln"] = _decimal(1, 300, 1)


def screening_lab(key: str) -> st.SearchStrategy[float | None]:
    """A screening lab value as a float, valid for its field."""
    return st.none() | _PANEL_VALUES.get(key, _decimal(0, 200, 1)).map(float)


def form_records(draw: st.DrawFn, near: Callable[[int, int], date]) -> dict[str, Any]:
    """Keyword arguments of Participant for the §9–§13 records."""
    history = draw(st.none() | st.builds(
        ItpHistory, st.none() | st.just(near(-3000, -1)), st.just(False), st.none()))  # fmt: skip
    therapies = []
    for _ in range(draw(st.integers(0, 3))):
        start = near(-3000, -10)
        stop = draw(st.none() | st.integers(0, 300).map(lambda k, s=start: s + timedelta(k)))
        code = draw(st.sampled_from(ItpTherapyCode))
        therapies.append(PriorItpTherapy(
            code, start, stop, draw(st.sampled_from(TherapyResponse)),
            None if stop is None else draw(st.sampled_from(StopReason)),
            draw(clean_text) if code == ItpTherapyCode.OTHER else None,
        ))  # fmt: skip
    medical = [
        MedicalHistoryEntry(draw(clean_text), near(-3000, -100), ongoing=True)
        for _ in range(draw(st.integers(0, 2)))
    ]
    medications = []
    for _ in range(draw(st.integers(0, 4))):
        start = near(-100, 200)
        stop = draw(st.none() | st.integers(0, 60).map(lambda k, s=start: s + timedelta(k)))
        medications.append(Medication(
            draw(drug_names), start, draw(st.sampled_from(Route)),
            draw(st.sampled_from(Frequency)), stop, draw(st.none() | clean_text),
            draw(st.none() | st.integers(1, 500).map(float)), draw(st.none() | st.just("mg")),
        ))  # fmt: skip
    panel_dates = draw(st.sets(st.integers(-10, 200), max_size=6))
    panels = tuple(LabPanel.of(near(n, n), _panel_values(draw)) for n in sorted(panel_dates))
    questionnaire_dates = draw(st.sets(st.integers(-10, 200), max_size=5))
    questionnaires = tuple(
        Questionnaire(near(n, n), "ITP-PAQ", "structure-1", draw(st.booleans()),
                      _answers(draw(st.integers(0, 44)), draw(st.integers(0, 4))))
        for n in sorted(questionnaire_dates)
    )  # fmt: skip
    explanations = tuple(
        Explanation(code, near(n, n), record, draw(clean_text))
        for code, n, record in draw(st.lists(st.sampled_from([
            ("MISSED_VISIT", 56, "visit:w8"), ("ITP_HISTORY", -5, "screening:itp_history"),
            ("MISSING_QOL", 28, "qol:d28"),
        ]), unique=True, max_size=3))
    )  # fmt: skip
    return {
        "itp_history": history,
        "prior_itp_therapies": tuple(therapies),
        "medical_history": tuple(medical),
        "medications": tuple(medications),
        "lab_panels": panels,
        "questionnaires": questionnaires,
        "explanations": explanations,
    }


def _answers(answered: int, shift: int) -> dict[str, int | None]:
    """`answered` items answered (every other one first), values cycling 1..5 from `shift`."""
    order = ITEMS[::2] + ITEMS[1::2]
    chosen = set(order[:answered])
    return {
        item: (index + shift) % 5 + 1 if item in chosen else None
        for index, item in enumerate(ITEMS)
    }


def _panel_values(draw: st.DrawFn) -> dict[str, Decimal | None]:
    values: dict[str, Decimal | None] = {}
    for key in PANEL_FIELDS:
        if key.endswith("_uln"):
            continue
        done = draw(st.booleans()) or draw(st.booleans())
        values[key] = draw(_PANEL_VALUES[key]) if done else None
        if f"{key}_uln" in PANEL_FIELDS:
            values[f"{key}_uln"] = draw(_PANEL_VALUES[f"{key}_uln"]) if done else None
    return values
