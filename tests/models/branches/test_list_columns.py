"""The branch list's Core columns (models/branches/list_columns.py) are the tables' columns:
each one exists in its table with the same generic type, so the list cannot drift
from the schema the migrations build."""
from __future__ import annotations

import pytest

from libdesk.models.branches.list_columns import BRANCH, CATEGORY, CONTACT
from libdesk.models.branches.tables import Branch, BranchCategory, BranchContact


@pytest.mark.parametrize("clause, model", [(BRANCH, Branch), (CATEGORY, BranchCategory),
                                           (CONTACT, BranchContact)])
def test_every_list_column_is_a_table_column_of_the_same_kind(clause, model):
    table = model.__table__
    assert clause.name == table.name
    for column in clause.c:
        assert column.name in table.c, f"{table.name}.{column.name} is not a column"
        # the generic type its values are read and bound as (SQLModel's AutoString: String)
        assert column.type._type_affinity is table.c[column.name].type._type_affinity, \
            column.name
