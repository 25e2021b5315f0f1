"""One byte-exact JSON text for a value, so that a hash or a signature over it is repeatable.

Keys sorted, no spaces, UTF-8, and no floats at all: whatever is signed or digested carries
numbers as the audit trail's canonical text ("45", "12.1"), never as a JSON float whose
printing could differ between two programs that read the same file.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def _refuse_floats(value: Any) -> None:
    if isinstance(value, float):
        raise TypeError("canonical JSON carries numbers as text, never as floats")
    if isinstance(value, dict):
        for item in value.values():
            _refuse_floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_floats(item)


def canonical_json(value: Any) -> bytes:
    """The canonical UTF-8 bytes of a JSON value made of dicts, lists, text, ints and None."""
    _refuse_floats(value)
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def canonical_digest(value: Any) -> str:
    """SHA-256 (hex) of `canonical_json(value)`."""
    return hashlib.sha256(canonical_json(value)).hexdigest()
