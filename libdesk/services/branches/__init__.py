"""The branch and outreach-point registry: points, contacts and categories."""
