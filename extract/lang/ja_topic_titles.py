"""A listed Japanese statement quoted without its topic: 企業等に対する注意喚起 for
北朝鮮IT労働者に関する企業等に対する注意喚起.

Releases and news shorten a title by dropping the "on <topic>" part (…に関する) when the
sentence around it already says the topic. The shortened phrase is the listed statement
only when it is the whole rest of a listed title after its topic and the document itself
names that topic (北朝鮮IT労働者 / 北朝鮮のIT労働者); in a document about something else the
same words may be another ministry's advisory, and stay a statement of their own.
"""

from __future__ import annotations

import re

from extract.gazetteer import GazetteerEntry
from extract.lang.common import DocBuilder, Span
from extract.lang.native import NativeGazetteer

_TOPIC_END = "に関する"
# a statement described by its likeness to another (同趣旨のガイダンス "guidance to the same
# effect", 同様の注意喚起, この種の声明), after a word of time (これまでに, 既に): a kind of
# statement, no title
_DESCRIBED = re.compile(r"^(?:(?:これまで|今まで|以前|過去|既|すで|先)に?、?)?"
                        r"(?:同趣旨|同様|同種|類似|この種|その種|こうした|このような|そのような|"
                        r"同じ|別|独自)の")


def described(phrase: str) -> bool:
    return bool(_DESCRIBED.match(phrase))


def _mentions_topic(text: str, topic: str) -> bool:
    """The topic as the text writes it, with or without の between its words."""
    return topic in text or topic.replace("の", "") in text.replace("の", "")


def topic_advisory(phrase: str, text: str, native: NativeGazetteer) -> GazetteerEntry | None:
    phrase = phrase.strip("「」『』 ")
    found: dict[str, GazetteerEntry] = {}
    for surface, entry in native.surfaces["ja"].items():
        if entry is None or entry.type != "Advisory" or not surface.endswith(phrase):
            continue
        head = surface[:len(surface) - len(phrase)]
        if head.endswith(_TOPIC_END) and _mentions_topic(text, head[:-len(_TOPIC_END)]):
            found[entry.id] = entry
    return next(iter(found.values())) if len(found) == 1 else None


# the topic of a title: what comes before 「に関する」 (北朝鮮IT労働者に関する…注意喚起)
_TOPIC = re.compile(r"^(?P<topic>[^「」『』、。]{2,30}?)(?:に関する|についての)")
_WARNING_KINDS = ("注意喚起", "注意報", "勧告", "ガイダンス", "アドバイザリー")  # not a 声明


def apply_title_topics(builder: DocBuilder, native: NativeGazetteer) -> None:
    """An advisory whose title is about a listed group or unit (北朝鮮IT労働者に関する企業等に
    対する注意喚起) warns about it, when the document names that group: the title says what
    the advisory is about. A title about an act or a thing (…サイバー活動に関する声明) gives
    none; the group must be the whole topic. A statement (声明) names its topic broadly
    and is left to its sentences."""
    for found in [f for f in builder.found if f.type == "Advisory" and not f.unnamed]:
        if not found.text.endswith(_WARNING_KINDS):
            continue
        topic = _TOPIC.match(found.text)
        entry = native.surfaces["ja"].get(topic.group("topic")) if topic else None
        if entry is None or entry.type != "Organization" or entry.id not in builder.entities:
            continue
        builder.relate("WARNS_ABOUT", found.id, entry.id, Span(found.start, found.end),
                       frame="title-topic.ja.v1", confidence=0.6)
