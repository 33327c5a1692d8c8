"""Two designators sharing one head word: "the US State and Treasury departments", "the
Japanese and South Korean governments" (session 42). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_two_departments_under_one_lowercase_head_after_the_state() -> None:
    result = extract("The US State and Treasury departments on Tuesday sanctioned Marvon "
                     "Holdings Ltd.", doc_type="news")
    assert sorted(relations(result, "DESIGNATED")) == [
        ("Department of State", "Marvon Holdings Ltd."),
        ("Department of the Treasury", "Marvon Holdings Ltd.")]


def test_two_governments_named_by_coordinated_adjectives() -> None:
    result = extract("The Japanese and South Korean governments designated Unsan Ferro "
                     "Company.", doc_type="news")
    assert sorted(relations(result, "DESIGNATED")) == [
        ("Japan", "Unsan Ferro Company"), ("South Korea", "Unsan Ferro Company")]


def test_a_firms_departments_are_no_bodies() -> None:
    # composed names no list holds ("Sales Department") are no government bodies
    result = extract("The Sales and Marketing departments of Velmont Digital hired Ri Song "
                     "Chol.", doc_type="news")
    assert "Agency" not in {e.type for e in result.entities}


def test_coordinated_adjectives_on_other_nouns_name_no_actor() -> None:
    result = extract("Japanese and South Korean companies were told to check Unsan Ferro "
                     "Company.", doc_type="news")
    assert relations(result, "DESIGNATED") == []
    assert "Country" not in {e.type for e in result.entities}
