"""Entry point of the frozen application: the same `baitp` command as the installed package.

PyInstaller freezes a script, not a console_scripts entry point; this is that script.
Started without arguments (a double-click, the Start-menu or .desktop shortcut) it opens
the GUI, as `baitp` does.
"""

from baitp_desktop.cli.main import main

if __name__ == "__main__":
    main()
