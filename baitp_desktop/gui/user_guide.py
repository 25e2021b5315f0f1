"""Help › User guide and F1: the short offline guide, in the language of the screens.

Site workstations are often offline, so the guide ships with the application
(resources/help/guide_<language>.html, one file per language, collected into the
installers with the rest of resources/) and is shown in a QTextBrowser, never a web
browser. It has one section per CRF tab, whose anchor is the tab's `tab_id`, and one
each for signing, queries, locking and drafts. F1 (or Help › User guide) opens the
section of the tab on screen, or the contents on the dashboard; the guide's own links
move between sections. The window is not modal, so it can stay open beside the form.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from baitp_desktop.gui.contract import CrfTab
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.i18n import current_language, tr
from baitp_desktop.resources import resource_path

CONTENTS = "contents"
SECTIONS = (
    "screening",
    "diary",
    "counts",
    "bleeding",
    "adverse_events",
    "labs",
    "medications",
    "qol",
    "signing",
    "queries",
    "locking",
    "drafts",
)


def guide_path(language: str | None = None) -> Path:
    """The guide in `language` (the screens' language by default), else the English one."""
    path = resource_path("help", f"guide_{language or current_language()}.html")
    return path if path.is_file() else resource_path("help", "guide_en.html")


class UserGuide(QWidget):
    """The guide in its own window; `show_section` scrolls to one part of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("user_guide")
        self.setWindowTitle(tr("Help", "BAITP CRF — User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(720, 620)
        self.section = CONTENTS

    def show_section(self, section: str) -> None:
        self.section = section if section in SECTIONS else CONTENTS
        self.show()
        self.raise_()
        self.activateWindow()
        # Room after the last section, so that any section can come to the top.
        root = self.browser.document().rootFrame()
        frame = root.frameFormat()
        frame.setBottomMargin(self.browser.viewport().height())
        root.setFrameFormat(frame)
        self.browser.scrollToAnchor(self.section)


class HelpControls(QObject):
    """Help › User guide (F1) for one main window; the guide window is made once."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide: UserGuide | None = None
        self.action = QAction(tr("Help", "&User guide"), window)
        self.action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(lambda _checked=False: self.open_for_screen())
        menu = window.help_menu
        if menu.actions():  # the guide first, About after it
            first = menu.actions()[0]
            menu.insertAction(first, self.action)
            menu.insertSeparator(first)
        else:
            menu.addAction(self.action)

    def current_section(self) -> str:
        """The shown tab's section; the contents when no participant's tabs are shown."""
        window = self.window
        if window.pages.currentWidget() is not window.participant_page:
            return CONTENTS
        tab = window.tabs.currentWidget()
        return tab.tab_id if isinstance(tab, CrfTab) and tab.tab_id else CONTENTS

    def open_for_screen(self) -> UserGuide:
        return self.open(self.current_section())

    def open(self, section: str) -> UserGuide:
        if self.guide is None:
            self.guide = UserGuide(self.window)
        self.guide.show_section(section)
        return self.guide


def attach_help(window: MainWindow) -> HelpControls:
    return HelpControls(window)
