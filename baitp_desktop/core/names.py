"""Comparing names typed by people: drug names (§10) and AE terms against CTCAE terms (§11).

Nurses type on Chinese and English keyboards: the same name can arrive with full-width
letters, an ideographic space (U+3000), a no-break space pasted from a document, or other
capitals. Two names are the same when their normalised forms are equal; a name that only
*contains* another is a different name, so "Aspirin 100 mg" is not "aspirin".
"""

from __future__ import annotations

import unicodedata


def normalise_name(name: str) -> str:
    """NFKC, trimmed, every run of Unicode white space as one space, full case folding.

    NFKC turns full-width letters into ASCII and U+3000 into a space; `str.split()` with no
    argument splits on every Unicode white space (U+00A0 and U+3000 included); `casefold`
    is full case folding ("ß" -> "ss"), which `lower` is not.
    """
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def same_name(first: str, second: str) -> bool:
    """True when the two names are equal after `normalise_name`."""
    return normalise_name(first) == normalise_name(second)
