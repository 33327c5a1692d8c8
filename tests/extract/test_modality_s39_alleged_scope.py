"""Two ways a release marks an act as the charge's account that no governing verb of the
act carries (docs/annotation.md, modality; extract/modality.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract

_ACT = "Dorin Vale hosted laptops for North Korean IT workers at her home in Kansas."


def facilitations(text: str) -> list[str]:
    found = extract(text, doc_type="news", issuers=[{"country": "US"}])
    return [r.modality for r in found.relations if r.type == "FACILITATED"]


def test_an_act_told_as_alleged_in_court_documents_is_alleged() -> None:
    assert facilitations("As alleged in court documents, " + _ACT) == ["alleged"]
    assert facilitations("As alleged by prosecutors, " + _ACT) == ["alleged"]


def test_an_act_done_through_an_object_of_an_alleged_act_is_alleged() -> None:
    text = ("Dorin Vale allegedly operated a laptop farm where she hosted laptops for "
            "North Korean IT workers.")
    assert facilitations(text) == ["alleged"]
    text = ("Dorin Vale allegedly ran an online shop, through which she sold stolen "
            "identities to North Korean IT workers.")
    assert facilitations(text) == ["alleged"]


def test_look_alikes_stay_asserted() -> None:
    # an announcement is no accusation, and a clause with no accusation over it is a fact
    assert facilitations("As announced in the release, " + _ACT) == ["asserted"]
    text = ("Dorin Vale operated a laptop farm where she hosted laptops for North Korean "
            "IT workers.")
    assert facilitations(text) == ["asserted"]
