"""A name the text declares to be another name of a person or company ("also known as",
"a/k/a", "d/b/a") takes that one's type and becomes its alias; look-alikes: a description
after "known as", a name "known as" with no person or body before it. Names are invented."""

from __future__ import annotations

from tests.extract.conftest import extract


def _entities(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.aliases) for e in extract(text).entities}


def test_a_quoted_alias_of_a_person_is_the_persons_alias() -> None:
    found = _entities('The complaint names Tesfaye Oduya, also known as "Grant Mellor," and '
                      'Ilsa Brandvold, a/k/a "Nora Quist", as facilitators of the workers.')
    assert "Grant Mellor" in found["Tesfaye Oduya"][1]
    assert "Nora Quist" in found["Ilsa Brandvold"][1]
    assert "Grant Mellor" not in found and "Nora Quist" not in found


def test_a_trade_name_after_d_b_a_is_the_companys_alias() -> None:
    found = _entities("The workers invoiced through Ferrow & Lind Partners LLC d/b/a Ostrava "
                      "Pixelworks, which paid them monthly.")
    assert "Ostrava Pixelworks" in found["Ferrow & Lind Partners LLC"][1]


def test_a_description_after_known_as_is_no_alias() -> None:
    found = _entities("Tesfaye Oduya, known as a skilled developer, hosted the laptops. "
                      'The scheme known as "Copper Lantern" used stolen identities.')
    assert not any("Copper" in name or "Copper" in " ".join(aliases)
                   for name, (_, aliases) in found.items())
    assert "Tesfaye Oduya" in found
