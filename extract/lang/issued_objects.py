"""The statement an issuing verb issues (issue frames of extract/lang/frames.py): its
object, named right before the verb or, in Japanese, right after the verb of a relative
clause; else, with an actor after it, the statement as the topic or passive subject."""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.cues import LanguageCues

# between a statement's title and the verb that issues it: the object particle, "jointly",
# a date, and a verb the statement went through first (「…」を改訂し、公表した)
# (「…注意喚起」の改訂版を公表した: the revised edition of the statement is the statement)
# (「…」と題する文書を公表した: the document the title names)
# (公共広告（PSA）を: the kind's abbreviation in brackets)
_OBJECT = re.compile(r"^[」』\"”’']?\s*(?:[（(][A-Z]{2,8}[）)]\s*)?"
                     r"(?:の\s*(?:改訂|改定|更新|最新)版\s*)?"
                     r"(?:と題(?:する|した)\s*(?:文書|資料|報告書|声明|注意喚起|リーフレット|"
                     r"ファクトシート|ガイダンス)\s*)?"
                     r"(?:을|를|を|이|가|が)?\s*"
                     # (a Korean report dates the act right before its verb: X를 27일 발표했다,
                     # 지난 3일(현지시간) 냈다, 이날 공개했다)
                     r"(?:(?:지난\s*)?\d{1,2}\s*일\s*(?:\(현지\s*시간\)\s*)?|이날\s*)?"
                     # (「…」を同省ウェブサイトに掲載した, を16日に発表した: where or when,
                     # between the object and its verb; not what it was made from: をもとに)
                     r"(?:(?!もと|基|参考|受け|踏まえ)[^、。「」『』をが]{1,16}?(?:に|で|にて)、?\s*)?"
                     r"(?:(?:改訂|改定|更新|作成|策定|"
                     r"取りまとめ)(?:し|して)、?\s*)?(?:공동으로|합동으로|함께|共同で|連名で|合同で)?\s*$")
_ISSUED_BEFORE = re.compile(r"^(?:公表|発表|発出|公開|発信|発行|取りまとめ|採択)(?:した|された|して"
                            r"いた|していた)\s*[「『]?$")


# an issuing verb in the passive: 公表された, 発出されました (at the verb's start)
_PASSIVE = re.compile(r"[^\s、。]{1,4}?(?:され|されて)(?:た|る|ました|ます|い)")


def issued_objects(builder: DocBuilder, span: Span, at: int, actors: list[Found],
                   cues: LanguageCues) -> list[Found]:
    """The statements the issuing verb at `at` issues, in the sentence `span`."""
    # the statement issued is the predicate's object: right before it, marked as object
    # (を/을/를) or closing its title; one named elsewhere in the sentence is not
    advisories = [a for a in builder.in_span(span, ("Advisory",)) if a.end <= at
                  and _OBJECT.match(builder.text[a.end:at])]
    if builder.lang == "ja":
        # a relative clause: 警察庁は…令和6年3月に公表した「…注意喚起」を改訂した (the
        # statement right after the verb that issued it)
        advisories += [a for a in builder.in_span(span, ("Advisory",)) if a.start > at
                       and _ISSUED_BEFORE.match(builder.text[at:a.start])]
    if not advisories and actors:
        # the statement as the topic, its issuers as subjects after it: 本注意喚起は、
        # 警察庁及び金融庁が共同で発出した / 이 주의보는 외교부와 국정원이 발표했다;
        # or as the subject of a passive (「…」が、A庁とB省の連名で公表された)
        marker = cues.subject if _PASSIVE.match(builder.text, at) else cues.topic
        advisories = [a for a in builder.in_span(span, ("Advisory",))
                      if a.end <= actors[0].start and
                      marker.match(builder.text[a.end:a.end + 12].lstrip("」』\"”"))][-1:]
    return advisories
