"""Start-up of the desktop application."""

from __future__ import annotations

import argparse
import sys


def run_application(args: argparse.Namespace) -> int:
    print("baitp gui: the desktop window is not available in this build yet", file=sys.stderr)
    return 0
