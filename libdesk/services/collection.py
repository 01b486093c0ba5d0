"""No garbage-collection passes while a large import runs.

An import allocates tens of thousands of small objects; each few hundred start a collection,
and now and then one of them walks every object the process holds (after the demo data or a
long session: millions, a tenth of a second or more, at random points of the import). Inside
``no_collection_pauses()`` the collector stays off; it is turned back on when the last one
open ends, and the cycles left meanwhile are collected by its next passes as usual (no
object is lost: freeing by reference count goes on throughout).
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_open = 0
_was_enabled = False


@contextmanager
def no_collection_pauses() -> Iterator[None]:
    global _open, _was_enabled
    with _lock:
        if _open == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _open += 1
    try:
        yield
    finally:
        with _lock:
            _open -= 1
            if _open == 0 and _was_enabled:
                gc.enable()
