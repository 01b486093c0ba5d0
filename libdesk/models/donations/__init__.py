"""Donors, donations, their evaluation and certificates: tables and input rules."""
