"""The name comparisons the cross-language links repeat for every English name are
remembered (extract/lang/romanize.py, org_words.py): a remembered answer must be the one
computed afresh, and a caller's list must not be the cache's own."""

from __future__ import annotations

from extract.lang import hangul_guess, kana_names, org_words, romanize


def test_remembered_comparisons_equal_fresh_ones() -> None:
    pairs = [("한별수", "ハン・ビョルス"), ("한별수", "ハン・ピョルス"), ("도겸", "ト・ギョム"),
             ("한별수", "ハン・ミョンス")]
    first = [kana_names.same_katakana_name(h, k) for h, k in pairs]
    assert first[0] and first[2] and not first[3]
    kana_names.same_katakana_name.cache_clear()
    romanize._syllable_keys.cache_clear()
    assert [kana_names.same_katakana_name(h, k) for h, k in pairs] == first
    assert romanize.same_person_name("한별수", "Han Pyol Su")
    assert not romanize.same_person_name("한별수", "Han Myong Su")
    assert org_words.fit("ハンビョル貿易", "Hanbyol Trading Company") == org_words.fit.__wrapped__(
        "ハンビョル貿易", "Hanbyol Trading Company")


def test_candidates_are_a_fresh_list_each_time() -> None:
    found = hangul_guess.hangul_candidates("Han Pyol Su", 8)
    assert found and found[0] == "한별수"
    found.clear()
    assert hangul_guess.hangul_candidates("Han Pyol Su", 8)[0] == "한별수"


def test_syllable_keys_are_every_folded_spelling() -> None:
    keys = romanize._syllable_keys("별", False, romanize.syllable_spellings, True)
    assert keys == frozenset(romanize.fold_key(s) for s in romanize.syllable_spellings("별"))


def test_korean_tokens_are_read_anew_for_another_text() -> None:
    """The Korean pipeline keeps the last text's tokens: another text gets its own, and a
    caller's list is a copy."""
    from extract.lang.ko import KoreanPipeline

    pipeline = KoreanPipeline()
    first = pipeline.tokens("한별수는 회사를 세웠다.")
    assert first and first == pipeline.tokens("한별수는 회사를 세웠다.")
    first.clear()
    assert pipeline.tokens("한별수는 회사를 세웠다.")
    other = pipeline.tokens("도겸이 돈을 보냈다.")
    assert other == [(t.start, t.start + t.len, t.form, t.tag)
                     for t in pipeline.kiwi.tokenize("도겸이 돈을 보냈다.")]
