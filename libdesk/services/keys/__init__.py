"""Signing keys outside the data (keystore) and the verification files desks exchange
(exchange); ``libdesk.services.signing`` signs, verifies and keeps the register."""
