"""Session 32: the worker collective stands in for an implicit helped party only inside the
document's own scheme (extract/other_party.py, extract/relations.py `_defaults`)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LEAD = "Harriet Mossgrove admitted hosting laptops for North Korean IT workers. "
_WHO = "Desmond Pellow, 52, of Tulsa, Oklahoma,"


def _helped(text: str) -> list[tuple[str, str]]:
    return relations(extract(_LEAD + text, doc_type="press_release"), "FACILITATED")


def test_an_act_for_a_party_a_common_noun_introduces_is_no_help_to_the_workers() -> None:
    assert ("Desmond Pellow", "DPRK IT workers") not in _helped(
        f"{_WHO} opened bank accounts for a local smuggling syndicate.")
    assert ("Desmond Pellow", "DPRK IT workers") not in _helped(
        f"{_WHO} moved funds on behalf of several clients.")
    # a purpose or a price is no party: the act stays the scheme's
    assert ("Desmond Pellow", "DPRK IT workers") in _helped(
        f"{_WHO} opened bank accounts for a monthly payment.")


def test_an_act_told_of_a_separate_case_is_not_this_schemes_help() -> None:
    assert ("Desmond Pellow", "DPRK IT workers") not in _helped(
        f"In an unrelated case, {_WHO} pleaded guilty to opening bank accounts.")
    # a separate case that names the workers still says whom the act served
    assert ("Desmond Pellow", "DPRK IT workers") in _helped(
        f"In a separate case, {_WHO} pleaded guilty to opening bank accounts "
        "for North Korean IT workers.")
