"""Settings kept in the database (shared by every desk using it), typed by ``config.SETTINGS``."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from libdesk.config import SETTINGS
from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from libdesk.models.keys import DATABASE_ID_SETTING as DATABASE_ID
from libdesk.models.roles import Perm
from libdesk.models.system import AppSetting
from libdesk.services.base import ServiceBase


class SettingsService(ServiceBase):
    def get(self, key: str) -> Any:
        spec = SETTINGS[key]
        with self.store.read() as session:
            row = session.get(AppSetting, key)
        if row is None:
            return spec.default
        return _parse(spec.type, row.value, spec.default)

    def all(self) -> dict[str, Any]:
        with self.store.read() as session:
            stored = {row.key: row.value for row in session.exec(select(AppSetting))}
        return {key: _parse(spec.type, stored[key], spec.default) if key in stored else spec.default
                for key, spec in SETTINGS.items()}

    def set(self, key: str, value: Any) -> None:
        self.require(Perm.SETTINGS_EDIT)
        spec = SETTINGS[key]
        try:
            text = str(spec.type(value))
        except (TypeError, ValueError):
            raise ValidationFailed([Problem(key, QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a valid value for this setting."), {"value": value})])
        with self.store.write() as session:
            row = session.get(AppSetting, key) or AppSetting(key=key)
            row.value = text
            session.add(row)


def _parse(kind: type, text: str, default: Any) -> Any:
    try:
        return kind(text)
    except (TypeError, ValueError):
        return default


def database_id(store) -> str:
    """This database's own identity (``models.keys.DATABASE_ID_SETTING``, the one the signing
    keys are registered under; made once, on first use): an export carries it, so an import
    can tell a file from this database from one made by another desk."""
    with store.read() as session:
        row = session.get(AppSetting, DATABASE_ID)
        if row is not None:
            return row.value
    try:
        with store.write() as session:
            session.add(AppSetting(key=DATABASE_ID, value=uuid.uuid4().hex))
    except IntegrityError:  # another process made it first
        pass
    with store.read() as session:
        return session.get(AppSetting, DATABASE_ID).value
