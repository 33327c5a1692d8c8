"""Two designations in one Japanese sentence, each with its own actor: 米財務省はAとBを制裁対象に
指定し、韓国政府も同日、Aを独自制裁の対象に加えた.

Japanese joins clauses by the continuative form of the first verb (指定し、) and lets the second
clause open with a topic or subject of its own (韓国政府も, 日本は). The frames read one
designation per sentence, the first, with the sentence's first actor: the second clause's
actor and targets are its own. So the second clause is read as a sentence: its actor
designates the names in it; and a name the first clause's actor got only from the second
clause is taken back (米国はAを指定し、韓国はBを指定した: B is not the US's).

A second clause without an actor of its own (Aを指定し、Bを追加した) is the first actor's:
the frames' reading stands. A plan or a negation in the second clause states nothing
(ja_modality.py), and its names are still not the first actor's targets.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Span
from extract.lang.cues import JA
from extract.lang.frames import FRAMES
from extract.lang.ja_modality import stated
from extract.lang.relations import apply_frame
from extract.lang.roles import act_date, actors_of, state_of

_FRAME = next(f for f in FRAMES["ja"] if f.name == "designation.ja.v1")
# the first clause ends on the continuative of its verb: 指定し、 / 加え、 / 科し、
_CONTINUES = re.compile(r"(?:し|え|て)\s*[、，]")


def apply_second_clauses(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for span in spans:
        sentence = span.text(text)
        matches = list(_FRAME.predicate.finditer(sentence))
        if len(matches) < 2:
            continue
        first, second = matches[0], matches[-1]
        cut = _CONTINUES.search(sentence, first.end() - 1, first.end() + 4)
        if cut is None or cut.end() > second.start():
            continue
        clause = Span(span.start + cut.end(), span.end)
        at = span.start + second.start()
        own = actors_of(builder, clause, JA, at)
        earlier = actors_of(builder, Span(span.start, clause.start), JA,
                            span.start + first.start())
        if not own:
            continue
        first_states = {state_of(builder, a.id, span) for a in earlier}
        if first_states & {state_of(builder, a.id, span) for a in own}:
            continue  # the same actor again: the frames' reading stands
        _take_back(builder, span, clause, first_states)
        dated = act_date(builder, clause, JA, bool(JA.recall.search(clause.text(text))))
        if dated is not None and stated(text, clause, span.start + second.end()) is not None:
            apply_frame(builder, _FRAME, [clause], 0, clause, at, dated)


def _take_back(builder: DocBuilder, span: Span, clause: Span, states: set[str]) -> None:
    """The first actor's designations of names the sentence gives only in the second
    clause."""
    for key, relation in list(builder.relations.items()):
        if relation.type != "DESIGNATED" or \
                state_of(builder, relation.source, span) not in states or \
                relation.frame != _FRAME.name or \
                any(e.start != span.start for e in relation.evidence):
            continue
        mentions = [f for f in builder.in_span(span) if f.id == relation.target]
        if mentions and all(f.start >= clause.start for f in mentions):
            del builder.relations[key]
