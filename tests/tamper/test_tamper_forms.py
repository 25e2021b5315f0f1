"""The forms of PROTOCOL.md §9–§13 edited with plain SQLite, as an insider could: a lab
value (even only its digits), a questionnaire's answer, an explanation's reason, or a row
moved to another participant is named by the real `baitp verify`."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from tests.tamper.trail_tamper_helpers import closing_connection, copy_study, participant_pk

Baitp = Callable[..., subprocess.CompletedProcess[str]]
BUNDLES = [SCENARIOS / "bundle2" / f"{name}.json" for name in ("07_v2_history_and_safety",
                                                                 "08_v2_new_findings")]  # fmt: skip


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("forms") / "template.sqlite"
    from tests.account_helpers import baitp

    for bundle in BUNDLES:
        result = baitp(path.parent, "import", str(bundle), "--db", str(path))
        assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def study(template: Path, tmp_path: Path) -> Path:
    return copy_study(template, tmp_path / "site" / "study.sqlite")


def _ids(study: Path) -> tuple[str, str]:
    with closing_connection(study) as sql:
        rows = sql.execute("SELECT participant_id FROM participant ORDER BY id").fetchall()
    return rows[0][0], rows[1][0]


def _broken(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    for word in words:
        assert word in result.stdout, (word, result.stdout)


def test_the_imported_forms_verify(study: Path, baitp: Baitp) -> None:
    result = baitp("--db", str(study), "verify")
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("value", ["300", "30.0"])  # another number, or only other digits
def test_an_edited_lab_value_is_caught(study: Path, baitp: Baitp, value: str) -> None:
    with closing_connection(study) as sql:
        assert sql.execute("SELECT alt FROM lab_panel WHERE id = 1").fetchone()[0] == "30"
        sql.execute("UPDATE lab_panel SET alt = ? WHERE id = 1", (value,))
    _broken(baitp("--db", str(study), "verify"), "lab_panel", "alt")


def test_an_edited_questionnaire_answer_is_caught(study: Path, baitp: Baitp) -> None:
    with closing_connection(study) as sql:
        answers = json.loads(
            sql.execute("SELECT answers FROM questionnaire WHERE id = 1").fetchone()[0]
        )
        answers["q01"] = 5 if answers["q01"] != 5 else 1
        text = json.dumps(answers, sort_keys=True, separators=(",", ":"))
        sql.execute("UPDATE questionnaire SET answers = ? WHERE id = 1", (text,))
    _broken(baitp("--db", str(study), "verify"), "questionnaire", "answers")


def test_an_edited_explanation_is_caught(study: Path, baitp: Baitp) -> None:
    with closing_connection(study) as sql:
        assert sql.execute("UPDATE explanation SET reason = 'fine' WHERE id = 1").rowcount == 1
    _broken(baitp("--db", str(study), "verify"), "explanation", "reason")


@pytest.mark.parametrize(
    "table", ["medication", "lab_panel", "questionnaire", "prior_itp_therapy", "explanation"]
)
def test_a_row_moved_to_another_participant_is_named(study: Path, baitp: Baitp, table: str) -> None:
    first, second = _ids(study)
    # one per date: a row dated like none of the other participant's (else SQLite refuses)
    free = f" AND date NOT IN (SELECT date FROM {table} WHERE participant_pk = :to)" if table in (
        "lab_panel", "questionnaire") else ""  # fmt: skip
    with closing_connection(study) as sql:
        ids = {"of": participant_pk(sql, first), "to": participant_pk(sql, second)}
        query = f"SELECT id FROM {table} WHERE participant_pk = :of{free} ORDER BY id"
        row = sql.execute(query, ids).fetchone()
        if row is None:  # the first participant has none: move the other way
            ids = {"of": ids["to"], "to": ids["of"]}
            first, second = second, first
            row = sql.execute(query, ids).fetchone()
        sql.execute(
            f"UPDATE {table} SET participant_pk = :to WHERE id = :id", {**ids, "id": row[0]}
        )
    _broken(baitp("--db", str(study), "verify"), f"moved from {first} to {second}")
