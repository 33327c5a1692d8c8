"""Actors across sentences: pronouns and definite descriptions resolved to their entity.

Each resolved reference becomes an extra `MentionSpan` whose `.entity` is the referent, so
relation frames treat "it", "the company" or "the defendant" like the name itself. The rules
are the ordinary ones of English prose, applied conservatively (an unresolved reference
costs a relation; a wrong one states a false fact):
  he / him / his, she / her     the nearest named person before it, in this sentence or the
                                last two; officials introduced by a title are skipped
  it / its                      the nearest organization or agency, for "it" only where a
                                verb follows (not "it is important")
  the company / firm / bank /   the nearest organization of that kind; "the ministry",
  group, the ministry / agency  "the department", "the agency" the nearest agency (or DPRK
  / bureau / unit               unit) whose name has that head word; "the unit" the nearest
                                DPRK unit; a description that speaks ("the ministry said")
                                the body of that head word that spoke before it
  the defendant                 the nearest named person who is not an official
  the three governments /       the states the document's issuers belong to (one mention per
  the two countries             state, on the same words), when their number agrees
  the regime                    the nearest state that is not one of the document's authors
  the two men / both companies  the one list of that many named actors (extract/plurals.py)
  the money / those funds       opening a sentence: the one amount earned or moved in the
                                last sentence (not a fine, a forfeiture or an offer)
  the / these / those workers   the document's DPRK IT worker collective, once the document
  (operatives)                  has named it: a later definite plural of the same head noun
                                takes it up ("the North Korean workers", "those operatives")
A release's passive "X is being designated today" has no named actor; `implicit_actor`
gives the agency that designates in this document (the one named doing so, else the issuer).
This module finds the references; what each one takes up is decided in extract/referents.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.defined_terms import resolve_defined_terms
from extract.discourse import resolve_discourse_sets
from extract.discourse_refs import it_refers
from extract.gazetteer import Gazetteer
from extract.mentions import DocMentions, MentionSpan
from extract.normalize import parse_number
from extract.overlaps import Overlaps
from extract.plural_refs import resolve_plural_references
from extract.plurals import resolve_counted
from extract.referents import referent
from extract.resolve.base import DocEntities, from_gazetteer
from graph.model import DocumentMeta, ExtractedEntity, Mention

# case matters: "IT" (information technology) is not "it"
_PRONOUN = re.compile(r"\b(?P<word>[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Ii]t|[Ii]ts)\b")
_DEFINITE = re.compile(
    r"\b(?:the|this|that)\s+(?:(?P<number>two|three|four|\d)\s+)?(?P<head>company|firm|"
    r"business|bank|group|entity|organization|ministry|department|agency|bureau|office|"
    r"defendant|governments|countries|nations|partners|regime|unit)\b(?!\s+(?:of|for)\b)",
    re.IGNORECASE)
_TITLE_BEFORE = re.compile(
    r"(?:Attorney|Secretary|Judge|Director|Agent|Minister|Ambassador|Spokesperson|Chief|"
    r"Commissioner|President|Representative|Counsel|Prosecutor|Officer|Administrator|"
    r"Under\s+Secretary|Deputy|Assistant|Acting|Envoy|General)[\w\s.,’'-]{0,60}$")
_OWNER = re.compile(r"^\w+\s*['’]s?\s")
_AUX_ADJ = re.compile(r"^\s+(?:is|was|are|were|has\s+been|will\s+be)\s+(?:not\s+)?"
                      r"(?:important|clear|likely|possible|necessary|essential|critical|"
                      r"unclear|difficult|easy|time|also\s+important)\b", re.IGNORECASE)
_VERB_AFTER = re.compile(r"^\s+(?:also\s+|then\s+|later\s+|allegedly\s+)?[a-z]+(?:ed|s)\b|"
                         r"^\s+(?:has|had|was|is|will|would|can|could|did)\b")
# what only a firm or a body has: "A, a company in the UAE, and its director" is A's director
_FIRM_PART = re.compile(r"^\s+(?:(?:chief|managing|executive|general|legal|sole|registered)\s+)*"
                        r"(?:director|directors|ceo|owner|owners|founder|shareholders?|"
                        r"subsidiar(?:y|ies)|board|employees|staff|representatives?|"
                        r"executive|manager)\b", re.IGNORECASE)
# a definite plural of the collective's own head noun; not "U.S. workers" (no article)
_WORKERS = re.compile(
    r"\b(?:the|these|those|such)\s+(?:(?:North\s+Korean|DPRK|overseas|remote|foreign|IT)\s+)*"
    r"(?:workers|operatives)\b", re.IGNORECASE)
# a definite money noun takes up the one amount earned just before it ("The workers earned
# $6 million. The money went to the regime."); not a fine, a forfeiture or a reward offer
_MONEY = re.compile(r"\b(?:the|this|that|these|those|such)\s+(?:money|funds|proceeds|revenue|"
                    r"earnings|income|wages|salaries)\b", re.IGNORECASE)
PLURAL_STATES = {"governments", "countries", "nations", "partners"}
# "the notice" after a titled notice: the head noun alone, then a comma or a verb ("this
# notice" in an advisory is the advisory itself: extract/frames/_self_advisory). Not one
# a tail restricts ("the advisory of May 2022", "the notice issued by the FBI", "the
# guidance that ..."): that cites another by its date or issuer (extract/advisory_refs.py)
_ADVISORY_DEFINITE = re.compile(
    r"\b[Tt]he\s+(?P<head>notice|advisory|guidance|alert|announcement|"
    r"bulletin|statement)\b(?=\s*,|\s+(?:also\s+)?(?:[a-z]+s|was|has|had)\b)"
    r"(?!\s+(?:of|on|for|to|from|by|in|dated|that|issued|released|published)\b)")


def officials(mentions: DocMentions, result: DocEntities) -> set[str]:
    """Persons the document introduces with a job title ("Deputy Secretary Jane Roe"). The
    title is the one of the nearest name before it: in "Judge Ann Reed also ordered Jane
    Roe to ...", Jane Roe has none."""
    names = sorted((m.start, m.end) for m in mentions.mentions
                   if m.entity and m.label == "Person")
    found = set()
    for e in result.entities.values():
        if e.type == "Person" and e.mentions:
            first = min(e.mentions, key=lambda m: m.start)
            before = max((end for start, end in names if end <= first.start), default=0)
            window = mentions.text[max(0, first.start - 80, before):first.start]
            if _titled(window):
                found.add(e.id)
    return found


