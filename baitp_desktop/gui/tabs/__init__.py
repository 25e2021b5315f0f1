"""The participant's CRF tabs, in the order the main window shows them.

Each module defines one `CrfTab` subclass; `tab_classes()` lists those that exist, so the
main window composes the tabs without holding any of their logic.
"""

from __future__ import annotations

import importlib

from baitp_desktop.gui.contract import CrfTab

# (module, class) in display order
TAB_ORDER: tuple[tuple[str, str], ...] = (
    ("screening", "ScreeningTab"),
    ("diary", "DiaryTab"),
    ("counts", "CountsTab"),
    ("bleeding", "BleedingTab"),
    ("adverse_events", "AdverseEventsTab"),
)


def tab_classes() -> list[type[CrfTab]]:
    classes: list[type[CrfTab]] = []
    for module_name, class_name in TAB_ORDER:
        try:
            module = importlib.import_module(f"baitp_desktop.gui.tabs.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"baitp_desktop.gui.tabs.{module_name}":
                continue  # that tab is not part of this build yet
            raise
        classes.append(getattr(module, class_name))
    return classes
