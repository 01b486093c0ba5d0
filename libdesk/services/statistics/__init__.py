"""The year as the annual report counts it."""
