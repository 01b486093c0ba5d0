"""Headless commands over the services, one module per area (see ``libdesk.cli``)."""
