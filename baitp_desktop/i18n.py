"""One translation layer for everything a person reads: GUI, finding messages, PDFs.

It has no Qt import so that the protocol core and the PDF reports can translate their
messages too. Catalogues are Qt Linguist `.ts` files under `resources/translations/`
(the same files `pyside6-lrelease` compiles for Qt's own dialogs), read here directly.
Strings are marked with `tr(context, text)`; `scripts/update_translations.py` extracts
them. A text that has no translation is shown in English rather than failing.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from pathlib import Path

from baitp_desktop.resources import resource_path

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "zh_CN")

_lock = threading.Lock()
_catalogues: dict[str, dict[tuple[str, str], str]] = {}
_current = threading.local()
_default_language = "en"


def _load_catalogue(language: str) -> dict[tuple[str, str], str]:
    """Parse baitp_<language>.ts into {(context, source): translation}."""
    path: Path = resource_path("translations", f"baitp_{language}.ts")
    catalogue: dict[tuple[str, str], str] = {}
    if not path.exists():
        return catalogue
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
            if translation.text:
                catalogue[(name, source)] = translation.text
    return catalogue


def catalogue(language: str) -> dict[tuple[str, str], str]:
    """The loaded catalogue for a language (cached; English is empty by design)."""
    with _lock:
        if language not in _catalogues:
            _catalogues[language] = {} if language == "en" else _load_catalogue(language)
        return _catalogues[language]


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


def tr_noop(context: str, text: str) -> str:
    """Mark a string for extraction where it must be translated later (tables of labels)."""
    return text
