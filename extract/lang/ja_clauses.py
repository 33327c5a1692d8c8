"""Which names of a Japanese designation sentence it designates, by GiNZA's dependency parse.

The frames (extract/lang/frames.py) take every person and body of a designation sentence as
a target. A name that is an argument of another verb of the sentence is not one:
- the reason clause: Xのために活動したとして、Yを制裁対象に指定した (X is why, Y is listed);
- a relative clause that describes the target: Xの代理として資金を動かしたYを指定した,
  Xが運営するIT企業Yを指定した (Y is listed, X is what Y works for or is run by);
- another act of the sentence: Xに送金していたとして、Yを制裁対象に加えた.
By the parse, a target's chain of heads reaches the designation verb without passing a verb
of its own; verbs of designating, announcing or deciding do not count (Aを指定し、Bを追加
した; Aを加えたと発表した; Aを対象とすることを決めた), nor does the light verb of として.

Where the parse finds no designation verb in the predicate the frame matched, or the chain
never reaches a verb at all, the frame's reading stands: the parse only takes away. So it
does where the designation verb has no object (a passive: no subject) of its own: Japanese
leaves out an object the reason clause has named (AとBが…に関与したとみなし、制裁対象に指定
した: A and B are listed), and the parser may hang the verb's own object on a nearer verb
(Xを外為法に基づく対象者として指定した: X is not what 基づく takes).
"""

from __future__ import annotations

import re
from typing import Any

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.frames import FRAMES
from extract.lang.ja_relative import relative_verb

# verbs that designate, announce or decide: a name reaching the designation through one of
# them is still its target (Aを指定し、Bを追加した)
_DESIGNATING = frozenset((
    "指定", "追加", "加える", "含める", "載せる", "凍結", "科す", "課す", "講じる", "発動",
    "発表", "公表", "決定", "決める", "了解", "明らか", "拡大", "実施", "制裁", "する",
    "掲載", "入れる", "指名"))
_PREDICATES = {f.name: f.predicate for f in FRAMES["ja"]}
# a name given as an example of the counted object: 「X」など、…に関与した3団体1個人を指定した,
# Xを含む7団体及び8個人を対象に追加した (the parser hangs X on the relative clause's verb,
# or takes 含む for a verb of its own; the count it exemplifies is the verb's object)
_COUNT = (r"[0-9０-９一二三四五六七八九十]+\s*(?:つの)?\s*"
          r"(?:団体|個人|人|名|社|機関|か所|カ所|ヵ所|ヶ所)")
_EXAMPLE = re.compile(r"[」』]?\s*(?:[（(][^（()）]{1,40}[)）])?\s*(?:氏|社|容疑者|被告人?)?\s*"
                      # (not Xなどと取引した…, Xなどに送金した…: X is another verb's argument)
                      r"(?:(?:など|等)(?:\s*の(?=\s*[0-9０-９一二三四五六七八九十]))?"
                      r"(?!\s*(?:と|に|へ|から|で|が|を|の))|をはじめ(?:とする)?|を含(?:む|め))"
                      r"\s*、?[^。「」]{0,40}?"
                      r"(?:(?:計|合わせて)\s*)?" + _COUNT + r"(?:\s*(?:・|、|と|及び|および)?\s*"
                      + _COUNT + r")?\s*(?:を|も|に対し)")
# a name coordinated with the next one, which the words after と refer back to (Xと、同社の
# 代表を務めるY: 同社 is X, so X is no argument of 務める whatever the parser hangs it on)
_COORDINATE_BACK = re.compile(r"[」』]?\s*(?:氏|社)?\s*と\s*、\s*(?:同社|同団体|同機関|同氏|その)")
# the frames whose targets are the names of their own sentence
_SENTENCE_FRAMES = {
    "designation.ja.v1": ("designation.ja.v1",),
    "asset-freeze.ja.v1": ("asset-freeze.ja.v1",),
    "reported-actor.ja.v1": ("designation.ja.v1", "designation-followup.ja.v1",
                             "designation-list.ja.v1"),
}


