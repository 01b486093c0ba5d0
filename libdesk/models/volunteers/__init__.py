"""Volunteers, teams, activities, hours and volunteer certificates: tables and input rules."""
