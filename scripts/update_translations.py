#!/usr/bin/env python3
"""Extract every translatable string and keep the Qt Linguist catalogues up to date.

Why an extractor of our own instead of `pyside6-lupdate`: the application translates with
`baitp_desktop.i18n.tr(context, text)` (pure Python, shared by the core, the CLI, the GUI
and the PDFs), which lupdate does not recognise, and some labels come from
`resources/protocol.toml` (lab names, visit names, the study title) rather than code.

What is extracted:
- `tr("Context", "text")`, `tr_noop(...)`, `i18n.tr(...)` and `QT_TRANSLATE_NOOP(...)` calls
  with literal arguments in `baitp_desktop/` (adjacent literals and `"a" + "b"` are joined);
- `tr_n("Context", "{n} finding", "{n} findings", n)`: a counted text, written as a Qt
  Linguist numerus message (`numerus="yes"`, the plural as source, the singular as
  comment, one `<numerusform>` per plural form of the language: Chinese has one); in the
  JSON of --export-todo/--import it is keyed by its plural like any other string;
- the labels of protocol.toml that the code passes to `tr()` (see PROTOCOL_LABELS).
Calls whose text is not a literal are listed by `--dynamic` so that a reviewer can check
that a table (`tr_noop`) or protocol.toml covers them; Qt's own `self.tr(...)` (one
argument) bypasses the shared layer and is reported as a problem.

Usage:
  update_translations.py                 merge into resources/translations/baitp_zh_CN.ts
  update_translations.py --check         exit 1 listing strings without a finished translation
                                         or with a {placeholder} mismatch (writes nothing)
  update_translations.py --export-todo F write the unfinished strings to F (JSON)
  update_translations.py --import F      take translations from F (JSON: {ctx: {src: text}})
  update_translations.py --dynamic       list tr() calls whose text is not a literal

Merging keeps every existing translation, marks strings that are no longer in the code
`type="vanished"` (their translation is kept, so a string that comes back is translated
again at once) and adds new strings as `type="unfinished"`.
"""

from __future__ import annotations

import argparse
import ast
import json
import string
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "baitp_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
PROTOCOL = ROOT / "resources" / "protocol.toml"
LANGUAGES: tuple[str, ...] = ("zh_CN",)

TRANSLATING_FUNCTIONS = frozenset({"tr", "tr_noop", "QT_TRANSLATE_NOOP"})
COUNTED_FUNCTIONS = frozenset({"tr_n"})
# How many plural forms (<numerusform>) each catalogue's language has.
PLURAL_FORMS: dict[str, int] = {"zh_CN": 1}

# (context, path into protocol.toml) for every configured label the code translates:
# core/visits.py tr("Visit", name), eligibility/screening tr("Lab", label), core/labs.py
# tr("Lab", CTCAE term),
# reports tr("Report", config.title / config.site). "*" walks every table or array item.
PROTOCOL_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Report", ("study", "title")),
    ("Report", ("study", "site")),
    ("Lab", ("eligibility", "labs", "*", "label")),
    ("Lab", ("labs", "grading", "*", "term")),
    ("Visit", ("visits", "*", "name")),
)

Key = tuple[str, str]


@dataclass
class Message:
    context: str
    source: str  # for a counted text: its plural
    locations: set[str] = field(default_factory=set)
    singular: str | None = None  # set for a counted text (tr_n)

    @property
    def numerus(self) -> bool:
        return self.singular is not None


@dataclass(frozen=True)
class Finding:
    """A call the extractor could not take as it is (dynamic text, Qt's own tr)."""

    location: str
    text: str


@dataclass
class Extraction:
    messages: dict[Key, Message] = field(default_factory=dict)
    dynamic: list[Finding] = field(default_factory=list)
    qt_tr: list[Finding] = field(default_factory=list)

    def add(self, context: str, source: str, location: str, singular: str | None = None) -> None:
        message = self.messages.setdefault((context, source), Message(context, source))
        message.locations.add(location)
        if singular is not None:
            message.singular = singular


