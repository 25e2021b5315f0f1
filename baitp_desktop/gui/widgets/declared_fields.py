"""The entry field for a declared field (core.forms): the editor its type calls for, with
the field's own check and its refusals shown under it.

`declared_editor(spec, …)` picks a `DateField`, `NumberField` (the declared unit, whole
numbers for an integer) or `TextField` (the declared maximum length) from
`gui.widgets.fields`, a `ChoiceField` for a coded value, a `YesNoField`, or a
`SuggestedTextField` for text with common values (a list, plus "Other (specify)" and
typed text). All of them answer the same calls (`DeclaredEditor`), so a form built from a
declaration needs no code of its own per field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.entry_checks import check_text
from baitp_desktop.core.forms import FieldSpec, FieldType
from baitp_desktop.core.vocabulary import label
from baitp_desktop.gui.widgets.choice import RadioChoice
from baitp_desktop.gui.widgets.fields import (
    DateField,
    EntryField,
    FieldError,
    NumberField,
    TextField,
    set_invalid,
)
from baitp_desktop.i18n import tr

OTHER = "__other__"


class DeclaredEditor(Protocol):
    """What a form asks of every field's editor (EntryField's own calls, plus drafts)."""

    @property
    def edited(self) -> SignalInstance: ...

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def is_empty(self) -> bool: ...

    def validate(self) -> bool: ...

    def set_error(self, message: str | None) -> None: ...

    def error_message(self) -> str | None: ...

    def set_read_only(self, read_only: bool) -> None: ...

    def draft_state(self) -> Any: ...

    def restore_state(self, state: Any) -> None: ...

    def setFocus(self, reason: Qt.FocusReason) -> None: ...


def entry_draft(field: EntryField) -> str:
    """An entry field's draft: the text as typed (also a date typed halfway)."""
    return field.editor.text()


class _Listed(QWidget):
    """A list to choose from with a refusal under it (base of the coded-value fields)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.choice = QComboBox(self)
        self.error = FieldError(self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.choice)
        self._layout.addWidget(self.error)
        self.setFocusProxy(self.choice)
        self.choice.activated.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        self._show_error(None)
        self.edited.emit()

    def _choose(self, data: Any) -> None:
        self.choice.setCurrentIndex(max(0, self.choice.findData(data)))

    def _show_error(self, message: str | None) -> None:
        self.error.set_message(message)
        set_invalid(self.choice, message is not None)

    def error_message(self) -> str | None:
        return self.error.text() or None

    def set_read_only(self, read_only: bool) -> None:
        self.choice.setEnabled(not read_only)


class ChoiceField(_Listed):
    """One coded value (or none yet), shown in words."""

    def __init__(self, items: Sequence[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice.addItem("—", None)
        for text, value in items:
            self.choice.addItem(text, value)

    def value(self) -> Any:
        return self.choice.currentData()

    def set_value(self, value: Any) -> None:
        self._choose(value)
        self._show_error(None)

    def is_empty(self) -> bool:
        return self.value() is None

    def validate(self) -> bool:
        return self.error_message() is None

    def set_error(self, message: str | None) -> None:
        self._show_error(message)

    def draft_state(self) -> Any:
        return self.value()

    def restore_state(self, state: Any) -> None:
        self.set_value(state)


class SuggestedTextField(_Listed):
    """Text with common values: one of `suggestions` (stored in English, shown translated)
    or "Other (specify)" and typed text, within `max_length` characters."""

    def __init__(
        self,
        suggestions: Sequence[str],
        context: str,
        max_length: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.suggestions = tuple(suggestions)
        self.choice.addItem("—", None)
        for text in self.suggestions:
            self.choice.addItem(tr(context, text), text)
        self.choice.addItem(tr("Forms", "Other (specify)"), OTHER)
        self.other = TextField(lambda text: check_text(text, max_length), max_length, self)
        self.other.editor.setPlaceholderText(tr("Forms", "specify"))
        self._layout.addWidget(self.other)
        self.other.edited.connect(self.edited)
        self._follow_choice()

    def _chosen(self, index: int) -> None:
        self._follow_choice()
        super()._chosen(index)
        if self.choice.currentData() == OTHER:
            self.other.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow_choice(self) -> None:
        self.other.setVisible(self.choice.currentData() == OTHER)

    def value(self) -> str | None:
        chosen = self.choice.currentData()
        if chosen == OTHER:
            return self.other.text() or None
        return None if chosen is None else str(chosen)

    def set_value(self, value: Any) -> None:
        if value is None or value in self.suggestions:
            self._choose(value)
            self.other.set_value(None)
        else:
            self._choose(OTHER)
            self.other.set_value(str(value))
        self._show_error(None)
        self._follow_choice()

    def is_empty(self) -> bool:
        return self.value() is None

    def validate(self) -> bool:
        if self.choice.currentData() == OTHER:
            return self.other.validate()
        return self.error_message() is None

    def set_error(self, message: str | None) -> None:
        """A refusal shows where the value was given: at the typed text or at the list."""
        if self.choice.currentData() == OTHER:
            self.other.set_error(message)
        else:
            self._show_error(message)

    def error_message(self) -> str | None:
        return super().error_message() or self.other.error_message()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.other.set_read_only(read_only)

    def draft_state(self) -> Any:
        return [self.choice.currentData(), self.other.editor.text()]

    def restore_state(self, state: Any) -> None:
        chosen, typed = state if isinstance(state, list) and len(state) == 2 else (None, "")
        self._choose(chosen)
        self.other.set_text(str(typed or ""))
        self._follow_choice()


class YesNoField(QWidget):
    """Yes or no (Y / N keys), or not answered yet; the refusal under it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = RadioChoice.yes_no(self)
        self.error = FieldError(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.choice)
        layout.addWidget(self.error)
        self.setFocusProxy(self.choice)
        self.choice.edited.connect(self._answered)

    def _answered(self) -> None:
        self.error.set_message(None)
        self.edited.emit()

    def value(self) -> bool | None:
        answer = self.choice.value()
        return None if answer is None else bool(answer)

    def set_value(self, value: Any) -> None:
        self.choice.set_value(value)
        self.error.set_message(None)

    def is_empty(self) -> bool:
        return self.value() is None

    def validate(self) -> bool:
        return self.error_message() is None

    def set_error(self, message: str | None) -> None:
        self.error.set_message(message)

    def error_message(self) -> str | None:
        return self.error.text() or None

    def set_read_only(self, read_only: bool) -> None:
        self.choice.set_read_only(read_only)

    def draft_state(self) -> Any:
        return self.value()

    def restore_state(self, state: Any) -> None:
        self.set_value(state if isinstance(state, bool) else None)


