"""Branches and outreach points: their tables and input rules."""
