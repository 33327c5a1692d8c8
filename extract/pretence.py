"""A pretence states no fact: what a sentence says someone made it appear, posed as, or gave
the impression of is what did not happen.

    "to give the impression that the workers were based in X"   (a noun of pretence + clause)
    "to make it appear that the laptops were located in X"        (appear/seem + clause)
    "made it seem like they were working from X"                  (seem + "like" clause)
    "pretended to be employed by X", "posed as employees of X"    (a verb of pretence)

The predicate is under the pretence when the path from it up to the pretence word runs
through clausal complements, prepositions and their objects (and coordination inside such
a complement), and enters the pretence word by the edge that carries what is pretended: a
complement clause for appear/seem/pretend, "as" for pose/masquerade, a clause or "of" for
impression/appearance. Anything else leaves the predicate outside: "the workers posed as
Americans while living in X" (an adverbial clause: where they really lived), "the workers,
who were based in X, posed as Americans" (a relative clause on the subject), "its name
appears on a list of firms located in X" (appear with a place, not a clause).
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs whose complement clause is only an appearance ("appear that", "seem to", "pretend to")
_APPEARING = frozenset({"appear", "seem", "pretend", "purport", "feign"})
# verbs whose "as" phrase is a pretended identity ("posed as", "masquerading as")
_POSING = frozenset({"pose", "masquerade", "pretend", "disguise", "impersonate", "present"})
# nouns whose clause or "of" phrase is a pretence ("the impression that", "the appearance of")
_PRETENCE_NOUNS = frozenset({"impression", "appearance", "illusion", "guise", "pretense",
                             "pretence", "facade", "façade", "semblance", "veneer"})
_UPWARD = frozenset({"ccomp", "xcomp", "acl", "advcl", "prep", "pobj", "pcomp", "conj",
                     "auxpass"})
_LIKE = frozenset({"like", "if", "though"})


def _pretends(child: Token, parent: Token) -> bool:
    """Whether `child` is what `parent` says was pretended."""
    lemma = parent.lemma_.lower()
    if child.dep_ in {"ccomp", "xcomp"}:
        return lemma in _APPEARING or lemma in _PRETENCE_NOUNS
    if child.dep_ == "advcl":  # "seem like they were working", "appear as if"
        return lemma in _APPEARING and any(
            c.dep_ == "mark" and c.lower_ in _LIKE for c in child.children)
    if child.dep_ == "acl":
        return lemma in _PRETENCE_NOUNS
    if child.dep_ == "prep":
        return (lemma in _POSING and child.lower_ == "as") or (
            lemma in _PRETENCE_NOUNS and child.lower_ == "of")
    return False


def is_pretence(word: Token) -> str:
    """The reason the predicate at `word` is only pretended, or "" when it is not."""
    current = word
    for _ in range(8):
        if current.dep_ not in _UPWARD or current.head.i == current.i:
            return ""
        parent = current.head
        if _pretends(current, parent):
            return f"pretence ('{parent.lemma_.lower()}')"
        if current.dep_ == "advcl":
            return ""  # an adverbial clause is only walked into a verb of seeming, above
        current = parent
    return ""
