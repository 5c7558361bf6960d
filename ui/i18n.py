"""Interface language: our translation of the Chinese source strings, plus Qt's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.assets import resource_dir

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)

_installed: list[QTranslator] = []
_current = CHINESE


def translations_dir() -> Path:
    return resource_dir("translations")


def current() -> str:
    return _current


def is_english() -> bool:
    return _current == ENGLISH


def choose(requested: str | None, saved: str | None) -> str:
    """The command line wins over the saved choice; Chinese by default."""
    for candidate in (requested, saved):
        if candidate in LANGUAGES:
            return str(candidate)
    return CHINESE


def install(language: str) -> bool:
    """Replace the installed translators; widgets built afterwards use the new language.

    Returns False if our English file is missing (the UI then stays Chinese).
    """
    global _current
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if language != CHINESE:
        ours = QTranslator(app)
        if ours.load(f"mediation_{language}", str(translations_dir())):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            ok = False
    _current = language if ok else CHINESE
    QLocale.setDefault(QLocale("en_US" if _current == ENGLISH else "zh_CN"))
    return ok
