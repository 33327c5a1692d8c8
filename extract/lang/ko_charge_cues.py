"""The constructions a Korean report of a US case charges, tries or convicts its
defendants in (ko_charges.py reads them): the verb and the marker of the one charged."""

from __future__ import annotations

import re

# what may follow a name before its particle: its bracketed romanization or particulars, 씨,
# and 등 with a count (A(43) 씨 등 3명은); the age may follow 씨 as well (최민수 씨(45)는),
# and the count may be of a described kind (A, B, C 등 북한 해커 3명을): nouns, no verb's
# ending among them (북한 is a noun whose 한 is no verb's)
AFTER_NAME = (r"\s*(?:\([^)]{1,40}\))?\s*(?:씨\s*)?(?:\([^)]{1,40}\)\s*)?"
              r"(?:등\s*(?:(?:(?:[가-힣]+(?<![은는을를이가에도한된던할될운준])|[북남]한)\s+){0,3}"
              r"\d+\s*명\s*)?)?")
# how much text after a name the markers read: room for the longest bracket AFTER_NAME allows
# (a Western name's own spelling, (Christina Marie Chapman), or a romanization with an age,
# (Kim Kwang Jin·27)) and what follows it (등 4명을)
AFTER_WINDOW = 64
# a name's descriptor as a list item carries it (북한 국적의, 중국인, 뉴저지 출신의),
# read with the names in it blanked (__ 국적의)
DESCRIPTOR = r"(?:[가-힣_]+\s*(?:국적의|국적자인|국적자|출신의|출신인|출신|인)\s+)?"

# (재판에 넘겼다 "sent to trial", 공소를 제기했다: an indictment in other words)
ACTIVE = re.compile(r"(?:을|를)\s*(?:[^.]{0,30}?\s)?(?:함께\s*|동시에\s*|추가로\s*)?"
                     r"(?:기소(?:했|하였|한다|하고|하며|해\s)|재판에\s*넘(?:겼|기고|긴다)|"
                     r"공소(?:를)?\s*제기(?:했|하였|하고))")
# (피고인 명단에 올랐다, 피고인으로 (이름을) 올랐다: listed among the defendants)
PASSIVE = re.compile(r"기소(?:됐|되었|돼|된다)|피고인\s*(?:명단에|으로)\s*(?:이름을\s*)?"
                      r"(?:올랐|올라|포함)|"
                      r"재판에\s*넘겨(?:졌|진다|져)")
# the charges applied to the defendants: A와 B에게는 … 혐의가 적용됐다/더해졌다
CHARGES_APPLIED = re.compile(r"혐의가\s*(?:추가로\s*)?(?:적용|더해|추가)")
DATIVE = re.compile("^" + AFTER_NAME +
                     r"에게(?:는)?(?![가-힣])")
# a cleft over the names: "기소된 북한인은 A와 B이다" (the ones charged are A and B)
CLEFT = re.compile(r"기소된\s*(?:[가-힣0-9]+\s*){0,2}?(?:은|는)\s")
# the role word as the topic of a cleft (이 사건의 피고인은 A와 B였다): the names are the
# complement only when the copula closes the sentence right after the last of them
# ("피고인은 A의 도움을 받았다고 말했다" equates the defendant with nobody)
ROLE_CLEFT = re.compile(r"(?<![가-힣])피고(?:인)?(?:들)?(?:은|는)\s")
# a US authority in the sentence after one that reports a case without naming its country
# ("X와 Y가 재판에 넘겨졌다. 미 법무부에 따르면 …"): a report names its source next
US_AUTHORITY = re.compile(r"(?:미국|(?<![가-힣])미|美)\s*(?:연방\s*)?"
                          r"(?:법무부|법원|검찰|당국|대배심)|"
                          r"연방\s*(?:법원|지방법원|검찰|대배심)|연방수사국|FBI")
# "among the accomplices/defendants" (공범 가운데 A와 B는, 기소된 7명 중 A는): the names
# after it are defendants of the case reported (only after one: add_charges)
AMONG = re.compile(r"(?:공범|공모자|공동\s*피고인|피고인|피고|기소된\s*[가-힣0-9]+)(?:들)?\s*"
                    r"(?:가운데|중)(?:에는|에서는|에서)?\s")
# an arrest on charges (… 혐의로 체포됐다, 혐의로 X를 체포했다): the one arrested is charged
ARRESTED = re.compile(r"혐의로[^.]{0,20}?(?:체포|구속)(?:됐|되었|돼)")
ARREST = re.compile(r"혐의로[^.]{0,40}?(?:을|를)\s*(?:체포|구속)(?:했|하였|하고)")
# a pronoun subject opening the sentence: he/she, they, "the two", "the four"
PRONOUN_SUBJECT = re.compile(r"^\s*(?:(?P<one>그|그녀)|이들(?:\s*(?P<count>\d+|두|세|네|다섯)"
                              r"\s*명)?|(?:이\s*)?(?P<count2>두|세|네|다섯)\s*(?:사람|명))"
                              r"(?:은|는|이|가|도)(?![가-힣])")
