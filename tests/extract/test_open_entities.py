"""Entities the lists have never seen, read from the text: how a counted description is
named, ... Each construction has a look-alike that must read otherwise (sentences and
names invented for the test)."""

from __future__ import annotations

from extract.descriptors import find_descriptors
from tests.extract.conftest import extract, relations


def _unnamed(text: str) -> dict[str, tuple[int | None, str]]:
    return {e.name: (e.count, e.count_qualifier) for e in extract(text, doc_type="news").entities
            if e.unnamed}


def test_a_described_count_is_named_by_its_description() -> None:
    # docs/annotation.md: the count of a described group is a property, not its name
    found = _unnamed("The Ohio facilitators placed North Korean IT workers at more than 80 "
                     "Canadian firms.")
    assert found.get("Canadian firms") == (80, "more_than")
    [counted] = find_descriptors("workers were hired by nearly 25 U.S.-based businesses")
    assert (counted.name, counted.count) == ("U.S.-based businesses", 25)


def test_a_bare_count_keeps_its_number() -> None:
    # look-alike: nothing but the count tells "six other individuals" apart
    [bare] = find_descriptors("The ministry also listed six other individuals.")
    assert (bare.name, bare.count) == ("six other individuals", 6)


def _spans(text: str) -> dict[str, str]:
    from tests.extract.conftest import extractor
    return {e.text: e.label_ for e in extractor().nlp(text).ents}


def test_a_name_described_as_a_person_is_a_person() -> None:
    spans = _spans("Marat Oganesyan (Oganesyan), an Armenian national, runs two firms in "
                   "Yerevan. Harriet Kessler, the U.S. Attorney for the District of Oregon, "
                   "took a harder view.")
    assert spans.get("Marat Oganesyan") == "Person"
    assert spans.get("Oganesyan") in {None, "Person"}  # the short form it declares
    assert spans.get("Harriet Kessler") == "Person"
    # look-alike: a description of a body leaves a body
    assert _spans("OFAC designated Tallow Point Trading, a Kazakh company.").get(
        "Tallow Point Trading") == "Organization"


def test_a_person_name_the_model_cut_in_two_is_one_name() -> None:
    from spacy.tokens import Span

    from extract.components.open_names import repair_person_names
    from tests.extract.conftest import extractor

    text = "Prosecutors charged Luis Alberto Garza De La Cruz, a citizen of Peru.\nJane Roe\n" \
        "John Poe"
    doc = extractor().nlp(text)
    cut: list[Span] = []
    for part in ("Luis Alberto", "Garza De La Cruz", "Jane Roe", "John Poe"):
        start = text.index(part)
        span = doc.char_span(start, start + len(part), label="Person")
        assert span is not None
        cut.append(span)
    joined = {s.text for s in repair_person_names(doc, cut)}
    assert "Luis Alberto Garza De La Cruz" in joined
    # look-alike: names on lines of their own are two names
    assert {"Jane Roe", "John Poe"} <= joined


def test_a_name_listed_with_a_person_is_a_person() -> None:
    spans = _spans("The indictment charges Dmitri Volkan Sorel and Tobias Quennell, both "
                   "Canadian nationals, with conspiracy.")
    assert spans.get("Tobias Quennell") == "Person"
    # look-alike: a body the model reads as one stays a body beside a person
    assert _spans("The company hired Tallow Point and Jane Roe.").get(
        "Tallow Point") != "Person"


def test_an_organization_in_an_actor_slot_is_vouched_for() -> None:
    names = {e.name for e in extract(
        "The victims included large retailers; Tandem Outfitters, for example, paid one of "
        "the workers about $40,000.", doc_type="news").entities}
    assert "Tandem Outfitters" in names
    names = {e.name for e in extract(
        "Diplomats and the cybersecurity firm Quillon hosted a forum in Osaka.",
        doc_type="news").entities}
    assert "Quillon" in names
    # look-alike: a name the model calls ORG in no actor slot joins nothing by itself
    from extract.components.org_slots import in_actor_slot
    from tests.extract.conftest import extractor

    doc = extractor().nlp("The workers logged in through Tandem Outfitters every morning.")
    assert not any(in_actor_slot(e) for e in doc.ents if e.label_ == "Organization")


def test_two_groups_described_alike_keep_their_counts_apart() -> None:
    text = ("The scheme reached 140 Canadian firms. The earlier charges named 52 Canadian "
            "firms.")
    assert [d.name for d in find_descriptors(text)] == ["140 Canadian firms", "52 Canadian firms"]
    # look-alike: one group counted again with the same count is one name
    text = "Over 90 Canadian firms hired them; the 90 Canadian firms paid."
    assert {d.name for d in find_descriptors(text)} == {"Canadian firms"}


