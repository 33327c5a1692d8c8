"""An English document of one sentence, "OFAC designated <name>.", as the registry a Korean
or Japanese test links its entities against (the English node is organization:en)."""

from __future__ import annotations

from extract.lang.crosslink import EnglishRegistry
from graph.model import DocumentMeta, ExtractedEntity, ExtractedRelation, Extraction, Mention

ENGLISH_ID = "organization:en"


def ofac_designated(name: str) -> EnglishRegistry:
    text = f"OFAC designated {name}."
    ofac = "agency:office-of-foreign-assets-control"
    entities = [
        ExtractedEntity(id=ofac, type="Agency", name="Office of Foreign Assets Control",
                        properties={"country": "US"}, mentions=[Mention(0, 4, "OFAC")]),
        ExtractedEntity(id=ENGLISH_ID, type="Organization", name=name,
                        mentions=[Mention(16, 16 + len(name), name)])]
    registry = EnglishRegistry()
    registry.add(Extraction(DocumentMeta(id="en"), text, "h", entities,
                            [ExtractedRelation("DESIGNATED", ofac, ENGLISH_ID)]))
    return registry
