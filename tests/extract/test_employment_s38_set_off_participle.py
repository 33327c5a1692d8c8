"""Session 38: a passive hiring verb after a participle set off by commas ("P, calling
himself A, was hired by Y"; extract/frames/employment_misparsed.py, extract/governing.py).
Invented names, with look-alikes that must give nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _rel(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="press_release"), "EMPLOYED_AT")


def _modalities(text: str) -> list[str]:
    return [r.modality for r in extract(text, doc_type="press_release").relations
            if r.type == "EMPLOYED_AT"]


def test_a_participle_of_naming_before_the_passive_leaves_its_subject_the_hired_one() -> None:
    # the parser makes "calling" the root and "was hired" its complement without a subject
    text = "Odrin Vasquel, calling himself Tom Harlan, was hired by Quillmark Systems Inc."
    assert _rel(text) == [("Odrin Vasquel", "Quillmark Systems Inc.")]
    employed = "Odrin Vasquel, calling himself Tom Harlan, was employed by Quillmark Systems Inc."
    assert _rel(employed) == [("Odrin Vasquel", "Quillmark Systems Inc.")]


def test_an_opening_date_and_a_quoted_alias_keep_the_reading() -> None:
    # here the parser makes the participle the passive's clausal subject instead
    text = ('In May 2020, Odrin Vasquel, calling himself "Tom Harlan," was hired by a '
            "payments company based in Latvia.")
    assert _rel(text) == [("Odrin Vasquel", "payments company based in Latvia")]


def test_the_job_noun_carrying_the_agent_after_the_set_off_participle() -> None:
    text = ("Odrin Vasquel, calling himself Tom Harlan, was hired as a developer by "
            "Quillmark Systems Inc.")
    assert _rel(text) == [("Odrin Vasquel", "Quillmark Systems Inc.")]


def test_the_set_off_passive_takes_the_modality_of_its_sentence() -> None:
    text = ("Odrin Vasquel, calling himself Tom Harlan, was allegedly hired by Quillmark "
            "Systems Inc.")
    assert _modalities(text) == ["alleged"]


def test_no_job_after_a_set_off_participle_when_negated_offered_or_attempted() -> None:
    for text in (
            "Odrin Vasquel, calling himself Tom Harlan, was not hired by Quillmark Systems Inc.",
            "Odrin Vasquel, calling himself Tom Harlan, was never hired by Quillmark Systems "
            "Inc.",
            "Odrin Vasquel, calling himself Tom Harlan, was offered a job by Quillmark "
            "Systems Inc.",
            "Odrin Vasquel, calling himself Tom Harlan, tried to be hired by Quillmark "
            "Systems Inc.",
            "Odrin Vasquel, calling himself Tom Harlan, would be hired by Quillmark Systems "
            "Inc.",
            "Odrin Vasquel, calling himself Tom Harlan, was recommended by Quillmark Systems "
            "Inc."):
        assert _rel(text) == [], text


def test_a_complement_with_its_own_subject_is_not_the_participles_subject() -> None:
    # the firm, not the one claiming, is what the clause says was hired (and it is a claim)
    text = ("Odrin Vasquel, claiming the agency was hired by Quillmark Systems Inc., wrote "
            "to the board.")
    assert ("Odrin Vasquel", "Quillmark Systems Inc.") not in _rel(text)


def test_requests_and_orders_still_state_no_job() -> None:
    # a past-tense complement is a done act; a request's is an infinitive or a subjunctive
    for text in ("Regulators called on Quillmark Systems Inc. to hire Odrin Vasquel.",
                 "Regulators asked that Quillmark Systems Inc. hire Odrin Vasquel.",
                 "The court ordered that Odrin Vasquel be hired by Quillmark Systems Inc.",
                 "Odrin Vasquel, asking that he be hired by Quillmark Systems Inc., wrote to "
                 "the firm."):
        assert _rel(text) == [], text

