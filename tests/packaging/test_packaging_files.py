"""The packaging files agree with each other (names, paths, icons) without building anything.

The Windows installer cannot be built here; these checks catch the mistakes that would
only show on a site's Windows machine: a shortcut to an executable the spec does not
make, an icon or build folder path that does not exist.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = (PACKAGING / "baitp.spec").read_text(encoding="utf-8")
ISS = (PACKAGING / "windows" / "baitp.iss").read_text(encoding="utf-8")
DESKTOP = PACKAGING / "linux" / "baitp-desktop.desktop"


def _iss_define(name: str) -> str:
    match = re.search(rf'^#define {name} "([^"]*)"', ISS, re.MULTILINE)
    assert match, f"#define {name} missing in baitp.iss"
    return match.group(1)


def test_spec_makes_the_programs_the_shortcuts_start() -> None:
    executables = set(re.findall(r'EXE\([^)]*name="([^"]+)"', SPEC))
    assert executables == {"baitp", "baitp-desktop"}
    assert 'name="baitp",\n)' in SPEC  # the COLLECT folder: build/dist/baitp
    assert _iss_define("AppExe") == "baitp-desktop.exe"

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0].endswith("/baitp-desktop")
    assert section["Name[zh_CN]"] and section["Comment[zh_CN]"]


def test_installer_paths_exist_relative_to_the_script() -> None:
    iss_dir = PACKAGING / "windows"
    build_dir = _iss_define("BuildDir").replace("\\", "/")
    assert (iss_dir / build_dir).resolve() == ROOT / "build" / "dist" / "baitp"
    icon = re.search(r"^SetupIconFile=(.+)$", ISS, re.MULTILINE)
    assert icon and (iss_dir / icon.group(1).replace("\\", "/")).is_file()
    assert 'Name: "chinesesimplified"' in ISS and 'Name: "english"' in ISS
    # every custom message exists in both installer languages
    names = re.findall(r"^(english|chinesesimplified)\.(\w+)=", ISS, re.MULTILINE)
    by_language: dict[str, set[str]] = {}
    for language, message in names:
        by_language.setdefault(language, set()).add(message)
    assert by_language["english"] == by_language["chinesesimplified"]


def test_icons_are_square_at_every_size() -> None:
    icons = ROOT / "resources" / "icons"
    for size in (16, 32, 48, 64, 128, 256):
        with Image.open(icons / f"baitp-{size}.png") as image:
            assert image.size == (size, size)
    with Image.open(icons / "baitp.ico") as ico:
        assert (256, 256) in ico.info.get("sizes", {ico.size})


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