def _titled(window: str) -> bool:
    """Whether a title word stands before the name. "By the US Attorney's Office, Jane Roe
    was convicted": a title word that owns something names a body, not the person's title;
    a later title word may still be one ("the Secretary's deputy, Director Jane Roe")."""
    at = 0
    while (title := _TITLE_BEFORE.search(window, at)) is not None:
        if not _OWNER.match(title.group(0)):
            return True
        at = title.start() + 1
    return False


def _opens_sentence(mentions: DocMentions, start: int) -> bool:
    return any(s.start <= start and not mentions.text[s.start:start].strip(' "“')
               for s in mentions.sentences)


def _restricted(doc: Doc | None, end: int) -> bool:
    """'The funds sent to the regime support its programs': a money noun its own
    participle or relative clause restricts says which money it means (any money sent
    there), so it takes up no amount named before it."""
    if doc is None:
        return False
    noun = doc.char_span(end - 1, end, alignment_mode="expand")
    return noun is not None and any(c.dep_ in {"acl", "relcl"} for c in noun.root.children)


def _issuer_states(meta: DocumentMeta, result: DocEntities) -> list[str]:
    codes = []
    for issuer in meta.issuers:
        code = str(issuer.get("country", "")).upper()
        if code and f"country:{code}" not in codes:
            codes.append(f"country:{code}")
    if len(codes) < 2:  # a statement by several states names them
        codes = []
        for e in result.entities.values():
            if e.type == "Country" and e.id not in codes:
                codes.append(e.id)
    return codes


