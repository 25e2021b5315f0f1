"""The `&X` keyboard mnemonics of labels, buttons and menus: which letter, and the text
without it.

Qt marks a mnemonic with "&" ("&Save" is Alt+S, "&&" is a literal ampersand); Chinese
labels carry it in brackets after the words ("保存(&S)"), as Qt Linguist translations do.
One letter may serve only one visible widget of a window, else Alt+letter reaches the
wrong one; tests use `mnemonic_letter` to check that, messages use `without_mnemonic` to
name a field as the person reads it.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"\s*[(（]&([^&\s])[)）]")


def mnemonic_letter(text: str) -> str | None:
    """The mnemonic's letter in lower case ("Re&load" → "l"), None when there is none."""
    index = 0
    while (index := text.find("&", index)) != -1:
        following = text[index + 1 : index + 2]
        if following == "&":
            index += 2
            continue
        return following.casefold() if following and not following.isspace() else None
    return None


def without_mnemonic(text: str) -> str:
    """The text as shown, without its mnemonic mark ("保存(&S)" → "保存", "A&&B" → "A&B")."""
    text = _BRACKETED.sub("", text)
    return re.sub(r"&(.)", r"\1", text)


def field_name(label: str) -> str:
    """A form label as a message names its field: "&User name:" → "User name"."""
    return without_mnemonic(label).rstrip(":：").strip()
