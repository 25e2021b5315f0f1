"""Counts read right in both languages: "1 finding", "3 findings", and one Chinese form.

`tr_n(context, singular, plural, n)` marks a counted text; the extractor writes it to the
catalogue as a Qt Linguist numerus message (numerus="yes", the singular as comment, one
<numerusform> per plural form of the language), which lrelease compiles as Qt's own.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from baitp_desktop.i18n import language_scope, tr_n

ROOT = Path(__file__).resolve().parents[2]

# Counted texts whose count comes from the protocol configuration (never 1): a fixed
# plural reads right there.
FIXED_PLURALS = {
    ("Counts", "The interruption rule was met on this count: {threshold} on two consecutive "
               "counts at least {days} days apart."),
    ("Diary", "Interruption rule met on {date} ({day}): two counts {op} {limit} at least "
              "{days} days apart."),
    ("Endpoints", "Count {threshold} and ≥ {multiple} × baseline, grade 0, no rescue in the "
                  "{days} days up to the visit"),
    ("Endpoints", "Counts {threshold} on two consecutive counts ≥ {days} days apart"),
    ("Finding", "Day 1 is {gap} days after screening (at most {limit} allowed)"),
    ("Finding", "Days {first}–{last}: doses taken on {taken} of {expected} days ({percent}%, "
                "below {minimum}%)"),
    ("Finding", "Serious AE {number} ({term}) reported {delay} days after awareness (at most "
                "{allowed})"),
    ("Finding", "{first}–{last}: no diary entry ({n} days)"),  # one day has its own text
    ("Outcomes", "median {median} days, range {low}{dash}{high} (n = {n})"),
    ("Outcomes", "{n} of {dosed} dosed participants; administrations: {administrations}"),
    ("Outcomes", "{n} of {dosed} dosed participants; interruption periods: {periods}; "
                 "triggered by the platelet rule: {triggers}"),
    ("Report", "Casebook not signed; {n} of {total} visits signed and locked when printed, "
               "the rest may still change."),
    ("Report", "{n} years"),  # an adult's age
    ("Users", "The account {user} is locked after {n} failed attempts. An administrator must "
              "unlock it (Users… in the application, or `baitp user unlock`)."),
    # the diary selection line: two days or more (one day has its own text)
    ("Diary", "Days {first}–{last} ({start} to {end}) selected: {n} days"),
}  # fmt: skip
COUNTED_NOUN = re.compile(
    r"\{\w+\} (?:\w+ ){0,2}?(?:participants|findings|queries|days|entries|events|attempts|"
    r"values|years|visits|weeks|records|counts|pages|minutes|signatures)\b|\(s\)"
)


def _load_extractor() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations_plurals", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


extractor = _load_extractor()


@pytest.fixture(scope="module")
def extraction() -> object:
    return extractor.extract(ROOT)


def test_a_count_picks_its_form_in_both_languages() -> None:
    def checked(n: int) -> str:
        return tr_n("Main", "{n} participant checked.", "{n} participants checked.", n).format(n=n)

    assert checked(1) == "1 participant checked." and checked(35) == "35 participants checked."
    assert checked(0) == "0 participants checked."
    with language_scope("zh_CN"):
        assert checked(1) == "已核查 1 名受试者。" and checked(35) == "已核查 35 名受试者。"
        # a counted text missing from the catalogue falls back to English, never fails
        assert tr_n("Nowhere", "{n} thing", "{n} things", 2).format(n=2) == "2 things"


def test_counted_texts_are_numerus_messages_in_the_catalogue(extraction) -> None:
    counted = {key: m for key, m in extraction.messages.items() if m.numerus}
    assert ("Findings", "{n} queries") in counted and len(counted) >= 20
    root = ET.parse(extractor.catalogue_path("zh_CN")).getroot()
    numerus: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                numerus[(name, message.findtext("source") or "")] = message
    forms_wanted = extractor.PLURAL_FORMS["zh_CN"]
    for key, message in counted.items():
        assert key in numerus, key
        node = numerus[key]
        assert node.findtext("comment") == message.singular, key
        translation = node.find("translation")
        assert translation is not None and translation.get("type") is None, key
        forms = [f.text or "" for f in translation.iter("numerusform")]
        assert len(forms) == forms_wanted and all(forms), (key, forms)
        assert extractor.placeholders(forms[0]) == extractor.placeholders(key[1]), key


def test_the_extractor_flags_a_singular_with_other_placeholders(tmp_path: Path) -> None:
    package = tmp_path / "baitp_desktop"
    package.mkdir()
    (package / "sample.py").write_text(
        'tr_n("X", "{n} item in {box}", "{n} items", n)\n', encoding="utf-8"
    )
    sample = extractor.extract(tmp_path)
    entries = extractor.merge(sample, {})
    reasons = {p.reason for p in extractor.problems(sample, entries)}
    assert "placeholders of singular and plural differ" in reasons


def test_no_count_is_shown_with_a_fixed_plural(extraction) -> None:
    fixed = sorted(
        f"{context}: {source!r} ({sorted(message.locations)[0]})"
        for (context, source), message in extraction.messages.items()
        if not message.numerus
        and COUNTED_NOUN.search(source)
        and (context, source) not in FIXED_PLURALS
    )
    assert not fixed, "use tr_n for these counts:\n" + "\n".join(fixed)
