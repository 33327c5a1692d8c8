"""Session 28: facts carried by a modifier or an apposition rather than a verb
(extract/frames/_named_title.py, location.py, employment.py, control.py): paraphrases
with invented names, each with a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_STATES = "The note concerns North Korea, China, Russia and the United States. "


def _rel(text: str, rtype: str) -> list[tuple[str, str]]:
    return relations(extract(_STATES + text, doc_type="news"), rtype)


def test_a_place_based_title_before_the_name_places_the_firm() -> None:
    found = _rel("Investigators said China-based front company Hwasan Technology Co., Ltd. "
                 "laundered the wages.", "LOCATED_IN")
    assert ("Hwasan Technology Co., Ltd.", "China") in found
    found = _rel("OFAC designated Russia-based company Tormal Systems LLC on Monday.",
                 "LOCATED_IN")
    assert ("Tormal Systems LLC", "Russia") in found
    # a class of victims described by where they are names no firm
    assert _rel("U.S.-based companies hired the workers, who were posing as U.S. citizens.",
                "LOCATED_IN") == []


def test_a_demonym_title_with_the_name_in_apposition_places_the_firm() -> None:
    found = _rel("OFAC designated Tormal Systems LLC and the Chinese firm Yanji Kumbit "
                 "Network Technology.", "LOCATED_IN")
    assert ("Yanji Kumbit Network Technology", "China") in found
    # a person's nationality before his name is no location
    found = _rel("Chinese national Wang Lipeng opened bank accounts for the workers.",
                 "LOCATED_IN")
    assert ("Wang Lipeng", "China") not in found


def test_a_person_working_for_a_dprk_unit_holds_a_post_in_it() -> None:
    text = "Court documents say Kang Il Bok worked for the Reconnaissance General Bureau."
    assert ("Kang Il Bok", "Reconnaissance General Bureau") in _rel(text, "EMPLOYED_AT")
    assert ("Kang Il Bok", "Reconnaissance General Bureau") not in _rel(text,
                                                                       "CONTROLLED_BY")
    # one who acts for a unit is its agent, not its staff
    text = "Kang Il Bok acted for or on behalf of the Reconnaissance General Bureau."
    assert ("Kang Il Bok", "Reconnaissance General Bureau") not in _rel(text, "EMPLOYED_AT")
    # the worker collective a unit fields answers to it
    text = "The IT workers worked for the Munitions Industry Department."
    assert ("DPRK IT workers", "Munitions Industry Department") in _rel(text,
                                                                       "CONTROLLED_BY")
    assert _rel(text, "EMPLOYED_AT") == []


def test_a_post_written_before_the_name_gives_its_holder() -> None:
    text = ("OFAC targeted Hanul Network Technology Co., Ltd. and its North Korean CEO Pak "
            "Chol Su.")
    assert ("Hanul Network Technology Co., Ltd.", "Pak Chol Su") in _rel(text, "CONTROLLED_BY")
    text = "OFAC sanctioned Hanul Trading Corporation president Pak Chol Su."
    assert ("Hanul Trading Corporation", "Pak Chol Su") in _rel(text, "CONTROLLED_BY")
    text = "Kumsan Bank representative Ri Chol Nam opened accounts in Dubai."
    assert ("Ri Chol Nam", "Kumsan Bank") in _rel(text, "EMPLOYED_AT")
    # a former post, a post only planned, a title of the head of state: no head of the firm
    for other in ("OFAC sanctioned former Hanul Trading Corporation president Pak Chol Su.",
                  "Hanul Trading Corporation wants to appoint deputy Pak Chol Su as "
                  "president.",
                  "President Kim Jong Un visited Hanul Trading Corporation."):
        assert _rel(other, "CONTROLLED_BY") == [], other


def test_a_worker_sitting_in_a_country_is_there() -> None:
    text = "A North Korean IT worker sitting in China logged in to the laptop."
    assert ("DPRK IT workers", "China") in _rel(text, "LOCATED_IN")
    # a worker made to seem to sit somewhere is not placed there
    text = "The laptop let a North Korean IT worker appear to be sitting in the United States."
    assert ("DPRK IT workers", "United States") not in _rel(text, "LOCATED_IN")
