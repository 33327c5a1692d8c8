"""`tkg_org_context_v1`: organizations named without a legal form, found by their context.

Many releases name a company without "LLC" or "Co., Ltd." and say what it is instead:
  apposition        "<Name>, a company based in <place>" / "<Name>, a related firm"
  copula            "<Name> is a front company for ..."
  head noun first   "the company <Name>", "his firm, <Name>", "the cybersecurity firm <Name>",
                    "the mixer <Name>", "the online casino <Name>", "the game <Name>",
                    "a blockchain platform called <Name>"
  collective list   "shell companies, including <Name> and <Name>"; "two companies
                    controlled by <state>, <Name> in <place> and <Name> in <place>";
                    "the companies <Name> and <Name>, which ..." (the names end the phrase);
                    "two companies controlled by <state>: <Name>, based in <place>, and ...";
                    "two firms that <state> runs: <Name>, which is in <place>, and <Name>";
                    "<Name> and <Name>, both companies in <place>" (a plural apposition)
  victims of theft  "the theft of <amount> from <Name>", "the cyberattack on <Name>"
  designated slot   "designated <Name> Trading", "<Name> Technology, which was sanctioned"
                    (designated_slot.py: only names ending in a word of organizations)
  employer slot     "hired (as developers) by <Name> and <Name>", "jobs at <Name>",
                    "worked remotely for <Name>", "placed at <Name>", "<Name> hired ...":
                    the name is an employer, unless the model reads it as a person and
                    no company word says otherwise
The statistical model often calls such names persons; the context decides. Last, a name
declared to be another name of a person or company before it takes its type
(declared_aliases.py). Names the
gazetteer already knows (states, agencies) are never relabeled.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.apposed_bodies import apposed_body_spans
from extract.components.declared_aliases import mark_declared_aliases
from extract.components.role_names import role_spans
from extract.components.span_context import ORG_HEAD
from extract.doc_text import doc_text

# a capitalized name of up to six words ("Volasys Silver Star", "Crypto-ISAC", "UpWorkSell")
_WORD = r"[A-Z][\w&'’.-]*[\w&]|[A-Z]"
NAME = rf"(?:{_WORD})(?:[ \t]+(?:of[ \t]+|&[ \t]+|de[ \t]+)?(?:{_WORD})){{0,5}}"
_KIND = (r"(?:(?:front|shell|trading|technology|IT|software|staffing|consulting|holding|"
         r"parent|related|affiliated|sister)[ \t]+)?"
         r"(?:compan(?:y|ies)|firms?|fronts?|entit(?:y|ies)|business(?:es)?|exchanges?|banks?|"
         r"platforms?|websites?|subsidiar(?:y|ies)|affiliates?|enterprises?|startups?|"
         r"corporations?|marketplaces?|mixers?|casinos?|games?)")
_DET = r"(?:a|an|the|its|his|her|their|one|another)"
_APPOSITION = re.compile(rf"(?P<name>{NAME}),[ \t]+{_DET}[ \t]+(?:[\w.-]+[ \t]+){{0,4}}?"
                         rf"{_KIND}\b")
_COPULA = re.compile(rf"(?P<name>{NAME})[ \t]+(?:is|was|operates[ \t]+as)[ \t]+(?:a|an)[ \t]+"
                     rf"(?:[\w.-]+[ \t]+){{0,4}}?{_KIND}\b")
_HEAD_FIRST = re.compile(rf"\b{_DET}[ \t]+{_KIND}(?:[ \t]+(?:called|named|known[ \t]+as))?"
                         rf",?[ \t]+(?P<name>{NAME})")
# a trade or a place before the head noun: "the cybersecurity firm <Name>", "the sportswear
# maker <Name>", "the Russia-based company <Name>", "the Osaka-based IT firm <Name>"
_PLACED = r"[A-Z][\w.]*-(?:based|registered|headquartered)"
_TRADE_FIRST = re.compile(rf"\b(?:the|a|an)[ \t]+(?:(?:[a-z][a-z-]+|IT|AI|{_PLACED})[ \t]+){{1,2}}"
                          r"(?:firm|company|"
                          r"maker|retailer|manufacturer|carmaker|automaker|vendor|provider|"
                          r"exchange|platform|casino|mixer|game|site|website|marketplace)"
                          rf"(?:[ \t]+(?:called|named|known[ \t]+as))?[ \t]+(?P<name>{NAME})")
# an item may carry its place: "<Name> in <place>", "<Name>, based in <place>"
_LIST_ITEM = rf"{NAME}(?:,?[ \t]+(?:based[ \t]+)?(?:in|of|from)[ \t]+{NAME})?"
# the gap between the collective noun and its list may not open a relative clause or name
# people ("a website through which workers, including ...": the list is of the workers), nor
# make the noun a possessor ("the company's owner, <Name>": the name is the owner's)
_GAP = (r"(?:(?!\b(?:which|who|whom|whose|that|workers?|individuals|persons|people|nationals|"
        r"clients|users|customers|owners?|directors?|founders?|executives?|officials?|"
        r"officers?|employees?|representatives?|managers?|chairman|president|chief|head)\b"
        r"|['’]s\b)[^.;:\n,]){0,60}?")
# the list must end the phrase; a noun after it makes the names modifiers ("the AI and Web3
# sectors"); a parenthesis may follow ("<Name> and <Name> (and their staff)")
_LIST_END = r"(?=[ \t]*(?:[,.;:()\n]|$|(?:to|for|that|which|who|were|was|are|is|have|has|had)\b))"
_LIST = re.compile(rf"\b{_KIND}\b{_GAP}(?:,[ \t]+(?:including|such[ \t]+as|like|namely)?|:|"
                   rf"[ \t]+(?:including|such[ \t]+as|like|namely|called|named))"
                   rf"[ \t]*(?P<list>{_LIST_ITEM}(?:,[ \t]+{_LIST_ITEM})*(?:,?[ \t]+(?:and|or)"
                   rf"[ \t]+{_LIST_ITEM})?){_LIST_END}")
# a list after a colon that closes the phrase of a collective noun, which may hold a
# relative clause ("two companies that <state> controls: <Name>, which is located in
# <place>, and <Name>, in <place>"); an item may carry its own relative clause up to the
# next comma. Between the noun and the colon only a relative clause or a participle may
# stand, naming no people ("the firms that hired these workers: ...")
_RELATIVE_TAIL = r",[ \t]+(?:which|that)[ \t]+[^,;:\n]{1,60}"
_COLON_ITEM = rf"{_LIST_ITEM}(?:{_RELATIVE_TAIL})?"
_COLON_GAP = (r"(?:[ \t]+(?:that|which|controlled|owned|run|operated|based|located)\b"
              r"(?:(?!\b(?:workers?|individuals?|persons?|people|nationals?|clients?|users?|"
              r"customers?|men|women|employees?)\b)[^.;:\n]){0,50}?)?")
_COLON_LIST = re.compile(rf"\b{_KIND}\b{_COLON_GAP}:[ \t]*(?P<list>{_COLON_ITEM}"
                         rf"(?:,[ \t]+{_COLON_ITEM})*(?:,?[ \t]+(?:and|or)[ \t]+{_COLON_ITEM})?)"
                         rf"{_LIST_END}")
_NAMES = rf"(?P<list>{_LIST_ITEM}(?:,[ \t]+{_LIST_ITEM})*(?:,?[ \t]+(?:and|or)[ \t]+{_LIST_ITEM})?)"
# a plural head noun right before its names, with no article or "including": "the North
# Korea-controlled companies <Name> and <Name>, which ...", "through front firms <Name>, <Name>"
_BARE_LIST = re.compile(r"\b(?:companies|firms|entities|businesses|fronts|subsidiaries|"
                        r"affiliates|enterprises|corporations)[ \t]+" + _NAMES + _LIST_END)
# a plural description in apposition to a list says what every name of it is: "worked for
# <Name> and <Name>, both companies in <place> and <place>", "<Name>, <Name> and <Name>, all
# front companies of ..." (the model often takes an unfamiliar firm's name for a person's)
# The words before the noun only qualify it: "both owners of companies in Ohio" are people.
_LIST_APPOSITION = re.compile(rf"{_NAMES},[ \t]+(?:both|all|each|two|three|four)[ \t]+"
                              r"(?:(?!(?:of|for|at|with|by|in)\b)[\w.-]+[ \t]+){0,3}?"
                              rf"{_KIND}\b")
_EMPLOYER = re.compile(
    r"\b(?:(?:hired|employed|engaged|contracted|retained|onboarded)(?:[ \t]+[a-z]+){0,3}?"
    r"[ \t]+by|(?:employed|placed)[ \t]+(?:at|with)|"
    r"(?:jobs?|positions?|employment|contracts?)[ \t]+"
    r"(?:at|with)|work(?:ed|s|ing)?[ \t]+(?:remotely[ \t]+)?(?:for|at))[ \t]+" + _NAMES)
# the hirer before its verb: "<Name> (unknowingly) hired / employed ...": two or more words,
# so a capitalized word that opens a sentence ("Prosecutors hired") is not read as a name
_HIRER = re.compile(rf"(?P<list>(?:{_WORD})[ \t]+{NAME})[ \t]+(?:(?:unknowingly|unwittingly|"
                    r"later|also|then|had|has|have|eventually)[ \t]+){0,2}"
                    r"(?:hired|employed|onboarded|contracted[ \t]+with)\b")
_THEFT = re.compile(r"\b(?:theft|thefts|stole|stolen|stealing|hack|hacks|hacked|heist)\b"
                    r"(?:[^.;\n]|\.(?=\d))*")
_FROM = re.compile(rf"\bfrom[ \t]+(?P<name>{NAME})")
# the target of an attack is a victim as surely as the source of a theft: "the cyberattack on
# <Name>", "intrusions into <Name>'s network", "the hack of <Name>" (a possessive ends the name)
_ATTACK = re.compile(r"\b(?:cyber-?attacks?|attacks?|intrusions?|hacks?|breach(?:es)?|"
                     rf"heists?)[ \t]+(?:on|against|into|of)[ \t]+(?:the[ \t]+)?(?P<name>{NAME})")
# words that open a sentence or a date before a name ("In March Bluecrest Analytics hired")
_LEADING = re.compile(r"^(?:(?:The|A|An|Its|His|Her|Their|And|Or|In|On|At|By|For|From|January|"
                      r"February|March|April|May|June|July|August|September|October|"
                      r"November|December)[ \t]+)+")
_ADJECTIVE = re.compile(r"-(?:based|registered|headquartered|linked|backed|controlled)$")
_PLACE_TAIL = re.compile(rf",?[ \t]+(?:based[ \t]+)?(?:in|of|from)[ \t]+{NAME}$")
# labels a context never overrides: the gazetteer's stable actors and non-names
_KEEP = {"Country", "Agency", "Advisory", "Case", "MONEY", "DATE", "CARDINAL", "AMBIGUOUS",
         "PERCENT", "QUANTITY", "GPE", "LOC", "NORP", "FAC"}
_MODEL_PLACES = {"GPE", "LOC", "FAC"}
# a place word inside a longer name ("Yanbian" in "Yanbian Silverstar") yields to the name
_INSIDE = {"PLACE", "CAPITAL", "DEMONYM"}


def _trimmed(text: str, start: int) -> tuple[int, int] | None:
    lead = _LEADING.match(text)
    if lead:
        start, text = start + lead.end(), text[lead.end():]
    tail = _PLACE_TAIL.search(text)
    if tail:
        text = text[:tail.start()]
    text = text.rstrip(" \t.,")
    if _ADJECTIVE.search(text):
        return None  # "from Tokyo-based ...": a place made an adjective opens a description
    return (start, start + len(text)) if text and text[:1].isupper() else None


def _owner(name: str) -> str:
    """A possessive ends a victim's name: "from <Name>'s <thing>" robbed <Name>."""
    return re.split(r"['’]s\b", name)[0]


