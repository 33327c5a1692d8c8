"""The assistance formula of a designation's grounds ("for having materially assisted,
sponsored, or provided ... support for, or goods or services to or in support of, Y"): the
designated party helped Y. Invented names; look-alikes state nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

FORMULA = ("for having materially assisted, sponsored, or provided financial, material, or "
           "technological support for, or goods or services to or in support of, ")


def helped(sentence: str) -> list[tuple[str, str]]:
    return relations(extract(sentence), "FACILITATED")


def test_the_designated_party_helped_the_one_the_formula_ends_on() -> None:
    assert ("Zhou Minghao", "Greystone Orchard Trading Co., Ltd.") in helped(
        "Zhou Minghao is designated pursuant to E.O. 13722 " + FORMULA
        + "Greystone Orchard Trading Co., Ltd.")
    assert ("Zhou Minghao", "Greystone Orchard Trading Co., Ltd.") in helped(
        "Zhou Minghao is designated for having materially assisted Greystone Orchard Trading "
        "Co., Ltd.")


def test_a_denied_designation_or_a_broken_formula_states_no_help() -> None:
    assert not helped("Zhou Minghao is not designated " + FORMULA
                      + "Greystone Orchard Trading Co., Ltd.")
    # a word outside the formula ends the reading
    assert not helped("Zhou Minghao is designated for having materially assisted the "
                      "investigators who examined Greystone Orchard Trading Co., Ltd.")
