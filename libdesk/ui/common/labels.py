"""One way to show an enum value: its English label from the models' ``*_LABELS`` table,
translated in the context the table marks it in (the enum's class name unless given)."""
from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from PySide6.QtCore import QCoreApplication


def enum_label(labels: Mapping[Enum, str], value, context: str | None = None) -> str:
    """``enum_label(BRANCH_STATUS_LABELS, "active")`` → "运行". A value the table does not
    know (an old record, a newer desk's kind) is shown as it is stored."""
    if not labels:
        return "" if value is None else str(value)
    cls = type(next(iter(labels)))
    try:
        member = cls(value)
    except ValueError:
        return "" if value is None else str(value)
    text = labels.get(member)
    if text is None:
        return str(member.value)
    return QCoreApplication.translate(context or cls.__name__, text)
