"""Staff accounts: who may sign in, with which role. Passwords are kept only as argon2 hashes.

A database without accounts runs in single-user mode (no login); once an administrator
creates the first account, every start asks for a login."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Optional

from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow, versioned
from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.models.roles import ACCOUNTS_TABLE

MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[^\s|]{2,40}$")


class StaffAccount(TableModel, table=True):
    __tablename__ = ACCOUNTS_TABLE
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(max_length=40, unique=True)
    display_name: str = Field(default="", max_length=60)
    role: str = Field(max_length=20)
    password_hash: str = Field(max_length=200)
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow)
    last_login_at: Optional[datetime] = None


def validate_username(username: str) -> list[Problem]:
    if not _USERNAME.match(username or ""):
        return [Problem("username", QT_TRANSLATE_NOOP(
            "Errors", "A username has 2 to 40 characters and no spaces."))]
    return []


def validate_password(password: str) -> list[Problem]:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        return [Problem("password", QT_TRANSLATE_NOOP(
            "Errors", "A password needs at least {count} characters."),
            {"count": MIN_PASSWORD_LENGTH})]
    return []
