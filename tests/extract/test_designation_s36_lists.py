"""Lists of designation targets the frames missed items of (session 36): a counted
description whose members a dash sets off (extract/groups.py), a first item named with the
body it belongs to ("Unit 7 of the Ministry of X", extract/frames/designation_tail.py), the
pronoun after such a name (extract/referents.py), and a reason the parser hangs on a
participle describing the object (extract/frames/_money.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OFAC = "Office of Foreign Assets Control"
_DASHED = ("OFAC on Friday designated Office 404 of the General Bureau of Atomic Supply, a "
           "procurement office; three of its front companies \u2014 Ryonha Maritime Company, "
           "Sinhung Export Corporation and Paeksol Trading Corporation \u2014 and Jilin "
           "Cloudridge Technology Co., Ltd., a Chinese supplier.")
_FRONTS = ("Ryonha Maritime Company", "Sinhung Export Corporation",
           "Paeksol Trading Corporation")


def test_a_dashed_list_after_an_of_phrase_is_read_whole() -> None:
    result = extract(_DASHED, doc_type="news")
    targets = {t for a, t in relations(result, "DESIGNATED") if a == OFAC}
    for name in (*_FRONTS, "Jilin Cloudridge Technology Co., Ltd."):
        assert name in targets, (name, targets)
    fronts = set(relations(result, "FRONT_FOR"))
    for name in _FRONTS:
        assert (name, "Office 404") in fronts, fronts
    assert not {f for f in fronts if f[1] == "General Bureau of Atomic Supply"}, fronts


def test_a_dashed_count_that_does_not_match_names_no_fronts() -> None:
    text = _DASHED.replace("three of its", "two of its")
    fronts = relations(extract(text, doc_type="news"), "FRONT_FOR")
    assert ("Paeksol Trading Corporation", "Office 404") not in fronts, fronts


def test_a_reason_hung_on_a_participle_of_association_is_the_objects() -> None:
    text = ("Seoul on Monday sanctioned Haeryong Software Corporation, tied to the Munitions "
            "Industry Department, for helping North Korean IT workers obtain remote jobs.")
    result = extract(text, doc_type="news")
    helpers = {s for s, _ in relations(result, "FACILITATED")}
    assert helpers == {"Haeryong Software Corporation"}, relations(result, "FACILITATED")
    planned = text.replace("on Monday sanctioned", "may sanction")
    assert not relations(extract(planned, doc_type="news"), "FACILITATED")
