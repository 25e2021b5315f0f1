"""Two people, one workstation, two languages: the sign-in screen speaks the workstation's
language, and after sign-in each person works in the language they chose (Tools →
Language), whoever chose last. Runs the real start-up (`run_application`) in-process."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from baitp_desktop import i18n
from baitp_desktop.gui import app, language
from baitp_desktop.service.users import UserService
from tests.account_helpers import ready_account
from tests.gui.support_window import make_service

pytestmark = pytest.mark.gui
PASSWORDS = {"nurse": "Kestrel-wing-63", "investigator": "Juniper-trail-52"}


@pytest.fixture
def workstation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[Path]:
    """A database with two accounts; the application's settings and log in tmp_path."""
    db = tmp_path / "study.sqlite"
    service = make_service(db, ["01_clean.json"])
    admin = UserService(service.database).create_first_admin(
        "admin", "Ada Admin", "Harbour-lights-41"
    )
    for name, role in (("nurse", "nurse"), ("investigator", "investigator")):
        ready_account(service.database, admin, name, name.title(), role, PASSWORDS[name])
    service.database.dispose()
    monkeypatch.setenv("BAITP_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("BAITP_LOG_DIR", str(tmp_path / "logs"))
    default_locale = QLocale()
    yield db
    language.apply_language(qapp, "en")
    QLocale.setDefault(default_locale)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if str(tmp_path) in getattr(h, "baseFilename", "")]:
        root.removeHandler(handler)
        handler.close()


def start_as(db: Path, user: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """Start the application as `user`; (language at sign-in, language of the window)."""
    monkeypatch.setenv("BAITP_USER", user)
    monkeypatch.setenv("BAITP_PASSWORD", PASSWORDS[user])
    at_sign_in: list[str] = []
    real_sign_in = app.SIGN_IN

    def sign_in(*args: object, **kwargs: object) -> object:
        at_sign_in.append(i18n.current_language())
        return real_sign_in(*args, **kwargs)

    monkeypatch.setattr(app, "SIGN_IN", sign_in)
    arguments = argparse.Namespace(db=str(db), user=None, language=None, quit_after_ms=50)
    assert app.run_application(arguments) == 0
    return at_sign_in[0], i18n.current_language()


def test_two_users_with_different_languages_on_one_workstation(
    qtbot: QtBot, workstation: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = language.system_language()
    other = "en" if system == "zh_CN" else "zh_CN"
    settings = app.application_settings()
    language.save_language(settings, "nurse", other)  # as Tools → Language saves it
    language.save_language(settings, "investigator", system)

    assert start_as(workstation, "nurse", monkeypatch) == (system, other)
    assert start_as(workstation, "investigator", monkeypatch) == (system, system)
    # the nurse's choice is still hers after the investigator worked
    assert start_as(workstation, "nurse", monkeypatch) == (system, other)
