"""The volunteer ledger, activities, hours, reports and volunteer certificates."""
