"""재판에 넘겨진 X ("X, sent to trial") is the relative clause of the passive indictment, as
기소된 X is (ko_charge_cues.py RELATIVE): X is a defendant of the case. Invented names;
look-alikes: the future (재판에 넘겨질 예정인) and the negation (재판에 넘겨지지 않은)."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta

LEAD = "미국 법무부는 3일 북한 IT 인력에게 명의를 빌려준 혐의로 미국인 케런 애시퍼드를 기소했다. "


def _defendants(ko: KoreanPipeline, text: str) -> set[str]:
    result = ko.extract(text, DocumentMeta(id="t", date="2026-03-04", language="ko",
                                           issuers=[{"country": "US",
                                                     "agency": "Department of Justice"}]))
    names = {e.id: e.name for e in result.entities}
    return {names[r.source] for r in result.relations if r.type == "DEFENDANT_IN"}


def test_the_one_sent_to_trial_is_a_defendant(ko: KoreanPipeline) -> None:
    found = _defendants(ko, LEAD + "이 사건으로 재판에 넘겨진 호주인 대미언 켈스토프는 혐의를 "
                                   "부인했다.")
    assert len(found) == 2


def test_one_to_be_sent_to_trial_or_not_sent_is_none(ko: KoreanPipeline) -> None:
    later = _defendants(ko, LEAD + "이 사건으로 재판에 넘겨질 예정인 호주인 대미언 켈스토프는 "
                                   "혐의를 부인했다.")
    never = _defendants(ko, LEAD + "이 사건으로 재판에 넘겨지지 않은 호주인 대미언 켈스토프는 "
                                   "혐의를 부인했다.")
    assert len(later) == 1 and len(never) == 1
