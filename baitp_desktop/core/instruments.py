"""Questionnaire definitions (PROTOCOL.md §12): the ITP-PAQ read from a file, not from code.

The ITP-PAQ is copyrighted: its wording, item-to-scale assignment and scoring come with a
site's licence. So the application knows an instrument only through a definition file in
`resources/instruments/` (format: the README in that folder). The shipped file describes
the published structure with a placeholder assignment and says so (`verified = false`);
a site adds its licensed definition as one more file, under a new name or version, and
from then on new questionnaires use it while old ones keep the definition they were
answered on.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import current_language


class InstrumentError(UserFacingError):
    """A questionnaire definition file is missing, unreadable or inconsistent."""


class AppliesTo(StrEnum):
    """Whom a scale applies to; for the others it is "not applicable" (never incomplete)."""

    ALL = "all"
    FEMALE = "female"
    EMPLOYED = "employed"


@dataclass(frozen=True, slots=True)
class Item:
    """One question: its id, its response range (integers min..max) and its direction."""

    item_id: str
    minimum: int
    maximum: int
    reverse: bool = False

    def accepts(self, answer: int) -> bool:
        return self.minimum <= answer <= self.maximum

    def scored(self, answer: int) -> int:
        """The answer as the scale counts it: a reverse item's v counts as min + max - v."""
        return self.minimum + self.maximum - answer if self.reverse else answer


