"""The store layer: engine, sessions, PRAGMAs, migrations, copies. Only services import it.

A read needs only the tables it names (their modules are imported by whoever names them), so
opening the window imports the tables of the first tab, not all of them; every table is
registered (``libdesk.models.registry``) before the first write, whose flush orders the
tables by their foreign keys, and before anything walks ``metadata``."""
from libdesk.store.database import Store  # noqa: F401
from libdesk.store.errors import DatabaseTooNew, DatabaseUnreadable  # noqa: F401
from libdesk.store.failures import DatabaseHeld  # noqa: F401
from libdesk.store.ownership import COMMAND, WINDOW  # noqa: F401
