"""Who is writing: every audit entry names an actor."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Actor:
    username: str
    display_name: str
    role: str
    # Signed in with a password an administrator set: until its owner changes it, the
    # account may do nothing else (service/roles.py), since the administrator knows it.
    temporary_password: bool = False

    @property
    def is_system(self) -> bool:
        return self.username == SYSTEM.username


# The account recorded for `demo` and `import` when no user is named; labelled as such.
SYSTEM = Actor(username="system", display_name="System (import / demo)", role="system")
