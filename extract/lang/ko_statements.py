"""Who issued a Korean joint statement or advisory that is the document itself.

The Korean version of a joint statement is the statement: it opens with its authors as the
subject ("대한민국, 일본, 미국 3국은 …", "한미일 3국은 …", "한국·미국·일본 정부는 …") and
never says that it was issued. The document's own title (front matter, often repeated as the
first line) names the statement; the states or agencies that open the text issued it.

The relation is inferred from the document's shape, not stated, so it stays below the sure
band: authors that are among the document's listed issuers (front matter) 0.75 (on the dev
split every such opening named exactly the co-issuers); authors the front matter does not
list (a statement that opens "미국 재무부는 …" to report someone else's act) 0.6.
"""

from __future__ import annotations

from extract.lang.advisory_titles import known_advisory
from extract.lang.common import DocBuilder, Found, Span
from extract.lang.cues import CUES
from extract.lang.native import NativeGazetteer
from extract.lang.roles import ACTORS
from graph.ids import entity_id
from graph.model import ExtractedEntity

_OWN_TYPES = frozenset({"joint_statement", "advisory"})
LISTED = 0.75  # authors the front matter lists as the document's issuers
UNLISTED = 0.6  # authors it does not list
# how many sentences may come before the one that opens with the authors (a title line, a
# dateline): the opening, not any later sentence whose subject is a state
_OPENING = 3


def own_statement(builder: DocBuilder, native: NativeGazetteer) -> str | None:
    """The id of the statement this document is: the listed one its title names, else the
    one the text names like its title, else a statement named by the title itself."""
    title = (builder.meta.title or "").strip()
    if builder.meta.doc_type not in _OWN_TYPES or not title:
        return None
    entry = known_advisory(title, "ko", native)
    if entry is not None:
        if entry.id not in builder.entities:
            builder.entities[entry.id] = ExtractedEntity(
                id=entry.id, type="Advisory", name=entry.name, aliases=[title],
                properties={"date": builder.meta.date} if builder.meta.date else {},
                confidence=0.8)
        return entry.id
    key = title.replace(" ", "")
    named = [e for e in builder.entities.values() if e.type == "Advisory"
             and any(a.replace(" ", "") == key for a in (e.name, *e.aliases))]
    if named:
        return named[0].id
    statement = ExtractedEntity(id=entity_id("Advisory", title) if title.isascii() else
                                f"advisory:{builder.meta.id}", type="Advisory", name=title,
                                properties={"date": builder.meta.date} if builder.meta.date
                                else {}, confidence=0.7)
    builder.entities.setdefault(statement.id, statement)
    return statement.id


def _listed(builder: DocBuilder, actor: Found) -> bool:
    codes = {i.get("country") for i in builder.meta.issuers}
    code = actor.properties.get("code") or actor.properties.get("country")
    return bool(code) and code in codes


def _opening_subjects(builder: DocBuilder, span: Span) -> list[Found]:
    """The first topic of the sentence (은/는/도 after it, or after a count of states: 3국은)
    with the actors coordinated before it; a state pair or trio in one word (한미일) gives
    its states at one place."""
    cues = CUES["ko"]
    text = builder.text
    actors = builder.in_span(span, ACTORS)
    for index, head in enumerate(actors):
        if not cues.topic.match(text[head.end:head.end + 16]):
            continue
        group = [a for a in actors if (a.start, a.end) == (head.start, head.end)]
        first = index
        while first > 0:
            prev = actors[first - 1]
            if (prev.start, prev.end) != (actors[first].start, actors[first].end) and \
                    not cues.coordinator.match(text[prev.end:actors[first].start]):
                break
            group.insert(0, prev)
            first -= 1
        return list({a.id: a for a in group}.values())
    return []


def add_statement_authors(builder: DocBuilder, spans: list[Span],
                          native: NativeGazetteer) -> None:
    own = own_statement(builder, native)
    if own is None:
        return
    for span in spans[:_OPENING]:
        actors = [a for a in _opening_subjects(builder, span)
                  if a.type in ACTORS and a.properties.get("code") != "KP"
                  and a.properties.get("country") != "KP"]
        if not actors:
            continue
        props = {"date": builder.meta.date} if builder.meta.date else {}
        for actor in actors:
            builder.relate("ISSUED", actor.id, own, span, frame="issue-authors.ko.v1",
                           confidence=LISTED if _listed(builder, actor) else UNLISTED,
                           properties=props, date_basis="document")
        return