def context_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of organization names that their context identifies."""
    for theft in _THEFT.finditer(text):  # every victim the theft clause names
        for match in _FROM.finditer(theft.group(0)):
            if _owner(match.group("name")) != match.group("name"):
                continue  # an owner: read by victim_spans
            found = _trimmed(match.group("name"), theft.start() + match.start("name"))
            if found:
                yield found
    for pattern in (_APPOSITION, _COPULA):
        for match in pattern.finditer(text):
            found = _trimmed(match.group("name"), match.start("name"))
            if found:
                yield found
    yield from headed_spans(text)
    for match in (*_LIST.finditer(text), *_BARE_LIST.finditer(text),
                  *_COLON_LIST.finditer(text)):
        offset = match.start("list")
        # the words of an item's relative clause are no item ("located in <place>")
        items = re.sub(_RELATIVE_TAIL, lambda m: " " * len(m.group(0)), match.group("list"))
        for item in re.finditer(rf"{_LIST_ITEM}", items):
            found = _trimmed(item.group(0), offset + item.start())
            if found:
                yield found


def headed_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the names a head noun introduces ("the game <Name>", "the online
    casino <Name>") or a plural description follows ("<Name> and <Name>, both companies"):
    the noun says what the name is, even where the model saw a place."""
    for pattern in (_HEAD_FIRST, _TRADE_FIRST):
        for match in pattern.finditer(text):
            found = _trimmed(match.group("name"), match.start("name"))
            if found:
                yield found
    for match in _LIST_APPOSITION.finditer(text):
        offset = match.start("list")
        for item in re.finditer(rf"{_LIST_ITEM}", match.group("list")):
            found = _trimmed(item.group(0), offset + item.start())
            if found:
                yield found


