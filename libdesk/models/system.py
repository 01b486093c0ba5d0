"""Tables every area shares: stored settings and gapless number counters."""
from __future__ import annotations


from sqlmodel import Field

from libdesk.models.base import TableModel


class AppSetting(TableModel, table=True):
    __tablename__ = "app_setting"

    key: str = Field(primary_key=True, max_length=80)
    value: str = Field(default="")


class NumberCounter(TableModel, table=True):
    """The last number handed out in a series (e.g. certificates of one kind in one year)."""

    __tablename__ = "number_counter"

    series: str = Field(primary_key=True, max_length=40)
    year: int = Field(primary_key=True)
    last_value: int = Field(default=0)
