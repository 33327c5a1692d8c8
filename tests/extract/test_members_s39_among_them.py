"""'<a counted plural>, among them A and B' lists members of that set even where the parser
hangs the names on the verb (names and sentences invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_designated_among_them() -> None:
    text = ("South Korea slapped sanctions on 15 North Koreans, among them Jo Song Hui, for "
            "generating funds through IT work.")
    found = relations(extract(text, doc_type="news"), "DESIGNATED")
    assert found == [("South Korea", "Jo Song Hui")]


def test_employers_among_them() -> None:
    text = ("Using stolen identities, North Korean IT workers obtained jobs at 90 companies, "
            "among them Quillfeather Analytics Inc. and Brasswind Logistics LLC.")
    found = set(relations(extract(text, doc_type="news"), "EMPLOYED_AT"))
    # the counted set is an employer too (an unnamed Organization, docs/annotation.md)
    assert {employer for _, employer in found} == {"Quillfeather Analytics Inc.",
                                                    "Brasswind Logistics LLC", "90 companies"}


def test_among_them_without_an_act_on_the_set_gives_nothing() -> None:
    text = ("South Korean officials met 15 North Korean defectors, among them Jo Song Hui, "
            "in Seoul.")
    assert not relations(extract(text, doc_type="news"), "DESIGNATED")
