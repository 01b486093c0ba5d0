"""The token a cancellable read runs under (services/reads.py); what cancelling does to the
store's reads is in tests/store/test_interrupt.py."""
from __future__ import annotations

from libdesk.services.reads import ReadToken


def test_the_token_calls_its_hooks_once_and_not_after_detach():
    token = ReadToken()
    calls: list[str] = []
    first, second = (lambda: calls.append("first")), (lambda: calls.append("second"))
    assert token.attach(first) and token.attach(second)
    token.detach(second)
    token.cancel()
    token.cancel()
    assert calls == ["first"] and token.cancelled
    assert not token.attach(second)   # too late: the caller stops at once instead
