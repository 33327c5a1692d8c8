"""Descriptions of actors the text does not name: "an Arizona woman", "a Dayton man",
"over 300 U.S. companies", "certain U.S.-based individuals", "two of its front companies",
"a virtual token company based in Serbia".

This module only reads them: what they say (a person or an organization, a place or a
nationality, an age, a gender, how many). `resolve/unnamed.py` makes them entities of their
document and links them, with evidence, to named entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from extract.normalize import parse_count

_PERSON_NOUNS = {"man": "male", "woman": "female", "businessman": "male",
                 "businesswoman": "female", "resident": "", "national": "", "citizen": "",
                 "facilitator": "", "developer": "", "engineer": "", "individual": "",
                 "person": "", "men": "male", "women": "female", "individuals": "",
                 "persons": "", "people": "", "residents": "", "nationals": "",
                 "citizens": "", "facilitators": "", "victims": "", "developers": "",
                 "engineers": "", "americans": ""}
_ORG_NOUNS = {"company", "companies", "firm", "firms", "business", "businesses", "employer",
              "employers", "entity", "entities", "organization", "organizations",
              "exchange", "exchanges", "bank", "banks", "startup", "startups", "carmaker",
              "automaker", "retailer", "manufacturer", "contractor", "contractors"}
_NOUN = "|".join(sorted({*_PERSON_NOUNS, *_ORG_NOUNS}, key=len, reverse=True))
# what a descriptor says of its actors: a place or nationality, "-based", a trade
_MODIFIER = (r"(?:(?:U\.S\.|[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)(?:-based)?|[a-z]+-based|front|"
             r"shell|foreign|domestic|unwitting|victim|technology|tech|staffing|international|"
             r"multinational|major|legitimate|overseas|remote|other|"
             r"cryptocurrency|crypto|Fortune[ \t]500)")
_NUMBER = (r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
           r"forty|fifty|dozens|hundreds|thousands")
_QUALIFIER = (r"(?:more[ \t]+than|over|about|approximately|nearly|almost|at[ \t]+least|"
              r"up[ \t]+to|some|roughly|around|fewer[ \t]+than|less[ \t]+than|an[ \t]+"
              r"estimated)")
# not "other": "other businesses", "other people's names" are a set known only by contrast
# with what the sentence named before, with no description of its own to identify it
_VAGUE = r"certain|several|multiple|numerous|various|many"
# a number that opens a sentence: "Two Maryland men were charged ..."
_OPENING = r"(?<![\w,] )(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
# "over 300 U.S. companies", "two of its front companies", "certain U.S.-based individuals"
PLURAL = re.compile(
    # a qualifier may open the sentence: "Over 100 companies paid ..."
    rf"\b(?P<quant>(?:(?i:{_QUALIFIER})[ \t]+)?(?:{_NUMBER}|{_OPENING})|{_VAGUE})[ \t]+"
    rf"(?:of[ \t]+(?:its|his|her|their|the|these)[ \t]+)?"
    rf"(?P<mods>(?:{_MODIFIER}[ \t]+){{0,3}})(?P<noun>{_NOUN})\b")
# the trade a firm's description may give after its noun, as part of the description: "a
# U.S. company in the aerospace sector" is that firm, not any U.S. company
_SECTOR = r"(?:[ \t]+in[ \t]+the[ \t]+(?:[a-z][a-z-]+[ \t]+){1,2}(?:sector|industry))?"
# "an Arizona woman", "a 34-year-old Ukrainian national", "a U.S. company"
SINGULAR = re.compile(
    rf"\b(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)[ \t]+(?:(?P<age>\d{{1,2}})-year-old[ \t]+)?"
    rf"(?P<mods>(?:{_MODIFIER}[ \t]+){{1,3}})(?P<noun>{_NOUN})\b{_SECTOR}")
# "U.S. companies", "Chinese front companies": a plural with a place and no number
BARE_PLURAL = re.compile(
    r"(?<![\w.-])(?P<mods>(?:U\.S\.|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:-based)?[ \t]+"
    r"(?:(?:front|shell|technology|tech|staffing|cryptocurrency)[ \t]+)?)"
    r"(?P<noun>companies|firms|businesses|employers|individuals|persons|nationals|citizens|"
    r"residents|facilitators)\b")
# "a woman in Arizona", "a man from Dayton": the place after the noun
PLACE_AFTER = re.compile(
    r"\b(?P<det>[Aa]n?)[ \t]+(?:(?P<age>\d{1,2})-year-old[ \t]+)?(?P<noun>man|woman|resident|"
    r"businessman|businesswoman|national|citizen)[ \t]+(?:from|in|of)[ \t]+"
    r"(?P<where>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)")
# "a virtual token company based in Serbia", "a blockchain research and development firm
# headquartered in Atlanta": a single firm described by its trade and the place it is in
FIRM_PLACE_AFTER = re.compile(
    r"\b(?P<det>[Aa]n?)[ \t]+(?P<trade>(?:[a-z][a-z-]+[ \t]+){0,4}?)(?P<noun>company|firm|"
    r"business|exchange|bank)[ \t]+(?:based|headquartered|located|registered|incorporated)"
    r"[ \t]+in[ \t]+(?P<where>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)")
# "a Serbian virtual token company", "a US crypto startup", "a German carmaker": a single
# firm introduced by its state or place and up to two words of its trade, whatever they are
# (the place is what describes it; a function word or a verb there ends the reading)
_TRADE_WORD = (r"(?!(?:the|a|an|and|or|of|to|in|on|for|with|by|at|from|as|said|says|is|was|"
               r"were|are|has|had|have|that|which|who|its|his|her|their|this|these)\b)"
               r"[a-z][a-z-]+")
FIRM_PLACE_BEFORE = re.compile(
    r"\b(?P<det>[Aa]n?)[ \t]+(?P<mods>(?:U\.S\.|US|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
    rf"(?:-based)?[ \t]+(?:{_TRADE_WORD}[ \t]+){{0,2}})(?P<noun>company|firm|business|startup|"
    r"carmaker|automaker|retailer|manufacturer|contractor|exchange|bank)\b" + _SECTOR)
_DESIGNATING = re.compile(r"\b(?:designat|sanction|blacklist|target)[a-z]*[ \t]+$",
                          re.IGNORECASE)
# a group an indictment defines by a capitalized term in quotes and then calls by it:
# 'The "Victim Companies" were businesses ...', '(the "Subject Firms")'; the term's last word
# is a plural noun for companies, so the term names a group of firms, never a person
DEFINED_TERM = re.compile(r"[\"“](?P<term>(?:[A-Z][\w-]*[ \t]+){1,2}(?:Companies|Firms|"
                          r"Businesses|Employers|Entities))[\"”]")
_NOT_TRADE = {"other", "another", "same", "different", "second", "third", "new", "certain",
              "single", "such", "number"}
_NOT_PLACE = {"U.S.", "Fortune 500"}
# the count that opens a counted description: "more than 70 ", "two of its "
_COUNTED = re.compile(rf"^(?:{_QUALIFIER}[ \t]+)?(?:{_NUMBER}|{_OPENING})[ \t]+"
                      r"(?:of[ \t]+(?:its|his|her|their|the|these)[ \t]+)?", re.IGNORECASE)
# nouns that only count the named actors a release lists ("four entities and two individuals")
SUMMARY_NOUNS = {"entities", "individuals", "persons", "people"}


@dataclass(frozen=True)
class Descriptor:
    start: int  # character offsets in the text that was read
    end: int
    text: str  # as written
    type: str  # Person or Organization
    where: str  # the place or nationality word(s), "" if none
    noun: str
    gender: str  # male / female / ""
    definite: bool  # "the Arizona woman": refers back to an earlier description
    plural: bool
    count: int | None
    count_qualifier: str
    age: int | None = None
    opening: bool = False  # counted by a capitalized number that opens a sentence
    # another count of the document is described alike ("136 U.S. companies" beside "64
    # U.S. companies"): two groups, which keep their counts in their names to stay apart
    apart: bool = False

    @property
    def name(self) -> str:
        """The description without a leading article ("Arizona woman"). A counted group
        that is also described is named by its description, the count being its property
        (docs/annotation.md: "over 300 U.S. companies" is "U.S. companies", count 300); a
        bare count ("eight individuals", "two other entities") keeps its number, which is
        all that tells it apart."""
        name = re.sub(r"^(?:an?|the|this|that)\s+", "", self.text, flags=re.IGNORECASE)
        if self.plural and self.count is not None and self.where and not self.apart:
            described = _COUNTED.sub("", name)
            if described != name and len(described.split()) >= 2:
                return described
        return name

    @property
    def key(self) -> str:
        """Descriptions of one actor share this: 'an Arizona woman' = 'the Arizona woman'."""
        return f"{self.type}|{self.where.lower()}|{self.noun.lower()}"

    def state_key(self, country_code: Callable[[str], str | None]) -> str:
        """The key with the place read as the state it names, so that a definite
        description by the state's adjective refers back to one that names the country
        after the noun ("a token company based in Serbia" ... "the Serbian company")."""
        code = country_code(self.where) if self.where else None
        return f"{self.type}|state:{code}|{self.noun.lower()}" if code else self.key


def _where(mods: str) -> str:
    words = [w for w in mods.split() if w[:1].isupper() or w.endswith("-based")]
    return " ".join(words).removesuffix("-based")


def _type(noun: str) -> str:
    return "Person" if noun.lower() in _PERSON_NOUNS else "Organization"


def find_descriptors(text: str) -> list[Descriptor]:
    found: list[Descriptor] = []
    taken: list[tuple[int, int]] = []
    for match in PLURAL.finditer(text):
        noun = match.group("noun")
        quant = match.group("quant")
        amount = parse_count(quant)
        plural = noun.lower().endswith("s") or noun.lower() in {"people", "men", "women"}
        if not plural or (amount is not None and amount.value < 2):
            continue
        found.append(Descriptor(
            match.start(), match.end(), match.group(0), _type(noun),
            _where(match.group("mods")), noun, _PERSON_NOUNS.get(noun.lower(), ""), False, True,
            amount.value if amount else None, amount.qualifier if amount else "",
            opening=bool(re.fullmatch(_OPENING, quant))))
        taken.append((match.start(), match.end()))
    for match in BARE_PLURAL.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        where = _where(match.group("mods"))
        if not where or where.split()[0] in {"The", "These", "Those", "Such", "Other", "Many"}:
            continue
        noun = match.group("noun")
        found.append(Descriptor(match.start(), match.end(), match.group(0), _type(noun), where,
                                noun, "", False, True, None, ""))
        taken.append((match.start(), match.end()))
    for match in SINGULAR.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        noun, mods = match.group("noun"), match.group("mods")
        where = _where(mods)
        if noun.lower().endswith("s") and noun.lower() not in {"business"}:
            continue  # "the Arizona companies" is a group this reading does not count
        if not where or (where in _NOT_PLACE and _type(noun) == "Person"):
            continue  # "a front company", "the U.S. person": generic, no describing fact
        age = match.group("age")
        # a trade after the noun describes a firm; a person ends at the noun
        end = match.end() if _type(noun) == "Organization" else match.end("noun")
        found.append(Descriptor(
            match.start(), end, text[match.start():end], _type(noun), where, noun,
            _PERSON_NOUNS.get(noun.lower(), ""),
            match.group("det").lower() in {"the", "this", "that"}, False, None, "",
            int(age) if age else None))
    for match in PLACE_AFTER.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken) or \
                any(d.start < match.end() and match.start() < d.end for d in found):
            continue
        noun, age = match.group("noun"), match.group("age")
        found.append(Descriptor(
            match.start(), match.end(), match.group(0), "Person", match.group("where"), noun,
            _PERSON_NOUNS.get(noun.lower(), ""), False, False, None, "",
            int(age) if age else None))
    for match in FIRM_PLACE_BEFORE.finditer(text):
        if any(d.start < match.end() and match.start() < d.end for d in found):
            continue
        if _DESIGNATING.search(text, max(0, match.start() - 30), match.start()):
            continue  # "designated a North Korean trading company and three individuals":
            # the release sums up the targets it goes on to name
        where = _where(match.group("mods"))
        if not where or where.split()[0] in {"The", "These", "Those", "Such", "Other"}:
            continue
        found.append(Descriptor(
            match.start(), match.end(), match.group(0), "Organization", where,
            match.group("noun"), "", False, False, None, ""))
    for term in {m.group("term") for m in DEFINED_TERM.finditer(text)}:
        for match in re.finditer(rf"\b(?:(?P<det>the)[ \t]+)?{re.escape(term)}\b", text):
            if any(d.start < match.end() and match.start() < d.end for d in found):
                continue
            found.append(Descriptor(
                match.start(), match.end(), match.group(0), "Organization", "", term, "",
                match.group("det") is not None, True, None, ""))
    for match in FIRM_PLACE_AFTER.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken) or \
                any(d.start < match.end() and match.start() < d.end for d in found) or \
                set(match.group("trade").split()) & _NOT_TRADE:
            continue
        noun = match.group("noun")
        found.append(Descriptor(
            match.start(), match.end(), match.group(0), "Organization", match.group("where"),
            noun, "", False, False, None, ""))
    return _apart(sorted(found, key=lambda d: d.start))


def _apart(found: list[Descriptor]) -> list[Descriptor]:
    """Mark the counted descriptions that share a name with a different count. The count's
    value tells groups apart, not its qualifier: "over 90 firms ... the 90 firms" restates
    one group's count."""
    counts: dict[str, set[int]] = {}
    for d in found:
        if d.plural and d.count is not None:
            counts.setdefault(d.name.lower(), set()).add(d.count)
    return [replace(d, apart=True) if len(counts.get(d.name.lower(), ())) > 1 else d
            for d in found]
