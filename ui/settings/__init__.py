"""Pages of the settings dialog that edit office data (profile, templates, holidays)."""
