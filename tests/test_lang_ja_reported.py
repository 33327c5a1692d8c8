"""The designating state of a Japanese news sentence whose actor is not its subject
(extract/lang/ja_reported.py), through the real GiNZA pipeline. Our own sentences and
invented names; each construction has a look-alike that must not give the relation."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from graph.model import DocumentMeta
from tests.ja_designators import government


def designated(ja: JapanesePipeline, text: str) -> set[tuple[str, str]]:
    result = ja.extract(text, DocumentMeta(id="t", date="2026-02-03"))
    first = {e.id: e.name if e.type == "Country" else
             min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    by = {e.id: government(e) or first[e.id] for e in result.entities}  # DESIGNATED: the state
    return {(by[r.source] if r.type == "DESIGNATED" else first[r.source], first[r.target])
            for r in result.relations if r.type == "DESIGNATED"}


@pytest.mark.parametrize(("text", "expected"), [
    # the announcer after the verb
    ("北朝鮮のIT企業「朝鮮海星技術会社」を制裁対象に指定したと、米財務省が2日発表した。",
     {("United States", "朝鮮海星技術会社")}),
    # the source a passive is reported from
    ("米財務省の発表によると、朝鮮海星技術会社が新たに制裁対象に指定された。",
     {("United States", "朝鮮海星技術会社")}),
    ("米財務省によると、新たに制裁対象となったのは朝鮮海星技術会社とキム・ナンスン氏。",
     {("United States", "朝鮮海星技術会社"), ("United States", "キム・ナンスン")}),
    # the owner of the sanction
    ("朝鮮海星技術会社が米国の制裁対象に指定された。", {("United States", "朝鮮海星技術会社")}),
])
def test_reported_actor(ja: JapanesePipeline, text: str,
                        expected: set[tuple[str, str]]) -> None:
    assert designated(ja, text) == expected


@pytest.mark.parametrize("text", [
    # a plan announced
    "朝鮮海星技術会社を制裁対象に指定する方針だと、米財務省が明らかにした。",
    # a negation
    "朝鮮海星技術会社は米国の制裁対象に指定されていない。",
    # a source that is not a government: it reports, it did not designate
    "共同通信によると、朝鮮海星技術会社が制裁対象に指定された。",
    # according to the government, but no designation: a description
    "米財務省によると、朝鮮海星技術会社は平壌に本社を置く。",
])
def test_reported_actor_look_alikes(ja: JapanesePipeline, text: str) -> None:
    assert designated(ja, text) == set()


_RELEASE = "本日、米国財務省外国資産管理局（OFAC）は、北朝鮮のIT労働者の収益スキームに関与した" \
    "1団体と1個人に対して制裁措置を講じた。" + """

朝鮮海星技術会社

朝鮮海星技術会社は、中国にIT労働者を派遣している。朝鮮海星技術会社は、北朝鮮政府のために行動したとして、大統領令第13722号に基づき指定された。

キム・ナンスン

キム・ナンスンは、同社の代表である。同氏は、同社のために行動したとして、大統領令第13722号に基づき指定される。
"""


def test_sections_designated_by_their_legal_basis(ja: JapanesePipeline) -> None:
    assert designated(ja, _RELEASE) == {("United States", "朝鮮海星技術会社"),
                                        ("United States", "キム・ナンスン")}


@pytest.mark.parametrize("sentence", [
    # designated long ago, recalled without a date
    "朝鮮海星技術会社は、既に大統領令第13722号に基づき指定されている。",
    # the passive describes another body
    "朝鮮海星技術会社は、大統領令第13722号に基づき指定された企業と取引した。",
    # a plan
    "朝鮮海星技術会社は、大統領令第13722号に基づき指定される見通しだ。",
])
def test_legal_basis_look_alikes(ja: JapanesePipeline, sentence: str) -> None:
    release = _RELEASE.split("朝鮮海星技術会社\n\n")[0] + sentence
    assert ("United States", "朝鮮海星技術会社") not in designated(ja, release)


def test_coordinated_topics_designated_by_their_legal_basis(ja: JapanesePipeline) -> None:
    release = _RELEASE.split("朝鮮海星技術会社\n\n")[0] + \
        "朝鮮海星技術会社及びキム・ナンスンは、それぞれ大統領令第13722号に基づき指定された。"
    assert designated(ja, release) == {("United States", "朝鮮海星技術会社"),
                                       ("United States", "キム・ナンスン")}
