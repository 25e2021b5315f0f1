"""The participant's CRF tabs, in the order the main window shows them.

Each module defines one `CrfTab` subclass; the main window builds the tabs listed by
`tab_classes()` and holds none of their logic.
"""

from __future__ import annotations

from baitp_desktop.gui.contract import CrfTab


def tab_classes() -> list[type[CrfTab]]:
    """Screening, diary, platelet counts, bleeding, adverse events (imported on first use,
    so that importing the package for one tab does not build all five)."""
    from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
    from baitp_desktop.gui.tabs.bleeding import BleedingTab
    from baitp_desktop.gui.tabs.counts import CountsTab
    from baitp_desktop.gui.tabs.diary import DiaryTab
    from baitp_desktop.gui.tabs.screening import ScreeningTab

    return [ScreeningTab, DiaryTab, CountsTab, BleedingTab, AdverseEventsTab]
