"""The demo study: deterministic, importable, and rich enough for every screen and finding."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter
from datetime import date

import pytest

from baitp_desktop.core import Participant, compute_endpoints, default_config, validate_study
from baitp_desktop.core.bundle import read_bundle, write_bundle
from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.records import DecisionAction, DiscontinuationReason
from baitp_desktop.core.rules import RULES
from baitp_desktop.demo import MAX_PARTICIPANTS, generate_study, participant_state
from baitp_desktop.resources import resource_path
from tests.core.scenario_expectations import SECTION_6_CODES

TODAY = date(2026, 11, 24)
CTCAE_TERMS = resource_path("ctcae", "ctcae_v5_terms.csv")  # shipped with the application


@pytest.fixture(scope="module")
def study() -> list[Participant]:
    return generate_study(35, seed=2207, today=TODAY)


@pytest.fixture(scope="module")
def findings(study: list[Participant]) -> list[Finding]:
    return validate_study(study, as_of=TODAY)


def _codes_of(findings: list[Finding], participant_id: str) -> set[str]:
    return {f.code for f in findings if f.participant_id == participant_id}


def test_same_seed_gives_the_same_bundle() -> None:
    first = write_bundle(generate_study(35, seed=11, today=TODAY))
    assert write_bundle(generate_study(35, seed=11, today=TODAY)) == first
    assert write_bundle(generate_study(35, seed=12, today=TODAY)) != first


def test_every_finding_code_appears(findings: list[Finding]) -> None:
    assert set(RULES) >= SECTION_6_CODES
    assert set(RULES) - {f.code for f in findings} == set()


def test_the_history_and_safety_forms_are_filled(
    study: list[Participant], findings: list[Finding]
) -> None:
    """ITP history and prior therapies for everyone; panels and questionnaires at the
    visits of the dosed; each §9–§12 finding once; one finding explained."""
    assert all(p.itp_history is not None and p.prior_itp_therapies for p in study)
    dosed = [p for p in study if p.first_dose_date is not None]
    assert all(p.lab_panels and p.questionnaires for p in dosed)
    assert any(p.medications for p in study) and any(p.medical_history for p in study)
    new_codes = ("PROHIBITED_MEDICATION", "CAUTION_MEDICATION", "LAB_AE_NOT_RECORDED",
                 "LAB_HOLD_IGNORED", "MISSING_QOL", "QOL_INCOMPLETE", "ITP_HISTORY")  # fmt: skip
    counted = Counter(f.code for f in findings if f.code in new_codes)
    assert counted == Counter(new_codes)
    [explained] = [f for f in findings if f.explained]
    assert explained.code == "CAUTION_MEDICATION"
    assert sum(len(p.explanations) for p in study) == 1


def test_most_participants_have_no_major_finding(
    study: list[Participant], findings: list[Finding]
) -> None:
    with_major = {f.participant_id for f in findings if f.severity == Severity.MAJOR}
    assert len(study) - len(with_major) >= 20


def test_participants_in_every_state(study: list[Participant]) -> None:
    states = Counter(participant_state(p, TODAY, default_config()) for p in study)
    assert 2 <= states["screening"] <= 4
    assert states["on_treatment"] > states["completed"] >= 3
    assert 2 <= states["discontinued"] <= 6
    assert all(not p.is_dosed for p in study if participant_state(p, TODAY, default_config())
               == "screening")  # fmt: skip


def test_bundle_round_trip_passes_the_strict_reader(study: list[Participant]) -> None:
    document = write_bundle(study)
    assert write_bundle(read_bundle(document, default_config(), TODAY)) == document


def test_identity_and_demographics_are_plausible(study: list[Participant]) -> None:
    assert [p.participant_id for p in study] == [f"BAITP-{i:03d}" for i in range(1, 36)]
    for p in study:
        assert p.initials.isalpha() and p.initials.isupper() and 2 <= len(p.initials) <= 3
        assert p.birth_date < p.consent_date <= TODAY
    consents = sorted(p.consent_date for p in study)
    assert 365 <= (TODAY - consents[0]).days <= 460  # about 14 months of enrolment


def test_interruption_applied_and_ignored(
    study: list[Participant], findings: list[Finding]
) -> None:
    config = default_config()
    triggered = [p for p in study if Course(p, config).triggers]
    applied = [p for p in triggered if p.dosing_decisions]
    ignored = [p for p in triggered if not p.dosing_decisions]
    assert applied and ignored
    for p in applied:
        actions = [d.action for d in p.dosing_decisions]
        assert actions == [DecisionAction.INTERRUPT, DecisionAction.RESUME]
        assert "DOSE_DURING_INTERRUPTION" not in _codes_of(findings, p.participant_id)
    for p in ignored:
        assert "DOSE_DURING_INTERRUPTION" in _codes_of(findings, p.participant_id)


def test_grade_4_ae_reported_on_time_then_discontinued(
    study: list[Participant], findings: list[Finding]
) -> None:
    clean = []
    for p in study:
        severe = [ae for ae in p.adverse_events if ae.grade >= 4]
        if not severe or p.discontinuation is None:
            continue
        assert p.discontinuation.reason == DiscontinuationReason.ADVERSE_EVENT
        ae = severe[0]
        assert ae.serious and ae.aware_date and ae.reported_date
        if (ae.reported_date - ae.aware_date).days <= 1 and not _codes_of(
            findings, p.participant_id
        ) & {"DOSE_AFTER_SEVERE_AE", "SAE_LATE_REPORT"}:
            clean.append(p)
    assert clean


def test_withdrawal_rescue_and_missed_visit(
    study: list[Participant], findings: list[Finding]
) -> None:
    reasons = Counter(p.discontinuation.reason for p in study if p.discontinuation)
    assert reasons[DiscontinuationReason.PARTICIPANT_REQUEST] >= 1
    assert 2 <= sum(1 for p in study if p.rescue) <= 4
    assert any(f.code == "MISSED_VISIT" for f in findings)


def test_about_half_respond(study: list[Participant]) -> None:
    dosed = [compute_endpoints(p) for p in study if p.is_dosed]
    responders = sum(1 for e in dosed if e.time_to_response_days is not None)
    assert 0.25 <= responders / len(dosed) <= 0.75


def test_screening_values_and_diary_are_realistic(study: list[Participant]) -> None:
    for p in study:
        s = p.screening
        assert s.platelets is not None and 3 <= s.platelets < 50
        if p.first_dose_date is not None and s.date is not None:
            assert 1 <= (p.first_dose_date - s.date).days <= 40
        dates = [d.date for d in p.doses]
        assert len(dates) == len(set(dates))
        taken = [d for d in p.doses if d.taken]
        assert not taken or Counter(d.dose_mg for d in taken).most_common(1)[0][0] == 4
        assert all(c.value <= 2000 for c in p.platelet_counts)


def test_ae_terms_are_exact_ctcae_terms(study: list[Participant]) -> None:
    with CTCAE_TERMS.open(encoding="utf-8") as handle:
        terms = {row["term"] for row in csv.DictReader(handle)}
    used = {ae.term for p in generate_study(300, seed=5, today=TODAY) for ae in p.adverse_events}
    assert used - terms == set()


@pytest.mark.parametrize("n", [0, 1, 3])
def test_small_studies(n: int) -> None:
    study = generate_study(n, seed=3, today=TODAY)
    assert len(study) == n
    read_bundle(write_bundle(study), default_config(), TODAY)
    validate_study(study, as_of=TODAY)


def test_thousand_participants() -> None:
    """The largest study the id pattern allows (its generation time is in benchmarks/)."""
    study = generate_study(MAX_PARTICIPANTS, seed=1, today=TODAY)
    ids = [p.participant_id for p in study]
    assert len(set(ids)) == MAX_PARTICIPANTS
    read_bundle(write_bundle(study), default_config(), TODAY)
    findings = validate_study(study, as_of=TODAY)
    with_major = {f.participant_id for f in findings if f.severity == Severity.MAJOR}
    assert len(with_major) < 0.4 * MAX_PARTICIPANTS
    with pytest.raises(ValueError):
        generate_study(MAX_PARTICIPANTS + 1, today=TODAY)


def test_default_today_has_no_future_dates() -> None:
    read_bundle(write_bundle(generate_study(5)), default_config(), date.today())


def test_demo_imports_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, baitp_desktop.demo; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]; "
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
