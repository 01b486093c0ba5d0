"""Distribution batches to the points: tables, input rules and the records services return."""
