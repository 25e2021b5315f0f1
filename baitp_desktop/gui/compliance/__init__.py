"""Compliance screens: sign-in, idle lock, reason for change, signatures, history, queries,
account administration; `controller.attach_compliance` wires them into the main window."""
