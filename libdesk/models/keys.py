"""Ed25519 keys that sign QR payloads. A desk's own key has its private half; a key imported
from another desk or branch has only the public half and can only verify."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlmodel import Field, SQLModel

from libdesk.models.base import utcnow


class SigningKey(SQLModel, table=True):
    __tablename__ = "signing_key"

    key_id: str = Field(primary_key=True, max_length=16)
    public_key: str = Field(max_length=64)  # raw 32 bytes, hex
    private_key: Optional[str] = Field(default=None, max_length=64)  # raw 32 bytes, hex
    label: str = Field(default="", max_length=120)
    active: bool = Field(default=True)  # the key new payloads are signed with
    created_at: datetime = Field(default_factory=utcnow)
