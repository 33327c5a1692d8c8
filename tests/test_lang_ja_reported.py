"""The designating state of a Japanese news sentence whose actor is not its subject
(extract/lang/ja_reported.py), through the real GiNZA pipeline. Our own sentences and
invented names; each construction has a look-alike that must not give the relation."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from extract.lang.native import load_native
from graph.model import DocumentMeta


@pytest.fixture(scope="module")
def ja() -> JapanesePipeline:
    return JapanesePipeline(load_native())


def designated(ja: JapanesePipeline, text: str) -> set[tuple[str, str]]:
    result = ja.extract(text, DocumentMeta(id="t", date="2026-02-03"))
    first = {e.id: e.name if e.type == "Country" else
             min(e.mentions, key=lambda m: m.start).text for e in result.entities}
    return {(first[r.source], first[r.target]) for r in result.relations
            if r.type == "DESIGNATED"}


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
