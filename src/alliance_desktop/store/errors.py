"""Errors about the store itself (not about what a person typed), each with a plain message."""

from __future__ import annotations


class StoreError(Exception):
    """The practice store cannot be used as it is; ``str(error)`` says why in plain words."""


class StoreMissingError(StoreError):
    """No practice store exists where one was expected."""


class StoreTooNewError(StoreError):
    """The store was written by a newer version of the app; it is left untouched."""


class StoreLockedError(StoreError):
    """The practice is encrypted and no key was given: ask for the passphrase."""


class StoreCorruptError(StoreError):
    """The store failed its integrity check or cannot be read."""