class _DraftedDate(DateField):
    def draft_state(self) -> Any:
        return entry_draft(self)

    def restore_state(self, state: Any) -> None:
        self.set_text(str(state or ""))


class _DraftedNumber(NumberField):
    def draft_state(self) -> Any:
        return entry_draft(self)

    def restore_state(self, state: Any) -> None:
        self.set_text(str(state or ""))


class _DraftedText(TextField):
    def draft_state(self) -> Any:
        return entry_draft(self)

    def restore_state(self, state: Any) -> None:
        self.set_text(str(state or ""))


def number_check(spec: FieldSpec, config: ProtocolConfig) -> Callable[[float], str | None]:
    """A declared number's check, for a `NumberField` (no check: any finite number)."""
    declared = spec.number_check

    def check(value: float) -> str | None:
        return None if declared is None else declared(value, config)

    return check


def text_field(spec: FieldSpec, parent: QWidget | None = None) -> TextField:
    """A `TextField` checked as the declared text field is (its own check, else its
    declared maximum length and no control characters)."""
    return _DraftedText(*_text_check(spec), parent)


def _text_check(spec: FieldSpec) -> tuple[Callable[[str], str | None], int]:
    length = spec.max_length or 500
    return spec.text_check or (lambda text: check_text(text, length)), length


def declared_editor(
    spec: FieldSpec,
    config: ProtocolConfig,
    today: Callable[[], date],
    parent: QWidget | None = None,
) -> DeclaredEditor:
    """The editor a declared field calls for, checking what its declaration says."""
    kind = spec.datatype
    editor: DeclaredEditor
    if kind is FieldType.DATE:
        editor = _DraftedDate(today, parent)
    elif kind in (FieldType.INTEGER, FieldType.FLOAT):
        decimals = 0 if kind is FieldType.INTEGER else 2
        editor = _DraftedNumber(spec.unit, number_check(spec, config), decimals, parent)
    elif kind is FieldType.BOOLEAN:
        editor = YesNoField(parent)
    elif kind is FieldType.CHOICE:
        assert spec.codes is not None, f"{spec.name}: a choice without codes"
        editor = ChoiceField([(label(code), code.value) for code in spec.codes], parent)
    elif spec.suggestions:
        editor = SuggestedTextField(spec.suggestions, spec.context, spec.max_length or 500, parent)
    else:
        editor = _DraftedText(*_text_check(spec), parent)
    return editor
