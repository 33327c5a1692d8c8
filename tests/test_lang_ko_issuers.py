"""Korean issuers through the real Kiwi pipeline: co-issuers joined by "with" (과/와 함께),
the verb 내다 ("put out"), and a listed title written without its space. Every sentence is
made up for the test; each test pairs a construction with a look-alike."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction


def _issuers(result: Extraction) -> set[str]:
    return {r.source for r in result.relations if r.type == "ISSUED"}


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-02-03", issuers=[{"country": "KR"}]))


def test_partners_with_the_subject_issue_too(ko: KoreanPipeline) -> None:
    """A와 B는 C, D(약칭)과 합동주의보를 냈다: A, B, C and D issued it."""
    result = _read(ko, "외교부와 경찰청은 오늘 미국 국무부, 연방수사국(FBI)과 합동주의보를 내고 "
                       "신분 위장 수법을 소개했다.")
    assert _issuers(result) == {
        "agency:ministry-of-foreign-affairs-of-the-republic-of-korea",
        "agency:korean-national-police-agency", "agency:department-of-state",
        "agency:federal-bureau-of-investigation"}
    advisory = next(e for e in result.entities if e.type == "Advisory")
    assert advisory.name == "합동주의보"  # the partner is no part of the title


def test_agency_the_statement_is_about_does_not_issue(ko: KoreanPipeline) -> None:
    """Look-alike: an agency inside the title (…에 관한 주의보) is what it is about."""
    result = _read(ko, "외교부는 오늘 미국 국무부 발표에 관한 주의보를 발표했다.")
    assert _issuers(result) == {"agency:ministry-of-foreign-affairs-of-the-republic-of-korea"}


def test_listed_title_without_its_space(ko: KoreanPipeline) -> None:
    """A listed title written without one of its spaces (합동 주의보 / 합동주의보) is still
    the listed advisory (this used to stop the whole document)."""
    result = _read(ko, "외교부는 「북한 IT 인력에 대한 정부 합동주의보」를 발표했다.")
    assert {e.name for e in result.entities if e.type == "Advisory"} == {
        "Joint Advisory on North Korean Information Technology Workers"}
    assert _issuers(result) == {"agency:ministry-of-foreign-affairs-of-the-republic-of-korea"}


def test_put_out_is_issuing_but_not_any_nae(ko: KoreanPipeline) -> None:
    """주의보를 내고 ("put out the advisory") issues it; 내용 ("content") does not."""
    issued = _read(ko, "경찰청은 오늘 가상자산 주의보를 내고 기업에 알렸다.")
    assert _issuers(issued) == {"agency:korean-national-police-agency"}
    content = _read(ko, "경찰청은 오늘 가상자산 주의보 내용을 기업에 알렸다.")
    assert not _issuers(content)


def test_title_in_other_words_is_the_listed_statement(ko: KoreanPipeline) -> None:
    """암호화폐/가상자산, 대한/관한, 와/및 are the same words in a title: the listed
    statement; a title of generic words only (한미일 공동성명) is none of the listed ones."""
    result = _read(ko, "한미일 3국은 북한의 암호화폐 탈취와 민관 협력에 대한 한미일 공동성명을 "
                       "발표했다.")
    assert {e.name for e in result.entities if e.type == "Advisory"} == {
        "Joint Statement on DPRK Cryptocurrency Thefts and Public-Private Collaboration"}
    bare = _read(ko, "한미일 3국은 오늘 한미일 공동성명을 발표했다.")
    assert all(e.name != "Joint Statement on North Korean Information Technology Workers"
               for e in bare.entities)
