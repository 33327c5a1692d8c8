"""Who the persons of a Korean charge sentence are: names, the lists they form, and the
persons a pronoun or a count stands for (split from ko_charges.py, which reads the charge
constructions themselves).

- names coordinated into one list (A와 B, A·B 및 C; a place or state between two names,
  캐나다 국적의 X, is no clause's verb);
- "그는/그녀는" the person named last, "이들은", "두 사람은", "4명은" the list named last
  before the sentence (as many names as the number says);
- the names of the charged in a cleft (피고인들의 이름은 A, B, C이다), and the person a
  relative clause of charging describes (기소한 뉴저지 출신 X).
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span, coordinated_before
from extract.lang.ko_charge_cues import (
    ACTIVE,
    AFTER_NAME,
    AFTER_WINDOW,
    CLAUSE,
    COORD,
    COUNTS,
    HEAD_WORDS,
    JOINTLY,
    LISTED_NEXT,
    OBJECT,
    PASSIVE,
    PRONOUN_SUBJECT,
    RELATIVE_VERB,
    ROLE_DESCRIBED,
    SUBJECT,
)
from extract.lang.ko_clefts import CHARGED_TOPIC, NAMES_CLEFT, NOT_THE_PERSONS, closes_list


def persons_in(builder: DocBuilder, span: Span, end: int) -> list[Found]:
    return [f for f in builder.in_span(span, ("Person",)) if not f.unnamed and f.end <= end]


def masked(builder: DocBuilder, start: int, end: int) -> str:
    """The text between two names with the names in it blanked (a place or state between
    coordinated defendants, 캐나다 국적의 X, is no verb ending in 다)."""
    chars = list(builder.text[start:end])
    for found in builder.found:
        if start <= found.start and found.end <= end:
            chars[found.start - start:found.end - start] = "_" * (found.end - found.start)
    return "".join(chars)


def group_of(builder: DocBuilder, persons: list[Found], last: int) -> list[Found]:
    """The person at `last` with the persons coordinated before it."""
    def joined(prev: Found, first: Found) -> bool:
        gap = masked(builder, prev.end, first.start)
        return bool(COORD.match(gap) and not CLAUSE.search(gap)) or bool(JOINTLY.match(gap))

    # (a name and its bracketed romanization: one person)
    return coordinated_before(persons, last, joined, same_id=True)


def referents(builder: DocBuilder, span: Span, verb: int) -> list[Found]:
    """The persons a pronoun subject before the verb stands for: "그는/그녀는" the person
    named last before the sentence; "이들은", "두 사람은", "4명은" the list named last
    before it (as many names as the number says; 이들, two or more), if that name is a
    subject or an object (a name in the genitive is not what "they" refers to)."""
    subject = PRONOUN_SUBJECT.match(span.text(builder.text))
    if subject is None or subject.end() > verb:
        return []
    return named_last(builder, span, bool(subject.group("one")),
                       subject.group("count") or subject.group("count2") or "")


def named_last(builder: DocBuilder, span: Span, one: bool, count: str) -> list[Found]:
    """The person (`one`) or the list of `count` persons (two or more if no count) named
    last before the sentence, as a subject or an object; a counted "these N" (이들 7명은)
    is also the N persons the sentence before names, however it names them (each with a
    sum: A에 X달러, B와 C에 각각 Y달러), when it names exactly N."""
    earlier = sorted((f for f in builder.found if f.type == "Person" and not f.unnamed and
                      f.end <= span.start), key=lambda f: f.start)
    if not earlier:
        return []
    wanted = COUNTS.get(count, int(count) if count.isdigit() else 0)
    counted = _counted_before(builder, span, earlier, wanted) if not one and wanted >= 2 \
        else []
    last = earlier[-1]
    if not (SUBJECT.match(builder.text[last.end:last.end + AFTER_WINDOW]) or
            OBJECT.match(builder.text[last.end:last.end + AFTER_WINDOW])):
        return counted  # (… X의 명의로 취업했다. 이들은: "they" are the workers, not X's)
    if one:
        return [last]
    group = group_of(builder, earlier, len(earlier) - 1)
    unique = len({p.id for p in group})
    return group if (unique == wanted if wanted else unique >= 2) else counted


def _counted_before(builder: DocBuilder, span: Span, earlier: list[Found],
                    wanted: int) -> list[Found]:
    """The persons of the sentence right before `span`, if there are exactly `wanted`."""
    text = builder.text
    end = len(text[:span.start].rstrip())
    start = max(text.rfind(". ", 0, end - 1), text.rfind(".\n", 0, end - 1),
                text.rfind("\n\n", 0, end - 1)) + 1
    persons = list({p.id: p for p in earlier if p.start >= start}.values())
    return persons if len(persons) == wanted else []


def names_of_the_charged(builder: DocBuilder, span: Span, before: str) -> list[Found]:
    """"(피고인들의|N명의) 이름은 A, B, C이다": the names of those the topic calls the
    defendants, or of those the sentence before charged (… 3명을 기소했다), as the cleft's
    complement the copula closes; never the names of a pseudonym, a firm or an account."""
    sentence = span.text(builder.text)
    names = NAMES_CLEFT.search(sentence)
    if names is None or NOT_THE_PERSONS.search(sentence, 0, names.start()):
        return []
    topic = sentence[:names.start()]
    if not (CHARGED_TOPIC.search(topic) or ACTIVE.search(before) or PASSIVE.search(before)):
        return []
    after = [p for p in persons_in(builder, span, span.end)
             if p.start >= span.start + names.end()]
    if after and closes_list(builder.text[after[-1].end:span.end]):
        return group_of(builder, after, len(after) - 1)
    return []


def relative_heads(builder: DocBuilder, span: Span) -> list[Found]:
    """The persons a relative clause of charging describes, a few describing words after it
    (기소한 뉴저지 출신 X, 이 사건으로 기소된 북한인 X와 Y): the first name after the verb, if
    nothing but the head's describing words stands between, and the names listed after it;
    "charged together with X" (X과 함께 기소된 Y) makes X a defendant too."""
    out: list[Found] = []
    names = builder.in_span(span, ("Person", "Organization"))
    persons = [f for f in names if f.type == "Person" and not f.unnamed]
    for verb in RELATIVE_VERB.finditer(builder.text, span.start, span.end):
        after = [f for f in names if f.start >= verb.end()]
        gap = builder.text[verb.end():after[0].start] if after else ""
        if after and after[0].type == "Person" and not after[0].unnamed and \
                (not gap.strip() or HEAD_WORDS.match(gap)):
            if _JOINTLY_BEFORE.search(builder.text, span.start, verb.start()):
                # "X는 … 같이 기소된 Y와 함께": Y was charged with the topic X, who comes
                # first (the case is X's); "X과 함께 기소된 Y": with the partner X; neither,
                # no such pair
                topic = [f for f in names if f.type == "Person" and f.end <= verb.start()
                         and _TOPIC.match(builder.text, f.end)]
                partner = [p for p in persons if p.end <= verb.start() and
                           _PARTNER.fullmatch(builder.text, p.end, verb.start())]
                if not (topic or partner):
                    continue
                out.append((topic or partner)[0])
            out += listed_after(builder, persons, persons.index(after[0]))
    return out


def following(builder: DocBuilder, persons: list[Found], first: int) -> list[Found]:
    """The person at `first` with the persons coordinated after it."""
    group = [persons[first]]
    for after in persons[first + 1:]:
        if after.id == group[-1].id:
            continue  # a name and its bracketed romanization: one person
        gap = masked(builder, group[-1].end, after.start)
        if not COORD.match(gap) or CLAUSE.search(gap):
            break
        group.append(after)
    return group


def listed_after(builder: DocBuilder, persons: list[Found], first: int) -> list[Found]:
    """persons[first] with the names a list joins after it, each item at most described
    (A와 북한 국적의 B, C): never a name after a clause of its own (A와 만난 B)."""
    group = [persons[first]]
    for after in persons[first + 1:]:
        if after.id == group[-1].id:
            continue  # a name and its bracketed romanization: one person
        if not LISTED_NEXT.match(masked(builder, group[-1].end, after.start)):
            break
        group.append(after)
    return group


def role_before(builder: DocBuilder, span: Span, person: Found) -> bool:
    """Is the person described as a defendant right before the name (공동 피고인인 북한
    국적의 X)?"""
    start = max(span.start, person.start - 30)
    return bool(ROLE_DESCRIBED.search(masked(builder, start, person.start)))


# "X과 함께" right before the relative verb: X is the partner charged with the head
_PARTNER = re.compile(AFTER_NAME + r"(?:와|과)\s*(?:함께|같이)\s*")
_JOINTLY_BEFORE = re.compile(r"(?:같이|함께)\s*$")
_TOPIC = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*(?:씨\s*)?(?:은|는)(?![가-힣])")
