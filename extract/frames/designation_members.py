"""DESIGNATED for the members a later sentence lists for a counted designation target.

"The Government has decided to designate four individuals and two entities as targets of
its sanctions. The individuals are A, B, C and D. ... The two entities are E and F, a company
under G." The counted target (extract/designation_sets.py) stands for the members a later
copular sentence lists for it:
- "The (four) individuals are A, B, C and D", "The two entities are E and F": a definite
  plural subject whose noun counts the same kind (people, organizations) as the set; the
  names after the copula are the members, read by their punctuation
  (extract/punctuated_lists.py: a description after a name is passed over). There
  must be exactly as many names of that kind as the count: a count that does not match
  names no members ("The two entities are A, B and C" is some other list);
- "The designated individuals include A and B", "The four individuals are officials,
  including A and B": "include"/"including" names some of the members, never more than the
  count;
- "The fourth entity (facing sanctions) is X", "The fifteenth individual, X, ...": an
  ordinal subject names one member, within the count; "(two individuals and one entity)
  The entity is X": a definite singular subject names the one member of a set of one;
- "A, one of the sanctioned individuals, ...", "A is one of the designated firms": a
  partitive of the set restricted by the act's participle names one member;
- "The individuals are as follows:" (or "are:") and one item per member on the lines
  under it (the name each item opens with; as many items as the count);
- "They are A and B" right after the act: only when the names match one counted set of the
  act exactly (its kind and its number);
- "A statement named (identified) the three individuals as A, B and C": a naming verb whose
  definite object takes up the set by its own noun and number, the names after "as".
The subject may be restricted only by the act's own words ("designated", "sanctioned",
"newly added to the list", "facing sanctions", "to be hit with sanctions"): "the
individuals arrested are", "the victims are", "the individuals in the photo are" speak of
someone else. The designator is the act's (its agent, else the designator in force there);
the nearest earlier counted set of the kind within ten sentences is the one the subject
takes up. A negated copula, a modal one ("will be"), or a sentence dated before the
document ("The individuals sanctioned in 2022 were ...") names none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.designation_sets import counted_sets
from extract.frames._set_members import NAMING, reading
from extract.relation_context import Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext

FRAME_ID = "designation-members.v1"
_OWN_NEWS = frozenset({"sanctions_release", "news"})


def _naming(verb: Token) -> bool:
    """A naming verb of the text's own sentence; the parser may hang it on its subject
    ("A statement named ...": "named" a clause on "statement")."""
    return verb.lemma_ in NAMING and verb.pos_ == "VERB" and verb.dep_ in {"ROOT", "conj",
                                                                            "acl"}


def _dated_before(context: DocContext, sent: int) -> bool:
    """"The two individuals sanctioned in 2021 were A and B": a list of an earlier act."""
    from extract.dating import sentence_dates

    date = context.meta.date
    return bool(date) and any(iso < date[:len(iso)] for _, iso in
                              sentence_dates(context, sent))


def member_designations(context: DocContext) -> list[Found]:
    """One DESIGNATED per member a copular sentence lists for a counted target."""
    from extract.dating import earlier_act, sentence_dates
    from extract.relations import _ends

    sets = counted_sets(context)
    if not sets:
        return []
    found: list[Found] = []
    first = min(s.sent for s in sets)
    for sent in range(first + 1, len(context.mentions.sentences)):
        for verb in context.sentence_span(sent):
            if verb.lower_ != "one" and not _naming(verb) and (
                    verb.lemma_ not in {"be", "include"} or verb.pos_ not in {"AUX", "VERB"}
                    or verb.dep_ not in {"ROOT", "conj"}):
                continue
            read = reading(context, sent, verb)
            if read is None or earlier_act(context, verb.i, sent) or \
                    _dated_before(context, sent):
                continue
            chosen, members = read
            _, agents = _ends(chosen.hit, ("agent",), context)
            props: dict[str, object] = {"_word": verb.i}
            basis = "sentence"
            dates = sentence_dates(context, chosen.sent)
            if dates:  # the act is dated by its own sentence
                props["date"] = min(dates, key=lambda d: abs(d[0] - chosen.hit.word.i))[1]
            elif context.meta.date and context.meta.doc_type in _OWN_NEWS:
                props["date"], basis = context.meta.date, "document"
            found += [Found("DESIGNATED", agent, member, sent, dict(props), FRAME_ID,
                            "members", date_basis=basis)
                      for agent in agents for member in members]
    return found


FRAMES = ()
DOCUMENT_RULES = (member_designations,)
