"""Every service call that writes runs again when the database says another desk got there
first (``store.postgres_retry.is_retryable``: serialization failure, deadlock, lock timeout,
a unique index another desk filled meanwhile). Each write is one transaction, so running the
call again is safe: the failed attempt left nothing behind.

``install_on(service)`` wraps the public methods of a service object once (``Services`` does
it to each service it makes); a call made from inside another wrapped call is not retried by
itself (the outermost call re-runs all).
After ``ATTEMPTS`` the user gets ``Busy`` in plain words.
"""
from __future__ import annotations

import functools
import inspect
import random
import threading
import time

from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError
from libdesk.services.base import ServiceBase
from libdesk.store.postgres_retry import is_retryable

ATTEMPTS = 6
_depth = threading.local()


class Busy(DomainError):
    """The same records were being changed at another desk, every time we tried."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "Another desk was changing the same records at the same moment, several "
            "times in a row. Nothing was saved; try again in a moment."))


def retried(method):
    @functools.wraps(method)
    def call(*args, **kwargs):
        outermost = getattr(_depth, "value", 0) == 0
        _depth.value = getattr(_depth, "value", 0) + 1
        try:
            for attempt in range(ATTEMPTS):
                try:
                    return method(*args, **kwargs)
                except Exception as exc:  # noqa: BLE001 - only database conflicts re-run
                    if not outermost or not is_retryable(exc):
                        raise
                    if attempt == ATTEMPTS - 1:
                        raise Busy() from exc
                    time.sleep(random.uniform(0.02, 0.1) * (attempt + 1))
        finally:
            _depth.value -= 1

    call.__libdesk_retried__ = True
    return call


def install_on(service) -> None:
    """Wrap the public methods of one service object, once."""
    if not hasattr(service, "ctx") or getattr(service, "__libdesk_retry__", False):
        return
    for name, function in inspect.getmembers(type(service), inspect.isfunction):
        if name.startswith("_") or getattr(function, "__libdesk_retried__", False) \
                or getattr(ServiceBase, name, None) is function:  # require(), can()
            continue
        if inspect.isgeneratorfunction(function):
            continue
        setattr(service, name, retried(getattr(service, name)))
    service.__libdesk_retry__ = True
