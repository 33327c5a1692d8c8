"""Entity boundaries and types that used to give false entities, each with a look-alike that
must keep its reading (sentences and names invented for the test)."""

from __future__ import annotations

from extract.titles import _title_spans
from graph.model import ExtractedEntity
from tests.extract.conftest import extract


def _of(text: str, type_: str) -> list[ExtractedEntity]:
    return [e for e in extract(text, doc_type="news").entities if e.type == type_]


def _names(text: str, type_: str) -> set[str]:
    return {e.name for e in _of(text, type_)}


def test_a_headline_amount_keeps_its_capitalized_scale_word() -> None:
    payments = _of("REWARD\n\nUp to $7 Million\n\nThe State Department is offering a reward "
                   "of up to $7 million for information on Harlow Vista Ltd.", "Payment")
    assert [p.name for p in payments] == ["USD 7000000"]
    assert len(payments[0].mentions) == 2
    # a bare amount stays what it says
    assert {p.name for p in _of("The broker was paid $7 for each account.", "Payment")} == {
        "USD 7"}


def test_an_amount_restated_with_a_capital_or_without_a_kind_is_one_payment() -> None:
    text = ("Agents seized about $2.4 million of the workers' earnings in 2022.\n\n"
            "About $2.4 million was seized in two court actions.\n\n"
            "- about $2.4 million: the first two actions")
    payments = _of(text, "Payment")
    assert [(p.name, p.properties["kind"]) for p in payments] == [("USD 2400000", "seizure")]
    # two kinds said of the same words stay two facts
    two = _of("The workers earned $300,000 in 2021. Agents seized $300,000 in 2023.\n\n"
              "- $300,000: one account", "Payment")
    assert len(two) == 3


def test_a_name_ending_in_a_building_or_a_news_outlet_is_no_person() -> None:
    listing = ("- PINE CO., LTD., Room 7, Block B, Binhai Plaza, Zhongshan District, Dalian, "
               "Liaoning, China.")
    assert "Binhai Plaza" not in _names(listing, "Person")
    assert "Sunwoo Biz" not in _names("[3] Sunwoo Biz, March 3, 2025.", "Person")
    assert "Dana Garrow" in _names(
        "Dana Garrow, 41, of Tucson, pleaded guilty on Monday.", "Person")


def test_a_name_described_by_which_is_a_company() -> None:
    text = ("The workers were employed by two companies: Harlow Vista Ltd., which is based in "
            "China, and Pelmore Brightway, which is based in Russia.")
    assert "Pelmore Brightway" in _names(text, "Organization")
    assert "Pelmore Brightway" not in _names(text, "Person")
    person = ("Prosecutors said Marcus Delane Whitfield, who lives in Ohio, hosted laptops "
              "for the workers.")
    assert "Marcus Delane Whitfield" in _names(person, "Person")


def test_a_name_spelled_with_other_word_breaks_is_the_same_company() -> None:
    text = ("OFAC designated Pelmore Bright Way, a company in Vladivostok, Russia. Pelmore "
            "Brightway had hired North Korean IT workers.")
    orgs = [e for e in _of(text, "Organization") if e.name.startswith("Pelmore")]
    assert len(orgs) == 1 and len(orgs[0].mentions) == 2
    assert not any(n.startswith("Pelmore") for n in _names(text, "Person"))


def test_an_advisory_title_ends_with_its_sentence() -> None:
    text = ("The agencies issued the Supplemental Guidance on Remote Hiring of Overseas "
            "Developers. The Bureau asks employers to check identities.")
    titles = [text[s:e] for s, e, label in _title_spans(text) if label == "Advisory"]
    assert titles == ["Supplemental Guidance on Remote Hiring of Overseas Developers"]
    # an abbreviation with a full stop stays inside a title
    listed = "They cited the Advisory on Payments to Example Co. Partners in a notice."
    assert [listed[s:e] for s, e, _ in _title_spans(listed)] == [
        "Advisory on Payments to Example Co. Partners"]


def test_a_family_name_that_is_also_a_title_ends_a_name() -> None:
    text = "Prosecutors said Marcel Okonjo Prince hosted laptops for the workers."
    assert "Marcel Okonjo Prince" in _names(text, "Person")
    # before a name the same word is a form of address, not part of the name before it
    titled = "The court heard Marcel Okonjo, and Prince Aldo Renner spoke."
    assert "Marcel Okonjo Prince" not in _names(titled, "Person")
