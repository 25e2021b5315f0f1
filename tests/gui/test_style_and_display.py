"""The application style's headings and the shared display texts (people, visit names)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QGroupBox, QLabel, QProxyStyle, QStyle, QVBoxLayout
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.display import person_name, short_visit_name, user_text
from baitp_desktop.gui.style import BaitpStyle
from baitp_desktop.i18n import current_language, set_language
from baitp_desktop.service.actor import SYSTEM, Actor


def _title_ink(qtbot: QtBot, style: QStyle) -> tuple[int, int]:
    """Dark pixels in a group box's title strip and in its content label's strip."""
    box = QGroupBox("Heading WWW")
    box.setStyle(style)
    label = QLabel("Heading WWW", box)
    label.setStyle(style)
    QVBoxLayout(box).addWidget(label)
    qtbot.addWidget(box)
    box.resize(300, 120)
    box.show()
    image: QImage = box.grab().toImage()
    title = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox,
        _option(box),
        QStyle.SubControl.SC_GroupBoxLabel,
        box,
    )
    content = label.geometry()

    def ink(top: int, bottom: int) -> int:
        return sum(
            1
            for y in range(max(0, top), min(image.height(), bottom))
            for x in range(image.width())
            if QColor(image.pixel(x, y)).lightness() < 110
        )

    return ink(title.top(), title.bottom() + 1), ink(content.top(), content.bottom() + 1)


def _option(box: QGroupBox):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionGroupBox

    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    return option


def test_group_box_titles_are_bold_and_their_contents_are_not(qtbot: QtBot) -> None:
    title, content = _title_ink(qtbot, BaitpStyle())
    plain_title, plain_content = _title_ink(qtbot, QProxyStyle())
    assert title > plain_title * 1.15  # the same words, in heavier strokes
    assert content == pytest.approx(plain_content, rel=0.05)  # the label keeps its font


@pytest.fixture
def chinese() -> Iterator[None]:
    before = current_language()
    set_language("zh_CN")
    yield
    set_language(before)


def test_the_system_account_is_named_in_the_ui_language(chinese: None) -> None:
    assert person_name(SYSTEM) != SYSTEM.display_name
    assert "System" not in person_name(SYSTEM) and "系统" in person_name(SYSTEM)
    assert "导入" in user_text("system") and user_text("nurse") == "nurse"
    nurse = Actor(username="nurse", display_name="Nora Nurse", role="nurse")
    assert person_name(nurse) == "Nora Nurse"


def test_short_visit_names_keep_the_first_words() -> None:
    assert short_visit_name("Week 24 (6-month / durable response)") == "Week 24"
    assert short_visit_name("第 24 周（6 个月/持续疗效）") == "第 24 周"
    assert short_visit_name("Week 8") == "Week 8"
