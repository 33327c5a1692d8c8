"""Japanese word order for the roles of extract/lang/roles.py: which が-subject closes in a
clause of its own (so it is no actor of the main verb), and what a name's next words say
makes it no target of its sentence (JA_NOT_TARGET)."""

from __future__ import annotations

import re

from extract.lang.common import Found
from extract.lang.cues import LanguageCues

# a clause made a noun and hung on a connective (…したことを受け、…ことから、…ため、): a
# subject marked by が before it is that clause's subject, not the main verb's, which a
# が-subject does not reach across such a clause (a topic は does: 政府は、…を受け、…)
# (米財務省が、北朝鮮が…ことを受け、…: a comma after が sets the main subject apart)
_JA_CLAUSE_CLOSED = re.compile(r"(?:ことを?|のを)\s*(?:踏まえ|受け|うけ|鑑み)|"
                               r"ことに\s*(?:伴い|鑑み|対し|より)|ことから")


# …していたとして、: the grounds of the act, a clause of its own; a が-subject in it after
# the sentence's topic (米財務省は、北朝鮮が派遣した労働者を管理していたとして、X社を指定した)
# is that clause's (the state that sent the workers designates nobody); with no topic
# before it, the が-subject is the main one (A省が3月、…恐れがあるとして、…を公表した)
_JA_GROUNDS = re.compile(r"[たるだ]\s*として\s*[、，]")


def _set_apart(text: str, at: int, cues: LanguageCues) -> bool:
    """The sentence's main subject ends at `at`: a topic (米財務省は), or a が-subject set
    apart by its comma (韓国政府が、…)."""
    after = text[at:at + 12]
    marked = cues.subject.match(after)
    return bool(cues.topic.match(after)) or (
        marked is not None and after[marked.end():marked.end() + 1] in ("、", "，"))


def closed_subject(text: str, cues: LanguageCues, actors: list[Found], index: int, at: int,
                   before: int) -> bool:
    """Is actors[index], marked by が and ending at `at`, the subject of a clause that
    closes before `before` rather than of the predicate there?"""
    after = text[at:at + 12]
    marked = cues.subject.match(after)
    if marked is None or cues.topic.match(after):
        return False
    head = actors[index]
    if after[marked.end():marked.end() + 1] not in ("、", "，") and \
            _JA_CLAUSE_CLOSED.search(text, head.end, before):
        return True
    # 米財務省は、北朝鮮が派遣した…を管理していたとして、: the grounds' own subject
    return bool(_JA_GROUNDS.search(text, head.end, before)) and \
        any(_set_apart(text, a.end, cues) for a in actors[:index])


# what makes a Japanese name no target of its sentence: a leader's name before 政権 (the
# government he heads acts), a bank or company before its branch's officer (the officer is
# the target: X銀行の中国瀋陽支店の代表を務める人物)
JA_NOT_TARGET = re.compile(r"[）)]?\s*(?:[（(][^）)]{1,30}[）)])?\s*(?:氏の?)?\s*(?:政権|内閣)|"
                            r"[」』]?\s*の\s*[^、。「」]{0,12}?(?:支店|支社|事務所|代表部|出張所)"
                            r"\s*の?\s*(?:代表|責任者|支店長|所長|幹部|職員)|"
                            # X(・Y)などに所属し (where the targets work), 「X」のメンバーと
                            # される Y, 「X」と関係のある Y: X says whom Y belongs to
                            r"[」』]?\s*(?:[・、][^。、「」・]{1,12}?)?\s*(?:など|等)\s*(?:の|に)\s*"
                            r"(?:傘下|所属|配下)|"
                            r"[」』]?\s*(?:の\s*(?:メンバー|一員|構成員)|"
                            r"と\s*(?:関係|関連)の?(?:ある|する))|"
                            # NHKによると, 共同通信が報じた: the news outlet that reports the
                            # act, never its target
                            # (ロイター通信によると: the outlet's kind glued to its name)
                            r"[」』]?\s*(?:通信社?|新聞|テレビ|放送)?\s*(?:の\s*(?:報道|取材|調べ))?"
                            r"\s*(?:によると|によれば|によりますと)|"
                            r"[」』]?\s*(?:通信社?|新聞|テレビ|放送)?\s*(?:が|は)\s*"
                            r"(?:[0-9０-９]{1,2}日\s*)?、?\s*(?:報じ|伝え)|"
                            # 朝鮮労働党統一戦線部傘下の X: the party only names whose unit
                            # is X's parent, glued to the unit's name
                            r"[」』]?[一-龥ァ-ヺー]{0,8}\s*(?:の\s*)?(?:傘下|配下)の")
