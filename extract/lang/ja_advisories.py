"""A statement or advisory that a Japanese text names only by its kind: 共同声明, 注意喚起.

News and releases often say "3か国は共同声明を発表した" without the title. Which statement
that is:
- the one the document's own title names, when the title names a published one the
  gazetteer lists (a document titled 「北朝鮮IT労働者に関する日米韓共同声明」 means that
  statement by 共同声明);
- otherwise, when a joint statement or an advisory (not a bare 声明, which may be a remark)
  is what an issuing verb issues (…を発表した/公表した/発出した),
  a statement of this document only, named by the word: it exists, but nothing says it is
  any other document's statement, so its id is the document's.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found
from extract.lang.names import known_advisory
from extract.lang.native import NativeGazetteer
from graph.ids import slugify

_KINDS = ("共同声明", "注意喚起", "注意報", "ガイダンス", "声明", "報告書", "勧告")
# kinds that are a document of their own when issued; a bare 声明 or 報告書 may be a remark
_OWN_KINDS = ("共同声明", "注意喚起", "注意報")
_BARE = re.compile(r"(?<![\u4e00-\u9fffァ-ヺー])(?:" + "|".join(_KINDS) + r")")
_ISSUED_BY_VERB = re.compile(r"^\s*を\s*(?:共同で|連名で|合同で)?\s*(?:発表|公表|発出|公開|出し|"
                             r"出した|採択|取りまとめ)")
_SO_TITLED = re.compile(r"[」』]\s*と題(?:する|した)\s*$")
_TITLE_PHRASE = re.compile(r"[^「」『』、。\s]+?(?:" + "|".join(_KINDS) + r")")


def _titled(builder: DocBuilder, native: NativeGazetteer) -> dict[str, tuple[str, str]]:
    """Kind word -> (id, name) of the listed statement the document's title names."""
    out: dict[str, tuple[str, str]] = {}
    for match in _TITLE_PHRASE.finditer(builder.meta.title or ""):
        entry = known_advisory(match.group(0), "ja", native)
        if entry is None:
            continue
        for kind in _KINDS:
            if match.group(0).endswith(kind):
                out.setdefault(kind, (entry.id, entry.name))
    return out


def add_bare_advisories(builder: DocBuilder, native: NativeGazetteer) -> None:
    titled = _titled(builder, native)
    for match in _BARE.finditer(builder.text):
        start, end = match.span()
        if any(f.start < end and start < f.end for f in builder.found):
            continue
        kind = match.group(0)
        named = _SO_TITLED.search(builder.text, max(0, start - 8), start)
        title = [f for f in builder.found if f.type == "Advisory" and named is not None
                 and 0 <= named.start() - f.end <= 1]
        if title:  # 「X」と題する報告書: the report is X
            builder.add(Found(start, end, kind, "Advisory", title[0].id, title[0].name,
                              confidence=0.75, alias=False))
        elif kind in titled:
            entity_id, name = titled[kind]
            builder.add(Found(start, end, kind, "Advisory", entity_id, name,
                              confidence=0.75, alias=False))
        elif kind in _OWN_KINDS and _ISSUED_BY_VERB.match(builder.text[end:end + 12]):
            document = slugify(builder.meta.id) or "document"
            entity_id = f"advisory:{document}#ja-{kind.encode().hex()}"
            builder.add(Found(start, end, kind, "Advisory", entity_id, kind, confidence=0.6,
                              unnamed=True))
