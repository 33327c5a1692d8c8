"""Foreign banks and joint ventures named in katakana loanwords with middle dots
(extract/lang/ja_katakana_companies.py), through the real GiNZA pipeline, in our own
wording with invented names: the last word (バンク, ジョイント・ベンチャー) says a body, not a
person, as トレーディング does."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from tests.ja_text import run


def kinds(ja: JapanesePipeline, text: str) -> dict[str, str]:
    return {m.text: e.type for e in run(ja, text).entities
            if e.type in ("Person", "Organization") for m in e.mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("米財務省は4日、コリア・ソヌル・バンクを制裁対象に指定したと発表した。",
     "コリア・ソヌル・バンク"),
    ("米財務省は、北朝鮮の偵察総局傘下のテルナ・ミラ・ジョイント・ベンチャーに制裁を科した。",
     "テルナ・ミラ・ジョイント・ベンチャー"),
])
def test_a_bank_or_joint_venture_in_katakana_is_a_body(ja: JapanesePipeline, text: str,
                                                       name: str) -> None:
    assert kinds(ja, text).get(name) == "Organization"


@pytest.mark.parametrize(("text", "name"), [
    # a family name that begins like the company word is still a person's (バンクス)
    ("米国務省のジョン・バンクス報道官は、制裁の理由を説明した。", "ジョン・バンクス"),
    # ベンチャー as a common noun before a person is no part of a name
    ("ベンチャー企業を経営するパク・ソンミン氏が語った。", "パク・ソンミン"),
])
def test_a_person_beside_a_company_word_stays_a_person(ja: JapanesePipeline, text: str,
                                                       name: str) -> None:
    assert kinds(ja, text).get(name) == "Person"
