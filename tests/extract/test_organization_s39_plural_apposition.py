"""A plural description in apposition to a list of names ("<Name> and <Name>, both
companies in ...") says that every name of it is a company, even where the model reads
one as a person's name (extract/components/org_context.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_PAIR = ("The defendants worked for Hanbit Starline and Volasys Starline, both companies in "
         "China and Russia, respectively, which are controlled by North Korea.")


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract(text, doc_type="news").entities}


def test_both_names_of_the_pair_are_companies() -> None:
    types = _types(_PAIR)
    assert types["Hanbit Starline"] == "Organization"
    assert types["Volasys Starline"] == "Organization"


def test_the_clause_about_the_pair_holds_for_both_companies() -> None:
    found = extract(_PAIR, doc_type="news")
    assert sorted(relations(found, "CONTROLLED_BY")) == [
        ("Hanbit Starline", "North Korea"), ("Volasys Starline", "North Korea")]
    assert sorted(relations(found, "LOCATED_IN")) == [
        ("Hanbit Starline", "China"), ("Volasys Starline", "Russia")]


def test_people_described_together_stay_people() -> None:
    # a description of people, or a company noun after "of", makes no company of the names
    types = _types("The laptops were hosted by Dana Perle and Ross Quill, both employees of "
                   "Mirae Tech.")
    assert types["Dana Perle"] == "Person" and types["Ross Quill"] == "Person"
    types = _types("The workers were paid by Dana Perle and Ross Quill, both owners of "
                   "companies in Ohio.")
    assert types["Dana Perle"] == "Person" and types["Ross Quill"] == "Person"
