"""The language of the desktop application: chosen per person, changed from a menu.

A clinic workstation is shared: several people sign in under one operating-system
profile, so the choice made under Tools → Language belongs to the application user who
made it (QSettings, keyed by the user name), not to the workstation. Order of choice:
- the sign-in screen: `--lang` / `BAITP_LANG` (an explicit request), else the system
  locale (zh_* → Simplified Chinese, anything else → English) — nobody is known yet;
- after sign-in: the explicit request, else the signed-in person's saved choice, else
  the system locale. It is applied right after sign-in, before the main window is built.
A language must be applied before any widget is built (every label is translated once,
when it is made), so a change from the menu takes effect at that person's next sign-in.

Applying a language sets `baitp_desktop.i18n` (our strings), installs Qt's own catalogue
(qtbase_<lang>.qm: OK, Cancel, Yes, No in standard dialogs), switches the default QLocale
when the system's is of another language (calendar names), and makes sure a font with
Chinese glyphs is available (the reports' WenQuanYi subset is registered when the system
has none, so a bare workstation shows Chinese, not boxes).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QFontDatabase
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from baitp_desktop.i18n import SUPPORTED_LANGUAGES, current_language, set_language, tr
from baitp_desktop.resources import resource_path

LANGUAGE_KEY = "ui/language_of"  # + "/<user name>": each application user's own choice
# Each language is named in itself, so that a person who cannot read the current one finds it.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
_CHINESE_FONT = ("fonts", "WenQuanYiMicroHei-subset.ttf")


def system_language(locale: QLocale | None = None) -> str:
    """The supported language closest to the operating system's locale."""
    name = (locale or QLocale.system()).name()
    return "zh_CN" if name.lower().startswith("zh") else "en"


def _user_key(username: str) -> str:
    return f"{LANGUAGE_KEY}/{username.casefold()}"  # user names are unique in any case


def saved_language(settings: QSettings, username: str) -> str | None:
    """The language `username` chose under Tools → Language, if any."""
    value = settings.value(_user_key(username))
    return value if isinstance(value, str) and value in SUPPORTED_LANGUAGES else None


def save_language(settings: QSettings, username: str, language: str) -> None:
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    settings.setValue(_user_key(username), language)
    settings.sync()


def startup_language(requested: str | None = None) -> str:
    """The sign-in screen's: `requested` (--lang / BAITP_LANG) if given, else the system's."""
    return requested if requested in SUPPORTED_LANGUAGES else system_language()


def user_language(settings: QSettings, username: str, requested: str | None = None) -> str:
    """After sign-in: `requested` if given, else the person's saved choice, else the system's."""
    if requested in SUPPORTED_LANGUAGES:
        return requested
    return saved_language(settings, username) or system_language()


def _qt_catalogue_folders() -> list[Path]:
    """Where qtbase_<lang>.qm may be: PySide6's translations, then our resources."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    folders.append(resource_path("translations"))
    return folders


def _install_qt_translator(app: QApplication, language: str) -> QTranslator | None:
    """Qt's own strings in `language`; None when English or no catalogue was found."""
    if language == "en":
        return None
    for folder in _qt_catalogue_folders():
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", str(folder)):
            app.installTranslator(translator)
            return translator
    return None


def ensure_chinese_font() -> str | None:
    """Register the bundled Chinese font when no installed font covers Simplified Chinese."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*_CHINESE_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def _match_default_locale(language: str) -> None:
    """Qt's own texts that follow QLocale (calendar month and day names) in `language`.

    Only when the system's locale is of another language: a site's own locale (its number
    and date conventions) is kept whenever it already matches, and numbers never gain group
    separators here (typed values are parsed the same way in every language).
    """
    if system_language(QLocale()) == language:
        return
    locale = QLocale("zh_CN" if language == "zh_CN" else "en_GB")
    locale.setNumberOptions(
        QLocale.NumberOption.OmitGroupSeparator | QLocale.NumberOption.RejectGroupSeparator
    )
    QLocale.setDefault(locale)


def apply_language(app: QApplication, language: str) -> None:
    """Make `language` the language of everything built from now on (call before widgets)."""
    set_language(language)
    previous = app.findChild(QTranslator, "baitp_qt_translator")
    if previous is not None:
        app.removeTranslator(previous)
        previous.deleteLater()
    translator = _install_qt_translator(app, language)
    if translator is not None:
        translator.setObjectName("baitp_qt_translator")
    _match_default_locale(language)
    if language == "zh_CN":
        ensure_chinese_font()


def add_language_menu(
    menu: QMenu, settings: QSettings, username: str, parent: QWidget | None = None
) -> QMenu:
    """A "Language" submenu in `menu`: one checkable entry per language, saved as
    `username`'s choice for their next sign-in."""
    submenu = menu.addMenu(tr("Language", "Lan&guage"))  # L: Lock now
    submenu.setObjectName("language_menu")
    group = QActionGroup(submenu)
    group.setExclusive(True)
    for language in SUPPORTED_LANGUAGES:
        action = QAction(LANGUAGE_NAMES[language], submenu)
        action.setCheckable(True)
        action.setData(language)
        action.setChecked(language == current_language())
        group.addAction(action)
        submenu.addAction(action)
    group.triggered.connect(lambda action: _language_chosen(action, settings, username, parent))
    return submenu


def _language_chosen(
    action: QAction, settings: QSettings, username: str, parent: QObject | None
) -> None:
    language = str(action.data())
    save_language(settings, username, language)
    QMessageBox.information(
        parent if isinstance(parent, QWidget) else None,
        tr("Language", "Language"),
        tr(
            "Language",
            "baitp-desktop will use {language} for you from your next sign-in. Other people "
            "who sign in on this computer keep their own language.",
        ).format(language=LANGUAGE_NAMES[language]),
    )
