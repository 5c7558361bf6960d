"""调解台 desktop GUI (PySide6): depends on mediation_app, never the other way round."""
