"""One DPRK body under its two names (the defence ministry before and after its 2020
renaming): the Korean and Japanese names and both English names land on one node."""

from __future__ import annotations

from extract.gazetteer import load_gazetteer
from extract.lang.native import load_native


def test_the_defence_ministry_is_one_node_under_both_names() -> None:
    native = load_native()
    gazetteer = load_gazetteer()
    ids = {native.surfaces["ko"][name].id for name in ("국방성", "인민무력성")}
    ids |= {native.surfaces["ja"][name].id for name in ("人民武力省", "北朝鮮国防省")}
    for english in ("Ministry of National Defence", "Ministry of the People's Armed Forces"):
        ids |= {entry.id for entry in gazetteer.lookup(english)}
    assert len(ids) == 1


def test_the_rok_defence_ministry_stays_apart() -> None:
    """Look-alike: the ROK's Ministry of National Defense is another body."""
    gazetteer = load_gazetteer()
    rok = {entry.id for entry in gazetteer.lookup("Ministry of National Defense of the Republic "
                                                  "of Korea")}
    dprk = {entry.id for entry in gazetteer.lookup("Ministry of the People's Armed Forces")}
    assert rok and dprk and not rok & dprk
