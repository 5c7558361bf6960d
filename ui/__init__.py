"""调解台 desktop GUI (PySide6): depends on mediation_app, never the other way round."""

from ui.qt_compat import protect_singletons

protect_singletons()
