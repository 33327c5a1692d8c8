"""End to end through the real Kiwi and GiNZA pipelines: a Korean and a Japanese document
routed by the Extractor, their stable actors on the English nodes, names in native script
kept as aliases, designations and issuers with frame, confidence and date basis."""

from __future__ import annotations

import pytest

from extract.extractor import Extractor
from graph.model import DocumentMeta


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_korean_designation_release(extractor: Extractor) -> None:
    text = ("정부는 해외에서 외화를 벌어 온 정찰총국 소속 표명수(Pyo Myong Su)를 독자제재 "
            "대상으로 지정했다.\n미국은 표명수를 제재할 예정이다.")
    meta = DocumentMeta(id="ko-e2e", date="2025-03-05", issuers=[{"country": "KR"}])
    result = extractor.extract(text, meta)
    assert result.document.language == "ko"
    by_id = {e.id: e for e in result.entities}
    # a stable actor carries its names in both scripts
    rgb = by_id["organization:reconnaissance-general-bureau"]
    assert set(rgb.aliases) == {"정찰총국", "偵察総局"}
    assert by_id["person:pyo-myong-su"].aliases == ["표명수"]
    designated = {(r.source, r.target): r for r in result.relations if r.type == "DESIGNATED"}
    # the planned US act is no relation; the ROK's is, dated by document (no date in its
    # sentence), from a frame with a confidence
    assert set(designated) == {("country:KR", "person:pyo-myong-su")}
    relation = designated[("country:KR", "person:pyo-myong-su")]
    assert relation.frame == "designation.ko.v1" and 0 < relation.confidence <= 1
    assert relation.date_basis == "document" and relation.properties["date"] == "2025-03-05"


def test_japanese_advisory(extractor: Extractor) -> None:
    text = ("財務省及び金融庁は、令和7年2月3日、「暗号資産交換業者に対する北朝鮮関連の注意喚起」"
            "を公表した。同文書は北朝鮮IT労働者について注意を呼びかけている。")
    result = extractor.extract(text, DocumentMeta(id="ja-e2e", date="2025-02-04"))
    assert result.document.language == "ja"
    names = {e.id: e.name for e in result.entities}
    assert names["agency:ministry-of-finance-of-japan"] == "Ministry of Finance of Japan"
    issued = {(r.source, r.properties.get("date"), r.date_basis)
              for r in result.relations if r.type == "ISSUED"}
    assert issued == {("agency:ministry-of-finance-of-japan", "2025-02-03", "sentence"),
                      ("agency:financial-services-agency", "2025-02-03", "sentence")}
