"""Agencies read by the shape of their names; run by `tkg_span_cleanup_v1` before relabeling.

Three constructions of English that the statistical model and the gazetteer get wrong:

  a place that opens a body's name  "the Kobara Prefectural Police", "the Dunmore Police
      Department": the gazetteer marks the town or region as a place, which hides the
      name the place opens. A place (or capital) followed by capitalized words that end in
      a government head word ("Police", "Department", "Bureau", ...) is that body.
  modifiers sharing one head  "the Kobara and Lissen Prefectural Police", "the Justice and
      Treasury Departments": one head serves two names, so each modifier is a body of its
      own. The first modifier becomes a mention of "<modifier> <head>" (the gazetteer's
      entry where it lists that name: "Justice Department" is the Department of Justice).
  an acronym in parentheses  "Office of Regulatory Oversight (ORO)": where the model takes
      the parenthesis into the name, the name ends before it and the acronym is a mention
      of its own, which `resolve/aliases.py` makes the name's alias.

A composed name no list holds is carried in the span id ("shared:<name>");
`extract/mentions.py` gives the mention that name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.components.gazetteer_ruler import CAPITAL_LABEL, PLACE_LABEL
from extract.components.span_context import ORG_TAIL
from extract.gazetteer import Gazetteer
from extract.token_lookup import with_lower

SHARED = "shared:"
# the last word of a government body's name (a prefecture or a court is no such body)
_BODY_HEAD = re.compile(r"^(?:Police|Department|Ministry|Agency|Bureau|Office|Service|"
                        r"Commission|Prosecutors|Directorate|Authority|Administration)$")
_PLURAL_HEADS = {"Departments": "Department", "Ministries": "Ministry", "Agencies": "Agency",
                 "Bureaus": "Bureau", "Offices": "Office", "Services": "Service",
                 "Commissions": "Commission"}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&-]{1,11}$")
# a body that may take a shared head as the first conjunct: an untagged word, a place, a
# gazetteer agency named by one word ("Treasury") or a word the model tagged (it reads an
# unlisted place as a person); never a state or a listed company
_MODIFIER_LABELS = {"", PLACE_LABEL, CAPITAL_LABEL, "Agency", "ORG", "PERSON"}


def _title_word(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.is_alpha and token.is_title and not token.is_sent_start


def _covering(ents: list[Span], i: int) -> Span | None:
    return next((e for e in ents if e.start <= i < e.end), None)


def place_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """A place span followed by untagged capitalized words ending in a body's or a firm's
    head word."""
    out: list[Span] = []
    for ent in ents:
        # a state's name opens a firm's ("Pyongyang Kwangmyong Trading Company"), never a
        # government body's: "the United States Department of ..." is the state's own body
        state = ent.label_ == "Country"
        if ent.label_ not in {PLACE_LABEL, CAPITAL_LABEL} and not state:
            out.append(ent)
            continue
        end = ent.end
        while end < len(doc) and _title_word(doc, end) and _covering(ents, end) is None \
                and end - ent.end < 3:
            end += 1
        # a firm or institute is named after its city as often ("Pyongyang Sunhwa Trading
        # Company", "Dandong Yirun Technology Center"): the place is the name's first word
        while end > ent.end and not ((_BODY_HEAD.match(doc[end - 1].text) and not state) or
                                     ORG_TAIL.search(doc[end - 1].text)):
            end -= 1
        if end > ent.end:
            out.append(Span(doc, ent.start, end, label="ORG"))
        else:
            out.append(ent)
    return out


def _modifier_start(doc: Doc, ents: list[Span], and_i: int) -> int | None:
    """The first token of the capitalized modifier (one or two words) ending before "and"."""
    start = and_i
    while start > 0 and and_i - start < 2 and _title_word(doc, start - 1):
        start -= 1
    before = _covering(ents, start - 1) if start > 0 else None
    if start == and_i or (start > 0 and doc[start - 1].text[:1].isupper() and
                          doc[start - 1].is_alpha and doc[start - 1].lower_ not in _OPENERS
                          and (before is None or before.label_ != "Country")):
        # a longer capitalized run: the modifier is the end of another name (a state's own
        # name before it is its owner: "the US State and Treasury departments")
        return None
    for i in range(start, and_i):
        cover = _covering(ents, i)
        if cover is not None and (cover.label_ not in _MODIFIER_LABELS or
                                  cover.start < start or cover.end > and_i):
            return None
    return start


_OPENERS = {"the", "a", "an", "both", "and"}


def _body(doc: Doc, start: int, end: int, name: str, gazetteer: Gazetteer,
          known_only: bool) -> Span | None:
    known = gazetteer.lookup(name, "Agency")
    if not known and known_only:
        return None
    span_id = known[0].id if known else SHARED + name
    return Span(doc, start, end, label="Agency", span_id=span_id)


def _plural_head(doc: Doc, ents: list[Span], first: int, and_i: int,
                 gazetteer: Gazetteer) -> list[Span]:
    """"the Justice and Treasury Departments": both names composed with the singular head;
    a company has departments too ("the Sales and Marketing Departments"), so both must be
    bodies the gazetteer lists."""
    second = and_i + 1
    plural = next((i for i in range(second + 1, min(second + 3, len(doc)))
                   if doc[i].text.capitalize() in _PLURAL_HEADS), None)
    if plural is None or not all(_title_word(doc, i) for i in range(second, plural)):
        return []
    for i in range(second, plural + 1):
        cover = _covering(ents, i)
        if cover is not None and cover.label_ not in _MODIFIER_LABELS:
            return []
    head = _PLURAL_HEADS[doc[plural].text.capitalize()]
    one = _body(doc, first, and_i, f"{doc[first:and_i].text} {head}", gazetteer, True)
    two = _body(doc, second, plural + 1, f"{doc[second:plural].text} {head}", gazetteer,
                True)
    return [one, two] if one is not None and two is not None else []


def _singular_head(doc: Doc, ents: list[Span], first: int, and_i: int,
                   gazetteer: Gazetteer) -> list[Span]:
    """"the Kobara and Lissen Prefectural Police": the second conjunct is a body's name whose
    head the first modifier shares. The modifier must be a place like the second's, or the
    composed name a body the gazetteer lists."""
    second = and_i + 1
    body = _covering(ents, second)
    if body is None or body.start != second or body.label_ not in {"Agency", "ORG"} or \
            len(body) < 2 or not _BODY_HEAD.match(doc[body.end - 1].text):
        return []
    places = gazetteer.places
    cut = second + 1
    while cut < body.end - 1 and doc[second:cut + 1].text.lower() in places:
        cut += 1
    if not all(_title_word(doc, i) for i in range(cut, body.end)):
        return []
    modifier = doc[first:and_i]
    # both places, under one article: "the Kobara and Lissen Prefectural Police" ("Jane Roe
    # and Lissen Prefectural Police officers" are a person and a body)
    parallel = modifier.text.lower() in places or (
        doc[second:cut].text.lower() in places and len(modifier) == 1 and first > 0 and
        doc[first - 1].lower_ == "the")
    made = _body(doc, first, and_i, f"{modifier.text} {doc[cut:body.end].text}", gazetteer,
                 not parallel)
    return [made] if made is not None else []


def shared_heads(doc: Doc, ents: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Spans for both bodies of "A and B <head>" (see the module notes)."""
    new: list[Span] = []
    for tok in with_lower(doc, ("and",)):
        if tok.i + 2 >= len(doc):
            continue
        first = _modifier_start(doc, ents, tok.i)
        if first is None:
            continue
        new.extend(_plural_head(doc, ents, first, tok.i, gazetteer) or
                   _singular_head(doc, ents, first, tok.i, gazetteer))
    if not new:
        return ents
    kept = [e for e in ents if not any(n.start < e.end and e.start < n.end for n in new)]
    return sorted([*kept, *new], key=lambda s: s.start)


