"""The outreach tab: mobile service, events and visits at points, transfers, gifts, points' facts; and a point's combined history."""
