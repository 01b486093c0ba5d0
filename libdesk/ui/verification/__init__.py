"""Verifying signed codes and managing the keys that sign them."""