def test_an_untitled_advisory_is_dated_by_its_sentence() -> None:
    from tests.extract.conftest import relations

    def issued(text: str) -> list[tuple[str, str]]:
        return relations(extract(text, doc_type="news", date="2025-09-10"), "ISSUED")

    found = issued("In May 2024, the FBI put out a public service announcement telling "
                   "employers how to spot the workers.")
    assert found == [("Federal Bureau of Investigation",
                      "FBI public service announcement of May 16, 2024")]
    # look-alike: two dates in the sentence date neither reference to the listed one; the
    # announcement stays one the text names only by its kind (extract/unnamed_advisories.py)
    assert issued("In May 2024, the FBI put out a public service announcement, and in July "
                  "2025 it put out another.") == [("Federal Bureau of Investigation",
                                                   "public service announcement")]


def test_a_name_after_a_person_noun_and_named_is_a_person() -> None:
    from extract.components.open_names import repair_person_names
    from tests.extract.conftest import extractor

    def relabeled(text: str, name: str) -> str:
        doc = extractor().nlp(text)
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label="Organization")
        assert span is not None
        [out] = [s for s in repair_person_names(doc, [span]) if s.text == name]
        return out.label_

    assert relabeled("Prosecutors say a Ukrainian man named Tallow Vantage rented the "
                     "accounts.", "Tallow Vantage") == "Person"
    # look-alike: a vendor may be a firm
    assert relabeled("Prosecutors say a vendor named Tallow Vantage rented the accounts.",
                     "Tallow Vantage") == "Organization"


def test_the_un_cited_for_its_resolutions_is_no_actor() -> None:
    spans = _spans("The launches defy the resolutions of the United Nations Security Council.")
    assert "United Nations Security Council" not in spans
    # look-alike: the council acting is an agency
    spans = _spans("The United Nations Security Council listed the bank in 2016.")
    assert spans.get("United Nations Security Council") == "Agency"


def test_a_name_ending_in_a_body_word_is_no_person() -> None:
    # the model may label a two- or three-word name a person; its last word says it is a body
    result = extract("The United States sanctioned Chollima Expo in 2023. It also designated "
                     "Songdowon Art Studio and Ri Kyong Sik.", doc_type="news")
    types = {e.name: e.type for e in result.entities}
    assert types.get("Chollima Expo") == "Organization"
    assert types.get("Songdowon Art Studio") == "Organization"
    assert types.get("Ri Kyong Sik") == "Person"
    # the body the head word vouches for stays a body (and a target) in a longer sentence
    listed = extract("In the past year, the three countries have designated a number of "
                     "entities and individuals involved in these schemes, including Chollima "
                     "Expo, which the United States sanctioned in 2023.", doc_type="news")
    assert ("United States", "Chollima Expo") in relations(listed, "DESIGNATED")


def test_a_list_of_platforms_ends_with_its_sentence() -> None:
    result = extract("Some workers made fake profiles on freelance platforms such as Gigbarn and "
                     "Taskwell. In one case, a firm hired one of them.", doc_type="advisory")
    platforms = {e.name for e in result.entities if e.properties.get("kind") == "platform"}
    assert platforms == {"Gigbarn", "Taskwell"}


def test_a_name_after_a_companys_officer_is_the_officers() -> None:
    result = extract("Treasury sanctioned Dalbit Tech. The Chinese company's owner, Fang Weiqi, "
                     "was not sanctioned.", doc_type="news")
    types = {e.name: e.type for e in result.entities}
    assert types.get("Fang Weiqi") == "Person"
    listed = extract("Treasury sanctioned two companies, Dalbit Tech and Fang Weiqi, on Friday.",
                     doc_type="news")
    assert {e.name: e.type for e in listed.entities}.get("Fang Weiqi") == "Organization"


def test_a_name_with_an_age_in_apposition_is_a_person() -> None:
    # the model may not know the name; ", 39, was ..." gives a person's age
    for text in ("Arvids Kalnins, 39, was arrested in Poland in April.",
                 "Arvids Kalnins, 39, who hosted the laptops, was arrested in April."):
        types = {e.name: e.type for e in extract(text, doc_type="news").entities}
        assert types.get("Arvids Kalnins") == "Person"
    firm = extract("Kalnins Data Holdings, 39, was fined.", doc_type="news")
    assert all(e.type != "Person" for e in firm.entities)
