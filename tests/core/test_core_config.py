"""The thresholds come from the protocol configuration, not from code (PROTOCOL.md §8,
"Thresholds as written"): variants built from default_config() change the results."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from baitp_desktop.core.config import (
    ConfigError,
    LabLimit,
    Threshold,
    default_config,
    load_config,
)
from baitp_desktop.resources import resource_path
from tests.core.builders import (
    CLEAN_COUNTS,
    SCREENING_DATE,
    dates,
    day,
    diary,
    endpoints,
    participant,
    screening,
    with_counts,
)

IWG = replace(default_config(), r=Threshold(30, ">="), cr=Threshold(100, ">="))


def test_shipped_configuration_matches_the_protocol() -> None:
    c = default_config()
    assert (c.min_age_years, c.max_age_years) == (18, 70)
    assert (c.i4_platelets_below, c.i4_platelets_below_with_bleeding) == (30, 50)
    assert c.screening_window_days == 28
    assert (c.dose_mg, c.last_planned_day, c.last_acceptable_day) == (4, 168, 175)
    assert c.severe_ae_min_grade == 4
    assert (str(c.interruption), c.interruption_min_days_apart) == ("> 300", 14)
    assert (c.compliance_block_days, c.compliance_min_fraction) == (28, 0.8)
    assert c.sae_max_report_delay_days == 1
    assert (str(c.cr), str(c.r), str(c.durable)) == ("> 100", "> 30", ">= 30")
    assert (c.r_baseline_multiple, c.durable_baseline_multiple) == (2, 2)
    assert c.durable_rescue_free_days == 28
    assert (c.early_visit, c.initial_visit, c.durable_visit) == ("d7", "d28", "w24")
    assert c.bleeding_event_min_grade == 2
    labs = {lab.key: (lab.comparison, lab.limit, lab.times_uln) for lab in c.lab_limits}
    assert labs == {
        "alt": (">", None, 2.0), "ast": (">", None, 2.0), "bilirubin": (">=", None, 1.5),
        "hemoglobin": ("<", 9.0, None), "wbc": ("<", 2500, None), "anc": ("<", 1200, None),
        "lymphocytes": ("<", 750, None), "egfr": ("<", 50, None),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("baseline", "count", "default", "iwg"),
    [
        (10, 30, "NR", "R"),  # R: > 30 as written, >= 30 under IWG
        (18, 100, "R", "CR"),  # CR: > 100 as written, >= 100 under IWG
        (10, 29.9, "NR", "NR"),
        (60, 100, "NR", "CR"),
    ],
)
def test_iwg_operators_change_the_responses(
    baseline: float, count: float, default: str, iwg: str
) -> None:
    p = with_counts(participant(), {1: baseline, 7: count, 28: count})
    assert endpoints(p).early_response == default
    assert endpoints(p, IWG).early_response == iwg
    assert endpoints(p, IWG).initial_response == iwg


def test_durable_operator_is_configured() -> None:
    p = with_counts(participant(), {1: 10, 168: 30})
    assert endpoints(p).durable_response is True
    strict = replace(default_config(), durable=Threshold(30, ">"))
    assert endpoints(p, strict).durable_response is False


def test_interruption_threshold_is_configured() -> None:
    p = with_counts(participant(), {**CLEAN_COUNTS, 84: 300, 98: 300})
    assert endpoints(p).interruption_triggers == ()
    inclusive = replace(default_config(), interruption=Threshold(300, ">="))
    assert endpoints(p, inclusive).interruption_triggers == (day(98),)
    assert dates(p, "DOSE_DURING_INTERRUPTION", config=inclusive)[0] == day(99)


def test_windows_and_limits_are_configured() -> None:
    p = participant(consent_date=day(-29), screening=screening(date=day(-29)))
    assert dates(p, "SCREENING_WINDOW") == [day(1)]
    assert dates(p, "SCREENING_WINDOW", config=replace(default_config(),
                                                       screening_window_days=29)) == []  # fmt: skip
    p = participant(doses=diary(missed=range(1, 6)))  # 23/28 = 82 %
    assert dates(p, "LOW_COMPLIANCE") == []
    assert dates(
        p, "LOW_COMPLIANCE", config=replace(default_config(), compliance_min_fraction=0.9)
    ) == [day(28)]
    p = participant(doses=diary(doses_mg={5: 2}))
    assert dates(p, "WRONG_DOSE") == [day(5)]
    wrong = dates(p, "WRONG_DOSE", config=replace(default_config(), dose_mg=2))
    assert len(wrong) == 167 and day(5) not in wrong


def test_lab_limits_are_configured() -> None:
    p = participant(screening=screening(labs=replace(screening().labs, hemoglobin=9.5)))
    assert dates(p, "INELIGIBLE_LAB") == []
    stricter = tuple(
        LabLimit("hemoglobin", "Hemoglobin", "<", limit=10.0) if lab.key == "hemoglobin" else lab
        for lab in default_config().lab_limits
    )
    config = replace(default_config(), lab_limits=stricter)
    assert dates(p, "INELIGIBLE_LAB", config=config) == [SCREENING_DATE]


def test_a_modified_protocol_file_is_read(tmp_path: Path) -> None:
    text = resource_path("protocol.toml").read_text("utf-8")
    text, n = re.subn(r'(?m)^r_comparison = ">"$', 'r_comparison = ">="', text)
    assert n == 1
    path = tmp_path / "protocol.toml"
    path.write_text(text, "utf-8")
    p = with_counts(participant(), {1: 10, 7: 30})
    assert endpoints(p, load_config(path)).early_response == "R"
    assert endpoints(p).early_response == "NR"


def test_broken_protocol_file_is_refused(tmp_path: Path) -> None:
    text = resource_path("protocol.toml").read_text("utf-8")
    path = tmp_path / "protocol.toml"
    path.write_text(text.replace('cr_comparison = ">"', 'cr_comparison = "=>"'), "utf-8")
    with pytest.raises(ConfigError):
        load_config(path)
    path.write_text(text.replace("platelets_above = 300\n", ""), "utf-8")
    with pytest.raises(ConfigError):
        load_config(path)
    with pytest.raises(ConfigError):
        load_config(tmp_path / "missing.toml")
