"""The store layer: engine, sessions, PRAGMAs, migrations, copies. Only services import it."""
import libdesk.models.registry  # noqa: F401  (every table mapped before a session opens)
from libdesk.store.database import Store  # noqa: F401
from libdesk.store.errors import DatabaseTooNew, DatabaseUnreadable  # noqa: F401
from libdesk.store.failures import DatabaseHeld  # noqa: F401
from libdesk.store.ownership import COMMAND, WINDOW  # noqa: F401
