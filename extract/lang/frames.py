"""Relations from the constructions Japanese and Korean releases use, as declarative frames.

Both languages put the predicate last and mark roles with particles, so a frame is a
predicate construction (a regular expression over the sentence), the particle that marks
its actor (the topic/subject: 은/는/이/가, は/が, read from `extract/lang/cues.py`), and the
labels its ends may have. What the
sentence does with the predicate decides the modality: a plan (예정, 予定) or a negation is
no relation at all, an act the sentence only recalls (바 있다, これまでに) counts only when
the sentence dates it. Dates come from the sentence, else from the document
(`date_basis`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.lang.ko_designations import PARTITIVE, PASSIVE


@dataclass(frozen=True)
class Frame:
    name: str
    relation: str
    predicate: re.Pattern[str]
    confidence: float


FRAMES: dict[str, tuple[Frame, ...]] = {
    "ko": (
        Frame("designation.ko.v1", "DESIGNATED", re.compile(
            # 제재 (대상|명단|목록) ... 지정/추가/올리다/포함, 제재를 부과/가하다, X를 제재했다,
            # 자산 동결: the sanction noun, then the listing verb within the clause
            r"제재\S{0,12}(?:\s+\S+){0,3}?\s*(?:으로|로|에)?\s*(?:새로\s*|신규\s*|추가로\s*)?"
            r"(?:추가\s*)?(?:지정|올렸|올랐|올리|올린|오른|포함|추가)|"
            # X에 대한 독자제재를 결정/단행했다: the decision is the act
            r"제재(?:\s*조치)?를\s*(?:부과|가했|가한|단행|발표|결정|시행)|"
            r"(?:제재|지정)\s*대상(?:자)?(?:이|가)\s*(?:되|된|됐)|"
            r"(?:을|를)\s*(?:함께\s*|동시에\s*|각각\s*|모두\s*)?(?:독자\s*|추가\s*|신규\s*)?"
            r"제재(?:했|하였|한다|하기로|한\s*바|하는)|"
            # X를 (기관으로) 새로/추가로 지정했다: "newly/additionally" makes it a listing
            r"(?:을|를)\s*(?:[^\s.]+\s*(?:으로|로)\s*)?(?:새로|추가로)\s*지정(?:했|하였|한다)|"
            # the ROK's term: 금융거래 제한대상자로 지정(·고시); news: 제재 대상으로 (선)정했다
            r"(?:제한|제재)\s*대상자?(?:로|으로)\s*(?:추가\s*|신규\s*|새로\s*)?"
            r"(?:지정|선정|정(?:했|하였|한다))|"
            r"자산\s*동결|(?:지정|제재)\s*대상(?:자)?(?:은|는)\s*(?:다음|아래)(?:과|와)\s*같|"
            # passive and cleft: X가 지정됐다, 이번에 지정된 대상은 A, B다
            r"(?:이|가|도)\s*(?:함께\s*|새로\s*|추가로\s*)?지정(?:됐|되었|된다|돼)|"
            r"(?:지정|추가)(?:된|되는)\s*(?:대상|개인|기관|단체|인물|이들|인사)\S{0,2}\s*(?:은|는)"),
              0.9),
        # after a designation, a sentence that names those designated: "대상은 A와 B이다",
        # "이번 대상에는 A가 포함됐다" (only where a designation went before: relations.py)
        Frame("designation-followup.ko.v1", "DESIGNATED", re.compile(
            r"^(?:이번\s*|금번\s*|신규\s*)?(?:지정\s*|제재\s*)?대상(?:자|\s*기관|\s*개인|\s*단체)?"
            r"\s*(?:은|는|에는|으로는)\s"), 0.85),
        # an agentless passive whose subject is the target, after a designation named its
        # designator: "X도 명단에 올랐다", "X는 제재를 받았다" (ko_designations.py)
        Frame("designation-passive.ko.v1", "DESIGNATED", PASSIVE, 0.85),
        # "among them" right after a designation: "이 중 X는 …" (ko_designations.py); the
        # sentence says nothing of designation itself, so below the sure band
        Frame("designation-partitive.ko.v1", "DESIGNATED", PARTITIVE, 0.75),
        # a heading line over the list of those designated: "< 대북 독자제재 대상 >",
        # "□ 제재 대상 개인 (3명)"; it names nobody, so the list below gives the targets
        Frame("designation-heading.ko.v1", "DESIGNATED", re.compile(
            r"^[<〈《\[【□■◆○●▶\-\s]*(?:신규\s*|추가\s*)?(?:대북\s*)?(?:독자\s*)?(?:제재|지정)\s*"
            r"대상(?:자)?\s*(?:개인|기관|단체|명단|목록|리스트)?\s*(?:\(\s*\d+\s*(?:명|개|곳)?\s*\))?"
            r"[>〉》\]】\s]*$"), 0.85),
        Frame("designation-list.ko.v1", "DESIGNATED", re.compile(
            r"(?:제재|지정)\s*(?:대상|명단|목록|리스트)(?:\s*(?:기관|개인|단체|자|목록|명단))?\s*"
            r"(?:은|는|에는|으로는)\s.*"
            r"(?:이다|입니다|포함|들어\s*있|올랐|추가)|"
            # "(이번) 지정 대상 가운데 A, B는 …": the names that follow are among those listed
            r"(?:제재|지정)\s*대상(?:자)?\s*(?:가운데|중(?:에서|에는)?)\s|"
            # "지정 대상: 개인 2명(A, B), 기관 1개(X)": the targets listed after the colon
            r"(?:제재|지정)\s*대상(?:자)?\s*[:：]"), 0.85),
        Frame("issue.ko.v1", "ISSUED", re.compile(
            # (the update of a statement issues it anew: 주의보를 개정했다, 업데이트했다)
            r"(?:발표|발간|발령|배포|공표|게재|게시|발행|공개|채택|발신|내놓|냈|"
            r"(?:개정|업데이트|갱신)(?:했|하였|해|하고|하며|한다)|"
            r"(?<=[을를]\s)내(?:고|며|어|었)|(?<=[을를])내(?:고|며|어|었))"), 0.85),
        Frame("warning.ko.v1", "WARNS_ABOUT", re.compile(
            r"주의(?:를|를\s*당부|를\s*촉구|를\s*요청|\s*환기)|경각심|경고|유의(?:를|해|할)|"
            r"우려를\s*표명|위험성을\s*환기"), 0.8),
    ),
    "ja": (
        Frame("designation.ja.v1", "DESIGNATED", re.compile(
            r"(?:資産凍結等?の?措置の?対象|資産凍結の?対象|制裁(?:の)?(?:対象|リスト|名簿))\S{0,4}?"
            r"(?:に|として)\s*(?:追加\s*|新たに\s*)?(?:指定|追加|加え)|"
            r"制裁(?:を科|を課|を発動|措置を(?:科|課|講じ|講ず|とっ|取っ))|"
            # (Xの指定を発表した: the listing of X as the act announced; not 指定解除)
            r"の\s*(?:追加\s*|新たな\s*)?(?:制裁\s*)?指定を\s*(?:発表|決定|実施|行っ)|"
            # (以下の者について…資産凍結等の措置を講じる: the notice's "concerning")
            # (…に対する資産凍結等の措置を了解した: the cabinet's approval, 閣議で before it)
            r"(?:に対し|に対して|に対する|について)[^。]{0,20}資産凍結等?の?措置を(?:講じ|講ず|実施|と|決定|"
            r"発表|了解)|"
            # XをY措置の対象者として指定: the notice's own wording for a listing
            # (告示: 次に掲げる者を資産凍結等の措置の対象として指定する)
            r"対象(?:者)?として\s*(?:新たに\s*|追加\s*)?指定|"
            r"を\s*(?:追加\s*)?制裁(?:した|する|し、|しました|します)|"
            # a headline ends on the noun: …2人を独自制裁 / …を制裁対象に指定
            r"を\s*(?:追加\s*|独自\s*)?制裁\s*(?:$|へ|[。]|（)|"
            r"(?:を|も)\s*(?:追加\s*)?指定(?:した|する|し、|された|しました|します|いたしました|"
            r"されました)|"
            r"(?:資産凍結|制裁)[^。]{0,40}?(?:指定|追加(?:し|する)|加え)|"
            r"対象(?:者|団体|個人)?(?:は|として)、?\s*(?:以下|次)の|"
            # (AとBが、それぞれ指定を受けている: each of the ones named)
            # (Xも個人として指定を受けている: in which capacity, between)
            r"(?:が|は|も)、?\s*(?:それぞれ\s*|いずれも\s*|ともに\s*)?(?:新たに\s*)?"
            r"(?:[^、。\s]{1,6}として\s*)?(?:追加\s*)?指定(?:された|される|を受け|されました)|"
            # (Xは、…として制裁を受けた: the target took the sanction, its actor before)
            r"(?:が|は)、?[^。]{0,60}?(?:制裁|資産凍結)(?:措置)?を受け(?:た|ました)|"
            # the cleft with its actor: 韓国が指定したのは A、B
            r"(?:が|は)\s*(?:新たに\s*)?(?:追加\s*)?指定した(?:の|者|団体|個人)(?:は|には)|"
            r"指定(?:された|される|を受けた)(?:の|者|団体|個人|人物)?(?:は|には)|"
            r"(?:資産凍結|制裁)[^。]{0,20}?対象と(?:する|した|し、|して(?:いた|いる))|"
            # XをSDNリストに追加: the US list by its name; A、Bに対する独自制裁を発表
            r"(?:SDN|特別指定国民|ブラックリスト)[^。]{0,12}?(?:に|へ)\s*"
            r"(?:追加|掲載|指定|加え|載せ)|"
            r"(?:に対し|に対して|に対する)[^。]{0,20}制裁(?:措置)?を(?:発表|決定|実施|発動|科|課|断行)|"
            # (…として制裁を発表した: the act, its targets in the sentence or the next)
            r"(?:独自|追加|新たな|新規)?制裁(?:措置)?を(?:発表|(?:閣議)?決定|閣議了解|実施|発動)|"
            # the measure's taking effect as the object of the decision: …に対する資産凍結等の
            # 措置の実施を閣議(で)了解した / 制裁の発動を決定した / 措置を(同日の)閣議で了解した
            r"(?:資産凍結|制裁)(?:等)?の?(?:措置)?の\s*(?:実施|発動|導入|適用)を\s*"
            r"(?:(?:[^、。\s]{0,5}の)?閣議(?:で|において)?、?(?:了解|決定)|決定|了解|決め|発表|行っ)|"
            r"(?:資産凍結|制裁)等?の?措置を\s*(?:[^、。\s]{0,5}の)?閣議(?:で|において)?、?(?:了解|決定)|"
            # news wording: Xへの制裁を発表 (the sanction on X), XをY制裁の対象に含めた /
            # 制裁リストに載せた
            r"(?:への|に対する)\s*(?:追加\s*|新たな\s*|独自\s*)?制裁(?:措置)?を|"
            # (Xへの独自制裁に踏み切った: the sanction the state went ahead with)
            r"(?:への|に対する)\s*(?:追加\s*|新たな\s*|独自\s*)?制裁(?:措置)?に\s*踏み切っ|"
            r"(?:資産凍結|制裁)[^。]{0,20}?(?:対象|リスト|名簿)に\s*(?:新たに\s*)?(?:含め|載せ|掲載し)|"
            # XをY制裁の対象にした; Xを対象とする制裁を発表した
            # (対象にすると発表した: the act announced, in the present as news puts it)
            r"(?:資産凍結|制裁)[^。]{0,6}?対象に(?:した|し、|しました|すると\s*(?:発表|明らかに|"
            r"決め|決定|公表))|"
            # (Xを対象とする資産凍結等の措置を実施する: the notice's name of the measure)
            r"を\s*対象と(?:する|した)\s*(?:追加\s*|新たな\s*|独自\s*)?(?:の\s*)?"
            r"(?:制裁|資産凍結等?の)(?:措置)?を|"
            # the notice's wording for new listings: 対象者を以下のとおり拡大/追加する
            r"(?:資産凍結|制裁)[^。]{0,20}?対象(?:者|団体|個人)?を[^。]{0,12}?(?:拡大|追加)"
            r"(?:する|した|し、)"), 0.9),
        # news wording: Xの資産を凍結する(と発表した) is the asset freeze itself; its targets
        # are only the names joined right before の資産 (relations.py), and no dev
        # document has it, so it stays below the sure threshold
        Frame("asset-freeze.ja.v1", "DESIGNATED", re.compile(
            # (AとBの米国内の資産を凍結: where the assets are, between owner and assets)
            r"の(?:(?:米国|米|日本|韓国)?国内の|在米)?資産を\s*凍結(?:する|した|し、|します|"
            r"しました|すること)|"
            r"の資産凍結(?:等の措置|措置)?を\s*(?:決め|決定|発表|実施|行っ|行う)"), 0.75),
        # after a designation, a sentence that names those designated: 対象は、A、Bである /
        # 対象となったのは… / 対象には…が含まれる (only where a designation went before)
        Frame("designation-followup.ja.v1", "DESIGNATED", re.compile(
            # (財務省の発表によりますと、対象となった団体は…: after the source of the report)
            r"^(?:[^、。]{0,24}(?:によると|によれば|によりますと)、?\s*)?"
            # (新たな制裁対象は, 今回の資産凍結の対象には: what the sanction is, before 対象)
            # (対象の団体は: the kind after の)
            r"(?:[^、。]{0,8}の|今回|新たな|新規)?\s*(?:制裁|資産凍結)?(?:等の)?(?:措置の)?"
            r"対象の?(?:者|団体|個人|機関)?(?:と(?:なった|なる|された)"
            r"(?:の|者|個人|団体|機関)?)?(?:は|には)|"
            # …も対象に含まれる: a further target, after a designation; …も対象になった
            # (it became one: past only, 対象になる may say what a listing would do)
            r"(?:も|が)\s*(?:制裁の?)?対象に\s*(?:含まれ|入っ|入る)|"
            # (Xも対象に加えた: the designator before added X too, its actor left out)
            r"も\s*(?:制裁の?)?対象(?:に|と)\s*(?:なった|なりました)|"
            r"も\s*(?:制裁の?)?対象に\s*(?:加え(?:た|ました)|追加(?:した|しました)|"
            r"指定(?:した|しました))|"
            # the measure's targets: 今回の措置は、A並びにBを対象とする
            r"^(?:今回の|この|本|同)?\s*措置(?:は|では)、?[^。]*?を\s*(?:その\s*)?対象と(?:する|した|して"
            r"いる)|"
            # the cleft of a listing verb: 追加されたのは、A、B及びC (what was added, after
            # the designation it reports)
            r"^(?:今回\s*|新たに\s*)*(?:追加|指定)(?:された|を受けた)(?:の|者|団体|個人|企業|人物)"
            r"(?:は|には)|^(?:今回\s*|新たに\s*)*(?:加えられた|加わった)(?:の|者|団体|個人|企業|"
            r"人物)(?:は|には)"), 0.85),
        Frame("designation-list.ja.v1", "DESIGNATED", re.compile(
            # (追加制裁措置の対象となったのは: the sanction's 措置 before its 対象)
            r"(?:制裁|資産凍結)(?:等の)?(?:措置)?の?対象(?:者|団体|個人)?(?:は|には)、?.*"
            r"(?:である|です|だ|含まれ|加えられ)|"
            r"(?:制裁|資産凍結)(?:等の)?(?:措置)?の?対象と(?:なった|なる|され)|"
            # the cleft of news: 新たに制裁対象に加わったのは、A、B
            r"(?:制裁|資産凍結(?:等の措置)?)の?対象(?:者|リスト)?に\s*(?:新たに\s*)?"
            r"(?:加わった|加えられた|追加された|入った)(?:の|者|団体|個人)?(?:は|には)"),
              0.85),
        # a heading line over the list of those designated: "【資産凍結等の措置の対象者】",
        # "制裁対象団体（2団体）"; it names nobody, so the list below gives the targets
        Frame("designation-heading.ja.v1", "DESIGNATED", re.compile(
            r"^[【〈<\[「■□◆○●・\s]*[^。、\s]{0,12}(?:資産凍結|制裁|指定)[^。、\s]{0,12}"
            r"(?:対象(?:者|団体|個人)?|一覧|リスト|名簿)\s*(?:[（(][^）)]{1,10}[）)])?"
            r"[】〉>\]」\s]*$"), 0.85),
        Frame("issue.ja.v1", "ISSUED", re.compile(
            # (「…注意喚起」を更新した / 改訂した: an update of a statement issues it anew)
            r"(?:公表|発表|発出|公開|発信|掲載|発行|取りまとめ|採択|出し|行っ|更新|改訂|改定)"),
              0.85),
        Frame("warning.ja.v1", "WARNS_ABOUT", re.compile(
            r"注意喚起|注意を(?:呼びかけ|促)|警告|警戒を|懸念を表明|リスク"), 0.8),
    ),
}
