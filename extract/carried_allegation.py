"""An allegation a charging document makes goes on into the next sentence of its paragraph.

"The indictment alleges a conspiracy between X and the workers to launder their wages. The
workers then moved the money through X to the regime." The second sentence names no source,
but it goes on telling the indictment's account: its facts are alleged, as the first
sentence's are (docs/annotation.md: attributed to prosecutors, a fact is alleged). Read as
its own, the second sentence would state as done what only the charge says.

Only the sentence right after one whose main verb is an alleging verb with a charging
document or the prosecutors as its subject ("The complaint alleges ...", "Prosecutors
allege ..."), in the same paragraph, and only when the following sentence is not the
government's own act (its subject an agency or a state: "The FBI seized ...") and gives no
source of its own (a speaker, "according to").
"""

from __future__ import annotations

from spacy.tokens import Span

# not "charge": "The indictment charged X with ..." is the court's act, and the next
# sentence often turns to another defendant or case ("In a separate case, Y, who was
# arrested in Z, ...") whose facts are the government's own
_ALLEGING_VERBS = frozenset({"allege", "accuse", "claim", "contend"})
_SOURCES = frozenset({"indictment", "complaint", "prosecutor", "prosecutors", "information",
                      "affidavit", "filing", "filings", "documents", "indictments"})
_ACTING_BODIES = frozenset({"Agency", "Country", "ORG", "GPE", "NORP"})
_OWN_SOURCE = frozenset({"say", "state", "tell", "add", "announce", "according"})


def alleges(sentence: Span) -> bool:
    """The sentence's main verb is an alleging verb whose subject is a charging document or
    the prosecutors ("The second indictment alleges ...")."""
    root = sentence.root
    if root.lemma_ not in _ALLEGING_VERBS or root.tag_ not in {"VBZ", "VBP", "VBD"}:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _SOURCES for c in root.children)


def continues(sentence: Span) -> bool:
    """The sentence can go on with the account before it: it names no source of its own
    and its main verb's subject is not an agency's or a state's act."""
    if any(t.lemma_ in _OWN_SOURCE for t in sentence):
        return False
    root = sentence.root
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.ent_type_ in _ACTING_BODIES
                   for c in root.children)


def same_paragraph(text: str, end: int, start: int) -> bool:
    """No line break between the end of one sentence and the start of the next (a new
    paragraph, a list item or a heading starts on its own line)."""
    return bool(text) and "\n" not in text[end:start]