def split_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """"<Name> (<ACRONYM>" taken as one span: the name, and the acronym on its own."""
    out: list[Span] = []
    for ent in ents:
        paren = next((i for i in range(ent.start + 1, ent.end) if doc[i].text == "("), None)
        if ent.id_ or paren is None or ent.label_ not in {"ORG", "Organization", "Agency",
                                                           "PERSON"}:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, paren, label=ent.label_))
        inner = paren + 1
        if inner < ent.end and _ACRONYM.match(doc[inner].text) and \
                sum(c.isupper() for c in doc[inner].text) >= 2 and \
                (inner + 1 >= len(doc) or doc[inner + 1].text == ")"):
            out.append(Span(doc, inner, inner + 1, label=ent.label_))
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


def label_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """After relabeling: "<Name> (<ACRONYM>)", the acronym made of the name's initials, is
    the name's short form, so it and every later bare use of it take the name's type (a
    model label of its own, or none, would leave it an organization nobody vouches for)."""
    ents = list(spans)
    found: dict[str, Span] = {}
    for ent in spans:
        i = ent.end
        listed = ":" in ent.id_ and not ent.id_.startswith(("context:", "shape:"))
        if ent.label_ not in {"Agency", "Organization"} or listed or i + 2 >= len(doc) or \
                doc[i].text != "(" or doc[i + 2].text != ")":
            continue  # a listed body has its acronyms among its aliases
        short = doc[i + 1].text
        if _ACRONYM.match(short) and short.isupper() and len(short) >= 2 and \
                _initials(ent.text).startswith(short):
            found.setdefault(short, ent)
    if not found:
        return spans
    # the name its initials spell is a name, whatever head word it lacks ("Illicit Virtual
    # Asset Notification (IVAN)")
    named = {(e.start, e.end) for e in found.values() if not e.id_}
    ents = [Span(doc, e.start, e.end, label=e.label_, span_id="context:acronym")
            if (e.start, e.end) in named else e for e in ents]
    for tok in doc:
        name = found.get(tok.text)
        if name is None or tok.i < name.end:
            continue
        ents = [e for e in ents if not (e.start <= tok.i < e.end and len(e) == 1)]
        if any(e.start <= tok.i < e.end for e in ents):
            continue
        ents.append(Span(doc, tok.i, tok.i + 1, label=name.label_, span_id="context:acronym"))
    return sorted(ents, key=lambda s: s.start)


def read_agency_shapes(doc: Doc, ents: list[Span], gazetteer: Gazetteer) -> list[Span]:
    from extract.components.district_offices import district_offices
    from extract.components.state_ministries import state_ministries

    ents = split_acronyms(doc, district_offices(doc, ents, gazetteer))
    ents = place_bodies(doc, ents)
    return state_ministries(doc, shared_heads(doc, ents, gazetteer), gazetteer)