@dataclass(frozen=True, slots=True)
class Scale:
    """A scale: its items (one common response range), whom it applies to, and its MID."""

    scale_id: str
    items: tuple[str, ...]
    applies_to: AppliesTo
    minimal_important_difference: float
    labels: Mapping[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The scale's name in the current language (English, else its id)."""
        return self.labels.get(current_language()) or self.labels.get("en") or self.scale_id

    @property
    def minimum_answered(self) -> int:
        """At least half of the items, rounded up, must be answered for a score."""
        return (len(self.items) + 1) // 2


@dataclass(frozen=True, slots=True)
class InstrumentDefinition:
    """A questionnaire as a site's licence defines it (or the shipped placeholder)."""

    name: str
    version: str
    verified: bool
    items: tuple[Item, ...]
    scales: tuple[Scale, ...]
    wording: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    source: str = ""
    _by_id: dict[str, Item] = field(init=False, repr=False, compare=False)
    _scale_items: dict[str, tuple[Item, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id = {item.item_id: item for item in self.items}
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(
            self,
            "_scale_items",
            {s.scale_id: tuple(by_id[i] for i in s.items) for s in self.scales},
        )

    @property
    def key(self) -> tuple[str, str]:
        return (self.name, self.version)

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.item_id for item in self.items)

    @property
    def scale_ids(self) -> tuple[str, ...]:
        return tuple(scale.scale_id for scale in self.scales)

    def item(self, item_id: str) -> Item:
        return self._by_id[item_id]

    def scale_items(self, scale_id: str) -> tuple[Item, ...]:
        """A scale's items, in the scale's order."""
        return self._scale_items[scale_id]

    def scale(self, scale_id: str) -> Scale:
        for scale in self.scales:
            if scale.scale_id == scale_id:
                return scale
        raise KeyError(scale_id)

    def item_text(self, item_id: str, language: str | None = None) -> str | None:
        """The licensed wording of an item (None: the definition brings no wording)."""
        texts = self.wording.get(language or current_language()) or self.wording.get("en")
        return None if texts is None else texts.get(item_id)


@dataclass(frozen=True, slots=True)
class InstrumentCatalog:
    """Every definition the application has loaded, in file-name order.

    `current` is the definition new questionnaires are answered on: a verified (licensed)
    definition when there is one, else the shipped one; among several, the file whose
    name sorts last. Stored questionnaires are scored on the definition they name.
    """

    definitions: tuple[InstrumentDefinition, ...] = ()

    def find(self, name: str, version: str) -> InstrumentDefinition | None:
        for definition in self.definitions:
            if definition.key == (name, version):
                return definition
        return None

    @property
    def current(self) -> InstrumentDefinition | None:
        verified = [d for d in self.definitions if d.verified]
        candidates = verified or list(self.definitions)
        return candidates[-1] if candidates else None


def _fail(source: str, message: str) -> InstrumentError:
    return InstrumentError(f"questionnaire definition {source}: {message}")


def _items(data: Any, source: str) -> tuple[Item, ...]:
    if not isinstance(data, list) or not data:
        raise _fail(source, "'items' must be a non-empty list")
    items: list[Item] = []
    seen: set[str] = set()
    for entry in data:
        if not isinstance(entry, dict):
            raise _fail(source, "each item must be a table {id, min, max, reverse}")
        unknown = set(entry) - {"id", "min", "max", "reverse"}
        if unknown:
            raise _fail(source, f"item fields {sorted(unknown)} are not known")
        item_id, low, high = entry.get("id"), entry.get("min"), entry.get("max")
        reverse = entry.get("reverse", False)
        if not isinstance(item_id, str) or not item_id.strip():
            raise _fail(source, "an item has no id")
        if item_id in seen:
            raise _fail(source, f"item {item_id} is defined twice")
        whole = all(isinstance(v, int) and not isinstance(v, bool) for v in (low, high))
        if not (whole and isinstance(low, int) and isinstance(high, int) and low < high):
            raise _fail(source, f"item {item_id}: min and max must be integers, min < max")
        if not isinstance(reverse, bool):
            raise _fail(source, f"item {item_id}: reverse must be true or false")
        seen.add(item_id)
        items.append(Item(item_id, low, high, reverse))
    return tuple(items)


def _labels(value: Any, source: str, scale_id: str) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        return {"en": value}
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return {str(k): v for k, v in value.items()}
    raise _fail(source, f"scale {scale_id}: label must be text or {{en = ..., zh_CN = ...}}")


def _scales(data: Any, items: tuple[Item, ...], source: str) -> tuple[Scale, ...]:
    if not isinstance(data, list) or not data:
        raise _fail(source, "'scales' must be a non-empty list of [[scales]] tables")
    by_id = {item.item_id: item for item in items}
    scales: list[Scale] = []
    for entry in data:
        if not isinstance(entry, dict):
            raise _fail(source, "each scale must be a table")
        scale_id = entry.get("id")
        if not isinstance(scale_id, str) or not scale_id.strip():
            raise _fail(source, "a scale has no id")
        if any(s.scale_id == scale_id for s in scales):
            raise _fail(source, f"scale {scale_id} is defined twice")
        members = entry.get("items")
        if not isinstance(members, list) or not members:
            raise _fail(source, f"scale {scale_id}: 'items' must list its item ids")
        if len(set(members)) != len(members):
            raise _fail(source, f"scale {scale_id}: an item is listed twice")
        missing = [m for m in members if m not in by_id]
        if missing:
            raise _fail(source, f"scale {scale_id}: unknown items {missing}")
        if len({(by_id[m].minimum, by_id[m].maximum) for m in members}) != 1:
            raise _fail(source, f"scale {scale_id}: its items must share one response range")
        try:
            applies = AppliesTo(entry.get("applies_to", "all"))
        except ValueError:
            raise _fail(
                source, f"scale {scale_id}: applies_to must be all, female or employed"
            ) from None
        mid = entry.get("minimal_important_difference")
        if isinstance(mid, bool) or not isinstance(mid, int | float) or not mid > 0:
            raise _fail(source, f"scale {scale_id}: minimal_important_difference must be > 0")
        scales.append(
            Scale(
                scale_id=scale_id,
                items=tuple(members),
                applies_to=applies,
                minimal_important_difference=float(mid),
                labels=_labels(entry.get("label"), source, scale_id),
            )
        )
    return tuple(scales)


def _wording(data: Any, items: tuple[Item, ...], source: str) -> dict[str, dict[str, str]]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise _fail(source, "'wording' must hold one table per language")
    ids = {item.item_id for item in items}
    wording: dict[str, dict[str, str]] = {}
    for language, texts in data.items():
        if not isinstance(texts, dict) or not all(isinstance(t, str) for t in texts.values()):
            raise _fail(source, f"wording.{language} must map item ids to text")
        unknown = sorted(set(texts) - ids)
        if unknown:
            raise _fail(source, f"wording.{language} names unknown items {unknown}")
        wording[str(language)] = {str(k): v for k, v in texts.items()}
    return wording


def parse_definition(data: Mapping[str, Any], source: str = "") -> InstrumentDefinition:
    """Build and check a definition from its parsed TOML document."""
    name, version, verified = data.get("name"), data.get("version"), data.get("verified")
    if not isinstance(name, str) or not name.strip():
        raise _fail(source, "'name' is required")
    if not isinstance(version, str) or not version.strip():
        raise _fail(source, "'version' is required")
    if not isinstance(verified, bool):
        raise _fail(source, "'verified' must be true or false")
    items = _items(data.get("items"), source)
    return InstrumentDefinition(
        name=name,
        version=version,
        verified=verified,
        items=items,
        scales=_scales(data.get("scales"), items, source),
        wording=_wording(data.get("wording"), items, source),
        source=source,
    )


def load_definition(path: Path) -> InstrumentDefinition:
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise _fail(str(path), f"cannot be read ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise _fail(str(path), f"is not valid TOML: {exc}") from exc
    return parse_definition(data, path.name)


def catalog_of(definitions: Iterable[InstrumentDefinition]) -> InstrumentCatalog:
    """A catalog of definitions, refusing two with the same name and version."""
    ordered = tuple(definitions)
    seen: dict[tuple[str, str], str] = {}
    for definition in ordered:
        if definition.key in seen:
            raise InstrumentError(
                f"questionnaire definitions {seen[definition.key]} and {definition.source} "
                f"both define {definition.name} {definition.version}"
            )
        seen[definition.key] = definition.source
    return InstrumentCatalog(ordered)


def load_catalog(folder: Path) -> InstrumentCatalog:
    """Every `*.toml` definition in a folder (none when the folder does not exist)."""
    if not folder.is_dir():
        return InstrumentCatalog()
    return catalog_of(load_definition(path) for path in sorted(folder.glob("*.toml")))
