"""JSON routes under /api: thin adapters from HTTP parameters to api/services functions."""
