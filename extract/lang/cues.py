"""What marks an actor, a coordination, a plan or a negation in Japanese and Korean.

Both languages put the predicate last and mark roles with particles. The cues are the
particles and endings the frames (`extract/lang/frames.py`) read around a predicate: the
topic/subject particle after an actor, what joins coordinated actors, and the endings that
make a predicate a plan, a negation, a recalled act or a proposal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.lang import ko_modality


@dataclass(frozen=True)
class LanguageCues:
    subject: re.Pattern[str]  # what follows an actor: its topic/subject particle
    topic: re.Pattern[str]  # the particles of a topic (は/も, 은/는/도), not が/이/가
    coordinator: re.Pattern[str]  # what joins coordinated actors (A, B and C)
    affiliation: re.Pattern[str]  # what follows an organization a person belongs to
    future: re.Pattern[str]
    # a designation proposed, requested or urged (지정을 제안, 指定を要請) is not one; only
    # for designations, as a warning is often a request itself (주의를 촉구)
    proposal: re.Pattern[str]
    negation: re.Pattern[str]
    recall: re.Pattern[str]
    effective: re.Pattern[str]  # a date that is when something takes effect, not the act
    trilateral: re.Pattern[str]  # "the US, Japan and the ROK" in one word
    anaphor: re.Pattern[str]  # "the same office" as the actor: the last actor named
    partner: re.Pattern[str]  # what follows co-actors named after the subject ("jointly with")
    agent: re.Pattern[str]  # what follows the actor of a passive ("by")
    lead: re.Pattern[str]  # what follows an actor that opens a headline-style sentence


# a count of the states named before it: 3국, 3개국, 세 나라, 양국 ("both countries")
# (or of the ministries, 3개 부처, and their ministers: 3개 부처 장관은)
_KO_COUNT = (r"(?:[2-9]\s*(?:개\s*)?(?:국|부처)|양국|[두세]\s*나라)\s*(?:정부\s*)?"
             r"(?:장관(?:들)?\s*)?")
KO = LanguageCues(
    # the particle may follow a summing-up word: "외교부, 기재부 등 관계부처는" ("and other
    # ministries concerned") still makes the ministries named the actors
    # ("외교부 대변인은", "외교부 장관은": the ministry speaks through its spokesperson or
    # minister)
    # ("대한민국, 일본, 미국 3국은": a count of the states named before it, as 3か国は)
    # ("미국 정부 역시 …": "also" after the bare noun marks the topic as 도 does)
    # ("유럽연합(EU)은": the actor read from its short name in brackets; "캐나다 정부는": a
    # state and its government)
    subject=re.compile(r"^\s*\)?\s*(?:\([^)]{1,40}\))?\s*(?:등\s*(?:관계\s*)?(?:부처|기관|당국)"
                       r"(?:\s*합동)?\s*|(?:대변인|장관|정부)\s*|" + _KO_COUNT + r")?"
                       r"(?:은|는|이|가|도|에서는|측은|\s+역시|\s+또한)(?![가-힣])"),
    topic=re.compile(r"^\s*\)?\s*(?:\([^)]{1,40}\))?\s*(?:등\s*(?:관계\s*)?(?:부처|기관|당국)"
                     r"(?:\s*합동)?\s*|(?:대변인|장관|정부)\s*|" + _KO_COUNT + r")?"
                     r"(?:은|는|도|에서는|측은|\s+역시|\s+또한)(?![가-힣])"),
    coordinator=re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*(?:,|、|·|및|과|와|그리고)\s*$"),
    # a position after the body (정찰총국 부국장, glued: 정찰총국장) says the person before
    # it belongs there; the body is not a target of the sentence
    affiliation=re.compile(r"^\s*(?:의|에)?\s*(?:소속|산하|계열|주재|대표|단장|책임자|부국장|"
                           r"국장|부장|총국장|지사장|부대표|직원|요원|수장|서기관)|"
                           r"^장(?:은|는|이|가|을|를|의|과|와|도|으로|인)?(?![가-힣])"),
    # (plans, possibilities, conditions, proposals, negations: ko_modality.py)
    future=ko_modality.FUTURE,
    proposal=ko_modality.PROPOSAL,
    negation=ko_modality.NEGATION,
    recall=re.compile(r"(?:ㄴ|한|된|했던)\s*바\s*(?:있|가)|이미|앞서|지난해|과거"),
    effective=re.compile(r"^\s*(?:부터|자로|부|에\s*발효)"),
    trilateral=re.compile(r"한\s*[·ㆍ・]?\s*미\s*[·ㆍ・]?\s*일|미\s*[·ㆍ・]?\s*일\s*[·ㆍ・]?\s*한|"
                          r"한미일|한·미·일"),
    anaphor=re.compile(r"(?:동|이|해당)\s*(?:부처|기관|부|실|청)(?:은|는|이|가|도)"),
    # "with" a joint act: A는 B(약칭)와 함께/공동으로 …, or 와/과 right before the joint
    # statement itself (B과 합동주의보를 냈다)
    partner=re.compile(r"^\s*(?:\([^)]{1,20}\))?\s*(?:와|과)\s*(?:공동으로|함께|합동으로|"
                       r"(?=합동|공동))"),
    # (한국 정부의 독자제재 대상으로 지정됐다: the state whose sanction it is, in the genitive)
    agent=re.compile(r"^\s*(?:에\s*의해|에\s*의하여|(?:정부\s*)?의\s*(?:대북\s*)?(?:독자\s*)?"
                     r"(?:추가\s*)?(?:금융\s*)?제재)"),
    # a marked item that opens with its actor and a colon: "▲일본: …를 개정" (a report's
    # list of what each state did)
    lead=re.compile(r"^\s*[:：]"),
)
# a count of the actors named before it: 3省, 4省庁, 3か国
# (日本、米国、韓国の3カ国政府は: the count may name the states' governments)
_JA_COUNT = (r"[0-9０-９一二三四五六七八九十]+\s*(?:省庁|省|庁|機関|"
             r"(?:か国|カ国|ヶ国|ヵ国)(?:\s*政府)?)")
JA = LanguageCues(
    # 外務省、財務省等の関係省庁は: the particle after "and the other ministries concerned";
    # 警察庁など4省庁は, 外務、財務、経済産業の(関係)3省は, 日米韓の3か国は: a count of the actors
    subject=re.compile(r"^\s*(?:\([^)]{1,40}\)|（[^）]{1,40}）)?\s*(?:(?:など|等)\s*)?"
                       r"(?:の?(?:関係)?(?:省庁|機関|当局)|の?\s*(?:関係\s*)?" + _JA_COUNT +
                       r"|の?\s*政府)?"
                       r"\s*(?:は|が|も|では)"),
    topic=re.compile(r"^\s*(?:\([^)]{1,40}\)|（[^）]{1,40}）)?\s*(?:(?:など|等)\s*)?"
                     r"(?:の?(?:関係)?(?:省庁|機関|当局)|の?\s*(?:関係\s*)?" + _JA_COUNT +
                     r"|の?\s*政府)?"
                     r"\s*(?:は|では|も)"),
    # (アメリカ合衆国政府及び大韓民国政府は: a state's 政府 is the state)
    coordinator=re.compile(r"^\s*(?:\([^)]{1,40}\)|（[^）]{1,40}）)?\s*(?:政府\s*)?"
                           r"(?:、|，|,|及び|および|並びに|ならびに|と|・)\s*$"),
    # (「X社」の幹部、A: a company named as whose officer A is, after its quote or its
    # bracketed English name)
    # (「X」社の幹部: the company word after the quoted name)
    affiliation=re.compile(r"^[」』]?\s*(?:社(?=の))?\s*(?:[（(][^）)]{1,40}[）)])?\s*(?:の|に)?\s*"
                           r"(?:傘下|所属|配下|代表|関連|属する|属し|幹部|社長|副社長|会長|"
                           r"役員|職員|社員|従業員|責任者|経営者|創業者|設立者|最高経営責任者)"),
    # (a condition states no act either: 指定された場合、…資産が凍結される; 指定されれば;
    # nor a possibility: 指定される可能性がある, 指定されるおそれ)
    # (加える方向で調整している, 指定する構えだ: still to come)
    future=re.compile(r"予定|方針|見込み|(?:する|される)見通し|検討|^[^、。]{0,4}?場合|"
                      r"方向で|方向だ|調整(?:して|中|を進め)|構え(?:だ|を)|"
                      r"可能性|おそれ|恐れ|かもしれ|"
                      r"^[^、。]{0,3}?(?:れ|け)ば(?=[、，\s])|^[^、。]{0,3}?たら(?=[、，\s])"),
    # in the verb's own clause: 指定するよう求めた is a request, 指定し、各国に協力を求めた a
    # designation and then a request
    # (指定すべきだ: what someone says should be done, not what was)
    proposal=re.compile(r"^[^、。]*?(?:提案|要請|求め|意向|働きかけ|呼びかけ|要求)|^[^、。]{0,3}?べき"),
    # (含めていない, 載せなかった: the negation right after a verb that is not する)
    # (制裁指定を解除した, 指定を取り消した: the listing undone is no listing)
    # (Xへの制裁を見送った, Xの資産凍結を見合わせた, 加えることを見送る, 指定を断念した,
    # 先送りした: the act decided against or put off; a decision not to sanction)
    # (指定しておらず: the written negative of ている, with its humble おる)
    negation=re.compile(r"(?:し|され)(?:ない|なかった|ず)|ません|(?:し|され)て(?:い)?ない|"
                        r"(?:し|され)ておら(?:ず|ない|なかった)|"
                        r"^[^、。]{0,4}?(?:解除|取り消|取消|撤回|除外|削除)|"
                        r"^[^、。]{0,8}?(?:見送|見合わ?せ|先送|断念)|"
                        r"^(?:て|で)(?:い)?(?:ない|なかった)|^(?:なかった|ず[、。])"),
    recall=re.compile(r"これまで(?:に)?|既に|すでに|かつて|以前|過去に"),
    effective=re.compile(r"^\s*(?:から|より|付で|付け)"),
    # news from Seoul writes the three in its own order: 韓米日, 韓日米
    trilateral=re.compile(r"日\s*[・]?\s*米\s*[・]?\s*韓|米\s*[・]?\s*日\s*[・]?\s*韓|"
                          r"韓\s*[・]?\s*米\s*[・]?\s*日|韓\s*[・]?\s*日\s*[・]?\s*米"),
    anaphor=re.compile(r"同(?:室|省|庁|局|部|国|政府)(?:は|が|も)"),
    # 警察庁は、外務省及び財務省と連名で…: actors joined to the subject as co-actors
    partner=re.compile(r"^\s*(?:と|とも)\s*(?:連名で|共同で|合同で|ともに|共に|一緒に)"),
    # キム・ハヌルは、米財務省により指定された: the actor of a passive
    # (Xは米財務省から制裁対象に指定された: から marks the actor only right before the
    # designation it suffered; 財務省から発表があった is a source, not an actor)
    # (外国資産管理局（OFAC）により: the actor's abbreviation in brackets before it)
    # (「…」が、警察庁と外務省の連名で公表された: the bodies that sign a passive's act)
    agent=re.compile(r"^\s*(?:\([^)]{1,20}\)|（[^）]{1,20}）)?\s*(?:により|によって|による|の連名で|"
                     r"から(?=\s*(?:新たに\s*)?(?:独自\s*)?(?:制裁|資産凍結)))"),
    # 米財務省、北朝鮮IT要員2人を制裁: a lead or headline opens with its actor and a comma
    lead=re.compile(r"^\s*[、，,]"),
)
CUES = {"ko": KO, "ja": JA}
