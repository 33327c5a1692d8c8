"""Korean statements and designation lists through the real Kiwi pipeline: the authors
that open a joint statement issued it, a count of states after them (3국은), the names
after "지정 대상 가운데", and a parent body described under a designation that is no item
of its list. Every sentence is made up for the test; each construction has a look-alike."""

from __future__ import annotations

from extract.frames._calibration import confidence_of
from extract.lang.ko import KoreanPipeline
from extract.lang.ko_statements import LISTED, UNLISTED
from graph.model import DocumentMeta, Extraction

TRIO = [{"country": "KR", "agency": "Ministry of Foreign Affairs"},
        {"country": "US", "agency": "Department of State"},
        {"country": "JP", "agency": "Ministry of Foreign Affairs"}]
CRYPTO = "advisory:joint-statement-on-dprk-cryptocurrency-thefts-and-public-private-collaboration"


def _statement(ko: KoreanPipeline, text: str, title: str, doc_type: str = "joint_statement",
               issuers: list[dict[str, str]] | None = None) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", title=title, date="2026-01-05",
                                         doc_type=doc_type, language="ko",
                                         issuers=TRIO if issuers is None else issuers))


def _issued(result: Extraction) -> dict[tuple[str, str], float]:
    return {(r.source, r.target): r.confidence for r in result.relations if r.type == "ISSUED"}


def _designated(result: Extraction) -> set[str]:
    return {r.target for r in result.relations if r.type == "DESIGNATED"}


def test_states_that_open_a_joint_statement_issued_it(ko: KoreanPipeline) -> None:
    """The Korean text of a statement never says it was issued: its opening subject (three
    states and their count, 3국은) are its authors, listed in the front matter."""
    result = _statement(ko, "한국, 미국, 일본 3국은 북한이 빼돌린 가상자산 규모에 우려를 "
                            "나타내며 민간과 함께 대응해 나간다.\n\n"
                            "3국은 업계에 경계를 늦추지 말 것을 당부한다.",
                        "북한의 가상자산 탈취와 민관 협력에 관한 한미일 공동성명")
    listed = confidence_of("issue-authors.ko.v1", prior=LISTED)  # the dev split's bound
    assert _issued(result) == {(f"country:{c}", CRYPTO): listed for c in ("KR", "US", "JP")}


def test_a_news_report_on_a_statement_is_not_the_statement(ko: KoreanPipeline) -> None:
    """Look-alike: the same opening in a news report (not a statement itself) issues
    nothing; the states only express concern."""
    result = _statement(ko, "한국, 미국, 일본 3국은 북한이 빼돌린 가상자산 규모에 우려를 나타냈다.",
                        "북한의 가상자산 탈취와 민관 협력에 관한 한미일 공동성명", doc_type="news")
    assert not _issued(result)


def test_an_author_the_front_matter_does_not_list_is_less_sure(ko: KoreanPipeline) -> None:
    """A statement listed as Korea's own that opens with another state: issued, but less
    sure (a lower prior for the same frame); North Korea as the opening subject issues nothing."""
    result = _statement(ko, "미국은 북한 IT 인력을 고용하지 말 것을 기업에 거듭 권고한다.",
                        "북한 IT 인력에 관한 기업 유의사항", doc_type="advisory",
                        issuers=[{"country": "KR", "agency": "Ministry of Foreign Affairs"}])
    unlisted = confidence_of("issue-authors.ko.v1", prior=UNLISTED)
    assert list(_issued(result).values()) == [unlisted]
    assert unlisted < confidence_of("issue-authors.ko.v1", prior=LISTED)
    north = _statement(ko, "북한은 IT 인력을 해외로 보내 외화를 번다.",
                       "북한 IT 인력에 관한 기업 유의사항", doc_type="advisory")
    assert not _issued(north)


def test_names_after_designated_among_are_designated(ko: KoreanPipeline) -> None:
    """"지정 대상 가운데 A, B는 X 산하 Y 소속": A and B are among those listed; the bodies
    they belong to are not."""
    result = ko.extract("이번 지정 대상 가운데 한도윤, 마석진은 군수공업부 산하 313총국 소속으로 "
                        "해외에 머물러 왔다.",
                        DocumentMeta(id="t", date="2026-01-05", issuers=[{"country": "KR"}]))
    assert _designated(result) == {"person:han-to-yun", "person:ma-sok-jin"}


def test_names_beside_a_target_word_that_is_no_list_are_not(ko: KoreanPipeline) -> None:
    """Look-alike: 대상 ("the object") of an inspection, not of a designation."""
    result = ko.extract("이번 점검 대상 가운데 한도윤, 마석진은 해외에 머물러 왔다.",
                        DocumentMeta(id="t", date="2026-01-05", issuers=[{"country": "KR"}]))
    assert not _designated(result)


def test_a_parent_body_described_under_a_designation_is_no_item(ko: KoreanPipeline) -> None:
    """A designation that names nobody takes the list lines after it; a line that describes
    the body the listed persons belong to (named before as 313총국 소속) is context."""
    text = ("정부는 오늘 개인 2명을 독자제재 대상으로 지정했다.\n"
            "ㅇ 김도윤, 박석진은 313총국 소속으로 해외에서 일해 왔다.\n"
            "ㅇ 313총국은 해외에 보낸 인력의 수입을 거둬들여 왔다.\n"
            "ㅇ 조선백두무역회사는 이들에게 일감을 넘겨 왔다.")
    result = ko.extract(text, DocumentMeta(id="t", date="2026-01-05",
                                           issuers=[{"country": "KR"}]))
    designated = _designated(result)
    assert "organization:313-general-bureau" not in designated
    assert {"person:kim-to-yun", "person:pak-sok-jin"} <= designated
    # a list line about a body nobody was said to belong to is still an item
    assert any(t.startswith("organization:") and "paektu" in t for t in designated)


def test_the_sentence_after_a_designation_names_its_targets(ko: KoreanPipeline) -> None:
    """"대상은 A와 B이다" right after a designation names those designated (not sure: the
    actor is the earlier sentence's); the same sentence alone, or about an inspection's
    targets (점검 대상은), designates nobody."""
    meta = DocumentMeta(id="t", date="2026-01-05", issuers=[{"country": "KR"}])
    after = ko.extract("정부는 오늘 북한 개인 2명을 독자제재 대상으로 지정했다. "
                       "대상은 김도윤과 박석진이다.", meta)
    sure = {r.target: r.confidence >= 0.8 for r in after.relations if r.type == "DESIGNATED"}
    assert sure == {"person:kim-to-yun": False, "person:pak-sok-jin": False}
    assert not _designated(ko.extract("대상은 김도윤과 박석진이다.", meta))
    assert not _designated(ko.extract("정부는 오늘 북한 개인 2명을 독자제재 대상으로 지정했다. "
                                      "점검 대상은 김도윤과 박석진이다.", meta))
