"""The CTCAE v5.0 term list loader (no Qt): the shipped files, lookups, synonyms, errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from baitp_desktop.core.ctcae import (
    TermListError,
    default_term_list,
    generic_grade_meaning,
    load_term_list,
)
from baitp_desktop.resources import resource_path

HEADER = "meddra_code,term,soc,grade1,grade2,grade3,grade4,grade5,definition\n"


def test_the_shipped_list_has_every_ctcae_term_and_its_source_note() -> None:
    terms = default_term_list()
    assert len(terms.terms) == 837
    assert len({t.term.casefold() for t in terms.terms}) == 837
    readme = resource_path("ctcae", "README.md").read_text(encoding="utf-8")
    assert "public domain" in readme and "NCI" in readme and "ajbarrows/tcoRs" in readme


def test_lookup_ignores_case_and_spaces_and_keeps_the_ctcae_spelling() -> None:
    terms = default_term_list()
    found = terms.find("  shingles ")
    assert found is not None and found.term == "Shingles" and found.meddra_code == "10040555"
    assert found.soc == "Infections and infestations"
    assert terms.is_coded("EPISTAXIS")
    assert not terms.is_coded("Herpes zoster")  # not a CTCAE v5.0 term: to be coded
    assert not terms.is_coded("funny feeling in the knee")


def test_synonyms_resolve_to_ctcae_terms() -> None:
    terms = default_term_list()
    assert terms.canonical("herpes zoster") == "Shingles"
    assert terms.canonical("alt increased") == "Alanine aminotransferase increased"
    assert terms.canonical("DVT") == "Thromboembolic event"
    assert terms.canonical("Pulmonary embolism") == "Thromboembolic event"
    assert terms.canonical("low neutrophils") == "Neutrophil count decreased"
    assert terms.canonical("URTI") == "Upper respiratory infection"
    assert terms.canonical("nosebleed") == "Epistaxis"
    assert terms.canonical("headache") == "Headache"
    assert terms.canonical("something else") is None
    for _synonym, term in terms.synonyms:
        assert terms.is_coded(term)


def test_type_ahead_matches_anywhere_in_terms_and_synonyms() -> None:
    terms = default_term_list()
    entered = {c.term for c in terms.matches("zoster")}
    assert entered == {"Shingles"}
    middle = {c.term for c in terms.matches("TRANSFERASE")}
    assert "Alanine aminotransferase increased" in middle
    assert "Aspartate aminotransferase increased" in middle
    assert terms.matches("   ") == []


def test_grade_meanings_come_from_the_term_else_the_generic_scale() -> None:
    terms = default_term_list()
    assert terms.grade_meaning("Epistaxis", 1) == "Mild symptoms; intervention not indicated"
    assert terms.grade_meaning("Neutrophil count decreased", 5) is None  # '-' in CTCAE
    assert terms.grade_meaning("free text event", 3) == generic_grade_meaning(3) == "Severe"
    assert generic_grade_meaning(5) == "Death"


def test_a_synonym_pointing_at_no_term_is_refused_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "ctcae_v5_terms.csv").write_text(
        HEADER + "1,Epistaxis,Respiratory,Mild,Moderate,Severe,Life,-,Bleeding from the nose\n",
        encoding="utf-8",
    )
    (tmp_path / "synonyms.csv").write_text(
        "# comment\nsynonym,term\nnosebleed,Epistaxis\nflu,Influenza\n", encoding="utf-8"
    )
    with pytest.raises(TermListError) as refused:
        load_term_list(tmp_path)
    assert "synonyms.csv line 4" in str(refused.value) and "Influenza" in str(refused.value)


def test_a_missing_or_malformed_term_list_is_a_user_facing_error(tmp_path: Path) -> None:
    with pytest.raises(TermListError, match="missing"):
        load_term_list(tmp_path)
    (tmp_path / "ctcae_v5_terms.csv").write_text("code,name\n1,Epistaxis\n", encoding="utf-8")
    with pytest.raises(TermListError, match="missing columns"):
        load_term_list(tmp_path)


def test_without_a_synonyms_file_the_terms_still_load(tmp_path: Path) -> None:
    (tmp_path / "ctcae_v5_terms.csv").write_text(
        HEADER + "1,Epistaxis,Respiratory,Mild,Moderate,Severe,Life,-,-\n", encoding="utf-8"
    )
    terms = load_term_list(tmp_path)
    assert terms.synonyms == ()
    assert terms.find("epistaxis") is not None
    epistaxis = terms.find("epistaxis")
    assert epistaxis is not None and epistaxis.definition is None


def test_the_loader_imports_no_qt() -> None:
    code = (
        "import sys, baitp_desktop.core.ctcae as m; m.default_term_list(); "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)  # fmt: skip
    assert result.stdout.strip() == "False"
