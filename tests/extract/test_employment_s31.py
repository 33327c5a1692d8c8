"""Session 31 employment and help constructions of plea, indictment and sanctions
releases (extract/frames/employment*.py, facilitation.py, extract/resolve/unnamed.py):
paraphrases with invented names, each with a look-alike that must give nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _rel(text: str, rtype: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="press_release"), rtype)


def test_a_description_before_a_who_clause_is_the_named_one() -> None:
    # "X, a Nevada man who ...": the description is X's, no second helper beside X
    text = ("Horace Bellweather, a Nevada man who admitted his role last year, helped "
            "North Korean IT workers.")
    assert _rel(text, "FACILITATED") == [("Horace Bellweather", "DPRK IT workers")]
    # two people: the description after "and" is not the named one's
    two = ("Horace Bellweather and a Nevada man who admitted his role last year helped "
           "North Korean IT workers.")
    assert ("Nevada man", "DPRK IT workers") in _rel(two, "FACILITATED")


def test_a_repeated_preposition_joins_its_objects() -> None:
    # "hired by A, a ..., and by B": the parser joins the two "by"s, not the two firms
    text = ("North Korean IT workers were hired by Tamsin Orchard Analytics Inc., a Utah "
            "insurer, and by Brockwell Ferry Logistics LLC.")
    assert ("DPRK IT workers", "Brockwell Ferry Logistics LLC") in _rel(text, "EMPLOYED_AT")
    # another preposition is another role: no job "with" a partner in a joint act
    joint = ("North Korean IT workers were hired by Tamsin Orchard Analytics Inc. and "
             "worked with Brockwell Ferry Logistics LLC to move money.")
    assert ("DPRK IT workers", "Brockwell Ferry Logistics LLC") not in _rel(joint,
                                                                          "EMPLOYED_AT")


def test_firms_a_set_of_employers_included_employed_the_workers() -> None:
    text = ("North Korean IT workers took remote posts across the country. The businesses "
            "that unwittingly hired the workers included Ravenglass Kitchens Inc.")
    assert ("DPRK IT workers", "Ravenglass Kitchens Inc.") in _rel(text, "EMPLOYED_AT")
    # firms in a set described by another act employed no one
    other = ("North Korean IT workers took remote posts across the country. The businesses "
             "that turned the workers away included Ravenglass Kitchens Inc.")
    assert _rel(other, "EMPLOYED_AT") == []


def test_work_coordinated_with_a_passive_shares_its_subject() -> None:
    text = ("North Korean IT workers were recruited by Ashby Lantern Games Ltd. and later "
            "worked for Mortlake Payroll Corp.")
    assert ("DPRK IT workers", "Mortlake Payroll Corp.") in _rel(text, "EMPLOYED_AT")
    # work still to come is no job
    later = ("North Korean IT workers were recruited by Ashby Lantern Games Ltd. and will "
             "work for Mortlake Payroll Corp.")
    assert ("DPRK IT workers", "Mortlake Payroll Corp.") not in _rel(later, "EMPLOYED_AT")
