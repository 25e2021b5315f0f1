"""Choosing the language: command line, saved GUI choice, system locale; dates on screen."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from baitp_desktop import i18n
from baitp_desktop.gui import language
from baitp_desktop.gui.locale_format import (
    format_date,
    format_date_range,
    format_datetime,
    format_short_date,
)
from baitp_desktop.resources import resource_path

BAITP = [sys.executable, "-m", "baitp_desktop.cli.main"]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    default_locale = QLocale()
    yield qapp
    language.apply_language(qapp, "en")
    QLocale.setDefault(default_locale)


def test_system_locale_decides_when_nothing_else_does() -> None:
    assert language.system_language(QLocale("zh_CN")) == "zh_CN"
    assert language.system_language(QLocale("zh_TW")) == "zh_CN"
    assert language.system_language(QLocale("en_US")) == "en"
    assert language.system_language(QLocale("de_DE")) == "en"


def test_sign_in_speaks_the_workstations_language_each_user_their_own(
    settings: QSettings,
) -> None:
    system = language.system_language()
    other = "en" if system == "zh_CN" else "zh_CN"
    language.save_language(settings, "nurse", other)
    language.save_language(settings, "investigator", system)
    assert language.startup_language() == system  # the sign-in screen: nobody's choice
    assert language.user_language(settings, "nurse") == other
    assert language.user_language(settings, "NURSE") == other  # user names ignore case
    assert language.user_language(settings, "investigator") == system
    assert language.user_language(settings, "monitor") == system  # no choice yet
    assert language.user_language(settings, "nurse", requested="en") == "en"  # --lang wins
    assert language.startup_language("zh_CN") == "zh_CN"
    settings.setValue(f"{language.LANGUAGE_KEY}/nurse", "klingon")  # a hand-edited file
    assert language.user_language(settings, "nurse") == system


def test_chinese_applies_to_our_strings_and_to_qts_buttons(english_afterwards) -> None:
    language.apply_language(english_afterwards, "zh_CN")
    assert i18n.tr("Main", "&File") == "文件(&F)"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"

    language.apply_language(english_afterwards, "en")
    assert i18n.tr("Main", "&File") == "&File"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_the_bundled_font_has_chinese_glyphs(qapp: QApplication) -> None:
    """What ensure_chinese_font registers on a workstation without a Chinese font."""
    font_id = QFontDatabase.addApplicationFont(
        str(resource_path("fonts", "WenQuanYiMicroHei-subset.ttf"))
    )
    assert font_id >= 0
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    systems = QFontDatabase.writingSystems(family)
    assert QFontDatabase.WritingSystem.SimplifiedChinese in systems


def test_the_language_menu_saves_the_choice_of_the_signed_in_person(
    qapp: QApplication, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(language.QMessageBox, "information", lambda _p, _t, text: told.append(text))
    menu = QMenu()
    submenu = language.add_language_menu(menu, settings, "nurse")
    actions = {a.data(): a for a in submenu.actions()}
    assert set(actions) == set(i18n.SUPPORTED_LANGUAGES)
    assert actions["en"].isChecked()
    assert actions["zh_CN"].text() == "简体中文"

    actions["zh_CN"].trigger()
    assert language.saved_language(settings, "nurse") == "zh_CN"
    assert language.saved_language(settings, "investigator") is None  # nobody else's
    assert told and "简体中文" in told[0] and "next sign-in" in told[0]
    assert i18n.current_language() == "en"  # the running window keeps its language


def test_dates_on_screen_follow_the_language() -> None:
    day = date(2022, 7, 13)
    assert format_date(day, "zh_CN") == "2022年7月13日"
    assert format_date(day, "en") == "13 Jul 2022"
    assert format_short_date(day, "zh_CN") == "7月13日"
    assert format_datetime(datetime(2022, 7, 13, 14, 5), "en") == "13 Jul 2022 14:05"
    assert format_date(None) == ""
    with i18n.language_scope("zh_CN"):
        assert format_date(date(2023, 1, 2)) == "2023年1月2日"


def test_date_ranges_say_the_year_once_when_they_can() -> None:
    first, last = date(2026, 11, 18), date(2026, 11, 28)
    assert format_date_range(first, last, "en") == "18 Nov – 28 Nov 2026"
    assert format_date_range(first, last, "zh_CN") == "2026年11月18日至11月28日"
    new_year = date(2027, 1, 2)
    assert format_date_range(date(2026, 12, 30), new_year, "en") == "30 Dec 2026 – 2 Jan 2027"
    assert format_date_range(date(2026, 12, 30), new_year, "zh_CN") == (
        "2026年12月30日至2027年1月2日"
    )


def test_cli_speaks_chinese_when_asked(
    baitp: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    db = str(tmp_path / "study.sqlite")
    result = baitp("--lang", "zh_CN", "demo", "--participants", "3", "--db", db, check=True)
    assert "含 3 名受试者的演示研究已写入" in result.stdout
    english = baitp("validate", "--db", db, check=True)
    assert "findings as of" in english.stdout


def test_baitp_lang_environment_and_a_wrong_value(tmp_path: Path) -> None:
    db = str(tmp_path / "study.sqlite")
    env = {**os.environ, "BAITP_LOG_DIR": str(tmp_path / "logs"), "BAITP_LANG": "zh_CN"}
    demo = subprocess.run(
        [*BAITP, "demo", "--participants", "2", "--db", db],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert "演示研究" in demo.stdout
    wrong = subprocess.run(
        [*BAITP, "validate", "--db", db],
        capture_output=True, text=True, env={**env, "BAITP_LANG": "fr"},
    )  # fmt: skip
    assert wrong.returncode == 2
    assert "BAITP_LANG='fr'" in wrong.stderr
