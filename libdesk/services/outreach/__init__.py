"""Outreach work beyond batches: the mobile-service log, events and visits at points, points' facts, outgoing gifts and collection transfers."""
