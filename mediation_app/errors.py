"""The three kinds of failure the application tells apart.

Domain errors are the user's to fix and carry a Chinese message (and an English gloss);
environment errors (locked, full, read-only, no keyring) say what to do; anything else is
a bug and goes to the crash log.
"""

from __future__ import annotations


class AppError(Exception):
    """Base of errors meant to be shown to the user."""

    def __init__(self, message: str, english: str = "", *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.english = english
        self.field = field

    def one_line(self) -> str:
        return f"{self.message} ({self.english})" if self.english else self.message


class ValidationError(AppError):
    """Bad input: nothing was written."""


class StateError(AppError):
    """An action the case's current state does not allow."""


class NotFoundError(AppError):
    pass


class PermissionDenied(AppError):
    pass


class AuthError(AppError):
    """Wrong credentials, locked account or no user given."""


class ConflictError(AppError):
    """Someone else changed the record since it was read."""


class StoreError(AppError):
    """The environment: key missing, database locked, disk full, corrupt, too new..."""
