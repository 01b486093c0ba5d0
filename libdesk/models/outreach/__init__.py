"""Outreach work beyond batches: the mobile-service log, events and guidance visits at the
points, the points' own facts, outgoing gifts and collection transfers."""
