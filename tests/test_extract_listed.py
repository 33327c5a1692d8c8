"""Names as designation lists print them: family names and company names in capitals at the
start of an entry, and the shorter forms the prose then uses (our own invented names)."""

from __future__ import annotations

from functools import lru_cache

from extract.components.listed_names import listed_people
from extract.extractor import Extractor
from extract.names import clean_person_name
from extract.resolve.persons import _middle_left_out
from graph.model import DocumentMeta, Extraction

META = DocumentMeta(id="t", doc_type="sanctions_release", date="2031-04-02",
                    issuers=[{"country": "US", "agency": "Department of the Treasury"}])


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def run(text: str) -> Extraction:
    return extractor().extract(text, META)


def named(x: Extraction, type_: str) -> set[str]:
    return {e.name for e in x.entities if e.type == type_}


def related(x: Extraction, type_: str) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in x.entities}
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == type_}


LIST = """Today, OFAC designated one entity and two individuals.

ENTITIES

- GREYSTONE ORCHARD TRADING CO., LTD. (a.k.a. GREYSTONE ORCHARD), Dandong, Liaoning, China. \
Greystone Orchard employs North Korean IT workers. It is designated pursuant to E.O. 13722.

INDIVIDUALS

- HWANG, Tae Sok (a.k.a. HWANG, Tae-sok); DOB 04 Jun 1982; nationality Korea, North. Hwang \
manages Greystone Orchard. He is designated pursuant to E.O. 13722.
- ORLOVSKY, Gennady Petrovich; DOB 19 Oct 1977; nationality Russia. Gennady Orlovsky \
exchanged virtual currency for the workers. Orlovsky is designated pursuant to E.O. 13722.
"""


def test_family_first_list_entries_are_whole_persons() -> None:
    x = run(LIST)
    persons = named(x, "Person")
    assert "Hwang Tae Sok" in persons
    assert "Gennady Petrovich Orlovsky" in persons
    # neither the given names alone nor the prose's short form are persons of their own
    assert not persons & {"Tae Sok", "Gennady Orlovsky", "Gennady Petrovich"}
    designated = {t for _, t in related(x, "DESIGNATED")}
    assert {"Hwang Tae Sok", "Gennady Petrovich Orlovsky"} <= designated


def test_a_company_in_capitals_is_named_and_its_short_form_is_it() -> None:
    x = run(LIST)
    companies = [e for e in x.entities if e.type == "Organization" and "GREYSTONE" in e.name]
    assert len(companies) == 1
    assert "Greystone Orchard" in companies[0].aliases
    assert (companies[0].name in {t for _, t in related(x, "DESIGNATED")})


def test_list_shapes_that_are_no_names() -> None:
    # no person's identifiers on the line: a place written "CITY, Province" is no person
    text = "- DANDONG, Liaoning Province (the branch office); Address Room 5, Dandong.\n"
    assert list(listed_people(text)) == []
    # a heading in capitals is no company entry
    x = run("RESTRICTIONS ON KORVA HARBOR TRADING COMPANY\n\nThe measures take effect today.")
    assert not any("KORVA" in n for n in named(x, "Organization"))


def test_list_names_read_family_first_or_by_patronymic() -> None:
    assert clean_person_name("HWANG, Tae Sok") == "Hwang Tae Sok"
    assert clean_person_name("QIAO, Weiming") == "Qiao Weiming"
    assert clean_person_name("ORLOVSKY, Gennady Petrovich") == "Gennady Petrovich Orlovsky"
    assert clean_person_name("Hwang Tae Sok") == "Hwang Tae Sok"


def test_a_left_out_middle_name_is_the_same_person_but_not_for_korean_names() -> None:
    assert _middle_left_out("Gennady Petrovich Orlovsky", "Gennady Orlovsky")
    assert not _middle_left_out("Gennady Petrovich Orlovsky", "Gennady Orlov")
    assert not _middle_left_out("Kim Chol Min", "Kim Min")
