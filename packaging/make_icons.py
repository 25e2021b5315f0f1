#!/usr/bin/env python3
"""Render resources/icons/baitp.svg to the PNG sizes and the Windows .ico the installers use.

Run after changing the SVG (the rendered files are committed, so a build needs no SVG
renderer): `QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    path = ICONS / f"baitp-{size}.png"
    image.save(str(path))
    return path


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "baitp.svg"))
    if not renderer.isValid():
        print("make_icons: baitp.svg could not be read", file=sys.stderr)
        return 1
    pngs = [render(renderer, size) for size in PNG_SIZES]
    largest = Image.open(pngs[-1])
    largest.save(ICONS / "baitp.ico", sizes=[(s, s) for s in PNG_SIZES])
    print(f"make_icons: {len(pngs)} PNG files and baitp.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
