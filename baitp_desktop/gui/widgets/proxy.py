"""A filter proxy whose filter is changed in one call, on any supported Qt 6 version."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def change_filter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Run `change` (which alters the proxy's filter state) and re-filter the rows."""
    if hasattr(proxy, "endFilterChange"):  # Qt >= 6.10
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - older Qt
        change()
        proxy.invalidateRowsFilter()