def literal_text(node: ast.AST) -> str | None:
    """The value of a string literal, also `"a" "b"` and `"a" + "b"`; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal_text(node.left), literal_text(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_qt_self_tr(call: ast.Call) -> bool:
    """`self.tr("text")` / `QCoreApplication.translate(...)`: Qt's translation, not ours."""
    func = call.func
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr == "translate" and isinstance(func.value, ast.Name):
        return func.value.id in {"QCoreApplication", "QApplication"}
    owner = func.value
    return func.attr == "tr" and not (isinstance(owner, ast.Name) and owner.id == "i18n")


def extract_file(path: Path, extraction: Extraction, root: Path = ROOT) -> None:
    relative = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        where = f"{relative}:{node.lineno}"
        if _is_qt_self_tr(node):
            extraction.qt_tr.append(Finding(where, ast.unparse(node)))
            continue
        if _called_name(node) in COUNTED_FUNCTIONS and len(node.args) == 4:
            context, singular, plural = (literal_text(arg) for arg in node.args[:3])
            if context is not None and singular is not None and plural is not None:
                extraction.add(context, plural, relative, singular=singular)
            else:
                extraction.dynamic.append(Finding(where, ast.unparse(node)))
            continue
        if _called_name(node) not in TRANSLATING_FUNCTIONS or len(node.args) != 2:
            continue
        context, source = (literal_text(arg) for arg in node.args)
        if context is not None and source is not None:
            extraction.add(context, source, relative)
        else:
            extraction.dynamic.append(Finding(where, ast.unparse(node)))


def _walk(value: object, path: tuple[str, ...]) -> Iterator[object]:
    if not path:
        yield value
        return
    head, rest = path[0], path[1:]
    if head == "*":
        items = value.values() if isinstance(value, dict) else value
        for item in items if isinstance(items, Iterable) else ():
            yield from _walk(item, rest)
    elif isinstance(value, dict) and head in value:
        yield from _walk(value[head], rest)


def extract_protocol(path: Path, extraction: Extraction, root: Path = ROOT) -> None:
    document = tomllib.loads(path.read_text(encoding="utf-8"))
    relative = path.relative_to(root).as_posix()
    for context, keys in PROTOCOL_LABELS:
        for value in _walk(document, keys):
            if isinstance(value, str) and value:
                extraction.add(context, value, relative)