def apply_clauses(builder: DocBuilder, doc: Any) -> None:
    """Take back the designations whose target is, in every sentence that gives one, an
    argument of another verb than the designation."""
    for key, relation in list(builder.relations.items()):
        names = _SENTENCE_FRAMES.get(relation.frame)
        if relation.type != "DESIGNATED" or names is None:
            continue
        if all(_in_other_clause(builder, doc, Span(e.start, e.end), relation.target, names)
               for e in relation.evidence):
            del builder.relations[key]


def _in_other_clause(builder: DocBuilder, doc: Any, span: Span, target: str,
                     frames: tuple[str, ...]) -> bool:
    verb = _designation_verb(builder, doc, span, frames)
    if verb is None:
        return False
    mentions = [f for f in builder.in_span(span) if f.id == target]
    return bool(mentions) and all(_clause_verb(doc, m, verb, mentions) is not None and
                                  not _EXAMPLE.match(builder.text, m.end, span.end) and
                                  not _COORDINATE_BACK.match(builder.text, m.end, span.end)
                                  for m in mentions)


def _designation_verb(builder: DocBuilder, doc: Any, span: Span,
                      frames: tuple[str, ...]) -> Any | None:
    """The verb of the predicate a frame matched in the sentence: its last verb token."""
    sentence = span.text(builder.text)
    for name in frames:
        # (Aに対する制裁を先送りする一方、Bを指定した: a listing word that ends a relative
        # clause is not the predicate, as apply_frames reads it)
        matches = list(_PREDICATES[name].finditer(sentence))
        match = next((m for m in matches if not relative_verb(sentence, m)),
                     matches[0] if matches else None)
        if match is None:
            continue
        start, end = span.start + match.start(), span.start + match.end()
        tokens = doc.char_span(start, end, alignment_mode="expand")
        verbs = [t for t in tokens or () if t.pos_ == "VERB"]
        if not verbs and tokens is not None:
            # (Xへの制裁を決め、…: a predicate that ends on its object; the verb after it)
            verbs = [t for t in doc[tokens.end:tokens.end + 2] if t.pos_ == "VERB"][:1]
        if verbs:
            return verbs[-1]
    return None


def _clause_verb(doc: Any, mention: Found, verb: Any, same: list[Found]) -> Any | None:
    """The verb of another clause that the mention is an argument of, on its way to the
    designation verb; None when it reaches the designation through no such verb.
    A name the parser hangs on its own anaphor (X氏と同氏が経営するY社を指定した: X
    under 同氏, the subject of 経営する) is no coordinate of it, but of the noun the
    anaphor's relative clause describes: the way goes on from that noun."""
    tokens = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if tokens is None:
        return None
    passive = any(t.lemma_ in ("れる", "られる") for t in verb.children if t.dep_ == "aux")
    if not any(t.dep_ == ("nsubj" if passive else "obj") for t in verb.children):
        return None  # no target of its own: left unsaid, or hung elsewhere by the parser
    # Japanese is head-final: of the mention's tokens hung outside it, the last is the
    # name's head (the parser may hang a katakana proper part apart from its 会社)
    outside = [t for t in tokens if not tokens.start <= t.head.i < tokens.end]
    token = (outside[-1] if outside else tokens.root).head
    seen = 0
    others = [m for m in same if m.start != mention.start]
    while token.i != verb.i and seen < 40:
        if token.head.dep_ == "acl" and token.head.i != verb.i and \
                any(m.start <= token.idx < m.end for m in others):
            token = token.head.head  # the described noun, past the anaphor's clause
            seen += 1
            continue
        if _predicate(token) and token.lemma_ not in _DESIGNATING:
            return token
        if token.head.i == token.i:
            return None  # the root, and the designation verb not on the way: no reading
        token = token.head
        seen += 1
    return None


def _predicate(token: Any) -> bool:
    """A verb, or a verbal noun that する makes the predicate: the parser may read the main
    verb as a noun at the root (Aを指定したが、Bについては先送りした: 先送り a NOUN)."""
    return bool(token.pos_ == "VERB" or (token.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lemma_ == "する" for c in token.children)))
