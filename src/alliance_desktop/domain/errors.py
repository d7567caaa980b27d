"""The one error type the core raises for input a person must correct."""

from __future__ import annotations


class ValidationError(Exception):
    """Input that cannot be stored, with a message a person can read.

    Attributes:
        message: plain-language explanation, shown as is in the UI and on the command line.
        field: the name of the offending field, when there is one (lets the UI show it in place).
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class NotFoundError(ValidationError):
    """A record that was asked for does not exist (or no longer exists)."""


class ConfirmationRequired(ValidationError):
    """Input that is plausible but unusual; the caller may repeat the call with confirmation."""
