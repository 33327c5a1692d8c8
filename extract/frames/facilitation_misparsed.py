"""FACILITATED where the parser reads the means verb as an adjective.

"P hosted laptops sent by a firm at his home": with an unknown surname first, the parser
may hang "hosted" on "laptops" as a modifier (amod) and make the noun the sentence's root,
while the surname stays the verb's subject or becomes a bare noun modifier of it
(npadvmod). A past-tense means verb (facilitation.py's "facilitation-means") that has such
a first word of its own and hangs on a noun of means that roots the sentence is the
sentence's verb: its subject handled those means, for the party "for/to" names on the noun,
else for the document's workers (the stand-in checks of extract/other_party.py apply).
Also "P, 41, of <town>, hosted laptops for ...", where the parser makes the name the root and
the means noun its apposition (`_after_the_described_name`). Not "the hosted laptops", "a
rented server" (no subject of its own), nor a modifier inside a sentence that has another
verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames.facilitation import MEANS, MEANS_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

_MEANS_NOUNS = frozenset(MEANS.split("|"))


def _is_the_verb(hit: Hit, context: DocContext) -> None:
    """The roles stand only when the modifier is the misread verb of the sentence."""
    word, noun = hit.word, hit.word.head
    first = [c for c in word.children if c.dep_ in {"nsubj", "npadvmod"} and c.i < word.i]
    opens = bool(first) and first[0].i + 1 == word.i and all(
        t.is_space for t in word.doc[word.sent.start:first[0].left_edge.i])
    if noun.lower_ not in _MEANS_NOUNS or not (
            (noun.dep_ == "ROOT" and opens) or _after_the_described_name(word)):
        hit.roles.clear()


def _after_the_described_name(word: Token) -> bool:
    """"P, 41, of Tulsa, Oklahoma, hosted laptops for ...": after the subject's age and
    town, the parser may make the name the root and "hosted laptops" an apposition of it.
    The participle opens that apposition right after a comma, and the name roots the
    sentence: the name is the verb's subject."""
    noun = word.head
    name = noun.head
    return noun.dep_ == "appos" and name.dep_ == "ROOT" and name.pos_ == "PROPN" and \
        noun.left_edge.i == word.i and word.i > 0 and word.doc[word.i - 1].text == "," and \
        not any(c.dep_ == "nsubj" for c in word.children)


# the prior of facilitation-means, whose reading this is (the dev split has not met it)
FRAMES = (
    Frame("facilitation-means-misparsed", 1, MEANS_VERBS,
          {"helper": (">nsubj", ">npadvmod", "<amod <appos"),
           "helped": ("<amod >prep[for|to] >pobj",)},
          (Yields("FACILITATED", ("helper",), ("helped",)),),
          anchor={"DEP": "amod", "TAG": {"IN": ["VBD", "VBN"]}},
          role_types={"helper": ("Person", "Organization"),
                      "helped": ("Person", "Organization")},
          defaults={"helped": "workers"}, complete=_is_the_verb, base_confidence=0.6),
)