def victim_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the victims an attack names ("the cyberattack on <Name>") and of
    the owners a theft names ("stole ... from <Name>'s bridge"): people are attacked and
    robbed too, so these yield to a person the model or our readers found."""
    for theft in _THEFT.finditer(text):
        for match in _FROM.finditer(theft.group(0)):
            owner = _owner(match.group("name"))
            found = _trimmed(owner, theft.start() + match.start("name"))
            if found and owner != match.group("name"):
                yield found
    for match in _ATTACK.finditer(text):
        found = _trimmed(_owner(match.group("name")), match.start("name"))
        if found:
            yield found


def employer_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the names in an employer slot (see the module notes)."""
    for match in (*_EMPLOYER.finditer(text), *_HIRER.finditer(text)):
        offset = match.start("list")
        for item in re.finditer(rf"{_LIST_ITEM}", match.group("list")):
            found = _trimmed(item.group(0), offset + item.start())
            if found:
                yield found


# words of a firm's name beyond the legal forms of ORG_HEAD, read only in an employer slot
_TRADE = re.compile(r"\b(?:Logistics|Health|Healthcare|Media|Digital|Analytics|Data|Staffing|"
                    r"Networks|Ventures|Dynamics|Robotics|Insurance|Motors|Energy|"
                    r"Communications|Telecom|Studios)\b")


