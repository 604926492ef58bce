"""The one exception the command's parts raise: a message for the user, and the exit status."""

from __future__ import annotations


class CliError(Exception):
    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status