PRONOUN_OBJECT = re.compile(r"(?<![가-힣])이들(?:\s*(?P<count>\d+|두|세|네|다섯)\s*명)?\s*"
                             r"(?:을|를)$")
COUNTS = {"두": 2, "세": 3, "네": 4, "다섯": 5}
# the one who brings an indictment reported as an act: a department, prosecutor or jury
AGENT = re.compile(r"(?:법무부|검찰|검찰청|대배심|재무부)(?:은|는|이|가|도)(?![가-힣])")
# a prosecutor or court that brings a case of its own (연방검찰청, 연방지방법원, 대배심): the
# department announces every case, so it tells none apart
PROSECUTOR = re.compile(r"검찰|검사|법원|대배심")
# a later sentence's defendants belong to the case named before only if it ties them to it
# (공동 피고인 "co-defendant": of the case reported)
SAME_CASE = re.compile(r"(?:이|같은|해당|동)\s*(?:사건|공소장|기소장)|공동\s*피고인|"
                       r"(?:함께|같이)\s*(?:기소|재판)|"
                        + AMONG.pattern)
GUILTY_ANSWER = r"유죄\s*(?:인정\s*|를\s*인정하는\s*)?답변(?:을)?\s*(?:했|하였)"
# a plea in other words: admitting the charges (… 혐의를 인정했다, 혐의에 대해 유죄를
#시인했다); denying them (부인했다) or not admitting them (인정하지 않았다) is none; "a guilty
# answer" is the word-for-word "pleaded guilty" (유죄 답변을 했다, 유죄 인정 답변을 했다)
PLEA = re.compile(r"(?:유죄|혐의)(?:를|에\s*대해)?\s*(?:모두\s*)?(?:인정|시인)(?:했|하였|한다)|"
                  r"유죄(?:를)?\s*(?:모두\s*)?시인(?:했|하였)|" + GUILTY_ANSWER)
MADE_PUBLIC = re.compile(r"에\s*대한\s*(?:공소장|기소장)(?:을|를)?\s*(?:공개|제출|접수)")
# (검찰이 … 기소한 A: the one indicted, when the name follows the verb directly; 재판에
# 넘겨진 A, "A, sent to trial", is the passive's relative as 기소된 is)
RELATIVE = re.compile(r"(?:기소된|기소당한|기소한|재판에\s*넘겨진)\s*$")
# the role word before or after the name: 피고인 X, 피고 X, X 피고(인)은 (never 피고소인 or
# 피고발인, the one a complaint accuses, nor 원고, the plaintiff)
ROLE = re.compile(r"(?<![가-힣])피고(?:인)?\s*$")
# the role word as a predicate with the name's descriptors after it, read on the text with
# the names in it blanked (공동 피고인인 북한 국적의 X: "X, of North Korea, a co-defendant")
ROLE_DESCRIBED = re.compile(r"(?<![가-힣])피고(?:인)?(?:인|이자)\s+" + DESCRIPTOR + r"$")
ROLE_AFTER = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*피고(?:인)?(?!소|발)"
                         r"(?:[은는이가도의과와을를에]|\s|$)")
# the next item of a list of defendants after a name: a separator and at most a
# descriptor, never a verb's clause (기소된 A와 만난 B: B met A, no list)
LISTED_NEXT = re.compile(r"^[)）]?\s*(?:\([^)]{1,40}\)\s*)?(?:씨\s*)?(?:\([^)]{1,40}\)\s*)?"
                         r"(?:,|·|및|와|과|그리고)\s*" + DESCRIPTOR + r"$")
# co-defendants named with the one charged: "A는 B, C와 함께 기소됐다", "A를 B와 함께
# 기소했다"; between 함께 and the verb only words that are no verb of their own (혐의로,
# 전신 사기), so "B와 함께 일한 혐의로" (worked with B) makes B no defendant
WITH = re.compile(AFTER_NAME +
                   r"(?:와|과)\s*(?:함께|같이)(?![가-힣])")
TO_VERB = re.compile(r"^(?:\s*[^\s.,]+(?<![한된던운준낸린할될는을를다고며서면]))*\s*$")
VERB_WORD = re.compile(r"기소|재판|피고인")
# the relative clause over the head noun phrase of the one charged: "…혐의로 기소한 뉴저지
# 출신 미국 국적자 X": the verb, then words that only describe the head (nouns, genitives),
# none ending in a particle or a verb of a clause of its own
RELATIVE_VERB = re.compile(r"(?:기소된|기소당한|기소한|재판에\s*넘겨진)\s")
# (북한, 남한: nouns whose 한 is no verb's ending: 기소된 북한 국적자 X)
HEAD_WORDS = re.compile(r"^(?:(?:[가-힣A-Za-z0-9·]+(?<![은는을를에로와과고며서한된던할될이가도만])|"
                        r"[북남]한)\s+){1,5}$")
