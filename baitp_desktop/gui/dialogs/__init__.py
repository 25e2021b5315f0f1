"""Dialogs: new participant, reason for change, and the small common questions."""
