"""Names a document itself declares to be one: "X (Y)", "X, also known as Y", "X, whose name
is also romanized as Y" (or "also appears as Y"), "X's name is also transliterated as Y".

Declared aliases are the one case where two names merge on the document's word alone: the
text states the identity. The second name becomes an alias of the first, and its mentions
are mentions of the first.
"""

from __future__ import annotations

import itertools
import re

from extract.mentions import DocMentions, MentionSpan
from extract.names import fold
from extract.overlaps import Overlaps
from extract.resolve.base import DocEntities, Merge, contains_words, org_key
from graph.model import ExtractedEntity

# what may stand between a name and its declared alias
_DECLARED = re.compile(
    r"^\)?['’]?s?(?:\s*\([^()]{1,40}\))?,?\s*[(\[]?\s*(?:(?:which|who|whose\s+name|his\s+name|"
    r"her\s+name|its\s+name|name)\s+(?:is|was)\s+)?(?:also\s+)?(?:known\s+as|a\.k\.a\.?|a/k/a|"
    r"aka|f\.k\.a\.?|f/k/a|formerly\s+known\s+as|doing\s+business\s+as|d/b/a|alias|spelled|romanized|"
    r"romanised|transliterated|rendered|written|(?:also\s+)?called|"
    r"(?:calling|calls|called)\s+(?:himself|herself|itself)|(?:whose|his|her|its)\s+name\s+"
    r"(?:also\s+)?appears)(?:\s+as)?[\s:,]*[\"“‘']?$",
    re.IGNORECASE)
_NAMED = {"Person", "Organization", "Agency"}
# a notice's field line under a name: "KIM SONG HO (김성호)\nAlias: "Ann Poe""; the line
# break ends the name's sentence, so this one declaration reaches across it
_ALIAS_LINE = re.compile(r"^(?:\s*\([^()\n]{1,40}\))?[ \t]*\n[ \t]*(?:Alias(?:es)?|A\.?K\.?A\.?)"
                         r"[ \t]*:[ \t]*[\"“‘']?$", re.IGNORECASE)


def _short_form(short: str, full: str) -> bool:
    """'KMCTC' for 'Korea Mangyongdae Computer Technology Corporation', or its first words."""
    letters = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", full) if w[0].isupper())
    if short.isupper() and len(short) >= 2 and short == letters[:len(short)]:
        return True
    return bool(org_key(short)) and org_key(full).startswith(org_key(short) + " ")


def declared_pairs(mentions: DocMentions) -> list[tuple[MentionSpan, MentionSpan]]:
    """(name, alias) pairs of consecutive mentions the text declares to be one."""
    named = [m for m in mentions.mentions if m.label in _NAMED]
    pairs = []
    for first, second in itertools.pairwise(named):
        between = mentions.text[first.end:second.start]
        if _ALIAS_LINE.match(between):
            pairs.append((first, second))
            continue
        if first.sent != second.sent or second.start - first.end > 80:
            continue
        if _DECLARED.match(between) or (re.fullmatch(r"\s*\(\s*", between) and \
                mentions.text[second.end:second.end + 1] == ")" and \
                _short_form(second.text.strip(), first.text.strip())):
            pairs.append((first, second))
    return pairs


def _owner(short: MentionSpan, other: str, result: DocEntities) -> ExtractedEntity | None:
    """The one entity, other than the alias's, whose name contains a bare short name ("Ho's
    name is also ..." after "Ho Yong Chol" was named)."""
    word = fold(short.text.strip().removesuffix("'s").removesuffix("’s"))
    fits = [e for e in result.entities.values() if e.id != other and e.type in _NAMED
            and contains_words(fold(e.name), word)]
    return fits[0] if len(fits) == 1 else None


def merge_declared_aliases(mentions: DocMentions, result: DocEntities) -> None:
    for first, second in declared_pairs(mentions):
        gone = result.entities.get(second.entity)
        kept = result.entities.get(first.entity) or _owner(first, second.entity, result)
        if kept is None or gone is None or kept is gone:
            continue
        for mention in gone.mentions:
            if not any(x.start == mention.start for x in kept.mentions):
                kept.mentions.append(mention)
        for alias in [gone.name, *gone.aliases]:
            if fold(alias) != fold(kept.name) and alias not in kept.aliases:
                kept.aliases.append(alias)
        for m in mentions.mentions:
            if m.entity == gone.id:
                m.entity = kept.id
        del result.entities[gone.id]
        kept.mentions.sort(key=lambda x: x.start)
        result.merges.append(Merge(kept.id, gone.name, "alias declared in the text", 0.95))
    link_declared_short_names(mentions, result)


# a short name in brackets right after a company's name: "Korea Pulgun Trading Corporation
# (Pulgun)"; the words it picks out of the name, capitalized, none of them generic
_BRACKETED = re.compile(r"^\s*\((?P<short>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\)")
_GENERIC = re.compile(r"^(?:Korea|Korean|North|South|DPRK|China|Chinese|Russia|Russian|"
                      r"General|Trading|Technology|Company|Corporation|Co|Ltd|LLC|Group|"
                      r"Bank|International|Industry|Industrial|Development|Network|Limited|"
                      r"Information|Economic|Exchange|Computer|Software|Joint|Venture)$")


def link_declared_short_names(mentions: DocMentions, result: DocEntities) -> None:
    """"Korea Pulgun Trading Corporation (Pulgun)": words of a company's name the text puts
    in brackets after it are its short name, and each later occurrence of those words,
    capitalized and not part of a longer name, is a mention of the company. The alias must
    be words of the name itself (not its first word, which the opening rule reads: see
    extract/resolve/orgs.py) and not a generic word ("Korea", "Trading")."""
    text = mentions.text
    covered = Overlaps((m.start, m.end, None) for m in mentions.mentions if m.entity)
    added: list[MentionSpan] = []
    for m in list(mentions.mentions):
        company = result.entities.get(m.entity) if m.entity else None
        if company is None or company.type != "Organization":
            continue
        found = _BRACKETED.match(text[m.end:m.end + 60])
        if found is None:
            continue
        short = found.group("short")
        words = short.split()
        name_words = re.findall(r"[\w'’-]+", company.name)
        if any(_GENERIC.match(w) for w in words) or not _inside(words, name_words[1:]):
            continue
        pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) +
                             r"(?![\w-])(?!\s+[A-Z])")
        for match in pattern.finditer(text, m.end):
            start, end = match.start(), match.end()
            if covered.overlapping(start, end):
                continue
            span = mentions.new_span("Organization", start, end)
            if span.sent < 0:
                continue
            result.add_mention(company, span)
            covered.add(start, end, None)
            added.append(span)
    mentions.add(added)


def _inside(words: list[str], name: list[str]) -> bool:
    size = len(words)
    return any(name[i:i + size] == words for i in range(len(name) - size + 1))
