"""WARNS_ABOUT: an advisory, agency or state warns about a person or organization.

Constructions: "X warns (businesses) about/of/against Y", "X warned that Y does ...",
"X expresses concern about Y",
"the advisory names/identifies/highlights/describes Y (as ...)", "concerns about Y"; and,
for the whole document, every advisory a document names warns about the DPRK IT worker
collective when the document is about them (the subject of this domain's advisories).

ADVISES: the audience an advisory addresses ("urges / encourages / alerts employers",
"is intended for freelance platforms", "provides guidance to companies"); an audience the
text names by its kind is an unnamed actor of the document (extract/audiences.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.audiences import audience_entity, audience_words
from extract.frames import Frame, Yields
from extract.frames._paths import OBJECT, SUBJECT, prep
from extract.frames._self_advisory import refers_to_itself, self_advisory, this_document
from extract.relation_context import Found
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

WARNERS = ("Advisory", "Document", "Agency", "Country")
THREATS = ("Person", "Organization")
# the DPRK's state warns about nobody (graph/model.yaml refuses it); a platform or a
# company an advisory names is where the workers are found, not what it warns about
_YIELDS = (Yields("WARNS_ABOUT", ("warner",), ("threat",),
                  when=lambda a, b: b.properties.get("kind") not in {"platform", "company"}),)
_TYPES = {"warner": WARNERS, "threat": THREATS}
_ABOUT = prep("about|of|against|regarding|over|to")
# "alerts employers to the threat posed by X", "warns of the risks from X": the danger is
# the warning's object, and what poses it is what the warning is about
_DANGER = "threat|threats|risk|risks|danger|dangers"
_POSED = tuple(f"{head}>prep[about|of|against|to] >pobj[{_DANGER}] {tail}"
               # "warns (companies) of the threat": on the verb or on its object
               for head in ("", ">dobj ")
               for tail in (">acl >agent >pobj", ">prep[from] >pobj"))


def _a_named_threat(warner: ExtractedEntity, threat: ExtractedEntity) -> bool:
    """What a warning's clause is about when the clause's subject is a named actor or the
    worker collective: "warned that X uses stolen identities". A description there is
    most often the audience ("warned that companies face sanctions"), never the threat."""
    return not threat.unnamed and threat.properties.get("kind") not in {"platform", "company"}

def _one_voice(hit: Hit, context: DocContext) -> None:
    """The document itself when the sentence speaks of it; and a warning several agencies
    or governments gave jointly is the advisory or statement they issued (its issuers are
    ISSUED, the document warns: docs/annotation.md), not a warning of each."""
    this_document("warner")(hit, context)
    warners = hit.roles.get("warner", [])
    if len(warners) > 1 and all(context.entities[w].type in {"Agency", "Country"}
                                for w in warners):
        hit.roles["warner"] = []


FRAMES: tuple[Frame, ...] = (
    # "the FBI warned (in January) that North Korean IT workers extort employers": the
    # subject of the clause warned of
    Frame("warning-that", 1, ("warn", "caution", "alert"),
          {"warner": SUBJECT, "threat": (">ccomp >nsubj",)},
          (Yields("WARNS_ABOUT", ("warner",), ("threat",), when=_a_named_threat),),
          role_types=_TYPES, complete=_one_voice, base_confidence=0.6),
    Frame("warning", 1, ("warn", "alert", "caution", "remind"),
          {"warner": SUBJECT, "threat": (*_ABOUT, ">dobj >prep[about|of|against] >pobj",
                                         *_POSED)},
          _YIELDS, role_types=_TYPES, complete=this_document("warner"), base_confidence=0.7),
    Frame("warning-concern", 1, ("concern", "concerns", "warning", "warnings", "alert",
                                 "threat"),
          {"warner": ("<dobj >nsubj", ">poss", "<pobj <prep >nsubj"), "threat": _ABOUT},
          _YIELDS, pos=("NOUN",), role_types=_TYPES, base_confidence=0.6),
    Frame("warning-names", 1, ("name", "identify", "highlight", "describe", "cite", "flag",
                               "single"),
          {"warner": SUBJECT, "threat": OBJECT}, _YIELDS,
          role_types={"warner": ("Advisory", "Document"), "threat": THREATS},
          complete=this_document("warner"), base_confidence=0.6),
)


ADVISED = ("Organization", "Agency", "Country")
_ADVICE_TARGET = (*OBJECT, *prep("on|upon"), ">dobj >prep[on] >pobj", ">ccomp >nsubj")
_ADVICE = "guidance|advice|recommendations|information|assistance|tips|indicators|measures"
_ADVISES = (Yields("ADVISES", ("advisory",), ("audience",)),)
_ADVICE_TYPES = {"advisory": ("Advisory", "Document"), "audience": ADVISED}
_OWN_DOCUMENT = {"advisory", "joint_statement"}
# the document's own voice is the present: "the FBI encourages", "we urge", "is issuing"
_PRESENT = {"VBZ", "VBP"}


# "X released the notice to caution payment processors", "issued the guidance to help
# companies ...": the purpose of publishing a document is to address its audience, so the
# published document advises whom the infinitive names (extract/audiences.py reads them)
_PUBLISHED = ("issue|issues|issued|issuing|release|releases|released|releasing|publish|"
              "publishes|published|publishing")
_PURPOSE_OF = (f"<advcl|xcomp[{_PUBLISHED}] >dobj",)


def _advice(hit: Hit, context: DocContext) -> None:
    """Fill what the parse leaves to the document: the advisory, when the sentence speaks
    of the document itself ("this PSA urges ...") or its issuer speaks in it ("the FBI
    encourages employers ..." in the FBI's own announcement); the audience, when the text
    names it by its kind ("urges freelance platforms to ...", extract/audiences.py)."""
    this_document("advisory")(hit, context)
    if not hit.roles.get("advisory") and context.meta.doc_type in _OWN_DOCUMENT and \
            _issuer_speaks(hit.word, context):
        own = self_advisory(context)
        # only a document that names itself in its text: a title the text never gives is
        # the file's, and may not be the name the document is known by
        if own is not None and own.mentions:
            hit.roles["advisory"] = [own.id]
    if hit.roles.get("audience") or not hit.roles.get("advisory"):
        return
    found = []
    for token in audience_words(hit.word):
        if context.index.at(token):
            continue  # a name, or an actor already read
        entity = audience_entity(token, context.meta.id)
        entity = context.entities.setdefault(entity.id, entity)
        found.append(entity.id)
    if found:
        hit.roles["audience"] = found


def _issuer_speaks(word: Token, context: DocContext) -> bool:
    """The subject of the advising verb (or of the verb it is the purpose of: "issued this
    PSA to alert employers") is one of the document's issuers, or the document itself."""
    from extract.arguments import entities_of

    issuers = _issuers(context)
    verb: Token | None = word
    while verb is not None:
        infinitive = verb.tag_ == "VB" and verb.dep_ in {"xcomp", "advcl"}
        if not infinitive and verb.tag_ not in _PRESENT and not any(
                a.lower_ in {"is", "are"} for a in verb.children if a.dep_ == "aux"):
            return False  # "the FSA has asked X", "the FBI urged X": an act it recalls
        for child in verb.children:
            if child.dep_ == "nsubj" and (issuers & set(entities_of(child, context.index))
                                          or _the_authors(child)):
                return True
            if child.dep_ == "dobj" and refers_to_itself(child):
                return True
        verb = verb.head if verb.dep_ in {"xcomp", "advcl", "conj"} and \
            verb.head.i != verb.i else None
    return False


def _issuers(context: DocContext) -> set[str]:
    """The document's issuers among its entities, without adding the ones it does not name
    (DocContext.issuers adds them from the gazetteer for the frames that need an actor)."""
    before = set(context.entities)
    found = set(context.issuers())
    for added in set(context.entities) - before:
        del context.entities[added]
    return found & before


# "we urge", "the three agencies encourage", "the two governments recommend": in its own
# text, the authors speak of themselves as a group
_AUTHOR_NOUNS = frozenset({"agencies", "governments", "ministries", "departments",
                           "partners", "countries"})


def _the_authors(subject: Token) -> bool:
    if subject.lower_ == "we":
        return True
    return subject.lower_ in _AUTHOR_NOUNS and any(
        c.lower_ in {"the", "our", "these"} for c in subject.children if c.dep_ == "det" or
        c.dep_ == "poss")


FRAMES = (*FRAMES,
          # "the advisory urges freelance platforms to ...", "this PSA calls on companies"
          Frame("advice", 1, ("urge", "advise", "encourage", "recommend", "call", "ask",
                              "remind", "help", "guide", "inform"),
                {"advisory": (*SUBJECT, *_PURPOSE_OF), "audience": _ADVICE_TARGET},
                # the DPRK's state and its workers are never the audience: the model
                # refuses them (classes dprk_state, worker_group)
                _ADVISES, role_types=_ADVICE_TYPES, complete=_advice, unnamed_ok=True,
                base_confidence=0.6),
          # "this advisory provides guidance / recommendations to companies"
          Frame("advice-provide", 1, ("provide", "offer", "give"),
                {"advisory": SUBJECT, "audience": (f">dobj[{_ADVICE}] >prep[to|for] >pobj",
                                                   f"+dobj[{_ADVICE}] >prep[to|for] >pobj",
                                                   f"+dobj[{_ADVICE}] >dative")},
                _ADVISES, role_types=_ADVICE_TYPES, complete=_advice, unnamed_ok=True,
                base_confidence=0.6),
          # "this guidance is intended for / aimed at / addressed to companies"
          Frame("advice-audience", 1, ("intend", "aim", "address", "direct", "design", "write",
                                       "mean"),
                {"advisory": (">nsubjpass",), "audience": prep("for|at|to")},
                _ADVISES, role_types=_ADVICE_TYPES, complete=_advice, unnamed_ok=True,
                base_confidence=0.6),
          # "X is issuing this advisory for companies and freelance platforms"
          Frame("advice-issued-for", 1, ("issue", "release", "publish"),
                {"advisory": OBJECT, "audience": prep("for")},
                _ADVISES, role_types=_ADVICE_TYPES, complete=_advice, unnamed_ok=True,
                base_confidence=0.6),
          # "the PSA alerts employers to ...", "warns businesses about ...": whom it warns
          # is whom it addresses (what it warns about is WARNS_ABOUT, above)
          Frame("advice-warning", 1, ("warn", "alert", "caution"),
                {"advisory": (*SUBJECT, *_PURPOSE_OF), "audience": (">dobj",)},
                _ADVISES, role_types=_ADVICE_TYPES, complete=_advice, unnamed_ok=True,
                base_confidence=0.6))


# a title that names the workers: "... on North Korean IT Workers", "... IT Worker
# Activities", "... Information Technology Workers", "Remote Hiring by ... Developers"
_NAMES_WORKERS = re.compile(r"\b(?:IT|Information\s+Technology|Remote|Tech)\s+(?:Workers?|"
                            r"Workforce)\b|\bDevelopers\b|\bRemote\s+Hiring\b", re.IGNORECASE)


# the governments' own documents, whose citations of their advisories restate the warnings
_OFFICIAL = frozenset({"advisory", "joint_statement", "sanctions_release", "report"})


def advisories_warn_about_workers(context: DocContext) -> Iterable[Found]:
    """The advisories a document about the DPRK IT workers names warn about them when the
    text says so: the document itself, an advisory of the public record on them (the
    gazetteer lists only those), one whose title names the workers, or one named in a
    sentence that speaks of the workers. Any other document a text cites ("a report on
    human rights", "a notice of reward offer") is not said to warn about them."""
    workers = context.workers()
    if not workers:
        return []
    own = self_advisory(context)  # the document's own advisory, when it is one
    known = context.gazetteer.by_id if context.gazetteer is not None else {}
    with_workers = {m.sent for m in context.mentions.mentions if m.entity == workers[0]}
    found = []
    for advisory in context.of_type("Advisory"):
        sents = [m.sent for m in context.mentions.mentions if m.entity == advisory.id]
        cited = own is None or advisory.id != own.id
        # a news story or a court filing that cites an advisory reports that it exists;
        # what it warns about is said only where a sentence names the workers with it
        if cited and context.meta.doc_type not in _OFFICIAL and not with_workers & set(sents):
            context.notes.setdefault("not_stated", []).append(
                ("advisory-workers.v1", advisory.name, "cited in a report of another kind"))
            continue
        if not ((own is not None and advisory.id == own.id) or advisory.id in known
                or _NAMES_WORKERS.search(advisory.name) or with_workers & set(sents)):
            context.notes.setdefault("not_stated", []).append(
                ("advisory-workers.v1", advisory.name, "a cited document, not said to warn"))
            continue
        found.append(Found("WARNS_ABOUT", advisory.id, workers[0], sents[0] if sents else -1,
                           {}, "advisory-workers.v1", "document", inferred=True))
    return found


DOCUMENT_RULES = (advisories_warn_about_workers,)
