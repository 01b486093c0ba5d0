"""The store layer: engine, sessions, PRAGMAs, migrations, copies. Only services import it."""
from libdesk.store.database import Store  # noqa: F401
from libdesk.store.errors import DatabaseTooNew, DatabaseUnreadable  # noqa: F401
from libdesk.store.failures import DatabaseHeld  # noqa: F401
from libdesk.store.ownership import COMMAND, WINDOW  # noqa: F401
