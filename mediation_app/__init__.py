"""调解台 (Mediation Desk): case management for people's mediation offices."""

__version__ = "0.1.0"
