"""Outcome statistics of the new forms against hand-worked values: Student's t without
SciPy, the QoL mean change with its 95 % t-interval and the MID count, the worst lab grade
per analyte over the dosed participants, and the listed medications."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baitp_desktop.core.config import default_config
from baitp_desktop.core.endpoints import Endpoints, compute_endpoints
from baitp_desktop.core.form_outcomes import (
    listed_medication_counts,
    qol_mean_changes,
    worst_lab_grade_distribution,
)
from baitp_desktop.core.forms_config import MedicationCategory
from baitp_desktop.core.statistics import (
    mean_confidence_interval,
    student_t_cdf,
    student_t_quantile,
)
from tests.core.builders import (
    day,
    discontinued,
    medication,
    panel,
    participant,
    questionnaire,
)

CONFIG = default_config()


# -- Student's t -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("df", "t975"),
    [(1, 12.706204736), (2, 4.302652730), (3, 3.182446305), (5, 2.570581836),
     (10, 2.228138852), (30, 2.042272456), (120, 1.979930405)],
)  # fmt: skip
def test_t_quantiles_match_the_tables(df: int, t975: float) -> None:
    assert student_t_quantile(0.975, df) == pytest.approx(t975, abs=1e-8)
    assert student_t_quantile(0.025, df) == pytest.approx(-t975, abs=1e-8)


@given(st.floats(-50, 50), st.integers(1, 200))
def test_t_cdf_is_symmetric_and_inverts(t: float, df: int) -> None:
    assert student_t_cdf(t, df) + student_t_cdf(-t, df) == pytest.approx(1.0, abs=1e-12)
    p = student_t_cdf(t, df)
    if 1e-9 < p < 1 - 1e-9:
        assert student_t_quantile(p, df) == pytest.approx(t, abs=1e-6)


def test_mean_interval_hand_worked() -> None:
    # 10, 20, 30: mean 20, s = 10, se = 10 / sqrt(3), t(0.975, 2) = 4.302652730
    mean, low, high = mean_confidence_interval([10.0, 20.0, 30.0]) or (0, 0, 0)
    half = 4.302652730 * 10 / math.sqrt(3)
    assert (mean, low, high) == pytest.approx((20, 20 - half, 20 + half), abs=1e-7)
    assert mean_confidence_interval([5.0]) is None and mean_confidence_interval([]) is None


# -- QoL mean change -------------------------------------------------------------------------
def _qol(pid: str, baseline: int, d28: int | None) -> Endpoints:
    """Every item answered `baseline` at baseline and `d28` at Day 28 (score 25 × (v − 1))."""
    answers = [questionnaire(day(1), default=baseline)]
    if d28 is not None:
        answers.append(questionnaire(day(28), default=d28))
    return compute_endpoints(participant(participant_id=pid, questionnaires=tuple(answers)))


def test_mean_change_per_scale_and_visit_hand_worked() -> None:
    rows = [_qol("BAITP-001", 2, 3), _qol("BAITP-002", 2, 4), _qol("BAITP-003", 3, 3),
            _qol("BAITP-004", 3, None)]  # fmt: skip
    changes = {(c.visit_id, c.scale_id): c for c in qol_mean_changes(rows, CONFIG)}
    assert len(changes) == 3 * 10
    symptoms = changes[("d28", "symptoms")]
    # changes +25, +50, 0 (BAITP-004 has no Day 28 score): mean 25, s = 25
    assert symptoms.participants == ("BAITP-001", "BAITP-002", "BAITP-003")
    assert symptoms.mean == pytest.approx(25.0)
    half = 4.302652730 * 25 / math.sqrt(3)
    assert symptoms.ci95 == pytest.approx((25 - half, 25 + half), abs=1e-6)
    # MID 10 (the shipped [assumption]): +25 and +50 reach it, 0 does not
    assert symptoms.meaningful == ("BAITP-001", "BAITP-002")
    assert symptoms.percent_meaningful == pytest.approx(200 / 3)
    assert changes[("w12", "symptoms")].n == 0 and changes[("w12", "symptoms")].mean is None


# -- worst lab grades ------------------------------------------------------------------------
def test_worst_grade_distribution_over_the_dosed() -> None:
    def anc(pid: str, *values: str) -> Endpoints:
        panels = tuple(panel(day(10 * (i + 1)), anc=v) for i, v in enumerate(values))
        return compute_endpoints(participant(participant_id=pid, lab_panels=panels))

    rows = [anc("BAITP-001", "3100", "1400"), anc("BAITP-002", "900"), anc("BAITP-003", "2000"),
            compute_endpoints(participant(participant_id="BAITP-004", lab_panels=()))]  # fmt: skip
    by_key = {d.key: d for d in worst_lab_grade_distribution(rows, CONFIG)}
    neutrophils = by_key["neutrophils_decreased"]
    assert neutrophils.dosed == 4
    assert {g: neutrophils.n(g) for g in range(5)} == {0: 1, 1: 0, 2: 1, 3: 1, 4: 0}
    assert neutrophils.by_grade[2] == ("BAITP-001",)
    assert neutrophils.percent(3) == 25.0
    assert neutrophils.not_measured == ("BAITP-004",)


# -- listed medications ----------------------------------------------------------------------
def test_listed_medication_counts() -> None:
    people = [
        participant(participant_id="BAITP-001", medications=(
            medication("aspirin", day(5), day(6)), medication("Clopidogrel", day(9)))),
        participant(participant_id="BAITP-002", medications=(medication("Xeljanz", day(30)),)),
        participant(participant_id="BAITP-003", medications=(medication("aspirin", day(-40),
                                                                        day(-2)),)),
        participant(participant_id="BAITP-004", discontinuation=discontinued(day(20)),
                    medications=(medication("Xeljanz", day(21)),)),
    ]  # fmt: skip
    counts = {c.category: c for c in listed_medication_counts(people, CONFIG)}
    caution = counts[MedicationCategory.CAUTION]
    assert (caution.participants, caution.rows, caution.dosed) == (("BAITP-001",), 2, 4)
    prohibited = counts[MedicationCategory.PROHIBITED]
    assert (prohibited.participants, prohibited.rows) == (("BAITP-002",), 1)
    assert prohibited.percent == 25.0