def resolve_references(mentions: DocMentions, result: DocEntities, meta: DocumentMeta,
                       gazetteer: Gazetteer | None = None, doc: Doc | None = None
                       ) -> list[MentionSpan]:
    """Add a mention for every pronoun or definite description resolved; return them.
    With a gazetteer, issuing states the text only calls "the three governments" become
    entities of the document."""
    titled = officials(mentions, result)
    defined = resolve_defined_terms(mentions, result)  # 'A and B (together, the "Sellers")'
    taken = Overlaps((x.start, x.end, None) for x in mentions.mentions if x.entity)
    found: list[tuple[int, int, str, str]] = []
    text = mentions.text
    for match in _PRONOUN.finditer(text):
        word = match.group("word").lower()
        if word == "it" and (_AUX_ADJ.match(text[match.end():match.end() + 40])
                             or not _VERB_AFTER.match(text[match.end():match.end() + 30])
                             or not it_refers(doc, match.start())):
            continue
        if word == "its" and _FIRM_PART.match(text[match.end():match.end() + 40]):
            word = "its-firm"
        found.append((match.start(), match.end(), word, ""))
    for match in _DEFINITE.finditer(text):
        head = match.group("head").lower()
        found.append((match.start(), match.end(), head, match.group("number") or ""))
    found.extend((match.start(), match.end(), "workers", "") for match in
                 _WORKERS.finditer(text))
    found.extend((match.start(), match.end(), "advisory:" + match.group("head"), "")
                 for match in _ADVISORY_DEFINITE.finditer(text))
    # only as the subject opening its sentence ("The money went to ..."): after a verb
    # ("sent the money on") the noun may be any money the sentence moves
    found.extend((match.start(), match.end(), "money", "") for match in
                 _MONEY.finditer(text) if _opens_sentence(mentions, match.start())
                 and not _restricted(doc, match.end()))
    added: list[MentionSpan] = list(defined)
    for start, end, word, number in sorted(found):
        if taken.overlapping(start, end):
            continue
        probe = mentions.new_span("", start, end)
        if probe.sent < 0:
            continue
        if word in PLURAL_STATES:
            states = _issuer_states(meta, result)
            count = parse_number(number) if number else None
            if not states or count is None or int(count) != len(states):
                continue
            referents = states
        else:
            referents = [r for r in referent(mentions, result, probe, word, titled, meta,
                                                  doc)
                         if r]
        for ident in referents:
            if ident not in result.entities and gazetteer is not None and \
                    ident in gazetteer.by_id:
                result.entities[ident] = from_gazetteer(gazetteer.by_id[ident])
            entity = result.entities.get(ident)
            if entity is None:
                continue
            span = mentions.new_span(entity.type, start, end, entity=ident,
                                     props={"reference": word.removesuffix("-firm")})
            entity.mentions.append(Mention(start, end, text[start:end]))
            added.append(span)
            mentions.add([span])  # later references may resolve through this one
    added.extend(resolve_counted(mentions, result.entities, doc))
    added.extend(resolve_discourse_sets(mentions, result, titled))
    added.extend(resolve_plural_references(doc, mentions, result))  # "the companies"
    return added


_DESIGNATION = re.compile(r"\b(?:designat|sanction)\w*", re.IGNORECASE)


def implicit_actor(mentions: DocMentions, result: DocEntities, meta: DocumentMeta,
                   gazetteer: Gazetteer) -> ExtractedEntity | None:
    """Who designates in this release when a sentence names no one ("X is being designated
    today"): the agency the document names as designating, else its first issuer."""
    for sentence_index, sentence in enumerate(mentions.sentences):
        verb = _DESIGNATION.search(sentence.text)
        if verb is None:
            continue
        for m in mentions.in_sentence(sentence_index):
            e = result.entities.get(m.entity)
            if e is not None and e.type == "Agency" and m.start - sentence.start < verb.start():
                return e
    for issuer in meta.issuers:
        name, code = str(issuer.get("agency", "")), str(issuer.get("country", "")).upper()
        for entry in gazetteer.lookup(name, "Agency"):
            if not code or entry.country in {code, ""}:
                return result.entities.get(entry.id) or from_gazetteer(entry)
        for entry in gazetteer.ambiguous.get(name, []):
            if entry.country == code:
                return result.entities.get(entry.id) or from_gazetteer(entry)
    return None
