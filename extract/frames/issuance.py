"""ISSUED: an agency or state issued, released or published an advisory or statement.

Constructions: "X issued/released/published/put out/updated Y", "Y was released by X",
"Y, released on <date> by X", "Y by X" and "X's Y" (a statement's noun with its author),
"X's / the X <advisory>" as a compound ("the FBI announcement"), "in a statement, X said",
"Y, published by X on behalf of Z" (Z issues it with X); an advisory's authors issued it:
"Y was (jointly) prepared / co-authored / co-sealed by X", "X co-authored Y";
a document that is itself an advisory or joint statement was issued by the states or
agencies that open it ("Japan, the United States and the ROK express ...") and refers to
itself as "this statement".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._issuer_named import by_its_named_issuer
from extract.frames._paths import BY, HOLDER, OBJECT, SELF, SUBJECT
from extract.frames._self_advisory import (
    ISSUED,
    ISSUERS,
    SELF_WORDS,
    refers_to_itself,
    self_advisory,
    this_document,
)
from extract.frames._titled import issued_by_title, titled_noun
from extract.relation_context import Found

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

__all__ = ["DOCUMENT_RULES", "FRAMES", "refers_to_itself", "self_advisory", "this_document"]


def _issued(hit: Hit, context: DocContext) -> None:
    from extract.frames._issued_misparse import misparsed_document

    issued_by_title(hit, context)
    this_document("issued")(hit, context)
    misparsed_document(hit, context)


_YIELDS = (Yields("ISSUED", ("issuer",), ("issued",), holds=by_its_named_issuer),)
# co-issuers: "published by A together with B", "issued jointly with B", "in cooperation /
# partnership / coordination with B", "alongside B", "along with B"
_CO_ISSUER = (">prep[with] +advmod[together|jointly] >pobj",
              ">prep[in] >pobj[cooperation|partnership|coordination|conjunction] >prep[with] "
              ">pobj", ">prep[alongside] >pobj", ">prep[along] >prep[with] >pobj")
# the ones a publisher acts for issue with it: "published by A on behalf of the three
# governments" (the parser may hang the phrase on the verb or on the publisher's name)
_ON_BEHALF = (">prep[on|in] >pobj[behalf] >prep[of] >pobj",
              ">agent >pobj >prep[on|in] >pobj[behalf] >prep[of] >pobj")
_TYPES = {"issuer": ISSUERS, "issued": ISSUED}
# "The leaders of A, B and C adopted a joint statement": a summit's statement is its states'
# (the role takes only an agency or a state, so "the leaders of the group" fill nothing)
_LEADERS = (">nsubj[leaders] >prep[of] >pobj",)

# the ones who wrote or co-sealed an advisory issued it (docs/annotation.md, ISSUED); the
# lemmatizer gives "co-seale" and "coauthore" for the past participles
_AUTHOR = ("author", "co-author", "coauthor", "coauthore", "co-seal", "co-seale")
# "prepare" says authorship only with its agent: "X is preparing guidance" is a plan
_PREPARED_BY = (">agent >pobj", "<conj >agent >pobj")
# an advisory only: the complaint or the affidavit a court document says an agency prepared
# is filed, not issued
_AUTHORED_TYPES = {"issuer": ISSUERS, "issued": ("Advisory",)}

FRAMES = (
    Frame("authorship", 1, _AUTHOR,
          {"issuer": (">nsubj", "<conj >nsubj", *_PREPARED_BY), "issued": OBJECT}, _YIELDS,
          role_types=_AUTHORED_TYPES, dated="event", complete=_issued, base_confidence=0.8),
    Frame("prepared-by", 1, ("prepare",), {"issuer": _PREPARED_BY, "issued": OBJECT},
          _YIELDS, role_types=_AUTHORED_TYPES, dated="event", complete=_issued,
          base_confidence=0.8),
    Frame("issuance", 1, ("issue", "release", "publish", "update", "post", "put", "distribute",
                          "jointly", "launch", "unveil", "adopt", "reissue"),
          {"issuer": (*SUBJECT, *_CO_ISSUER, *_LEADERS, *_ON_BEHALF), "issued": OBJECT}, _YIELDS,
          role_types=_TYPES,
          dated="event", complete=_issued, base_confidence=0.8),
    # a title-cased kind ("the FBI's Public Service Announcement", "the FBI PSA") is a
    # proper noun, whose lemma keeps its capitals
    Frame("issuance-noun", 1, tuple(sorted(w for word in SELF_WORDS | {
        "advisories", "guidance", "statements"} for w in (word, word.capitalize(),
                                                           word.upper()))),
          # "In a joint statement, X, Y and Z warned ...": the ones who speak in it
          {"issuer": (*BY, ">compound", ">nmod", "<pobj[in] <prep >nsubj"),
           "issued": (*SELF, *HOLDER, ">appos")},
          _YIELDS, pos=("NOUN", "PROPN"), role_types=_TYPES, dated="event",
          complete=titled_noun, base_confidence=0.7),
)


def authors(context: DocContext) -> Iterable[Found]:
    """The states or agencies that open an advisory or joint statement issued it."""
    own = self_advisory(context)
    if own is None:
        return []
    for i, sentence in enumerate(context.mentions.sentences):
        present = context.sentence_entities(i)
        if not present or present == [own.id]:
            continue  # the title line
        doc_sentence = context.doc[sentence.tok_start:sentence.tok_end]
        root = doc_sentence.root
        from extract.arguments import GOVERNMENTS, entities_of

        # "The Governments of A, B and C remain concerned ...": the statement's authors are
        # the agencies that sign it, not the states its opening names (docs/annotation.md)
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}
                    and c.lower_ not in GOVERNMENTS]

        opening = [e for s in subjects for e in entities_of(s, context.index)
                   if context.entities[e].type in ISSUERS
                   and context.entities[e].properties.get("code") != "KP"]
        objects = [e for c in root.children if c.dep_ == "dobj"
                   for e in entities_of(c, context.index)]
        if any(context.entities[e].type in ISSUED and e != own.id for e in objects):
            # "State and Treasury published guidance in May 2022": the opening tells who
            # issued another document this one cites, not who issued this one
            return []
        return [Found("ISSUED", e, own.id, i, {"date": context.meta.date},
                      "issuance-authors.v1", "opening-subject", date_basis="document",
                      inferred=True)
                for e in opening]
    return []


DOCUMENT_RULES = (authors,)
