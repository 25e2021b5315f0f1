"""Asking for a reason for change (audit trail) when a saved value is changed.

The dialog itself (common reasons on keys 1–5, or a typed one) lives with the other
Part 11 screens in `gui/part11/reason_dialog.py`; this module keeps the name
app.py and the tabs import.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from baitp_desktop.gui.part11 import reason_dialog


def ask_reason(parent: QWidget | None, records: Sequence[str]) -> str | None:
    """The reason chosen or typed (never empty), or None when the person cancels."""
    return reason_dialog.ask_reason(parent, records)
