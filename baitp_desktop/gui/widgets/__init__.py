"""Reusable entry widgets shared by every CRF tab and dialog.

`fields` holds the date field with its study day, the number field with its unit and
the at-field error label; the other GUI engineers reuse them so that every field in the
application refuses a value the same way (message under the field, red border, nothing
saved).
"""

from baitp_desktop.gui.widgets.fields import (
    DateField,
    EntryField,
    FieldError,
    NumberField,
    TextField,
    study_day_text,
)

__all__ = ["DateField", "EntryField", "FieldError", "NumberField", "TextField", "study_day_text"]
