"""Distribution batches: editing, status, receiving, documents, reports, donated books."""
