"""Domain answers built from store calls, shared by the JSON routes and the HTML pages.

Each module is a few plain functions: they take a GraphStore (and plain arguments) and
return models from api/schemas.py. None of them knows about HTTP.
"""
