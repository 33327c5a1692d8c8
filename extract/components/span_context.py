"""What the words around a name say about it; used by `tkg_span_cleanup_v1`.

Each test reads one construction of English, not a sentence of any document:
  named_labels       the model's named node types (those with aliases), never a list here
  name_as_modifier   "the Kim regime", "the Smith household": a name modifying a common
                     noun under an article refers to something else, not to a person
  personal_apposition  "<Name>, 34, of <place>", "<Name>, of <town>, <state>": an age
                     or a home town after a name is said of people
  place_modifier     "a Dayton man", "Dayton, Ohio": a place, however the model labels it
  acting_demonym     "the North Korean regime", "the North Koreans": the state itself
  speaker_in_title   "... for National Security Jane Roe said": the name after a job title
  nonpersonal_relative  "<Name>, which is based in ...": "which" is never said of a person
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from spacy.tokens import Span

from graph.model import default_model

# head words of the names of government bodies and of organizations
AGENCY_HEAD = re.compile(
    r"\b(?:Ministry|Department|Agency|Bureau|Office|Police|Service|Commission|Administration|"
    r"Attorney|Prosecutors?|Directorate|Council|Secretariat|Authority|Division|Command|Team|"
    r"Center|Centre|Prefecture)\b"
)
_ORG_WORDS = (
    r"Co\.?|Corp\.?|Corporation|Company|LLC|Ltd\.?|Limited|Inc\.?|Group|Bank|Trading|"
    r"Technology|Technologies|Tech|University|Association|Institute|Exchange|Network|"
    r"Holdings|Partners|Solutions|Systems|Services|Capital|Labs?|Software|Industries|"
    r"Enterprises?|Consulting|Foundation|Federation|Union|Alliance|Platform|Wallet|"
    r"Finance|Protocol|Shipping|Development|Management"
)
ORG_HEAD = re.compile(rf"\b(?:{_ORG_WORDS})\b")
# the last word of the name of a body, whatever the model labels it: "Mansudae Art Studio",
# "Chosun Expo" read as persons are organizations (a person's name never ends so)
ORG_TAIL = re.compile(rf"\b(?:{_ORG_WORDS}|Expo|Studios?|Cent(?:er|re)|Committee|Academy|"
                      r"College|School|Works|Factory|Fund|Trust|Council|Society|Club|"
                      r"Mission)$")
# the last word of the name of a place, a building or a news outlet: a name ending so is
# no person's, however the model labels it ("Room 5, Lotus Plaza", "[2] Harbin Daily")
NOT_PERSON_HEAD = re.compile(
    r"\b(?:Plaza|Towers?|Building|Street|Road|Avenue|Boulevard|Square|District|Province|"
    r"County|Mall|Airport|Station|Hotel|Harbou?r|Bridge|Village|Township|Complex|Apartments|"
    r"News|Times|Post|Herald|Daily|Journal|Tribune|Gazette|Biz|Media|Press|Wire|Ilbo|"
    r"Shimbun|Broadcasting|Radio|Magazine)$"
)
# nouns after "a/an <Place>" that make the place a modifier of a person or a firm
_DESCRIBED = {"man", "woman", "resident", "residents", "citizen", "citizens", "national",
              "nationals", "company", "companies", "firm", "firms", "business", "businesses",
              "couple", "men", "women", "native", "attorney", "lawyer", "teenager", "developer",
              "engineer", "businessman", "businesswoman", "facilitator", "individual",
              "based", "area", "county", "suburb"}
# nouns after a demonym that make it the state acting, not a nationality
_STATE_NOUNS = {"regime", "government", "governments", "authorities", "state", "leadership",
                "military", "army", "workers", "worker", "operatives", "hackers", "agents",
                "officials", "it", "cyber", "weapons", "revenue", "ministry", "side"}


@lru_cache(maxsize=1)
def named_labels() -> frozenset[str]:
    """Node labels whose entities are known by names and aliases (Person, Country, ...)."""
    model = default_model()
    return frozenset(label for label in model.entity_labels
                     if "aliases" in model.node(label).properties)


def name_as_modifier(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is not None and before.lower_ in {"the", "a", "an"}
            and after is not None and after.is_alpha and after.is_lower
            and after.tag_ in {"NN", "NNS"} and len(span) == 1)


def personal_apposition(span: Span, places: set[str]) -> bool:
    """'<Name>, 34, of ...' or '<Name>, of <town>, <state>': an age or a home town."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return False
    first, after = doc[span.end + 1], doc[span.end + 2]
    if first.text.isdigit():
        return 14 <= int(first.text) <= 99 and after.text in {",", "of", "."}
    if first.lower_ != "of":
        return False
    rest = doc[span.end + 2:min(len(doc), span.end + 9)].text
    town, _, state = rest.partition(",")
    return town.strip().lower() in places or state.strip().split(" ")[0].lower() in places


