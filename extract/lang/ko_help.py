"""Who helps the DPRK IT workers, who sends them, and where their money goes, in Korean.

- Help (FACILITATED): the topic or subject of the sentence helped the workers (X는 … 북한
  IT 노동자들이 … 취업하도록 도왔다/지원했다, X는 북한 IT 노동자들을 위한 노트북 농장을
  운영했다), the workers named after the helper.
- Dispatch (CONTROLLED_BY, LOCATED_IN): the topic sends the workers (X는 북한 IT 인력을
  러시아·중국 등지에 파견/보내): the workers are X's, and are where X sends them.
- Funding (FUNDED): the workers' money goes to the regime (벌어들인 돈이 … 북한 정권으로
  흘러갔다, 외화를 … 핵·미사일 개발에 쓰고 있다): from the amount when the sentence gives
  one, else from the workers, to the DPRK.
An allegation (혐의), a plan, a negation or a quote is no fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang.common import DocBuilder, Found, Span

_NOT_ASSERTED = re.compile(r"혐의|의혹|(?:할|될)\s*(?:예정|계획|방침)|(?:지|되지)\s*않|"
                           r"못했|[\"“”]")
_SUBJECT = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*(?:은|는|이|가)(?![가-힣])")
_HELPED = re.compile(r"도왔|도운\s*(?:것|사실)|도와\s*(?:왔|줬|주었)|지원했|지원해\s*왔|"
                     r"노트북\s*농장[’'\"”]?\S{0,3}\s*(?:을|를)?\s*운영(?:했|해\s*왔|하며|하면서)")
_SENT = re.compile(r"(?:을|를)\s+(?:[^.]{0,40}?)(?:파견|보내|보낸|내보내|송출)")
_MONEY = re.compile(r"돈|수익|수익금|외화|임금|소득|자금|수입")
_TO_REGIME = re.compile(r"북한\s*(?:정권|정부|당국)?\s*(?:으로|에)\s*(?:흘러|들어|보내|송금|상납)|"
                        r"평양(?:으로|에)\s*(?:흘러|보내|송금|상납)|"
                        r"(?:핵|미사일|대량살상무기|WMD|무기)[^.]{0,20}?(?:개발|프로그램)\S{0,2}\s*"
                        r"(?:에|으로|로)?\s*(?:쓰고\s*있|쓰였|쓰인다|쓰이고\s*있|사용됐|사용되었|"
                        r"사용되고\s*있|사용했|사용한다|투입했|투입하고|흘러\s*(?:갔|들어갔|간다))")
HELPED = 0.7
SENT = 0.7
FUNDED = 0.7

Where = Callable[[int, int], "tuple[str, str] | None"]


def _workers(builder: DocBuilder, span: Span) -> list[Found]:
    return [f for f in builder.in_span(span, ("Organization",))
            if f.properties.get("kind") == "worker_group"]


def _subject(builder: DocBuilder, span: Span, before: int) -> Found | None:
    """The one named person or company marked as topic or subject before `before`."""
    marked = [f for f in builder.in_span(span, ("Person", "Organization"))
              if f.end <= before and not f.unnamed and
              f.properties.get("kind") != "worker_group" and
              _SUBJECT.match(builder.text[f.end:f.end + 8])]
    ids = {f.id for f in marked}
    return marked[0] if len(ids) == 1 else None


def add_help_and_funding(builder: DocBuilder, spans: list[Span], where: Where) -> None:
    text = builder.text
    for span in spans:
        sentence = span.text(text)
        if _NOT_ASSERTED.search(sentence):
            continue
        workers = _workers(builder, span)
        if workers and _MONEY.search(sentence) and _TO_REGIME.search(sentence) \
                and "country:KP" in builder.entities:
            # the workers' money (an amount of the sentence is theirs, but the amount
            # node is one document's figure: the workers carry the relation)
            builder.relate("FUNDED", workers[0].id, "country:KP", span,
                           frame="funding.ko.v1", confidence=FUNDED)
        if not workers:
            continue
        group = workers[0]
        helped = _HELPED.search(sentence)
        if helped:
            helper = _subject(builder, span, group.start)
            if helper is not None:
                builder.relate("FACILITATED", helper.id, group.id, span,
                               frame="help.ko.v1", confidence=HELPED)
        sent = _SENT.match(text, group.end, span.end)
        if sent:
            sender = _subject(builder, span, group.start)
            if sender is not None and sender.type == "Organization":
                builder.relate("CONTROLLED_BY", group.id, sender.id, span,
                               frame="dispatch.ko.v1", confidence=SENT)
            for state in builder.in_span(Span(group.end, sent.end()), ("Country",)):
                if state.properties.get("code") not in ("KP",):
                    builder.relate("LOCATED_IN", group.id, state.id, span,
                                   frame="dispatch.ko.v1", confidence=SENT)
