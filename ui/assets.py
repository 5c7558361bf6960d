"""Shipped files (fonts, translations, icons) found through importlib.resources.

Falls back to the source checkout beside ``ui/`` when the ``resources`` package is not
importable (an editable install that only maps ``mediation_app`` and ``ui``).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon

UI_FONTS = ("wqy-microhei.ttc", "uming.ttc", "HanaMinA.ttf")
"""In order of preference for the screen: a sans-serif first, then the Ming fallbacks."""


def resource_dir(name: str) -> Path:
    try:
        return Path(str(resources.files("resources") / name))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources" / name


def load_cjk_font(app: QGuiApplication) -> str | None:
    """Load the shipped CJK font and make it the application font; None if none is there.

    Without it Qt draws empty boxes for Chinese on a machine with no CJK font installed.
    """
    fonts = resource_dir("fonts")
    families: list[str] = []
    for name in UI_FONTS:
        path = fonts / name
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    font = QFont(app.font())
    font.setFamilies([families[0], *font.families(), *families[1:]])
    app.setFont(font)
    return families[0]


def app_icon() -> QIcon:
    """The window icon (an empty icon if the file or the SVG plugin is missing)."""
    return QIcon(str(resource_dir("icons") / "mediation-desk.svg"))
