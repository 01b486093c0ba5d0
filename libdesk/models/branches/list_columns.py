"""The columns the branch list reads, by table and column name with their types (SQLAlchemy
Core clauses, no table model). The branches tab is the first tab: its first page is read with
these before SQLModel and pydantic are imported, which is a sixth of what a start does before
the first rows are painted (benchmarks/start_profile.py). The tables themselves are defined
once, in ``tables.py``; tests/models/branches/test_list_columns.py checks that every column
here is a column there, of the same type."""
from __future__ import annotations

from sqlalchemy import Boolean, Date, Integer, String, column, table

BRANCH = table(
    "branch", column("id", Integer), column("number", Integer), column("name", String),
    column("name_key", String), column("category_id", Integer), column("address", String),
    column("district", String), column("opened_on", Date), column("status", String),
    column("books_on_site", Integer), column("notes", String))
CATEGORY = table(
    "branch_category", column("id", Integer), column("name", String),
    column("sort_order", Integer))
CONTACT = table(
    "branch_contact", column("branch_id", Integer), column("name", String),
    column("phone", String), column("is_primary", Boolean))
