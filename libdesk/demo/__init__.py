"""Realistic generated data for a new database (libdesk demo), built by its command."""
