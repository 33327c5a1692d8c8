"""Katakana names against English ones (crosslink.py, romanize.py, org_words.py): the
readings that bring a Japanese rendering to its English node, each beside a look-alike that
must stay a name match at most. Names are invented."""

from __future__ import annotations

from extract.lang.cross_names import _joined_particles
from extract.lang.hangul_guess import hangul_candidates
from extract.lang.kana_names import same_katakana_name
from extract.lang.org_words import Fit, fit
from extract.lang.western_names import same_western_name


def test_a_hyphenated_given_name_is_read_within_the_first_candidates() -> None:
    # 성 is spelled "song" as stored; the whole spelling's cost ranks 문성일 early
    assert any(same_katakana_name(h, "ムン・ソンイル")
               for h in hangul_candidates("Mun Sung-Il", 16))
    assert not any(same_katakana_name(h, "ムン・ヨンチョル")
                   for h in hangul_candidates("Mun Sung-Il", 64))


def test_a_family_name_with_particles_is_one_katakana_word() -> None:
    joined = _joined_particles("Carlos Andres Vega De La Fuente")
    assert joined == "Carlos Andres Vega DeLaFuente"
    assert same_western_name("カルロス・アンドレス・ベガ・デラフエンテ", joined) == 4
    assert _joined_particles("Kim Sang Man") == "Kim Sang Man"
    # a particle is no family name of its own: "Maria De" stays as written
    assert _joined_particles("Maria De") == "Maria De"


def test_one_word_read_by_sound_is_a_name_match_only() -> None:
    # a brand in katakana sounds as two English words of another name: never the same whole
    assert fit("ナイキ", "New York Company") is not Fit.WHOLE
    assert fit("朝鮮白楊貿易会社", "Korea Paekyang Trading Corporation") is Fit.WHOLE


def test_a_foreign_body_in_katakana_sounds_as_its_english_name_word_for_word() -> None:
    """A body's whole katakana name written by sound (ノースリッジ・ベンチャー) is a name
    match for the English name with as many words, each in its place (the -ture of
    "Venture" said ch, the -dge of "Northridge" a j); a name with another word is none."""
    from extract.lang.cross_names import name_matches
    from extract.lang.english_registry import EnglishEntity
    from graph.model import ExtractedEntity

    def matches(kana: str, english: str) -> bool:
        entity = ExtractedEntity(id="organization:x", type="Organization", name=kana,
                                 aliases=[kana])
        return bool(name_matches(entity, EnglishEntity("organization:y", "Organization",
                                                       (english,))))

    assert same_western_name("ベンチャー", "Venture") == 1
    assert matches("ノースリッジ・ベンチャー", "Northridge Venture")
    assert matches("ブラックウッド", "Blackwood")
    assert not matches("サウスゲート・ベンチャー", "Northridge Venture")  # another word
    assert not matches("ブラックウッド・キャピタル", "Greenfield Capital")
