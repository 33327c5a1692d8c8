"""DESIGNATED from the release's own act named as a noun with no actor of its own: "Today's
sanctions on X", "These designations of X and Y build on ..." take the designator in force
(extract/frames/designation_nominal.py). Invented names; a proposed, requested, waiting,
modal or earlier dated designation states nothing, nor does a noun that is not the subject."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OFAC = "Office of Foreign Assets Control"
_LEDE = ("The Department of the Treasury's Office of Foreign Assets Control (OFAC) acted "
         "today against a ring that hires out North Korean software developers. ")


def designated(text: str) -> list[tuple[str, str]]:
    return relations(extract(_LEDE + text), "DESIGNATED")


def test_todays_sanctions_on_a_target() -> None:
    found = designated("Today's sanctions on Wexcombe Lattice Corp. cut the ring's access "
                       "to banks.")
    assert (OFAC, "Wexcombe Lattice Corp.") in found


def test_the_definite_designations_as_subject_of_a_present_clause() -> None:
    found = designated("These designations of Wexcombe Lattice Corp. and Brandeth Coyle "
                       "build on earlier work with allies.")
    assert (OFAC, "Wexcombe Lattice Corp.") in found
    assert (OFAC, "Brandeth Coyle") in found


def test_a_designation_not_made_states_nothing() -> None:
    for sentence in (
            "The suggested and proposed designation of Wexcombe Lattice Corp. awaits a vote.",
            "Two senators urged the designation of Wexcombe Lattice Corp. last month.",
            "The designation of Wexcombe Lattice Corp. remains under consideration.",
            "The designation of Wexcombe Lattice Corp. would need new evidence.",
            "Continued hiring may result in the designation of Wexcombe Lattice Corp.",
            "The 2017 designation of Wexcombe Lattice Corp. still applies.",
            "A designation of Wexcombe Lattice Corp. is possible."):
        targets = [t for _, t in designated(sentence)]
        assert "Wexcombe Lattice Corp." not in targets, sentence


def test_a_named_actor_keeps_its_act() -> None:
    found = designated("The designation of Wexcombe Lattice Corp. by the United Kingdom "
                       "took effect in April.")
    assert [a for a, t in found if t == "Wexcombe Lattice Corp."] == ["United Kingdom"]
