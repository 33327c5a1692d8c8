"""Western names written by sound in a Japanese or Korean text, read against English ones.

Two jobs of the cross-language step (extract/lang/crosslink.py) for names a Korean or
Japanese text writes by sound (see western_names.py for the reading):

- `join_family_names`: a news text names a person in full once (クリスティーナ・マリー・
  チャップマン) and by family name after (チャップマン); the family name alone is the person
  named in full whose last word it is, when only one such person is named in the document.
- `find_english_persons`: a run of Hangul words that reads, word by word, as the full name of
  a person the English documents name (제이슨 살라자르 for "Jason Salazar") is that person,
  where the Korean pipeline found no person there: in a list of names, before an agency
  and a title (존 헐리 재무부 차관), in a name of more words than a run it reads. The run must
  carry the mark of a word written by sound (스, 프, 르: western_names.transliterated), match
  two words or more with the family name last, match exactly one English person, and its
  consonants must say enough (`_MIN_SOUNDS`): a short name reads as too many others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.lang.ja_readings import latin_korean_person
from extract.lang.western_names import (
    PARTICLE,
    hangul_skeleton,
    is_katakana_word,
    kana_skeletons,
    latin_skeletons,
    same_western_name,
    transliterated,
)
from graph.model import ExtractedEntity, Extraction, Mention

FOUND = 0.8  # the confidence of a person found by reading an English name
_MIN_SOUNDS = 5  # consonant classes a name read by sound must give to name one person
_WORD = re.compile(r"[가-힣]+")
_MAX_WORDS = 6  # "Pedro Ernesto Alonso De Los Reyes"


def _kana_words(name: str) -> list[str]:
    return [w for w in re.split(r"[・＝=･\s]+", name) if w]


def join_family_names(extraction: Extraction) -> None:
    """Fold a katakana family name alone into the one person named in full by it."""
    persons = [e for e in extraction.entities if e.type == "Person" and not e.unnamed]
    full = [e for e in persons if len(_kana_words(e.name)) > 1
            and all(is_katakana_word(w) for w in _kana_words(e.name))]
    renames: dict[str, ExtractedEntity] = {}
    for entity in persons:
        if not is_katakana_word(entity.name) or entity in full:
            continue
        owners = [f for f in full if _kana_words(f.name)[-1] == entity.name]
        if len(owners) == 1:
            renames[entity.id] = owners[0]
    for old, owner in renames.items():
        merge_into(extraction, next(e for e in extraction.entities if e.id == old), owner)


def merge_into(extraction: Extraction, part: ExtractedEntity, whole: ExtractedEntity) -> None:
    """`part` is `whole` read in part: its mentions, name and relations move to `whole`."""
    whole.mentions.extend(m for m in part.mentions if m not in whole.mentions)
    for alias in (part.name, *part.aliases):
        if alias != whole.name and alias not in whole.aliases:
            whole.aliases.append(alias)
    extraction.entities = [e for e in extraction.entities if e is not part]
    seen: set[tuple[str, str, str]] = set()
    relations = []
    for relation in extraction.relations:
        if relation.source == part.id:
            relation.source = whole.id
        if relation.target == part.id:
            relation.target = whole.id
        key = (relation.type, relation.source, relation.target)
        if key not in seen:
            seen.add(key)
            relations.append(relation)
    extraction.relations = relations
    for found in extraction.links:
        found.entity = whole.id if found.entity == part.id else found.entity
        found.other = whole.id if found.other == part.id else found.other


def _forms(word: str) -> list[str]:
    """The word, and the word without a particle after it (살라자르가 -> 살라자르)."""
    return [word[:cut] for cut in range(len(word), 0, -1) if PARTICLE.fullmatch(word, cut)]


# a katakana name of two words or more (マシュー・アイザック・ヌート)
_KANA_RUN = re.compile(r"[ァ-ヺー]+(?:[・＝][ァ-ヺー]+)+")


def korean_latin(name: str) -> bool:
    """A Korean name in Latin letters, hyphens and all ("Pak Jin-Song"), family name first
    or last ("Song Il Kim"): read syllable by syllable, never by its consonants alone."""
    words = [w for w in re.split(r"[\s\-‐]+", name) if w]
    return latin_korean_person(" ".join(words)) or \
        latin_korean_person(" ".join([*words[-1:], *words[:-1]]))


def _sounds(words: list[str]) -> int:
    return sum(len(hangul_skeleton(w)) for w in words)


def find_english_persons(extraction: Extraction,
                         english: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, str]:
    """Add the persons of `english` ((id, Latin names) of English persons) that the text
    names in Hangul by sound where the pipeline read no entity or only part of the name.
    Returns the ids of entities the pipeline read that are to take the English id."""
    by_family: dict[str, list[tuple[str, str]]] = {}
    for person, spellings in english:
        for spelling in spellings:
            spelled = [w for w in re.split(r"[\s\-‐'’.,]+", spelling) if len(w) > 1 and w.isalpha()]
            if len(spelled) >= 2 and all(w.isascii() for w in spelled):
                for skeleton in latin_skeletons(spelled[-1]):
                    by_family.setdefault(skeleton, []).append((person, spelling))
    text = extraction.text
    covered = {i for e in extraction.entities for m in e.mentions for i in range(m.start, m.end)}
    words = list(_WORD.finditer(text))
    found: dict[tuple[int, int], set[str]] = {}
    names: dict[str, str] = {}
    for last, word in enumerate(words):
        for form in reversed(_forms(word.group())):  # the word without its particle first
            runs = [(run, entity_id, latin)
                    for entity_id, latin in by_family.get(hangul_skeleton(form), ())
                    for run in [_run(text, words, last, form, latin)] if run]
            for run, entity_id, latin in runs:
                found.setdefault(run, set()).add(entity_id)
                names[entity_id] = latin
            if runs:
                break
    for match in _KANA_RUN.finditer(text):  # katakana: the words of a name joined by ・
        kana = _kana_words(match.group())
        if sum(len(min(kana_skeletons(w) or {""}, key=len)) for w in kana) < _MIN_SOUNDS:
            continue
        for skeleton in kana_skeletons(kana[-1]):
            for entity_id, latin in by_family.get(skeleton, ()):
                if not korean_latin(latin) and \
                        same_western_name(match.group(), latin) == len(kana):
                    found.setdefault(match.span(), set()).add(entity_id)
                    names[entity_id] = latin
    families: dict[str, list[ExtractedEntity]] = {}
    renames: dict[str, str] = {}
    for (start, end), ids in sorted(found.items()):
        if len(ids) != 1 or any(s < end and start < e for s, e in found
                                if (s, e) != (start, end) and e - s > end - start):
            continue  # two English persons fit, or inside a longer run that was read
        parts = _read_in_part(extraction, start, end)
        if parts is None:
            continue  # the pipeline read something else there
        entity_id = next(iter(ids))
        whole = next((e for e in extraction.entities if e.id == entity_id
                      or renames.get(e.id) == entity_id), None) or (parts[0] if parts else None)
        if whole is None:
            whole = ExtractedEntity(id=entity_id, type="Person", name=names[entity_id],
                                    confidence=FOUND)
            extraction.entities.append(whole)
        for part in parts:
            if part is not whole:
                merge_into(extraction, part, whole)
        _add_mention(whole, extraction.text, start, end)
        if whole.id != entity_id:
            renames[whole.id] = entity_id  # the caller renames it, its case with it
        covered |= set(range(start, end))
        families.setdefault(re.split(r"[\s・＝]", text[start:end])[-1], []).append(whole)
    for family, persons in families.items():
        if len({id(p) for p in persons}) == 1:
            _add_family_mentions(extraction, persons[0], family, covered)
    return renames


def _run(text: str, words: list[re.Match[str]], last: int, form: str,
         latin: str) -> tuple[int, int] | None:
    """The longest run of Hangul words one space apart, ending in `form` at word `last`,
    that reads as the whole of `latin`: (start, end), or None."""
    end = words[last].start() + len(form)
    for count in range(min(_MAX_WORDS, last + 1), 1, -1):
        first = last - count + 1
        if any(text[words[i].end():words[i + 1].start()] != " " for i in range(first, last)):
            continue
        run = [w.group() for w in words[first:last]] + [form]
        if not any(transliterated(w) for w in run) or _sounds(run) < _MIN_SOUNDS:
            continue
        if same_western_name(" ".join(run), latin) == count:
            return words[first].start(), end
    return None


def _read_in_part(extraction: Extraction, start: int, end: int) -> list[ExtractedEntity] | None:
    """The persons the pipeline read inside [start, end) (a run of four words of a name of
    six, a given name read as a Korean name): the run is the better reading of them. None
    when an entity of another label, or a mention reaching outside the run, stands there."""
    parts = []
    for entity in extraction.entities:
        inside = [m for m in entity.mentions if m.start < end and start < m.end]
        if not inside:
            continue
        if entity.type != "Person" or any(m.start < start or m.end > end for m in inside):
            return None
        parts.append(entity)
    return parts


def _add_mention(entity: ExtractedEntity, text: str, start: int, end: int) -> None:
    surface = text[start:end]
    if all((m.start, m.end) != (start, end) for m in entity.mentions):
        entity.mentions.append(Mention(start, end, surface))
    if surface not in entity.aliases:
        entity.aliases.append(surface)


def _add_family_mentions(extraction: Extraction, entity: ExtractedEntity, family: str,
                         covered: set[int]) -> None:
    """The family name alone elsewhere in the text (트래비스는) is the same person."""
    kana = is_katakana_word(family)
    edge = r"[ァ-ヺー・＝]" if kana else r"[가-힣]"
    for match in re.finditer(rf"(?<!{edge}){re.escape(family)}", extraction.text):
        start, end = match.start(), match.end()
        after = re.match(edge + "*", extraction.text[end:])
        rest = after.group() if after else ""
        # katakana: nothing written by sound after it; Hangul: a particle at most
        if start in covered or (rest if kana else not PARTICLE.fullmatch(rest)):
            continue
        entity.mentions.append(Mention(start, end, family))
        covered |= set(range(start, end))
