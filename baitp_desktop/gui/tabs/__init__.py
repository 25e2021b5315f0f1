"""The participant's CRF tabs, in the order the main window shows them.

Each module defines one `CrfTab` subclass; the main window builds the tabs listed by
`tab_classes()` and holds none of their logic. A plain log form declared on a tab that
none of these has (core.crf_forms) gets a generic tab of its own (`tabs.log_form`).
"""

from __future__ import annotations

from baitp_desktop.gui.contract import CrfTab


def tab_classes() -> list[type[CrfTab]]:
    """Screening, diary, platelet counts, bleeding, adverse events, laboratory,
    medications, quality of life, then any tab of plain
    logs (imported on first use, so that importing the package for one tab does not build
    all of them)."""
    from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
    from baitp_desktop.gui.tabs.bleeding import BleedingTab
    from baitp_desktop.gui.tabs.counts import CountsTab
    from baitp_desktop.gui.tabs.diary import DiaryTab
    from baitp_desktop.gui.tabs.labs import LabsTab
    from baitp_desktop.gui.tabs.log_form import log_tab_classes
    from baitp_desktop.gui.tabs.medications import MedicationsTab
    from baitp_desktop.gui.tabs.qol import QolTab
    from baitp_desktop.gui.tabs.screening import ScreeningTab

    tabs: list[type[CrfTab]] = [
        ScreeningTab,
        DiaryTab,
        CountsTab,
        BleedingTab,
        AdverseEventsTab,
        LabsTab,
        MedicationsTab,
        QolTab,
    ]
    return tabs + log_tab_classes(tab.tab_id for tab in tabs)
