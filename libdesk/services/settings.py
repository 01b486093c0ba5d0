"""Settings kept in the database (shared by every desk using it), typed by ``config.SETTINGS``.

Changing one needs ``Perm.SETTINGS_EDIT`` (administrators); the store's audit log records the
old and new value of every change like any other row."""
from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from libdesk.config import SETTINGS, Setting
from libdesk.models.errors import (QT_TRANSLATE_NOOP, EditConflict, NotFound, Problem,
                                   ValidationFailed)
from libdesk.models.keys import DATABASE_ID_SETTING as DATABASE_ID
from libdesk.models.roles import Perm
from libdesk.models.system import AppSetting
from libdesk.services.base import ServiceBase
from libdesk.services.conflicts import last_saved

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class SettingsService(ServiceBase):
    def get(self, key: str) -> Any:
        spec = _spec(key)
        with self.store.read() as session:
            row = session.get(AppSetting, key)
        if row is None:
            return spec.default
        return _parse(spec.type, row.value, spec.default)

    def all(self) -> dict[str, Any]:
        with self.store.read() as session:
            stored = {row.key: row.value for row in session.execute(select(AppSetting)).scalars()}
        return {key: _parse(spec.type, stored[key], spec.default) if key in stored else spec.default
                for key, spec in SETTINGS.items()}

    def set(self, key: str, value: Any) -> Any:
        """Store ``value`` (text from a form or the command line is converted); returns it."""
        self.set_many({key: value})
        return self.get(key)

    def set_many(self, values: dict[str, Any], *, as_shown: dict[str, Any] | None = None) -> None:
        """Check every value first, then store them together (all or nothing).

        ``as_shown``: the settings as the form showed them (``all()`` when it opened). Then
        only the values the user changed there are stored: a setting changed meanwhile
        elsewhere (another desk, ``libdesk settings set``) and left alone here keeps the newer
        value, and one changed both here and there raises EditConflict, storing nothing."""
        self.require(Perm.SETTINGS_EDIT)
        if as_shown is not None:
            values = {key: value for key, value in values.items()
                      if _plain(value) != _shown(as_shown, key)}
            if not values:
                return
        texts, problems = {}, []
        for key, value in values.items():
            try:
                texts[key] = _checked(_spec(key), value)
            except ValidationFailed as exc:
                problems += exc.problems
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            for key, text in texts.items():
                row = session.get(AppSetting, key)
                if as_shown is not None:
                    _check_unchanged(session, row, key, text, _shown(as_shown, key), values[key])
                if row is not None and row.value == text:
                    continue
                row = row or AppSetting(key=key)
                row.value = text
                session.add(row)


def _spec(key: str) -> Setting:
    try:
        return SETTINGS[key]
    except KeyError:
        raise NotFound(QT_TRANSLATE_NOOP(
            "Errors", "There is no setting “{key}”. `libdesk settings list` shows them all."),
            key=key) from None


def _checked(spec: Setting, value: Any) -> str:
    def fail(template: str, **params) -> ValidationFailed:
        return ValidationFailed([Problem(spec.key, template, {"value": value, **params})])

    if spec.type is int:
        try:
            number = int(str(value).strip())
        except (TypeError, ValueError):
            raise fail(QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a whole number; enter digits only.")) from None
        if spec.minimum is not None and number < spec.minimum:
            raise fail(QT_TRANSLATE_NOOP(
                "Errors", "{value} is too small; the smallest allowed is {minimum}."),
                minimum=spec.minimum)
        return str(number)
    text = str(value if value is not None else "").strip()
    if len(text) > 500:
        raise fail(QT_TRANSLATE_NOOP("Errors", "The value is too long (500 characters at most)."))
    if spec.kind == "png" and text:
        path = Path(text).expanduser()
        try:
            with path.open("rb") as handle:
                head = handle.read(8)
        except OSError:
            raise fail(QT_TRANSLATE_NOOP(
                "Errors", "The seal image {value} cannot be read; choose an existing PNG "
                "file.")) from None
        if head != PNG_SIGNATURE:
            raise fail(QT_TRANSLATE_NOOP(
                "Errors", "{value} is not a PNG image; save the seal as PNG (with a "
                "transparent background) and choose it again."))
        text = str(path.resolve())
    if spec.kind == "folder" and text and not Path(text).expanduser().is_dir():
        raise fail(QT_TRANSLATE_NOOP(
            "Errors", "The folder {value} does not exist; create it or choose another."))
    if spec.key == "certificate.date_style" and text not in ("chinese", "numeric"):
        raise fail(QT_TRANSLATE_NOOP(
            "Errors", "The date style must be “chinese” or “numeric”, not “{value}”."))
    return text


def _plain(value: Any) -> str:
    """A value as stored, for telling whether the user changed it (no checks)."""
    return str(value if value is not None else "").strip()


def _shown(as_shown: dict[str, Any], key: str) -> str:
    return _plain(as_shown.get(key, _spec(key).default))


def _check_unchanged(session, row, key: str, text: str, shown: str, mine: Any) -> None:
    """EditConflict when the stored value is neither the one the form showed nor the user's
    (another desk changed this setting while the form was open)."""
    stored = row.value if row is not None else _plain(_spec(key).default)
    if stored in (shown, text):
        return
    who, when = last_saved(session, AppSetting.__tablename__, key)
    raise EditConflict(key, who, when, 0, 0, record_id=key, mine={key: mine},
                       saved={key: stored})


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
