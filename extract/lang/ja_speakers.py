"""Who speaks the quotation a Japanese designation stands in, and so who designates.

A designation said inside a quotation (官房長官は「…を資産凍結の対象とした」と述べた) is the act
of the state the speaker speaks for, never of the speaker as a person:
- a government speaker: a state, a government or an agency marked as the sentence's topic
  or subject (外務省は「…」), or a government post (官房長官, 外相, 報道官), with the state or
  agency named before the post (日本の外相, 韓国外交部報道官) or, with none, the state that
  issued the document; an actor the quotation names itself (「韓国政府は…指定した」) stays;
- any other speaker (a researcher, a professor, a company or its staff, a person named with
  no post) tells what someone else did: the quotation states no designation.
The speaker is the last name, post or person word marked with は/が/も before the opening
bracket, else the one after the closing bracket and its と (「…」と外相は述べた). A quotation
whose speaker none of these names is left as the frames read it.

Outside a quotation the same post may be the subject of the designation itself (日本の外相は
…を資産凍結の対象に指定したと発表した): the state named before the post designates, and the
post's holder is no target; a post with no state named leaves the frames' fallbacks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.roles import issuing_state

# posts of a government, whose holder speaks for the state (longest first)
_POST = re.compile(r"官房副長官|官房長官|副大統領|大統領|総理大臣|首相|総理|外務大臣|外務相|外相|"
                   r"財務大臣|財務相|経済産業大臣|経産相|法務大臣|法相|防衛相|国防相|統一相|"
                   r"国務長官|財務長官|司法長官|副報道官|報道官|次官補|次官|長官|大臣|大使|政府高官")
# words for a speaker who holds no government post: a scholar, an analyst, a company's or a
# group's staff, a witness
_OTHER = re.compile(r"教授|研究者|研究員|専門家|アナリスト|識者|学者|評論家|担当者|関係者|広報|"
                    r"社長|代表|幹部|社員|従業員|弁護士|記者|経営者|住民|元職員|所長|理事長")
# what may stand between a speaker's head and its topic or subject marker: a person's name
# after the post is a Found, so only 氏, a reading in brackets and blanks
_MARK = re.compile(r"\s*(?:氏|さん)?\s*(?:[（(][^）)「」]{0,30}[）)])?\s*(?:は|が|も)(?![ずら])")
# the state or agency whose post it is: right before it, with の or nothing between,
# through its mission (米国大使館の報道官: the United States') or with the stem of a
# ministry glued to the post (日本の外務報道官, 米国の国務副長官)
_OF = re.compile(r"^\s*(?:大使館|総領事館|領事館|代表部|政府|当局)?\s*の?\s*"
                 r"(?:外務|外交|財務|国務|国防|防衛|統一|法務|経産)?\s*$")
_PAIRS = {"「": "」", "『": "』"}


@dataclass(frozen=True)
class Voice:
    """The quotation a predicate stands in: where it opens and closes, and the actors of
    its speaker (empty: a speaker who acts for no state)."""

    opening: int
    closing: int
    actors: tuple[str, ...]


def _outermost_opening(text: str, span: Span, at: int) -> int | None:
    if not any(text.count(o, span.start, at) > text.count(c, span.start, at)
               for o, c in _PAIRS.items()):
        return None  # (most predicates stand in no quotation: no walk)
    stack: list[int] = []
    for index in range(span.start, at):
        char = text[index]
        if char in _PAIRS:
            stack.append(index)
        elif stack and char == _PAIRS[text[stack[-1]]]:
            stack.pop()
    return stack[0] if stack else None


def _speaker_heads(builder: DocBuilder, start: int,
                   end: int) -> list[tuple[int, int, str, int]]:
    """(start, end, kind, anchor) of each word in [start, end) marked as topic or subject:
    a state or agency ("actor"), a post ("post"), a person or body ("other" unless a post
    stands right before it). The anchor is where the post's phrase starts: its owner, if
    any, is named right before it (日本の林田官房長官: 日本, then a person and the post)."""
    text = builder.text
    persons = [f for f in builder.found if start <= f.start and f.end <= end and
               f.type == "Person"]
    heads = []
    for match in _POST.finditer(text, start, end):
        holder = next((f.start for f in persons if f.end == match.start()), match.start())
        heads.append((match.start(), match.end(), "post", holder))
    heads += [(m.start(), m.end(), "other", m.start()) for m in _OTHER.finditer(text, start,
                                                                               end)]
    posts = [h for h in heads if h[2] == "post"]
    for found in builder.found:
        if start <= found.start and found.end <= end:
            kind = "actor" if found.type in ("Country", "Agency") else "other"
            post = next((h for h in posts if h[1] <= found.start and
                         _OF.match(text[h[1]:found.start])), None)
            if found.type == "Person" and post is not None:
                heads.append((found.start, found.end, "post", post[3]))  # 報道官のX氏は
                continue
            heads.append((found.start, found.end, kind, found.start))
    return sorted((h for h in heads if _MARK.match(text, h[1], end)), key=lambda h: h[1])


def _actors_of_post(builder: DocBuilder, anchor: int, start: int) -> tuple[str, ...]:
    """The state or agency named right before a post (日本の外相, 韓国外交部報道官)."""
    text = builder.text
    owners = [f for f in builder.found if start <= f.start and f.end <= anchor and
              f.type in ("Country", "Agency") and _OF.match(text[f.end:anchor])]
    return (max(owners, key=lambda f: f.end).id,) if owners else ()


def quoted_voice(builder: DocBuilder, span: Span, at: int) -> Voice | None:
    """The quotation the predicate at `at` stands in and its speaker's actors; None when it
    stands in none or its speaker is not told."""
    text = builder.text
    opening = _outermost_opening(text, span, at)
    if opening is None:
        return None
    close = text.find(_PAIRS[text[opening]], at, span.end)
    closing = close if close >= 0 else span.end
    heads = _speaker_heads(builder, span.start, opening)
    if not heads and close >= 0 and text.startswith("と", close + 1):
        heads = _speaker_heads(builder, close + 2, span.end)[:1]
    if not heads:
        return None
    start, end, kind, anchor = heads[-1]
    if kind == "other":
        return Voice(opening, closing, ())
    if kind == "actor":
        speaker = next(f for f in builder.found if f.start == start and f.end == end)
        return Voice(opening, closing, (speaker.id,))
    # (a post with no state named: the state that issued the document)
    return Voice(opening, closing, _actors_of_post(builder, anchor, span.start) or
                 tuple(issuing_state(builder)))


def within(voice: Voice, patients: list[tuple[Found, float]]) -> list[tuple[Found, float]]:
    """The targets a quotation names: only those inside it (not its speaker)."""
    return [(p, lower) for p, lower in patients if voice.opening < p.start < voice.closing]


def subject_post(builder: DocBuilder, span: Span, at: int) -> tuple[list[str], Span | None]:
    """The state or agency a post marked as the subject before `at` holds office for, when
    the post's phrase names it (日本の官房長官は…指定したと発表した: Japan), with the phrase
    (its holder is no target); nothing when it names none (the frames' own fallbacks)."""
    heads = _speaker_heads(builder, span.start, at)
    if not heads or heads[-1][2] != "post":
        return [], None
    _start, end, _kind, anchor = heads[-1]
    actors = _actors_of_post(builder, anchor, span.start)
    return (list(actors), Span(anchor, end)) if actors else ([], None)
