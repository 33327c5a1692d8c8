"""Designated sets as news agencies name them after the act (session 35): the members of a
counted set restricted by "to be hit with sanctions", a naming verb ("named the two firms
as A and B") that takes up the set by its noun and number, and "the targets of the
sanctions are ..." (extract/designation_sets.py, extract/frames/designation_members.py,
extract/frames/_act_of.py). Invented names; each construction has look-alikes that must
give nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def designated(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), "DESIGNATED")


_ACT = ("Canberra (Wire) - Australia on Thursday slapped sanctions on two companies and "
        "three people over the hiring of North Korean programmers. ")
_FIRMS = ("Tollbridge Circuits Pty Ltd", "Ashgrove Parcel Limited")
_PEOPLE = ("Jong Mu Hyok", "Sin Ok Rye", "Kang Tal Su")


def test_the_set_to_be_hit_with_sanctions_lists_its_members() -> None:
    text = _ACT + ("The two companies to be hit with the measures are Tollbridge Circuits "
                   "Pty Ltd and Ashgrove Parcel Limited.")
    found = designated(text)
    for name in _FIRMS:
        assert ("Australia", name) in found, (name, found)


def test_a_set_to_be_hit_in_future_or_hit_by_other_things_names_none() -> None:
    future = _ACT + ("The companies to be hit with sanctions will be Tollbridge Circuits Pty "
                     "Ltd and Ashgrove Parcel Limited.")
    assert ("Australia", _FIRMS[0]) not in designated(future), designated(future)
    struck = _ACT + ("The two companies hit by the floods were Tollbridge Circuits Pty Ltd "
                     "and Ashgrove Parcel Limited.")
    assert ("Australia", _FIRMS[0]) not in designated(struck), designated(struck)


def test_a_naming_verb_takes_up_the_counted_set() -> None:
    text = _ACT + ("The foreign ministry's release identified the three people as Jong Mu "
                   "Hyok, Sin Ok Rye and Kang Tal Su.")
    found = designated(text)
    for name in _PEOPLE:
        assert ("Australia", name) in found, (name, found)


def test_a_naming_verb_of_another_set_or_count_names_none() -> None:
    others = _ACT + ("Court papers named the three suspects as Jong Mu Hyok, Sin Ok Rye and "
                     "Kang Tal Su.")
    assert not {t for _, t in designated(others)} & set(_PEOPLE), designated(others)
    miscounted = _ACT + ("The release identified the two people as Jong Mu Hyok and Sin Ok "
                         "Rye.")
    assert not {t for _, t in designated(miscounted)} & set(_PEOPLE), designated(miscounted)
    unnamed = ("Australia's foreign ministry said it would consider sanctions on three "
               "people. A report identified the three people as Jong Mu Hyok, Sin Ok Rye and "
               "Kang Tal Su.")
    assert not designated(unnamed), designated(unnamed)


def test_the_targets_of_the_sanctions_are_the_acts_targets() -> None:
    text = ("Ottawa (Wire) - Canada imposed sanctions on Tuesday over North Korea's IT "
            "worker schemes. The targets of the new sanctions are Ri Pyong Gwan and "
            "Harrowgate Ledger Inc.")
    found = designated(text)
    assert ("Canada", "Ri Pyong Gwan") in found, found
    assert ("Canada", "Harrowgate Ledger Inc.") in found, found


def test_the_targets_of_something_else_are_not_designated() -> None:
    for subject in ("the spear-phishing emails", "the UN sanctions", "the 2019 sanctions"):
        text = ("Ottawa (Wire) - Canada imposed sanctions on Tuesday over North Korea's IT "
                f"worker schemes. The targets of {subject} were Ri Pyong Gwan and Harrowgate "
                "Ledger Inc.")
        assert ("Canada", "Ri Pyong Gwan") not in designated(text), (subject, designated(text))
