"""Descriptions said only of people, read by `open_names.repair_person_names`.

"<Name>, a Russian national", "<Name>, both U.S. nationals", "<Name> is a naturalized U.S.
citizen": a description made of modifiers (a demonym or state, an age, "former",
"Vietnamese-born") and a noun said of people tells that the name before it is a person's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

# nouns a description in apposition uses only of people
PERSON_ROLES = {
    "national", "citizen", "resident", "man", "woman", "businessman", "businesswoman",
    "attorney", "director", "secretary", "minister", "ambassador", "spokesperson",
    "spokesman", "spokeswoman", "official", "officer", "founder", "owner", "executive",
    "ceo", "president", "chairman", "chairwoman", "chairperson", "representative",
    "deputy", "commissioner", "judge", "prosecutor", "lawyer", "developer", "engineer",
    "programmer", "facilitator", "employee", "accountant", "banker", "defendant",
    "native", "son", "daughter", "wife", "husband", "brother", "sister", "father",
    "mother", "hacker", "operative", "individual", "person", "associate", "agent",
}
# the nouns of a person's civil status: a firm may be "a Chinese developer" or "a Delaware
# resident agent", never "a naturalized citizen" or "a North Korean national"
_STATUS_NOUNS = {"national", "citizen", "man", "woman", "native", "businessman",
                 "businesswoman"}
# words a description may put before its noun: "a 34-year-old former Russian national"
_ROLE_MODIFIERS = {"former", "then", "acting", "senior", "assistant", "deputy", "special",
                   "chief", "u.s.", "federal", "principal", "executive", "foreign",
                   "north", "south", "korean", "dual", "naturalized", "retired", "current",
                   "longtime", "lead", "general", "managing", "vice"}


def describes_people(doc: Doc, start: int, plural: bool, nouns: set[str]) -> bool:
    """The words from `start` are a description said only of people: modifiers ("former",
    "naturalized", a demonym or state, an age, "Vietnamese-born"), then a person's noun."""
    for token in doc[start:min(len(doc), start + 7)]:
        word = token.lemma_.lower() if plural and token.tag_ == "NNS" else token.lower_
        if word in nouns and (token.tag_ == "NNS") == plural:
            return True
        if word in _ROLE_MODIFIERS or token.ent_type_ in {"DEMONYM", "Country"} or \
                re.fullmatch(r"\d{1,2}-year-old|year|old|-|born", word) or \
                (token.tag_ == "NNP" and token.is_title):
            continue
        return False
    return False


def said_to_be_person(doc: Doc, run: Span) -> bool:
    """'<run> is a Vietnamese-born naturalized U.S. citizen', '<run> was a North Korean
    national': a copula with a description said only of people. Only a sentence's own
    opening subject: in 'the company of <run> is a ...' the description is the company's."""
    i = run.end
    if i + 2 >= len(doc) or doc[i].lower_ not in {"is", "was"} or \
            doc[i + 1].lower_ not in {"a", "an"}:
        return False
    if run.start > 0 and not doc[run.start].is_sent_start and \
            doc[run.start - 1].text not in {",", "\n"}:
        return False
    return describes_people(doc, i + 2, False, _STATUS_NOUNS)
