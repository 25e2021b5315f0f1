"""The 21 CFR Part 11 screens: sign-in, idle lock, reason for change, signatures, history,
queries, account administration; `controller.attach_part11` wires them into the main window."""
