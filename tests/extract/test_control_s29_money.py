"""A thief's take (extract/frames/revenue_theft.py) and a cover company (front.py).
Invented names; each reading has a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LEDE = "The FBI warned about North Korean hackers. "


def earned(text: str) -> list[tuple[str, str]]:
    return relations(extract(_LEDE + text, doc_type="news"), "GENERATED_REVENUE_FOR")


def test_what_a_thief_stole_is_its_take() -> None:
    assert ("Pyolbit Group", "USD 120000000") in earned(
        "The Pyolbit Group stole $120 million from a Slovenian exchange in 2021.")
    assert ("Pyolbit Group", "USD 2100000000") in earned(
        "The Pyolbit Group stole cryptocurrency worth at least $2.1 billion in 2023.")
    assert ("Pyolbit Group", "USD 300000000") in earned(
        "The $300 million stolen by the Pyolbit Group was laundered.")
    assert ("Pyolbit Group", "USD 41000000") in earned(
        "The Pyolbit Group was responsible for the theft of $41 million from an online "
        "casino.")


def test_an_attempt_a_denial_or_a_theft_without_a_thief_is_no_take() -> None:
    assert not earned("The Pyolbit Group tried to steal $120 million from an exchange.")
    assert not earned("The Pyolbit Group did not steal $120 million.")
    assert not earned("In 2022 $620 million was stolen from the Ronin network.")


def test_a_reward_for_information_on_a_thief_is_no_take() -> None:
    text = ("The State Department offers up to $10 million for information on the Pyolbit "
            "Group, which stole identities.")
    assert not earned(text)


def fronts(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), "FRONT_FOR")


def test_a_company_that_serves_as_a_cover_is_a_front() -> None:
    assert ("Pyolbit Tech LLC", "Korea Hanbok Trading Corporation") in fronts(
        "Pyolbit Tech LLC served as a cover for Korea Hanbok Trading Corporation.")


def test_who_uses_a_cover_or_provides_cover_is_no_front() -> None:
    assert not fronts("The IT workers used Pyolbit Tech LLC as cover for Korea Hanbok "
                      "Trading Corporation.")
    assert not fronts("Pyolbit Tech LLC provided cover for Korea Hanbok Trading "
                      "Corporation.")
