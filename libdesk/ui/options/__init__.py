"""Tools → Options…: the settings kept in the database, one small page per subject."""
