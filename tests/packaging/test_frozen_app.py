"""The built one-folder application works on its own, away from the source tree.

Slow (a PyInstaller build takes 1.5-2 minutes), so it runs only when asked:
`BAITP_FROZEN_APP=build/dist/baitp` tests an existing build (what .ci/run does right after
`packaging/build_linux.sh`), `BAITP_FROZEN_APP=build` builds it first. The build is copied
into a temporary folder and run there with a clean environment (no venv, no PYTHONPATH,
no BAITP_RESOURCES, a private HOME), so a file read from the checkout would fail here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUESTED = os.environ.get("BAITP_FROZEN_APP", "")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not REQUESTED,
        reason="set BAITP_FROZEN_APP=build/dist/baitp (an existing build) or =build (build it)",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build script"),
]

Run = Callable[..., subprocess.CompletedProcess[str]]


def _built_folder() -> Path:
    if REQUESTED == "build":
        subprocess.run(
            ["bash", str(ROOT / "packaging" / "build_linux.sh")],
            check=True,
            cwd=ROOT,
            env={**os.environ, "BAITP_BUILD_TARBALL": "0"},
        )
        return ROOT / "build" / "dist" / "baitp"
    folder = Path(REQUESTED)
    return folder if folder.is_absolute() else ROOT / folder


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The build, copied to a folder outside the checkout as a site would unpack it."""
    source = _built_folder()
    assert (source / "baitp").is_file(), f"no build in {source}"
    target = tmp_path_factory.mktemp("site") / "baitp-desktop"
    shutil.copytree(source, target, symlinks=True)
    return target


@pytest.fixture
def run(installed: Path, tmp_path: Path) -> Run:
    """Run the frozen `baitp` with a clean environment, in a folder outside the checkout."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "BAITP_SETTINGS": str(home / "settings.ini"),
    }

    def run_it(*args: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(installed / "baitp"), *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**env, **(extra_env or {})},
            timeout=300,
        )

    return run_it


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def test_demo_then_validate_gives_the_same_findings_as_the_source(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "site.sqlite"
    demo = _ok(run("demo", "--participants", "12", "--db", str(db)))
    assert "12" in demo.stdout and db.exists()

    validated = _ok(run("validate", "--db", str(db), "--as-of", "2026-01-31", "--json"))
    frozen = json.loads(validated.stdout)
    from_source = subprocess.run(
        [sys.executable, "-m", "baitp_desktop.cli.main", "validate", "--db", str(db),
         "--as-of", "2026-01-31", "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    assert frozen["findings"], "the demo study has findings of every code"
    assert frozen == json.loads(from_source.stdout)


def test_migrations_and_cli_modules_are_in_the_bundle(run: Run, tmp_path: Path) -> None:
    """A new file gets the schema (Alembic reads the bundled revisions); all commands are there."""
    # argparse lists every registered command when refusing an unknown one
    refused = run("no-such-command")
    assert refused.returncode == 2
    usage = refused.stderr
    for command in ("gui", "demo", "import", "validate", "endpoints", "export", "backup", "report"):
        assert command in usage
    db = tmp_path / "empty.sqlite"
    _ok(run("endpoints", "--db", str(db), "--json"))
    _ok(run("verify", "--db", str(db)))


def test_chinese_messages_and_report(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "zh.sqlite"
    _ok(run("demo", "--participants", "3", "--db", str(db)))
    found = json.loads(
        _ok(run("validate", "--db", str(db), "--json", extra_env={"BAITP_LANG": "zh_CN"})).stdout
    )
    messages = " ".join(f["message"] for f in found["findings"])
    assert any("\u4e00" <= ch <= "\u9fff" for ch in messages), messages[:300]

    pdf = tmp_path / "BAITP-001.pdf"
    _ok(run("report", "BAITP-001", "--db", str(db), "--lang", "zh_CN", "-o", str(pdf)))
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "血小板" in text


def test_gui_starts_offscreen(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "gui.sqlite"
    _ok(run("demo", "--participants", "2", "--db", str(db)))
    demo_nurse = {"BAITP_USER": "nurse", "BAITP_PASSWORD": "demo-2207-nur"}  # README demo account
    result = _ok(run("gui", "--db", str(db), "--quit-after-ms", "300", extra_env=demo_nurse))
    assert "main window shown" in result.stdout
