"""One translation layer for everything a person reads: GUI, finding messages, PDFs.

It has no Qt import so that the protocol core and the PDF reports can translate their
messages too. Catalogues are Qt Linguist `.ts` files under `resources/translations/`
(the same files `pyside6-lrelease` compiles for Qt's own dialogs), read here directly.
Strings are marked with `tr(context, text)`; `scripts/update_translations.py` extracts
them. A text that has no translation is shown in English rather than failing.

A text with a count ("1 finding", "3 findings") is marked with `tr_n(context, singular,
plural, n)`: in the catalogue it is a Qt Linguist numerus message (`numerus="yes"`, the
plural as source, the singular as its comment, one `<numerusform>` per plural form of the
language — Chinese has one).
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from pathlib import Path

from baitp_desktop.resources import resource_path

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "zh_CN")

# Plural forms by language: which form (index) a count takes. English is in the code.
_PLURAL_FORM = {"zh_CN": lambda _n: 0}

_lock = threading.Lock()
_catalogues: dict[str, dict[tuple[str, str], str]] = {}
_numerus: dict[str, dict[tuple[str, str], tuple[str, ...]]] = {}
_current = threading.local()
_default_language = "en"


def _read_ts(
    language: str,
) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, ...]]]:
    """Parse baitp_<language>.ts: {(context, source): translation} for plain messages and
    {(context, plural source): numerus forms} for counted ones; unfinished ones left out."""
    path: Path = resource_path("translations", f"baitp_{language}.ts")
    plain: dict[tuple[str, str], str] = {}
    counted: dict[tuple[str, str], tuple[str, ...]] = {}
    if not path.exists():
        return plain, counted
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):
                    counted[(name, source)] = forms
            elif translation.text:
                plain[(name, source)] = translation.text
    return plain, counted


def _load(language: str) -> None:
    with _lock:
        if language not in _catalogues:
            plain, counted = ({}, {}) if language == "en" else _read_ts(language)
            _catalogues[language], _numerus[language] = plain, counted


def catalogue(language: str) -> dict[tuple[str, str], str]:
    """The loaded catalogue for a language (cached; English is empty by design)."""
    _load(language)
    return _catalogues[language]


def numerus_catalogue(language: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """The counted messages of a language: {(context, plural source): its forms}."""
    _load(language)
    return _numerus[language]


def set_language(language: str) -> None:
    """Choose the process-wide language (GUI start-up, `--lang` on the command line)."""
    global _default_language
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _default_language = language


def current_language() -> str:
    return getattr(_current, "language", None) or _default_language


class language_scope:
    """Render in another language on this thread only (a Chinese PDF from an English GUI).

    None (or "") keeps the current language, so a writer with an optional `language`
    argument needs no second code path.
    """

    def __init__(self, language: str | None) -> None:
        if language and language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        self._language = language or None
        self._previous: str | None = None

    def __enter__(self) -> language_scope:
        self._previous = getattr(_current, "language", None)
        if self._language is not None:
            _current.language = self._language
        return self

    def __exit__(self, *exc: object) -> None:
        _current.language = self._previous


def tr(context: str, text: str) -> str:
    """Translate `text` (an English source string) in `context` to the current language."""
    language = current_language()
    if language == "en":
        return text
    return catalogue(language).get((context, text), text)


def tr_n(context: str, singular: str, plural: str, n: int) -> str:
    """The form of a counted text for `n` in the current language, to be formatted:
    `tr_n("Findings", "{n} finding", "{n} findings", n).format(n=n)`."""
    language = current_language()
    if language == "en" or language not in _PLURAL_FORM:
        return singular if n == 1 else plural
    forms = numerus_catalogue(language).get((context, plural))
    if not forms:
        return singular if n == 1 else plural
    return forms[min(_PLURAL_FORM[language](n), len(forms) - 1)]


def tr_noop(context: str, text: str) -> str:
    """Mark a string for extraction where it must be translated later (tables of labels)."""
    return text
