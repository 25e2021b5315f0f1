"""Asking for a reason for change (audit trail) when a saved value is changed.

A simple stand-in: the compliance engineer may replace `ask_reason` with a richer dialog
(standard reasons, signature); `GuiContext` receives whichever function app.py passes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from baitp_desktop.i18n import tr


def ask_reason(parent: QWidget | None, records: Sequence[str]) -> str | None:
    """The reason typed (not empty), or None when the person cancels."""
    shown = list(records[:8])
    if len(records) > 8:
        shown.append(tr("Reason", "… and {n} more").format(n=len(records) - 8))
    prompt = tr("Reason", "You are changing saved values:\n{records}\n\nReason for the change:")
    while True:
        text, ok = QInputDialog.getText(
            parent,
            tr("Reason", "Reason for change"),
            prompt.format(records="\n".join(shown)),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return None
        if text.strip():
            return text.strip()
