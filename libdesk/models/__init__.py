"""Tables, rules, records and errors: plain Python and SQLModel, importing no other layer.

Importing this package imports nothing else (the window starts before the ORM is loaded);
``libdesk.models.registry`` imports every table, registering it on ``metadata``."""
