"""'The court ordered the defendant to forfeit $N in cash': the tagger may take the
infinitive's verb for a noun ("forfeit" NNP) and the parser then reads "to" as a
preposition with the verb and the amount as its objects. The clause is given back
(extract/components/clause_verbs.py); a real prepositional object stays one."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LEAD = ("A Texas man was sentenced today for hosting laptops for North Korean IT workers. "
         "Dashiell Brokaw, 39, of Plano, Texas, pleaded guilty in 2024 to wire fraud "
         "conspiracy. ")


def _forfeited(text: str) -> list[tuple[str, str]]:
    result = extract(_LEAD + text, doc_type="press_release", issuers=[{"country": "US"}])
    return relations(result, "FORFEITED")


def test_a_misread_infinitive_of_forfeiting_still_forfeits() -> None:
    found = _forfeited("The court ordered the defendant to forfeit $73,000 in cash.")
    assert ("Dashiell Brokaw", "USD 73000") in found


def test_the_repaired_clause_keeps_its_modal() -> None:
    # a possible order is no order, however the clause was parsed
    assert _forfeited("The defendant may be ordered to forfeit $73,000 in cash.") == []


def test_a_real_prepositional_object_stays() -> None:
    assert _forfeited("The court ordered the defendant to prison and fined him.") == []
