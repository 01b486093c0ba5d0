"""A column's values run through one function once per distinct value (dates and times
repeat across an import: one day for many rows, one ``recorded_at`` for all of them)."""
from __future__ import annotations

from collections.abc import Callable


def same(value):
    """No processing (a column without a bind or result processor)."""
    return value


def per_distinct(values: list, process: Callable) -> list:
    """``process`` of each of ``values``, run once per distinct value where values of one
    class are all that differ (1 and True are equal keys, -0.0 and 0.0 too, and NaN equals
    nothing: values of several classes, or floats, are processed one by one)."""
    if process is same:
        return values
    classes = set(map(type, values))
    classes.discard(type(None))
    if len(classes) > 1 or float in classes:
        return [process(v) for v in values]
    mapping = {v: process(v) for v in set(values)}
    return list(map(mapping.__getitem__, values))


def as_read_back(kind, dialect, values: list, kept: Callable[[list], bool]) -> list | None:
    """``values`` of a column of type ``kind`` as reading them back would return them: its
    bind processor, then its result processor, each once per distinct value. None when a
    value is unhashable or ``kept`` says the database may not store what was sent as it is
    (it is given the values as sent to the driver)."""
    try:
        sent = per_distinct(values, kind._cached_bind_processor(dialect) or same)
    except TypeError:  # unhashable values
        return None
    if not kept(sent):
        return None
    return per_distinct(sent, kind._cached_result_processor(dialect, None) or same)
