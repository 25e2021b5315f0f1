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

    @cached_property
    def config(self) -> ProtocolConfig:
        return default_config()

    @cached_property
    def database(self) -> Database:
        return open_database(getattr(self.args, "db", None))

    @cached_property
    def actor(self) -> Actor:
        return SYSTEM

    @cached_property
    def service(self) -> StudyService:
        return StudyService(self.database, self.actor, self.config)

    def today(self) -> date:
        return date.today()

    def close(self) -> None:
        if "database" in self.__dict__:
            self.database.dispose()
