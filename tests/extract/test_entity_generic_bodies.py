"""Agencies and advisories an analyst can trust: a body's name used only as a modifier, an
abbreviation inside a title's subject, an issuer glued to a title, and a reference followed
by its own title.

Our own wording and invented names throughout; each rule with a look-alike that must
still give the entity.
"""

from __future__ import annotations

from graph.model import DocumentMeta, Extraction
from tests.extract.conftest import extractor


def _news(text: str) -> Extraction:
    meta = DocumentMeta(id="t", doc_type="news", date="2026-02-10", title="Wire story")
    return extractor().extract(text, meta)


def _names(result: Extraction, etype: str) -> list[str]:
    return sorted(e.name for e in result.entities if e.type == etype)


def test_a_body_modifying_a_common_noun_is_no_agency() -> None:
    text = ("The monitoring team urged all UN member states to send the workers home. "
            "Vostrel Systems helped the workers evade UN and U.S. sanctions, prosecutors said.")
    assert "United Nations" not in _names(_news(text), "Agency")
    # look-alike: the body acting is the body
    acting = "The UN imposed sanctions on Vostrel Systems in 2019 for hiring the workers."
    assert "United Nations" in _names(_news(acting), "Agency")


def test_a_body_whose_people_or_document_are_named_stays() -> None:
    # the body's own people and the body's own alert keep it
    staff = _news("FBI special agent Dana Morrow said the workers used stolen identities.")
    assert "Federal Bureau of Investigation" in _names(staff, "Agency")
    alert = _news("An FBI alert described how Vostrel Systems placed remote developers.")
    assert "Federal Bureau of Investigation" in _names(alert, "Agency")
    # a body as the subject of a relative clause is no modifier
    relative = _news("The reward program, which the Diplomatic Security Service "
                     "administers, offers up to $5 million.")
    assert "Diplomatic Security Service" in _names(relative, "Agency")


def test_an_abbreviation_inside_a_titles_subject_names_no_body() -> None:
    text = ('The team published its report "Kestrel Evasions of UN Sanctions through Remote '
            'Hiring Schemes" on March 3, 2026.')
    result = _news(text)
    assert "United Nations" not in _names(result, "Agency")
    # look-alike: an abbreviation before the document word is the title's author
    authored = _news("Employers should read the FBI public service announcement of May 16, "
                     "2024 before hiring remote developers.")
    assert "Federal Bureau of Investigation" in _names(authored, "Agency")


def test_the_issuer_after_a_title_is_not_part_of_it() -> None:
    text = ("The year opened with the issuance of the Guidance on Kestrel Remote Developer "
            "Schemes by the Department of State, the Treasury and the FBI.")
    advisories = _names(_news(text), "Advisory")
    assert advisories == ["Guidance on Kestrel Remote Developer Schemes"]
    # look-alike: "by" and a people's adjective inside a title stay in it
    inner = _news("Platforms should follow the Guidance on Fraudulent Remote Hiring by North "
                  "Korean Developers when screening applicants.")
    assert _names(inner, "Advisory") == [
        "Guidance on Fraudulent Remote Hiring by North Korean Developers"]
    # look-alike: a state after "from" is where the subject comes from, not the issuer
    origin = _news("Recruiters should read the Guidance on Remote Engineers from Laos before "
                   "hiring contractors.")
    assert _names(origin, "Advisory") == ["Guidance on Remote Engineers from Laos"]
    issued = _news("Recruiters should read the Guidance on Kestrel Remote Engineers from the "
                   "Department of State before hiring contractors.")
    assert _names(issued, "Advisory") == ["Guidance on Kestrel Remote Engineers"]


