"""Type-ahead for CTCAE v5.0 terms: matches anywhere in a term or a synonym, any case.

Why a QCompleter subclass: the popup must show a synonym with the term it stands for
("herpes zoster → Shingles") yet enter only the CTCAE term, and match "zoster" in the
middle of "herpes zoster". The rows come from `core.ctcae.TermList.completions()` (the
same list reports and exports use); Qt only filters them (`MatchContains`, case-insensitive)
on the text each row matches on, and `pathFromIndex` enters the row's term.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from baitp_desktop.core.ctcae import Completion

AnyIndex = QModelIndex | QPersistentModelIndex

MATCH_ROLE = Qt.ItemDataRole.UserRole + 10  # the text a row is matched on
TERM_ROLE = Qt.ItemDataRole.UserRole + 11  # the CTCAE term a row enters
VISIBLE_ROWS = 12


class CompletionSource(Protocol):
    """A list the type-ahead offers: CTCAE terms (core.ctcae) or drug names (core.drug_names)."""

    def completions(self) -> Iterable[Completion]: ...


class CompletionModel(QAbstractListModel):
    """One row per CTCAE term, then one per synonym: display text, match text, term.

    A read-only list model rather than a QStandardItemModel: with PySide6 6.12 on Python
    3.11, building a few thousand QStandardItems over-releases `None` and the interpreter
    aborts at exit ("none_dealloc").
    """

    def __init__(self, terms: CompletionSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Completion] = list(terms.completions())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.display
        if role == MATCH_ROLE:
            return row.match_text
        if role == TERM_ROLE:
            return row.term
        if role == Qt.ItemDataRole.ToolTipRole and row.display != row.term:
            return row.term
        return None


class TermCompleter(QCompleter):
    """Completes a field from a list and its synonyms (AE terms, drug names)."""

    def __init__(self, terms: CompletionSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms = terms
        self.setModel(CompletionModel(terms, self))
        self.setCompletionRole(MATCH_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(VISIBLE_ROWS)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """Enter the CTCAE term, also when a synonym's row was chosen."""
        term = index.data(TERM_ROLE)
        return str(term) if term is not None else super().pathFromIndex(index)

    def matches(self, typed: str) -> list[str]:
        """The rows the popup lists for `typed` (display texts), in order (tests, tooltips)."""
        self.setCompletionPrefix(typed)
        model = self.completionModel()
        return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def attach_term_completer(editor: QLineEdit, terms: CompletionSource) -> TermCompleter:
    completer = TermCompleter(terms, editor)
    editor.setCompleter(completer)
    return completer
