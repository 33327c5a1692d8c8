"""A counted set the document never names the members of is the designated target itself
(session 36, extract/frames/designation_unnamed_sets.py): an unnamed entity with its count,
designated by the act's designator. Invented names; look-alikes must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

JAPAN = [{"country": "JP", "agency": "Ministry of Foreign Affairs"}]


def designated(text: str, doc_type: str = "sanctions_release") -> list[tuple[str, str]]:
    return relations(extract(text, doc_type=doc_type, issuers=JAPAN), "DESIGNATED")


def test_counted_sets_never_named_are_the_targets() -> None:
    text = ("On Monday, Japan designated two organizations and seven individuals connected "
            "with schemes that send software engineers abroad to raise funds for Pyongyang. "
            "The measures freeze their assets held in Japan.")
    result = extract(text, issuers=JAPAN)
    found = relations(result, "DESIGNATED")
    assert ("Japan", "two organizations") in found, found
    assert ("Japan", "seven individuals") in found, found
    counts = {e.name: (e.type, e.count, e.unnamed) for e in result.entities}
    assert counts["two organizations"] == ("Organization", 2, True), counts
    assert counts["seven individuals"] == ("Person", 7, True), counts


def test_members_named_later_are_the_targets_not_the_set() -> None:
    text = ("On Monday, Japan designated one entity and two individuals connected with "
            "schemes that send software engineers abroad. Japan is designating Haesong "
            "Umbra Trading Corporation for earning money for Pyongyang. Japan is also "
            "designating Mun Gil Ho and Jang Pil Gu, officials of the company.")
    targets = {t for _, t in designated(text)}
    assert "Haesong Umbra Trading Corporation" in targets, targets
    assert not targets & {"one entity", "two individuals"}, targets


def test_a_list_that_follows_even_unread_keeps_the_set_out() -> None:
    text = ("Japan designated three individuals for procuring parts. The individuals are "
            "Mun Gil Ho and Jang Pil Gu.")
    assert ("Japan", "three individuals") not in designated(text), designated(text)


def test_plans_denials_quotes_earlier_acts_and_mixed_counts_give_nothing() -> None:
    for text in (
        "Japan could designate three organizations as early as next week.",
        "Japan plans to sanction four individuals tied to the scheme.",
        "Japan did not sanction the two entities named in the report.",
        '"We designated five individuals last spring," the minister said.',
        "In 2018, Japan designated three organizations over similar schemes.",
        "Japan designated four individuals and entities linked to the network.",
    ):
        assert not designated(text, doc_type="news"), (text, designated(text, "news"))


def test_a_weekday_of_the_news_is_the_act_of_the_document() -> None:
    # the act a news report dates "on Thursday" is its own news, not an earlier act
    text = ("Tokyo on Thursday froze the assets of six individuals and three organizations "
            "that earn money for Pyongyang through software engineers posted abroad.")
    found = relations(extract(text, doc_type="news", date="2025-06-02", issuers=JAPAN),
                      "DESIGNATED")
    assert ("Japan", "six individuals") in found, found
    assert ("Japan", "three organizations") in found, found


def test_as_many_persons_named_after_the_set_keep_it_out() -> None:
    """Named after the act as often as it counts, the members are likely those names even
    where no frame reads them as designated (session 37)."""
    text = ("On Monday, Japan designated two individuals tied to schemes that send software "
            "engineers abroad. Ko Tae Ryang ran a coding team in Laos. Its accounts were "
            "kept by So Min Hwa in Yanji.")
    assert not {t for _, t in designated(text)} & {"two individuals"}, designated(text)
    one = ("On Monday, Japan designated two individuals tied to schemes that send software "
           "engineers abroad. Ko Tae Ryang, a Japanese diplomat, welcomed the step.")
    assert ("Japan", "two individuals") in designated(one), designated(one)
