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


_WORKERS = "OFAC designated entities that employ North Korean IT workers. "


def funded(text: str) -> list[tuple[str, str]]:
    return relations(extract(_WORKERS + text, doc_type="news"), "FUNDED")


def test_a_money_noun_that_moves_restates_the_amount_before_it() -> None:
    found = funded("The IT workers earned $3 million, and the revenue was funnelled to the "
                   "Munitions Industry Department.")
    assert ("USD 3000000", "Munitions Industry Department") in found
    assert ("DPRK IT workers", "Munitions Industry Department") in found
    assert ("USD 3000000", "Munitions Industry Department") in funded(
        "Pyolbit Tech LLC earned $3 million, money that ended up in the Munitions Industry "
        "Department's weapons programs.")
    assert ("USD 3000000", "North Korea") in funded(
        "The IT workers earned $3 million in 2023. Most of that money was channelled to "
        "Pyongyang.")


def test_money_of_two_amounts_a_reward_or_the_workers_families_is_not_read() -> None:
    assert not funded("The IT workers earned $3 million and paid a $2 million fee, and the "
                      "money was sent to Pyongyang.")
    assert not funded("A reward of $5 million is offered, and the money could be sent to "
                      "Pyongyang.")
    assert not funded("The IT workers earned $3 million, and the revenue went to the "
                      "workers' families in Pyongyang.")


def test_a_clause_of_funding_on_what_was_earned() -> None:
    lede = "North Korea sends workers abroad. "
    assert ("DPRK IT workers", "North Korea") in funded(
        lede + "The IT workers earn hundreds of millions of dollars a year that fund North "
        "Korea's weapons programs.")
    assert not funded(lede + "The IT workers did not earn money that funds North Korea's "
                      "weapons programs.")
    assert not funded(lede + "U.S. companies paid wages that funded North Korea's weapons "
                      "programs.")


def test_a_part_of_that_money_moved_for_a_dprk_party_funds_it() -> None:
    found = funded("The workers earned $3.4 million. Most of that money was moved to "
                   "accounts in China for the benefit of the DPRK.")
    assert ("USD 3400000", "North Korea") in found
    assert not funded("The workers earned $3.4 million. Most of that money was moved to "
                      "accounts in China for a client.")
    assert not funded("The workers earned $3.4 million and $2 million. Most of that money "
                      "was moved to accounts in China for the benefit of the DPRK.")
