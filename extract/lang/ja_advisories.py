"""A statement or advisory that a Japanese text names only by its kind: 共同声明, 注意喚起.

News and releases often say "3か国は共同声明を発表した" without the title. Which statement
that is:
- the one the document's own title names, when the title names a published one the
  gazetteer lists (a document titled 「北朝鮮IT労働者に関する日米韓共同声明」 means that
  statement by 共同声明);
- otherwise, when a joint statement or an advisory (not a bare 声明, which may be a remark)
  is what an issuing verb issues (…を発表した/公表した/発出した, or …が発表した共同声明),
  a statement of this document only, named by the word: it exists, but nothing says it is
  any other document's statement, so its id is the document's.
"""

from __future__ import annotations

import re

from extract.lang.advisory_titles import known_advisory
from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ja_layout import repoint
from extract.lang.native import NativeGazetteer
from graph.ids import slugify

_KINDS = ("共同声明", "注意喚起", "注意報", "ガイダンス", "声明", "報告書", "勧告",
          "公共サービス告知")
# kinds that are a document of their own when issued; a bare 声明 or 報告書 may be a remark
# (公共サービス告知: the FBI's public service announcement, as Japanese news calls a PSA)
_OWN_KINDS = ("共同声明", "注意喚起", "注意報", "公共サービス告知")
# its number in brackets right after the word: 注意喚起（警告番号I-090325-PSA）を出した
_BRACKET = r"(?:（[^）]{1,40}）|\([^)]{1,40}\))?"
_ABBREVIATION = re.compile(r"[（(]\s*([A-Z]{2,6})\s*[）)]")
_NUMBER = re.compile(r"[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){2,}")
_BARE = re.compile(r"(?<![\u4e00-\u9fffァ-ヺー])(?:" + "|".join(_KINDS) + r")")
_ISSUED_BY_VERB = re.compile(r"^\s*" + _BRACKET + r"\s*を\s*(?:共同で|連名で|合同で)?\s*"
                             r"(?:発表|公表|発出|公開|出し|出した|採択|取りまとめ)")
# the verb in a relative clause right before the statement: 3か国が発表した共同声明で
_ISSUED_BEFORE = re.compile(r"(?:発表|公表|発出|公開|出)(?:した|された|している)\s*$")
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
        elif kind in _OWN_KINDS and (_ISSUED_BY_VERB.match(builder.text[end:end + 60]) or
                                     _ISSUED_BEFORE.search(builder.text, max(0, start - 8),
                                                           start)):
            number = _NUMBER.search(builder.text[end:end + 42].split("）")[0].split(")")[0])
            if number and builder.text[end:end + 1] in "（(":
                # its number names it: one notice, whichever document speaks of it
                builder.add(Found(start, end, kind, "Advisory",
                                  make_id("Advisory", number.group(0)), number.group(0),
                                  confidence=0.7))
                continue
            document = slugify(builder.meta.id) or "document"
            entity_id = f"advisory:{document}#ja-{kind.encode().hex()}"
            builder.add(Found(start, end, kind, "Advisory", entity_id, kind, confidence=0.6,
                              unnamed=True))
        _abbreviation(builder, end)


def _abbreviation(builder: DocBuilder, end: int) -> None:
    """公共サービス告知（PSA）: the Latin letters in brackets abbreviate the statement before
    them; a recognizer that took them for a company's name is repointed to it."""
    statement = [f for f in builder.found if f.end == end and f.type == "Advisory"]
    match = _ABBREVIATION.match(builder.text, end)
    if not statement or match is None:
        return
    for found in builder.found:
        if found.start == match.start(1) and found.end == match.end(1) and \
                found.type == "Organization":
            repoint(builder, found, statement[0])
