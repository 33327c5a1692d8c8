"""Unnamed firms described by place and trade that a sentence picks "among them" out of a
group of employers the sentence before names (extract/employment_among.py), and a firm's
trade written after its noun as part of its description (extract/descriptors.py)."""

from __future__ import annotations

from tests.extract.conftest import extract, named, relations

_HIRED = ("North Korean IT workers, posing as U.S. citizens, were hired as remote staff by "
          "more than 200 U.S. businesses. ")


def _unnamed(text: str) -> set[str]:
    return {e.name for e in extract(text, doc_type="court_release").entities if e.unnamed}


def test_firms_picked_among_them_are_employers() -> None:
    result = extract(_HIRED + "Among them were a Silicon Valley technology company, an "
                     "American carmaker and a luxury retailer.", doc_type="court_release")
    employed = relations(result, "EMPLOYED_AT")
    assert ("DPRK IT workers", "Silicon Valley technology company") in employed
    assert ("DPRK IT workers", "American carmaker") in employed
    # an item no description reads (no place) is no entity
    assert "luxury retailer" not in set(named(result).values())


def test_a_trade_after_the_noun_is_part_of_the_description() -> None:
    result = extract(_HIRED + "Among them was a U.S. company in the aerospace sector.",
                     doc_type="court_release")
    assert ("DPRK IT workers", "U.S. company in the aerospace sector") in \
        relations(result, "EMPLOYED_AT")


def test_a_person_description_ends_at_its_noun() -> None:
    names = _unnamed("An Arizona woman in the tech industry was sentenced for running a "
                     "laptop farm for North Korean IT workers.")
    assert not any("industry" in n for n in names)


def test_among_a_described_group_gives_nothing() -> None:
    # "among the employers ...": a group the text has not related to the workers
    names = _unnamed("Investigators traced the payments. Among the employers deceived was a "
                     "Silicon Valley technology company.")
    assert "Silicon Valley technology company" not in names


def test_two_employers_before_give_nothing() -> None:
    result = extract("North Korean IT workers were hired by more than 200 U.S. businesses "
                     "and by 12 Japanese firms. Among them were a Silicon Valley technology "
                     "company and an American carmaker.", doc_type="court_release")
    targets = {t for _, t in relations(result, "EMPLOYED_AT")}
    assert "Silicon Valley technology company" not in targets
    assert "American carmaker" not in targets


def test_look_alikes_give_no_firm() -> None:
    for text in (_HIRED + "Among them were dozens of U.S. companies.",
                 _HIRED + "Among them was a Silicon Valley conference.",
                 _HIRED + "A company spokesperson said the hires were vetted.",
                 _HIRED + "U.S. companies should verify the identity of remote hires.",
                 _HIRED + "Analysts said the technology company sector was exposed."):
        names = _unnamed(text) - {"U.S. businesses"}
        assert not names, (text, names)


def test_among_them_after_a_single_employer_gives_nothing() -> None:
    """After one firm, "them" is the workers it hired, not a group of employers."""
    result = extract("Fourteen North Korean IT workers were hired by a Texas software firm "
                     "in 2022. Among them were a Chinese trading company and an Estonian "
                     "logistics company.", doc_type="court_release")
    assert not [pair for pair in relations(result, "EMPLOYED_AT")
                if "trading" in pair[1] or "logistics" in pair[1]]