def place_modifier(span: Span, places: set[str]) -> bool:
    """True for "a Dayton man" and for "Dayton, Ohio" (a place, then its state)."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before in {"a", "an"} and (after in _DESCRIBED or after == "-"):
        return True
    if after == "," and span.end + 1 < len(doc):
        following = doc[span.end + 1:min(len(doc), span.end + 4)]
        for size in (3, 2, 1):
            if following[:size].text.lower() in places:
                return True
    return False


def nonpersonal_relative(span: Span) -> bool:
    """'<Name>, which is based in Russia': English refers to a person with "who", so a name
    a "which" clause describes is a company or a place. Only where the name heads its own
    phrase: in "the firm of Jane Roe, which ..." the clause may describe the firm."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or \
            doc[span.end + 1].lower_ != "which":
        return False
    return span.root.dep_ not in {"pobj", "poss", "compound", "nmod", "npadvmod"}


def acting_demonym(span: Span) -> bool:
    """'the North Korean regime', 'North Korean hackers', 'the North Koreans'."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    plural = span.text.endswith("s") and span[-1].tag_ in {"NNPS", "NNS"}
    return after in _STATE_NOUNS or plural or shares_noun(span, _STATE_NOUNS)


def shares_noun(span: Span, nouns: Collection[str]) -> bool:
    """The first of coordinated demonyms that share one of these nouns: 'the Japanese and
    South Korean governments' (the parser hangs the second on the first, which modifies
    the noun after the last)."""
    root = span.root
    if root.dep_ != "amod" or not root.conjuncts:
        return False
    return root.head.lower_ in nouns and root.head.i > max(t.i for t in root.conjuncts)


def extend_name(span: Span) -> Span:
    """The model stopped one word short of a name, on either side: 'Pavel' + 'Orlov
    disagreed', or 'Anna' left out of 'Anna Lise Berg'. Take the capitalized proper nouns
    next to it that belong to no other entity and are no job title (two at most a side)."""
    doc = span.doc

    def name_word(i: int, after: bool = False) -> bool:
        token = doc[i]
        if not (token.tag_ == "NNP" and token.is_title and token.is_alpha
                and not token.ent_type_ and token.lower_ not in _TITLE_WORDS):
            return False
        # a form of address stands before a name; after one, with no name following it, it
        # is a family name ("Erick Ntekereze Prince and ...", "Alan King said")
        return token.lower_ not in _HONORIFICS or (
            after and (i + 1 >= len(doc) or not doc[i + 1].is_title))

    end = span.end
    while end < len(doc) and end - span.end < 2 and name_word(end, after=True):
        end += 1
    start = span.start
    while start > 0 and span.start - start < 2 and name_word(start - 1):
        start -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label_, span_id=span.id_)


# forms of address and court titles that stand before a name without being part of it
_HONORIFICS = {"mr", "mrs", "ms", "dr", "judge", "justice", "president", "senator", "sen",
               "rep", "gov", "governor", "mayor", "prosecutor", "defendant", "lawyer",
               "u.s", "federal", "district", "magistrate", "chairman", "chair", "premier",
               "king", "queen", "prince", "general", "colonel", "major", "captain", "sergeant",
               "lieutenant", "private", "specialist", "corporal", "citizen", "national",
               "officials", "official", "spokesman", "spokeswoman"}


_TITLE_WORDS = {"assistant", "attorney", "general", "secretary", "deputy", "under", "director",
                "representative", "special", "security", "national", "affairs", "for", "of",
                "the", "and", "peace", "peninsula", "korean", "minister", "ambassador", "chief",
                "acting", "principal", "spokesperson", "agent", "officer", "commissioner",
                "cyber", "policy", "international", "division", "bureau", "office", "state",
                "treasury", "justice", "foreign", "terrorism", "financial", "intelligence"}


def speaker_in_title(span: Span) -> Span | None:
    """'... for National Security Dolores Thornbury said': the name after a job title."""
    doc = span.doc
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if nxt not in {"said", "says", "stated", "added", "noted"}:
        return None
    start = span.end
    while start > span.start and doc[start - 1].text[:1].isupper() and \
            doc[start - 1].lower_ not in _TITLE_WORDS:
        start -= 1
    if span.end - start < 2 or start == span.start:
        return None
    return Span(doc, start, span.end, label="Person")
