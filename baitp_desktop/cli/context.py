"""What every command needs: the parsed options, the database, the service, the output."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TextIO

from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.service import SYSTEM, Actor, StudyService
from baitp_desktop.storage import Database, open_database


@dataclass
class CommandContext:
    args: argparse.Namespace
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    # The --user password, kept for this one command (re-entry when it signs).
    password: str | None = field(default=None, repr=False)

    @cached_property
    def config(self) -> ProtocolConfig:
        return default_config()

    @cached_property
    def database(self) -> Database:
        return open_database(getattr(self.args, "db", None))

    @cached_property
    def actor(self) -> Actor:
        """The account named by --user (signed in with its password), else `system`."""
        from baitp_desktop.cli.accounts import sign_in  # Argon2 is loaded only when needed

        username = getattr(self.args, "user", None)
        if not username:
            return SYSTEM
        allow_temporary = bool(getattr(self.args, "allows_temporary_password", False))
        actor, self.password = sign_in(
            self.database, username, self.err, allow_temporary=allow_temporary
        )
        return actor

    def require_user(self) -> Actor:
        """The named person for a command that changes data; `system` is refused here."""
        from baitp_desktop.cli.accounts import refuse_system

        if self.actor.is_system:
            raise refuse_system(self.args.command)
        return self.actor

    @cached_property
    def service(self) -> StudyService:
        return StudyService(self.database, self.actor, self.config)

    def today(self) -> date:
        return date.today()

    def close(self) -> None:
        if "database" in self.__dict__:
            self.database.dispose()