def _company_worded(span: Span) -> bool:
    return bool(ORG_HEAD.search(span.text) or _TRADE.search(span.text))


def _a_person(span: Span, doc: Doc) -> bool:
    """The model or our name readers call the words a person, and no company word
    ("Health", "Systems") in them says otherwise: people hire and employ, too."""
    return not _company_worded(span) and any(
        e.label_ in {"PERSON", "Person"} and e.start < span.end and span.start < e.end
        for e in doc.ents)


def mark_org_context(doc: Doc) -> Doc:
    # names bounded by their legal form ("... Limited Liability Co.") keep their bounds
    keep = [e for e in doc.ents if e.label_ in _KEEP or (
        ":" in e.id_ and e.label_ not in _INSIDE and
        (not e.id_.startswith("shape:") or e.label_ == "Organization"))]
    spans: list[Span] = []
    employers = set(employer_spans(doc_text(doc)))
    victims = set(victim_spans(doc_text(doc)))
    headed = set(headed_spans(doc_text(doc)))
    roles = set(role_spans(doc)) | set(apposed_body_spans(doc_text(doc)))
    from extract.components.designated_slot import designated_spans  # it reads NAME here

    roles |= set(designated_spans(doc_text(doc)))
    for start, end in sorted(set(context_spans(doc_text(doc))) | employers | victims | roles):
        span = doc.char_span(start, end, label="Organization", span_id="context:company",
                             alignment_mode="contract")
        if span is None or not len(span):
            continue
        employer = (start, end) in employers
        if (employer or (start, end) in victims) and (start, end) not in headed and \
                _a_person(span, doc):
            continue  # a head noun's word ("both companies") outweighs the model's person
        if any(k.start < span.end and span.start < k.end and not (
                ((employer and _company_worded(span)) or (start, end) in headed)
                and k.label_ in _MODEL_PLACES) and not (
                k.label_ == "Country" and span.start < k.start and k.end < span.end)
               for k in keep):
            continue  # a place the model saw is a firm in an employer slot with its word;
            # a state with name words on both sides is a word of the name ("Liaoning
            # China Trade, a Chinese company")
        if any(e.label_ in _INSIDE and (e.start, e.end) == (span.start, span.end)
               for e in doc.ents):
            continue  # the whole candidate is a place
        if any(s.start < span.end and span.start < s.end for s in spans):
            continue
        spans.append(span)
    if spans:
        rest = [e for e in doc.ents
                if not any(s.start < e.end and e.start < s.end for s in spans)]
        doc.ents = sorted([*rest, *spans], key=lambda s: s.start)
    return doc


@Language.factory("tkg_org_context_v1", requires=["doc.ents"], assigns=["doc.ents"],
                  default_config={})
def make_org_context(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return lambda doc: mark_declared_aliases(mark_org_context(doc))