def extract(root: Path = ROOT) -> Extraction:
    """Every translatable string of the package and of protocol.toml under `root`."""
    extraction = Extraction()
    for path in sorted((root / "baitp_desktop").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        extract_file(path, extraction, root)
    protocol = root / "resources" / "protocol.toml"
    if protocol.exists():
        extract_protocol(protocol, extraction, root)
    return extraction


# --- the .ts catalogue -------------------------------------------------------------------


@dataclass
class Entry:
    """One <message> of a .ts file: its translation and Linguist state."""

    translation: str  # for a counted text: its (first) numerus form
    state: str | None  # None (finished), "unfinished", "vanished" or "obsolete"
    singular: str | None = None  # a counted text's singular (the message's comment)


def read_catalogue(path: Path) -> dict[Key, Entry]:
    if not path.exists():
        return {}
    entries: dict[Key, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None:
                continue
            state = node.get("type") if node is not None else "unfinished"
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
                singular = message.findtext("comment") or ""
                entries[(name, source)] = Entry(forms[0] if forms else "", state, singular)
            else:
                text = (node.text or "") if node is not None else ""
                entries[(name, source)] = Entry(text, state)
    return entries


def merge(extraction: Extraction, existing: dict[Key, Entry]) -> dict[Key, Entry]:
    """New strings unfinished, vanished ones kept (marked), existing translations kept."""
    merged: dict[Key, Entry] = {}
    for key, message in extraction.messages.items():
        old = existing.get(key)
        if old is None:
            merged[key] = Entry("", "unfinished", message.singular)
        elif old.state in ("vanished", "obsolete"):
            state = None if old.translation else "unfinished"
            merged[key] = Entry(old.translation, state, message.singular)
        else:
            merged[key] = Entry(old.translation, old.state, message.singular)
    for key, old in existing.items():
        if key not in merged and old.translation:
            merged[key] = Entry(old.translation, "vanished")
    return merged


def write_catalogue(
    path: Path, language: str, entries: dict[Key, Entry], extraction: Extraction
) -> None:
    """Write a Qt Linguist 2.1 file, sorted by context then source (stable diffs)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[str]] = {}
    for context, source in entries:
        by_context.setdefault(context, []).append(source)
    for context in sorted(by_context):
        context_node = ET.SubElement(root, "context")
        ET.SubElement(context_node, "name").text = context
        for source in sorted(by_context[context]):
            entry = entries[(context, source)]
            message_node = ET.SubElement(context_node, "message")
            if entry.singular is not None:
                message_node.set("numerus", "yes")
            message = extraction.messages.get((context, source))
            for location in sorted(message.locations if message else ()):
                relative = Path("../..", location).as_posix()
                ET.SubElement(message_node, "location", filename=relative)
            ET.SubElement(message_node, "source").text = source
            if entry.singular is not None:
                ET.SubElement(message_node, "comment").text = entry.singular
            translation = ET.SubElement(message_node, "translation")
            if entry.state:
                translation.set("type", entry.state)
            if entry.singular is not None:
                for _form in range(PLURAL_FORMS.get(language, 2)):
                    ET.SubElement(translation, "numerusform").text = entry.translation
            else:
                translation.text = entry.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# --- checks ------------------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    """The `{name}` fields of a str.format template ('{{' is a literal brace)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unbalanced braces>"}


@dataclass(frozen=True)
class Problem:
    context: str
    source: str
    reason: str

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}: {self.reason}"


def problems(extraction: Extraction, entries: dict[Key, Entry]) -> list[Problem]:
    """Strings in use without a finished translation, or whose fields differ."""
    found: list[Problem] = []
    for key in sorted(extraction.messages):
        context, source = key
        singular = extraction.messages[key].singular
        if singular is not None and placeholders(singular) != placeholders(source):
            found.append(Problem(context, source, "placeholders of singular and plural differ"))
        entry = entries.get(key)
        if entry is None or entry.state is not None or not entry.translation.strip():
            found.append(Problem(context, source, "no finished translation"))
            continue
        wanted, got = placeholders(source), placeholders(entry.translation)
        if wanted != got:
            found.append(
                Problem(
                    context,
                    source,
                    f"placeholders differ: source {sorted(wanted)}, translation {sorted(got)}",
                )
            )
    return found


def import_translations(entries: dict[Key, Entry], document: dict[str, dict[str, str]]) -> int:
    """Fill translations from {context: {source: translation}}; returns how many were set."""
    count = 0
    for context, messages in document.items():
        for source, translation in messages.items():
            key = (context, source)
            if key in entries and translation.strip():
                old = entries[key]
                state = "vanished" if old.state == "vanished" else None
                entries[key] = Entry(translation, state, old.singular)
                count += 1
    return count


def catalogue_path(language: str, translations: Path = TRANSLATIONS) -> Path:
    return translations / f"baitp_{language}.ts"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report problems, write nothing")
    parser.add_argument("--export-todo", type=Path, metavar="FILE")
    parser.add_argument("--import", dest="import_file", type=Path, metavar="FILE")
    parser.add_argument("--dynamic", action="store_true", help="list non-literal tr() calls")
    parser.add_argument("--language", choices=LANGUAGES, default="zh_CN")
    args = parser.parse_args(argv)

    extraction = extract()
    path = catalogue_path(args.language)
    entries = merge(extraction, read_catalogue(path))
    if args.dynamic:
        for finding in extraction.dynamic:
            print(f"{finding.location}: {finding.text}")
    for finding in extraction.qt_tr:
        print(f"{finding.location}: Qt's tr() bypasses baitp_desktop.i18n: {finding.text}")
    if args.check:
        found = problems(extraction, entries)
        for problem in found:
            print(problem)
        print(f"{len(extraction.messages)} strings, {len(found)} problems ({args.language})")
        return 1 if found or extraction.qt_tr else 0
    if args.import_file:
        document = json.loads(args.import_file.read_text(encoding="utf-8"))
        print(f"imported {import_translations(entries, document)} translations")
    write_catalogue(path, args.language, entries, extraction)
    todo = {
        key: entry
        for key, entry in entries.items()
        if key in extraction.messages and entry.state == "unfinished"
    }
    if args.export_todo:
        document = {}
        for context, source in sorted(todo):
            document.setdefault(context, {})[source] = ""
        args.export_todo.write_text(
            json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"{path.relative_to(ROOT)}: {len(extraction.messages)} strings, {len(todo)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
