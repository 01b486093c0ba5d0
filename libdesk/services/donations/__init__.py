"""Donors, donations, donor files and donation / collection certificates."""
