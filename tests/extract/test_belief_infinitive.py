"""An active verb of knowing or believing does not lend its subject to its infinitive: in
"workers whom he knew to be acting for North Korea" the workers act, not he; the passive
keeps its subject ("he is believed to act for ..."). Sentences and names invented."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_the_knower_is_not_the_one_known_to_act() -> None:
    found = relations(extract("Paul Anders pleaded guilty today. Anders admitted that he "
                              "hosted laptops for overseas IT workers, whom he knew to be "
                              "acting for North Korea.", doc_type="news"), "CONTROLLED_BY")
    assert ("Paul Anders", "North Korea") not in found


def test_one_believed_to_act_still_acts() -> None:
    found = relations(extract("Paul Anders is believed to be acting for North Korea.",
                              doc_type="news"), "CONTROLLED_BY")
    assert ("Paul Anders", "North Korea") in found
