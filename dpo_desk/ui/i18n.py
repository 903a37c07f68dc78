"""The window's language: which one to use, and the Qt translators that speak it.

The choice, first that applies: `main.py --lang`, the language saved in Settings (a per-user
preference kept outside the store, because the unlock dialog already speaks it), the system's
language, English. Our strings come from `translations/dpo_desk_<lang>.qm` (made by
`scripts/translations`); Qt's own dialogs and buttons from Qt's `qtbase_<lang>.qm`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

from dpo_desk.paths import user_config_dir

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "en"
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
_LANGUAGE_KEY = "window/language"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """For code outside a QObject: `translate("Context", "literal")`, which pyside6-lupdate extracts."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class Plurals(QObject):
    """Plural phrases for code outside a widget class: pyside6-lupdate reads numerus forms only from self.tr()."""

    def days_late(self, n: int) -> str:
        return self.tr("%n day(s) late", "", n)

    def in_days(self, n: int) -> str:
        return self.tr("in %n day(s)", "", n)

    def rows_written(self, n: int) -> str:
        return self.tr("Wrote %n row(s) to {0}.", "", n)

    def criteria_apply(self, n: int) -> str:
        return self.tr("%n WP248 criteria apply ({0}): two or more make an assessment likely required.", "", n)

    def criteria_below(self, n: int) -> str:
        return self.tr("%n WP248 criteria apply: fewer than two do not require an assessment on their own.", "", n)


_plurals: list[Plurals] = []


def plurals() -> Plurals:
    if not _plurals:
        _plurals.append(Plurals())
    return _plurals[0]


def current_language() -> str:
    return _current


def preferences() -> QSettings:
    """The user's window preferences (not the store's settings: they apply before any store is open)."""
    return QSettings(str(user_config_dir() / "window.ini"), QSettings.Format.IniFormat)


def saved_language() -> str | None:
    value = preferences().value(_LANGUAGE_KEY)
    return value if value in LANGUAGES else None


def save_language(language: str | None) -> None:
    """Remembers the window's language for the next start; None follows the system again."""
    prefs = preferences()
    if language in LANGUAGES:
        prefs.setValue(_LANGUAGE_KEY, language)
    else:
        prefs.remove(_LANGUAGE_KEY)
    prefs.sync()


def system_language(locale: QLocale | None = None) -> str:
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def chosen_language(requested: str | None = None) -> str:
    if requested in LANGUAGES:
        return requested
    return saved_language() or system_language()


def install(language: str) -> str:
    """Installs our and Qt's translators for `language` on the running application; returns it."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist before translators are installed"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"dpo_desk_{language}", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    _current = language
    return language
