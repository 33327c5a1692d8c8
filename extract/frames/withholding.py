"""FUNDED from a state that takes the workers' pay: "the regime keeps / withholds / seizes
(most of, 90 percent of) the wages of X", "Y keeps (up to 90 percent of) what its workers
are paid", "Y holds back as much as 90 percent of X's earnings" ("hold" only with "back").

The taker must be the DPRK, one of its units or organizations: another state that "seizes
the wages" of someone is enforcing the law, not living off them; holding back something
other than money ("holds back their passports") is not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._money import MONEY_NOUNS
from extract.frames._paths import SUBJECT
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

EARNERS = ("Person", "Organization")
BENEFICIARIES = ("Country", "Organization")


def _the_dprk(source: ExtractedEntity, target: ExtractedEntity) -> bool:
    """The DPRK, one of its units or organizations: a state that 'seizes the wages' of
    someone else is enforcing the law, not living off them."""
    return source.id != target.id and (
        target.properties.get("code") == "KP" or str(target.properties.get("kind", "")) in {
            "dprk_unit", "group"} or str(target.properties.get("country", "")) == "KP")


# "the regime keeps / withholds / seizes (most of) the wages (earned by | of) X": whose
# money the state takes
_TAKE = ("keep", "withhold", "seize", "claim", "take", "retain", "skim", "confiscate",
         "appropriate", "collect", "pocket", "siphon")
_M = f"[{MONEY_NOUNS}]"
_TAKEN_FROM = (*(f"{head}{tail}" for head in (f">dobj{_M}", f">dobj >prep[of] >pobj{_M}")
                  # "the wages (that) its workers are paid", "the money the workers earn"
                  for tail in (" >poss", " >prep[of] >pobj", " >acl >agent >pobj",
                               " >relcl[paid] >nsubjpass", " >relcl[earn|earned] >nsubj")),
               # "(90 percent | most) of what the workers are paid / earn"
               *(f">dobj >prep[of] >pcomp[{verb}] >{dep}"
                 for verb, dep in (("paid", "nsubjpass"), ("earn|make|earned|made", "nsubj"))))
# "the DPRK government keeps ...", "with North Korea's regime withholding ...": the state
# its government stands for
_GOVERNMENT = "government|regime|leadership|authorities"
_STATE = (*SUBJECT, *(f">nsubj[{_GOVERNMENT}] >{dep}" for dep in ("compound", "amod", "poss")))


def _their(hit: Hit, context: DocContext) -> None:
    """'withholds 90 percent of their earnings': an owner pronoun coreference left open
    stands for the document's worker collective."""
    if hit.roles.get("earner"):
        return
    for money in hit.word.subtree:
        if money.lower_ in MONEY_NOUNS.split("|") and any(
                c.dep_ == "poss" and c.lower_ == "their" and not context.index.at(c)
                for c in money.children):
            hit.roles["earner"] = context.workers()
            return


FRAMES = (
    Frame("revenue-taken", 1, _TAKE,
          {"earner": _TAKEN_FROM, "beneficiary": _STATE},
          (Yields("FUNDED", ("earner",), ("beneficiary",), when=_the_dprk),),
          role_types={"earner": EARNERS, "beneficiary": BENEFICIARIES}, complete=_their,
          base_confidence=0.6),
    # "the DPRK holds back (most of) the wages of X": hold only with "back"
    Frame("revenue-held-back", 1, ("hold",),
          {"earner": _TAKEN_FROM, "beneficiary": _STATE},
          (Yields("FUNDED", ("earner",), ("beneficiary",), when=_the_dprk),),
          role_types={"earner": EARNERS, "beneficiary": BENEFICIARIES}, complete=_their,
          requires=(">advmod|prt[back]",), base_confidence=0.6),
)
