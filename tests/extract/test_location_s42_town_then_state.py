"""LOCATED_IN from a town written with its state, a firm named "of <town>", and the
description of a speaker (session 42, en24). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_state_after_the_town_as_a_bare_modifier() -> None:
    # the parser hangs "China" on the town as a noun modifier, not an apposition
    result = extract("Sinjin Trading Company is based in Dandong, China.")
    assert ("Sinjin Trading Company", "China") in relations(result, "LOCATED_IN")


def test_state_after_the_town_beside_a_demonym() -> None:
    result = extract("Sinjin Trading Company is a DPRK company based in Dandong, China.")
    assert ("Sinjin Trading Company", "China") in relations(result, "LOCATED_IN")


def test_firm_of_a_town() -> None:
    result = extract("China has long hosted Dongfang Hengxin Trading Co. of Shenyang, which "
                     "paid the wages.")
    assert relations(result, "LOCATED_IN") == [("Dongfang Hengxin Trading Co.", "China")]


def test_firm_of_a_state_or_a_determined_place_is_not_read() -> None:
    # "of China" may be part of a name cut short; "of the Shenyang region" is no town
    for text in ("China named Dongfang Hengxin Trading Co. of China in the report.",
                 "China named Dongfang Hengxin Trading Co. of the Shenyang region."):
        assert relations(extract(text), "LOCATED_IN") == []


def test_the_speakers_own_description_is_read() -> None:
    result = extract("The United States is large. Lunaris Tech, a startup in Austin, Texas, "
                     "said it had unknowingly hired a North Korean worker.", doc_type="news")
    assert relations(result, "LOCATED_IN") == [("Lunaris Tech", "United States")]


def test_what_a_speaker_says_stays_unread() -> None:
    result = extract("Acme Trading Company is in China. \"They hosted laptops,\" said Deputy "
                     "Secretary John Roe, who visited China.", doc_type="news")
    assert ("John Roe", "China") not in relations(result, "LOCATED_IN")


def test_an_address_laptops_go_to_places_no_one() -> None:
    result = extract("The workers asked Lyle Fenwick to ship the laptops to an address in "
                     "Dandong, China.", doc_type="indictment")
    assert relations(result, "LOCATED_IN") == []


def test_the_town_the_state_hangs_on_is_the_place_as_written() -> None:
    # the state is the relation's end; the town the text gives stays on it as its place,
    # whether the parser hangs the state on the town as an apposition or a bare modifier
    for text in ("Velmont Digital, a front company based in Dandong, China, runs the team.",
                 "Harrow Trading Co. is headquartered in Vladivostok, Russia, the notice says."):
        found = [r for r in extract(text).relations if r.type == "LOCATED_IN"]
        assert len(found) == 1 and found[0].properties.get("place") in ("Dandong", "Vladivostok")
