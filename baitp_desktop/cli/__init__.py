"""The `baitp` command (INTERCHANGE.md): one module per command, registered in main.py."""
