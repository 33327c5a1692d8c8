"""Entity resolution: which mentions are one entity.

- `document.py`: within a document (gazetteer ids, ambiguous forms, payments, cases)
- `persons.py`, `orgs.py`: names of persons and organizations within a document
- `base.py`: the document's entity table and the keys names are compared by

Across documents, entities meet on their ids (`graph.ids.entity_id`); the store aggregates
per-document statements, so nothing here rewrites another document's entities.
"""

from extract.resolve.aliases import merge_declared_aliases
from extract.resolve.base import DocEntities, Merge, from_gazetteer, org_key
from extract.resolve.document import resolve_document, settle_ambiguous
from extract.resolve.orgs import propagate_company_names
from extract.resolve.persons import propagate_surnames

__all__ = ["DocEntities", "Merge", "from_gazetteer", "merge_declared_aliases", "org_key",
           "propagate_company_names", "propagate_surnames", "resolve_document", "settle_ambiguous"]
