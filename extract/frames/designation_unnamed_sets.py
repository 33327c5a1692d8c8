"""DESIGNATED to a counted set the document never names the members of.

"Today, the United States sanctioned two entities and six individuals for ...", "OFAC
designated four individuals and one entity involved in ...": the counted plural is the
act's target. When the document names no member, the set itself is the target, an unnamed
entity with its count (docs/annotation.md, "Unnamed actors"); the designator is the act's
(its agent, else the designator in force). When the document names any designated person or
organization, those are the targets and no set is one too (`drop_named_sets`): a release
that opens with the count and lists the members later, by any construction, designates
the members.

Only the act's own sets are read (extract/designation_sets.py: a stated act of the
document's own news, not a plan, a denial, a quote or a recalled act), and of them:
- not a set the sentence dates well before the document ("sanctioned two entities in
  2019" in a background sentence is an earlier act whose members another text names;
  "on Friday" in a news report is the news itself);
- not a coordination with an uncounted plural ("four individuals and entities": the count
  belongs to no one kind);
- not a set whose members the text goes on to list, even in a list no rule reads
  (`_members_follow`), nor one the text names as many persons or organizations of its
  kind after as it counts (`_named_after`: the members are likely among them);
- only where the counted words are an unnamed entity of the set's kind and count.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from extract.designation_sets import count_of, counted_sets, kind_of
from extract.frames._set_members import REACH, definite
from extract.relation_context import Found
from graph.ids import slugify
from graph.model import ExtractedEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.designation_sets import CountedSet
    from extract.relation_context import DocContext

FRAME_ID = "designation-unnamed-set.v1"
_CONSTRUCTION = "counted-set"
_RECENT = timedelta(days=31)  # how far before the document its own news may be dated


def _uncounted_partner(noun: Token) -> bool:
    """"four individuals and entities": a plural of a designated kind in the coordination
    that has no count of its own."""
    head = noun
    while head.dep_ == "conj":
        head = head.head
    group = [head, *head.conjuncts]
    return any(t.tag_ in {"NNS", "NNPS"} and kind_of(t) and count_of(t) is None
               for t in group)


def _members_follow(context: DocContext, chosen: CountedSet) -> bool:
    """Whether the text goes on to list the set's members, read or not: a colon after the
    counted words ("three firms: A, B ..."), or a later sentence whose definite plural
    subject of the set's kind is told by "be" or "include" ("The individuals are ...",
    "The two entities include ..."), "They are ..." right after the act, or lines of
    items under a later sentence ("... are as follows:"). A list whose count does not
    match is still a list of members (extract/frames/designation_members.py reads none of
    it), so the set is no target of its own there either."""
    if any(t.text == ":" for t in context.sentence_span(chosen.sent) if t.i > chosen.noun):
        return True
    last = min(chosen.sent + REACH, len(context.mentions.sentences) - 1)
    if any(chosen.sent < lead <= last for lead in context.leads.values()):
        return True  # "... are as follows:" and one line per item under it
    for sent in range(chosen.sent + 1, last + 1):
        for word in context.sentence_span(sent):
            if sent == chosen.sent + 1 and word.lower_ == "they" and word.dep_ == "nsubj" \
                    and word.head.lemma_ == "be":
                return True  # "They are A and B" right after the act
            if word.dep_ == "nsubj" and word.tag_ == "NNS" and \
                    word.head.lemma_ in {"be", "include"} and \
                    kind_of(word) == chosen.kind and \
                    definite(word):
                return True
    return False


def _named_after(context: DocContext, chosen: CountedSet) -> bool:
    """Whether the text names, after the counted words, at least as many persons (or
    organizations) as the set counts: its members are most likely among them, in a
    construction no rule read, and the set would stand for them a second time."""
    named = {m.entity for m in context.mentions.mentions
             if m.tok_start > chosen.noun and m.entity in context.entities
             and context.entities[m.entity].type == chosen.kind
             and not context.entities[m.entity].unnamed}
    return len(named) >= chosen.count


def _dated_before(context: DocContext, chosen: CountedSet) -> bool:
    """Whether the sentence dates the act well before the document ("in 2019", "in May
    2022"): an earlier act. A day of the weeks just before ("on Friday") is the news the
    document reports."""
    from extract.dating import sentence_dates

    if not context.meta.date:
        return False
    try:
        recent = date.fromisoformat(context.meta.date[:10]) - _RECENT
    except ValueError:
        return False
    return any(_latest_day(iso) < recent for _, iso in sentence_dates(context, chosen.sent))


def _latest_day(iso: str) -> date:
    """The last day a partial ISO date may mean ("2019" -> 2019-12-31)."""
    parts = [int(p) for p in iso.split("-") if p.isdigit()]
    if len(parts) >= 3:
        return date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(parts[0], 12, 31) if parts else date.max


def _unnamed_entity(context: DocContext, chosen: CountedSet) -> str:
    """The set's unnamed entity: the one the words already are ("two Chinese firms"), else
    one made for them. A bare count in the announcing sentence is left unmade while the
    entities are resolved (extract/resolve/unnamed.py: it may only count the targets named
    later), so it is made here, where the act is known to be its sentence's."""
    noun = context.doc[chosen.noun]
    number = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if number is None or number.i > noun.i:
        return ""
    span = context.doc[number.i:noun.i + 1]
    held = {context.index.at(t) for t in span} - {""}
    if held:
        entity = context.entities.get(next(iter(held))) if len(held) == 1 else None
        if entity is None or not entity.unnamed or entity.type != chosen.kind or \
                entity.count != chosen.count:
            return ""
        return entity.id
    ident = f"{chosen.kind.lower()}:{context.meta.id}#{slugify(span.text)}"
    if ident not in context.entities:
        context.entities[ident] = ExtractedEntity(
            id=ident, type=chosen.kind, name=span.text, confidence=0.7, unnamed=True,
            count=chosen.count, count_qualifier="exact")
    entity = context.entities[ident]
    mention = Mention(span.start_char, span.end_char, span.text)
    if mention not in entity.mentions:
        entity.mentions.append(mention)
    return ident


def set_designations(context: DocContext) -> list[Found]:
    """One DESIGNATED per designator for each counted set of a stated act."""
    from extract.frames.designation import designation_properties
    from extract.relations import _ends

    found: list[Found] = []
    for chosen in counted_sets(context):
        noun = context.doc[chosen.noun]
        if _uncounted_partner(noun) or _dated_before(context, chosen) or \
                _members_follow(context, chosen) or _named_after(context, chosen):
            continue
        target = _unnamed_entity(context, chosen)
        if not target:
            continue
        _, agents = _ends(chosen.hit, ("agent",), context)
        props: dict[str, object] = {"_word": chosen.hit.word.i}
        spec = next(y for y in chosen.hit.frame.yields if y.type == "DESIGNATED")
        props.update(designation_properties(chosen.hit, context, spec))
        found += [Found("DESIGNATED", agent, target, chosen.sent, dict(props), FRAME_ID,
                        _CONSTRUCTION, chosen.hit.reading.modality)
                  for agent in agents
                  if context.entities[agent].properties.get("code") != "KP"]
    return found


def drop_named_sets(found: list[Found], context: DocContext) -> list[Found]:
    """Without the counted sets of a document that designates any named target: a release
    that names some of its targets is one that lists them, and a kind whose members no
    frame read ("eight individuals and two entities ... A and B were designated") is a
    list the rules missed, not a set the text left unnamed."""
    if not any(f.frame == FRAME_ID for f in found):
        return found
    if any(f.type == "DESIGNATED" and f.frame != FRAME_ID and f.target in context.entities
           and not context.entities[f.target].unnamed for f in found):
        return [f for f in found if f.frame != FRAME_ID]
    return found


FRAMES = ()
DOCUMENT_RULES = (set_designations,)