NOT_ASSERTED = re.compile(r"(?:할|될)\s*(?:예정|계획|방침|것)|(?:지|되지)\s*(?:않|못)|"
                           r"(?:될|할)\s*경우|검토")
RECALLED = re.compile(r"바\s*(?:있|가)")
US = re.compile(r"미국|연방|법무부|(?<![가-힣])미\s+(?:법원|법무부|연방|검찰|당국)|美|대배심|FBI")
# after a defendant: age or particulars, 씨, "and others (N persons)", then the particle
# (X와 공범 5명을, X 외 3명이: the named one with others the report only counts)
OTHERS = r"(?:(?:(?:와|과)\s*(?:공범|조력자|공모자)?|외)\s*\d+\s*명\s*)?"
# (X 역시/또한 …: "X too", the subject with the adverb in place of its particle)
SUBJECT = re.compile("^" + AFTER_NAME + OTHERS +
                      r"(?:은|는|이|가|도|\s+역시|\s+또한)(?![가-힣])")
OBJECT = re.compile("^" + AFTER_NAME + OTHERS +
                     r"(?:을|를)(?![가-힣])")
BEFORE_MADE_PUBLIC = re.compile("^" + AFTER_NAME +
                                 r"(?=에\s*대한)")
# between coordinated defendants: a separator, then at most a post or company ("X 대표")
# (after a romanization inside brackets: the age that may close them, ·27))
COORD = re.compile(r"^(?:[·,]\s*\d{1,3}\s*(?:세)?)?[)）]?\s*(?:\([^)]{1,40}\))?\s*(?:씨\s*)?"
                    r"(?:,|·|및|와|과|그리고|"
                    r"(?:을|를)\s*비롯(?:해|하여|한))\s*[^,.]{0,30}?$")
# (a clause's end, or "together with"/"on the charge of" between them: "A과 함께 회사를
# 속인 혐의로 B를 기소했다" charges B alone, A is no coordinated defendant)
# (그리고 "and" ends in 고 but joins items, no clause)
CLAUSE = re.compile(r"(?:다|(?<!그리)고|며|서|면|는데|지만)\s|함께|같이|혐의")
# "A과 함께 기소된 B": charged together, both defendants (a relative clause over B)
JOINTLY = re.compile(r"^[)）]?\s*(?:\([^)]{1,40}\))?\s*(?:씨\s*)?(?:등\s*)?(?:과|와)\s*"
                      r"(?:함께|같이)\s*(?:기소된|재판에\s*넘겨진)\s*[^,.]{0,30}?$")
ABOUT_A_CASE = re.compile(r"기소|유죄|피고인|공소장|기소장|재판|선고|체포|검찰")
# what a release about sanctions opens with; one about anything else (a crackdown, an
# investigation) may report charges in a later sentence
ABOUT_SANCTIONS = re.compile(r"제재|지정|동결")
# an indictment a sanctions release reports with its particulars, the charges and the
# court (… 혐의로 워싱턴DC 연방법원에 기소돼 있다): a case of its own, unlike an indictment
# mentioned in passing (X는 미국에서 기소된 바 있다)
CHARGED_IN_COURT = re.compile(r"혐의(?:로|를\s*받아)[^.。\n]{0,60}?법원에\s*기소(?:됐|되었|돼)")
DEFENDANT = 0.7
# a conviction: the jury's verdict or the court's judgment of guilt, received by its
# subject (X는 … 유죄 평결을 받았다, X의 유죄가 인정됐다 after a trial) or given to the one
# the court or jury names (배심원단은 X에게 유죄 평결을 내렸다, 법원은 X에 대해 유죄를
# 선고했다); past tense only, so a verdict awaited (유죄 평결을 받을 경우, 받으면) is none
CONVICTED = re.compile(r"유죄\s*(?:평결|판결)(?:을|를)?\s*받(?:았|은\s*바|고\s)|"
                       r"유죄(?:가|로)\s*(?:인정(?:됐|되었|돼\s)|판단(?:됐|되었)|확정(?:됐|되었))")
CONVICTED_BY = re.compile(r"유죄\s*(?:평결|판결)(?:을|를)?\s*(?:내렸|내리고|선고했|선고하였)|"
                          r"유죄\s*(?:평결|판결)(?:이|가)\s*내려(?:졌|진\s)|"
                          r"유죄(?:를|로)\s*(?:선고했|선고하였|판단했|판결했)")
# the one the verdict names: X에게(는), X에 대해(서)
CONVICTED_ONE = re.compile("^" + AFTER_NAME +
                           r"(?:에게(?:는)?|에\s*대해(?:서)?)(?![가-힣])")
