"""Find user-visible text that bypasses tr(): a bare literal handed to a Qt or report call.

An AST scan, so it sees every code path, not only the ones a test happens to render.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Constructors and methods whose string arguments a person reads.
TEXT_CALLS = frozenset(
    {
        # Qt widgets and actions
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
        "QToolButton", "QMenu", "QCommandLinkButton",
        "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
        "setWhatsThis", "setTitle", "addTab", "insertTab", "setTabText", "setTabToolTip",
        "addMenu", "addAction", "setHeaderLabels", "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels", "addItem", "addItems", "insertItem", "showMessage",
        "setLabelText", "setInformativeText", "setDetailedText", "information", "warning",
        "critical", "question", "about", "setSuffix", "setPrefix", "setSpecialValueText",
        "addRow", "setAccessibleName", "setApplicationDisplayName", "getText", "getItem",
        "getSaveFileName", "getOpenFileName", "getExistingDirectory", "addButton",
        # reportlab and the reports' helpers
        "Paragraph", "para", "cell", "drawString", "drawCentredString", "drawRightString",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Bypass:
    location: str
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.location}: {self.call}({self.text!r})"


_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;")


def _has_letters(text: str) -> bool:
    """Words a person reads (HTML tags and entities such as <b> or &nbsp; are not)."""
    return any(ch.isalpha() for ch in _MARKUP.sub("", text))


def _literal_texts(node: ast.AST) -> Iterator[str]:
    """String literals with letters in an argument: "x", f"x {y}", ["a", "b"], "a" + b."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _has_letters(node.value):
            yield node.value
    elif isinstance(node, ast.JoinedStr):
        parts = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if _has_letters(parts):
            yield ast.unparse(node)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _literal_texts(element)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        yield from _literal_texts(node.left)
        if isinstance(node.op, ast.Add):
            yield from _literal_texts(node.right)


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def find_bypasses(path: Path, root: Path) -> list[Bypass]:
    relative = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
    found: list[Bypass] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name not in TEXT_CALLS:
            continue
        arguments = [*_text_positionals(name, node.args)]
        arguments += [k.value for k in node.keywords if k.arg in _TEXT_KEYWORDS]
        for argument in arguments:
            for text in _literal_texts(argument):
                found.append(Bypass(f"{relative}:{node.lineno}", name, text))
    return found


def _text_positionals(name: str, args: list[ast.expr]) -> list[ast.expr]:
    """The positional arguments that are text: addItem(text, data) ends with its data."""
    if name == "addItem" and len(args) >= 2:
        return args[:-1]
    if name == "insertItem":
        return args[1:-1] if len(args) >= 3 else args[1:]
    return list(args)


_TEXT_KEYWORDS = frozenset({"text", "title", "label", "caption", "toolTip", "filter"})
