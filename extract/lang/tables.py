"""Lists written as Markdown tables, as releases put into text give their annexes:

    | 番号 | 氏名 | 別名 | 生年月日 | 国籍 | 所属 |
    |---|---|---|---|---|---|
    | 1 | キム・ハヌル（KIM Ha Nul） | キム・ハン | 1990年1月1日 | 北朝鮮 | 朝鮮空色貿易会社 |

Each data row is one listed person or body: the first name in its name column (名称, 氏名,
성명…), else the first name of the row. The header row says what the other cells are: an
alias of the row's name (別名, 이명), where it works (所属, 소속) or where it is (所在地,
소재지), so a name in those cells is never a listed one of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from extract.lang.common import DocBuilder, Found, Span

TARGETS = ("Person", "Organization")
_ROW = re.compile(r"^[ \t　]*\|.*\|[ \t　]*$", re.MULTILINE)
_SEPARATOR = re.compile(r"^[\s|:\-－ー—]+$")
ROLES = {
    "name": ("名称", "氏名", "名前", "対象者", "団体名", "個人名", "名義", "이름", "성명", "명칭",
             "기관명", "대상자"),
    "alias": ("別名", "別称", "通称", "旧称", "이명", "별칭", "가명"),
    "affiliation": ("所属", "所属先", "役職", "소속", "직위"),
    "location": ("所在地", "住所", "拠点", "所在", "소재지", "주소", "거점"),
}


@dataclass(frozen=True)
class Row:
    span: Span
    cells: tuple[Span, ...]
    roles: tuple[str, ...]  # the header's word for each cell ('' when unknown)

    def cells_of(self, role: str) -> list[Span]:
        return [c for c, r in zip(self.cells, self.roles, strict=False) if r == role]


def _cells(text: str, start: int, end: int) -> tuple[Span, ...]:
    line = text[start:end]
    bars = [start + i for i, c in enumerate(line) if c == "|"]
    return tuple(Span(a + 1, b) for a, b in pairwise(bars))


def _role(text: str) -> str:
    word = text.strip()
    return next((role for role, words in ROLES.items() if word in words), "")


def table_rows(text: str) -> list[Row]:
    """The data rows of every table, with the roles its header row gives."""
    out: list[Row] = []
    roles: tuple[str, ...] = ()
    previous_end = -2
    pending: tuple[Span, ...] | None = None
    for match in _ROW.finditer(text):
        start, end = match.start(), match.end()
        if start != previous_end + 1:
            roles, pending = (), None  # a new table
        previous_end = end
        cells = _cells(text, start, end)
        if _SEPARATOR.match(match.group(0)):
            if pending is not None:  # the row above the separator is the header
                roles = tuple(_role(c.text(text)) for c in pending)
                out = [r for r in out if r.cells != pending]
            pending = None
            continue
        pending = cells
        out.append(Row(Span(start, end), cells, roles))
    return out


def row_item(builder: DocBuilder, row: Row) -> Found | None:
    """The person or body a data row lists."""
    def first(span: Span) -> Found | None:
        found = [f for f in builder.in_span(span, TARGETS) if not f.unnamed
                 and f.properties.get("kind") != "worker_group"]
        return found[0] if found else None

    named = row.cells_of("name")
    if named:
        return first(named[0])
    described = {c for role in ("alias", "affiliation", "location") for c in row.cells_of(role)}
    for cell in row.cells:
        if cell not in described:
            item = first(cell)
            if item is not None:
                return item
    return None


def table_row_at(builder: DocBuilder, span: Span) -> Row | None:
    return next((r for r in table_rows(builder.text) if r.span.start <= span.start
                 and span.end <= r.span.end), None)