def test_a_reference_followed_by_its_title_is_that_title() -> None:
    # a listed report's kind and date fit the reference, but the text gives another wording
    # of the title right after it: one advisory, named as the text gives it
    text = ('As set out in the October 22, 2025, report of the Multilateral Sanctions '
            'Monitoring Team, "The DPRK\'s Violation and Evasion of UN Sanctions Through '
            'Cyber and Information Technology Worker Activities," the workers fund weapons.')
    advisories = _names(_news(text), "Advisory")
    assert advisories == ["The DPRK's Violation and Evasion of UN Sanctions Through Cyber and "
                          "Information Technology Worker Activities"]
    # look-alike: the same reference with no title after it is the listed report
    bare = _news("As set out in the October 22, 2025, report of the Multilateral Sanctions "
                 "Monitoring Team, the workers fund weapons.")
    assert _names(bare, "Advisory") == [
        "The DPRK's Violations and Evasions of UN Sanctions through Cyber and IT Worker "
        "Activities"]


def test_a_sub_unit_named_by_its_function_is_no_agency() -> None:
    text = ("Trial Attorney Mara Ostrow of the National Security Division's Counterintelligence "
            "and Export Control Section is prosecuting the case, with help from the Justice "
            "Department's Office of International Affairs. The Criminal Division's Computer "
            "Crime and Intellectual Property Section and the Counterintelligence Division "
            "assisted.")
    agencies = _names(_news(text), "Agency")
    assert "Office of International Affairs" not in agencies
    assert "Counterintelligence Division" not in agencies
    assert not [a for a in agencies if "Computer Crime" in a]
    # the owning bodies stay, and so does a state's own agency or an office of a state
    assert "National Security Division" in agencies
    assert "Department of Justice" in agencies
    own = _news("Ruritania's Cyber Defense Agency and the Office of Cyber Defense of Ostravia "
                "warned companies about the workers.")
    assert {"Cyber Defense Agency", "Office of Cyber Defense of Ostravia"} <= set(
        _names(own, "Agency"))


def test_an_indefinite_statement_of_the_week_is_no_listed_advisory() -> None:
    # a joint statement of the same week is listed, but "a statement" with no issuer and no
    # date of its own is any announcement
    meta = DocumentMeta(id="t", doc_type="news", date="2025-08-28", title="Wire story")
    text = ("The Treasury Department sanctioned Vostrel Systems for hiring the workers, "
            "according to a statement released Wednesday.")
    assert _names(extractor().extract(text, meta), "Advisory") == []
    # look-alike: the joint statement the three states issued that week is the listed one
    joint = ("Japan, the United States and South Korea on Wednesday issued a joint statement "
             "on the workers.")
    assert _names(extractor().extract(joint, meta), "Advisory") == [
        "Joint Statement on North Korean Information Technology Workers"]


def test_a_court_filing_is_no_advisory() -> None:
    text = ("According to the Statement of Facts filed with her plea, Lena Voss hosted the "
            "laptops. The indictment adds a Notice of Forfeiture Allegation for her accounts.")
    assert _names(_news(text), "Advisory") == []
    # look-alike: a titled statement on a topic is an advisory
    titled = _news("Employers should read the Statement on Kestrel Remote Developer Schemes "
                   "before hiring.")
    assert _names(titled, "Advisory") == ["Statement on Kestrel Remote Developer Schemes"]


def test_two_titles_joined_by_and_are_two_advisories() -> None:
    text = ("Employers should read the Statement on Kestrel Remote Developer Schemes and the "
            "Report of the Ostravia Monitoring Team before hiring.")
    assert _names(_news(text), "Advisory") == [
        "Report of the Ostravia Monitoring Team", "Statement on Kestrel Remote Developer Schemes"]
    # look-alike: "and" inside a title's topic keeps one title
    one = _news("The Joint Statement on Kestrel Thefts and Public-Private Collaboration came "
                "out in January.")
    assert _names(one, "Advisory") == [
        "Joint Statement on Kestrel Thefts and Public-Private Collaboration"]


def test_a_body_coordinated_with_a_class_of_bodies_is_an_actor() -> None:
    text = ("The FBI and law enforcement partners previously released guidance on the "
            "workers.")
    assert "Federal Bureau of Investigation" in _names(_news(text), "Agency")
    # look-alike: coordinated with another name, both modify the noun
    both = _news("Vostrel Systems helped the workers evade U.S. and UN sanctions.")
    assert "United Nations" not in _names(both, "Agency")
