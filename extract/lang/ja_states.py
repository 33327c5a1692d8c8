"""Two states named in one word as the actor of a Japanese sentence: 米韓が共同で…指定した,
米韓両国は…, 日米両政府から制裁対象に指定された.

Japanese abbreviates each state to one character (日 Japan, 米 the United States, 韓 Korea)
and joins them with nothing between: 米韓 is "the US and the ROK". As the topic, subject or
"by"-phrase of a sentence (with 両国 "both states" or 両政府 "both governments" after it) the
word is each state, so the act the sentence states is each one's. The recognizer may read
the bare word as a person (米韓 read as a surname and a given name); it is no name.

A pair word elsewhere (米韓首脳会談, 日米の協議を受けて) is no actor and is left alone; the
acts of a sentence whose topic is another actor (米財務省は、米韓が協議した結果…) are that
actor's alone.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.cues import JA
from extract.lang.names import entry_properties
from extract.lang.native import NativeGazetteer

_STATES = {"日": "JP", "米": "US", "韓": "KR"}
# the pair, then "both states/governments" or a count, then the particle of an actor
_PAIR = re.compile(r"(?<![一-龥ァ-ヺ])([日米韓])([日米韓])(\s*(?:両国|両政府|政府|両国政府|当局|"
                   r"[2２二]\s*(?:か国|カ国|ヶ国|ヵ国))?)(?=\s*(?:は|が|も|から|により|によって|"
                   r"と共同で|共同で|の(?:独自|共同)?制裁))")
_ACTED = ("DESIGNATED", "ISSUED")


def add_actor_pairs(builder: DocBuilder, native: NativeGazetteer) -> None:
    """Each state of an actor pair word gets the word (with 両国/両政府) as its mention."""
    for match in _PAIR.finditer(builder.text):
        first, second = match.group(1), match.group(2)
        if first == second:
            continue
        start, end = match.start(), match.end(3)
        overlapping = [f for f in builder.found if f.start < end and start < f.end]
        if any(f.type not in ("Country", "Person") for f in overlapping):
            continue  # part of a longer name the gazetteer knows
        for found in overlapping:
            builder.withdraw(found)
        if _topic_before(builder, start):
            continue  # 米財務省は、米韓が協議した結果…: the pair is no actor of the sentence
        for char in (first, second):
            entry = native.english.country(_STATES[char])
            if entry is not None:
                builder.add(Found(start, end, builder.text[start:end], "Country", entry.id,
                                  entry.name, properties=entry_properties(entry),
                                  confidence=0.85, alias=False), shared=True)


def share_pair_acts(builder: DocBuilder) -> None:
    """An act the frames gave one state of an actor pair is the other state's too."""
    pairs: dict[tuple[int, int], list[Found]] = {}
    for found in builder.found:
        if found.type == "Country" and _PAIR.match(builder.text, found.start):
            pairs.setdefault((found.start, found.end), []).append(found)
    for (start, _end), states in pairs.items():
        ids = {f.id for f in states}
        if len(ids) < 2:
            continue
        for relation in list(builder.relations.values()):
            if relation.type not in _ACTED or relation.source not in ids:
                continue
            for evidence in relation.evidence:
                span = Span(evidence.start, evidence.end)
                if not evidence.start <= start < evidence.end or _other_topic(builder, span,
                                                                              start):
                    continue
                for other in sorted(ids - {relation.source}):
                    builder.relate(relation.type, other, relation.target, span,
                                   frame=relation.frame, confidence=relation.confidence,
                                   modality=relation.modality,
                                   properties=dict(relation.properties),
                                   date_basis=relation.date_basis)


def _topic_before(builder: DocBuilder, at: int) -> bool:
    """An actor marked as topic earlier in the sentence of `at`."""
    start = max(builder.text.rfind(c, 0, at) for c in "。\n") + 1
    return _other_topic(builder, Span(start, at), at)


def _other_topic(builder: DocBuilder, span: Span, before: int) -> bool:
    """Another actor marked as the sentence's topic before the pair: the acts are its."""
    return any(JA.topic.match(builder.text[f.end:f.end + 12])
               for f in builder.in_span(Span(span.start, before), ("Country", "Agency")))


# one state's character alone as the actor of a headline or lead: 米、…を制裁 / 米は…指定した
# / 韓国に続き米も…; never inside a word (米国, 米ドル, 在米, 日米) nor before の (米の対応)
_SINGLE = re.compile(r"(?<![一-龥ァ-ヺー])([米韓])"
                     r"(?=\s*(?:、|，|は|が|も)(?![一-龥ァ-ヺ]{0,1}ドル))")


def add_single_states(builder: DocBuilder, native: NativeGazetteer) -> None:
    """The one-character name of the US or the ROK standing alone as an actor (米、/米は):
    that state, as Japanese headlines write it; the recognizer would leave it unread and
    the sentence's act would fall to the issuing state."""
    for match in _SINGLE.finditer(builder.text):
        start, end = match.start(), match.end()
        if any(f.start < end and start < f.end for f in builder.found):
            continue
        entry = native.english.country(_STATES[match.group(1)])
        if entry is not None:
            builder.add(Found(start, end, match.group(1), "Country", entry.id, entry.name,
                              properties=entry_properties(entry), confidence=0.85,
                              alias=False))
