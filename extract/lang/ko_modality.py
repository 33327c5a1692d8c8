"""Which Korean predicate endings state no act (frames.KO's future, proposal and negation).

relations.py reads the few characters right after a frame's predicate (지정, 추가, 발표 …):
the verb's own ending says whether the sentence asserts the act.

- still to come: a plan (할 예정, 방침, 계획, 전망), a review (검토 중, 검토하고 있다,
  지정 여부를 검토), a possibility (지정될 가능성, 지정할 수 있다), an obligation (지정해야
  한다), an intention (지정하려고, 추가하자는), an act being prepared or ahead (지정하는
  절차를 밟고 있다, 지정하는 안을 마련, 지정을 앞두고), a stance on the act (지정하는 데
  신중하다), a likely one (지정이 유력하다), and a condition (지정되면, 지정할 경우);
- asked for, not done: a proposal, request or call (only for designations, as a warning is
  often a request itself: 주의를 촉구);
- negated: 지정하지 않았다, also with a particle on the negated verb (지정되지는 않았다,
  추가하지도 않았다); and a listing undone (제재 대상에서 해제했다, 지정에서 제외했다,
  지정을 취소했다) is no listing.
"""

from __future__ import annotations

import re

FUTURE = re.compile(
    r"(?:할|될|하게 될)\s*(?:예정|계획|방침|전망)|검토\s*(?:중|하고|하는|할|해\s*나)|"
    r"(?:할|될)\s*것|(?:할|될)\s*(?:가능성|수\s*(?:있|도))|"
    r"^\s*(?:을|를|이|가)?\s*(?:예정|계획|방침|검토|유력|앞두|여부|전망)|"
    r"^(?:해야|되어야|돼야|할지|될지|하기\s*위)|^(?:하|되)?려(?:고|는|던|\s*(?:했|한다))|"
    r"^하?자(?:고|는|며)|"
    r"^하는\s*(?:절차|방안|안을|안이|작업|데)|"
    r"^[^.,]{0,3}?(?:되면|하면|될\s*경우|할\s*경우)(?![가-힣])")
PROPOSAL = re.compile(r"방안|제안|요청|촉구|추진|권고")
NEGATION = re.compile(
    r"(?:지|되지)(?:는|도)?\s*(?:않|못)|안\s*(?:했|한다)|"
    r"^\s*(?:대상\s*)?(?:에서|을|를|이|가|도)?\s*(?:제외|해제|삭제|철회|취소|해지)")
