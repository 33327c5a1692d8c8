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
