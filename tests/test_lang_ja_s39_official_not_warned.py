"""An agency's official named after it (財務省のX次官) speaks or warns for it; a warning in the
same sentence is never about him (invented names and wording)."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from tests.ja_text import run


def _warned(ja: JapanesePipeline, text: str) -> set[str]:
    result = run(ja, text)
    names = {e.id: e.name for e in result.entities}
    return {names[r.target] for r in result.relations if r.type == "WARNS_ABOUT"}


def test_the_official_who_warns_is_not_warned_about(ja: JapanesePipeline) -> None:
    text = ("日米韓3か国は共同声明を発表した。財務省のスミス次官は声明で"
            "「北朝鮮のIT労働者は企業から金を脅し取っている」と批判し、"
            "各国の企業に警戒を呼びかけた。")
    assert "スミス" not in _warned(ja, text)


def test_a_person_the_warning_names_stays_its_target(ja: JapanesePipeline) -> None:
    text = ("警察庁は、北朝鮮のIT労働者であるキム・チョルスについて、企業に注意を呼びかけた。")
    # named after no agency: the warning is about him
    assert "キム・チョルス" in _warned(ja, text)
