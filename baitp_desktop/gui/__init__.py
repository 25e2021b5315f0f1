"""The PySide6 desktop application (thin: it shows core results and calls the service)."""
