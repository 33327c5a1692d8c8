"""Korean names in katakana against their English spelling (session 31): a u-row kana and a
small vowel write a glide (월 ウォル, 광 グァン/クァン, 원 ウォン), which a kana-by-kana reading
lost; a family name spelled its own way with a rarer vowel (최 "Choe") is among the Hangul
candidates of its English spelling. Invented names; look-alikes that must not match."""

from __future__ import annotations

import pytest

from extract.lang.hangul_guess import hangul_candidates
from extract.lang.kana_names import same_katakana_name


def _reads(latin: str, kana: str) -> bool:
    # the comparison crosslink.py makes: the first candidates of the English spelling
    return any(same_katakana_name(h, kana) for h in hangul_candidates(latin, 16))


@pytest.mark.parametrize(("latin", "kana"), [
    ("Pak Wol Hyang", "パク・ウォルヒャン"),
    ("So Kwang Chol", "ソ・グァンチョル"),
    ("So Kwang Chol", "ソ・クァンチョル"),
    ("Kang Won Sik", "カン・ウォンシク"),
    ("Choe Myong Ae", "チェ・ミョンエ"),
])
def test_glides_and_family_names_read(latin: str, kana: str) -> None:
    assert _reads(latin, kana)


@pytest.mark.parametrize(("latin", "kana"), [
    ("Pak Ol Hyang", "パク・ウォルヒャン"),  # 올 is no glide
    ("So Kang Chol", "ソ・グァンチョル"),  # 강 has none either
    ("Cho Myong Ae", "チェ・ミョンエ"),  # 조 is チョ, not チェ
])
def test_a_name_without_the_glide_or_vowel_is_another(latin: str, kana: str) -> None:
    assert not _reads(latin, kana)
