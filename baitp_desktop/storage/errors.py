"""Storage problems that are the environment's fault, told to the user as such."""

from __future__ import annotations

from baitp_desktop.core.errors import UserFacingError


class StorageError(UserFacingError):
    """The database cannot be used as it is; the message names the file and what to do."""

    exit_code = 3


class SchemaError(StorageError):
    """A newer, foreign or unreadable schema: refused before anything is written."""
