"""The columns of a point's contacts: the point dialog's roster and the tab's detail pane."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTACT_COLUMNS = [("name", QT_TRANSLATE_NOOP("ContactColumns", "Name")),
                   ("role", QT_TRANSLATE_NOOP("ContactColumns", "Role / title")),
                   ("phone", QT_TRANSLATE_NOOP("ContactColumns", "Phone")),
                   ("email", QT_TRANSLATE_NOOP("ContactColumns", "E-mail")),
                   ("notes", QT_TRANSLATE_NOOP("ContactColumns", "Notes"))]
