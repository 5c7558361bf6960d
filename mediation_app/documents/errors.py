"""The one exception the document engine raises for problems a user can act on."""

from __future__ import annotations


class DocumentError(ValueError):
    """A document cannot be produced; the message is Chinese and meant for the user."""
