"""Read one corpus document: YAML front matter plus a body whose offsets everyone shares.

Gold annotations, extraction evidence and the graph's provenance all count characters from
the first character of the body, so this module is the single place that decides where the
body starts. It also remembers on which line each front-matter key sits, so that the checker
can point people at `file:line` instead of "somewhere in this file".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from corpus.validate import MAX_FRONT_MATTER
from graph.errors import DocumentError
from graph.model import DocumentMeta

FENCE = "---"
MARKDOWN_SUFFIXES = (".md", ".markdown")


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: the model stores ISO strings, and PyYAML's
    own date conversion crashes on impossible dates such as 2025-13-01.

    Aliases (`*name`) are refused: a few hundred bytes of nested aliases expand to a
    value of gigabytes (the "billion laughs"), and front matter never needs them.
    """

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in front matter", event.start_mark)
        node: yaml.Node | None = super().compose_node(parent, index)
        return node


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class DocumentFormatError(DocumentError):
    """A document is malformed at a known place; `path` and `line` let callers list it.

    The detail already reads `file:line: message`, so the CLI can print it as it is.
    """

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message


@dataclass
class CorpusDocument:
    """One document as read from disk.

    `front_matter` is the mapping exactly as YAML produced it (the checker judges it);
    `meta` is the same information coerced into the typed form the pipeline uses.
    `key_lines` maps keys to 1-based file lines: top-level keys by name and nested entries
    by dotted path (`issuers.0.country`, `source_urls.1`).
    """

    path: Path
    meta: DocumentMeta
    body: str
    front_matter: dict[str, Any] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)
    body_line: int = 1  # file line of the body's first character

    @property
    def invented(self) -> bool:
        """Written to exercise the extractor on an event that did not happen (front matter
        `invented: true`): its persons, firms and acts are not public facts, so the main job
        does not put them in a graph researchers quote (docs/corpus.md)."""
        return self.front_matter.get("invented") is True

    def line_of(self, key: str) -> int:
        """File line of a front-matter key; a missing key points at its parent, else line 1."""
        while key:
            if key in self.key_lines:
                return self.key_lines[key]
            key = key.rpartition(".")[0]
        return 1

    def line_at(self, offset: int) -> int:
        """File line that holds body character `offset` (for messages about spans)."""
        offset = max(0, min(offset, len(self.body)))
        return self.body_line + self.body.count("\n", 0, offset)


def decode(data: bytes, path: Path) -> str:
    """Bytes to text with newlines normalized to `\\n`, refusing binary and non-UTF-8.

    Newlines are normalized because offsets must not depend on the platform a document
    was saved on; a leading byte-order mark is dropped for the same reason.
    """
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{path}: looks like a binary file (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DocumentFormatError(
            path, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_document(path: Path) -> CorpusDocument:
    """Read a `.md` document (front matter required) or a plain text file (front matter optional).

    Plain files are what `tkg extract` is pointed at: their id is the file stem.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    text = decode(data, path)
    if path.suffix.lower() in MARKDOWN_SUFFIXES or text.startswith(FENCE + "\n"):
        return parse_document(text, path)
    return plain_document(text, path)


def plain_document(text: str, path: Path) -> CorpusDocument:
    """A document without front matter: the whole text is the body."""
    return CorpusDocument(path=path, meta=DocumentMeta(id=path.stem), body=text)


def parse_document(text: str, path: Path) -> CorpusDocument:
    """Split `text` into front matter and body and build the document."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != FENCE:
        raise DocumentFormatError(path, 1, "missing front matter: the first line must be '---'")
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() == FENCE), None)
    if close is None:
        raise DocumentFormatError(path, 1, "front matter is not closed by a '---' line")
    front_text = "\n".join(lines[1:close])
    if len(front_text) > MAX_FRONT_MATTER:
        raise DocumentFormatError(path, 2, f"front matter is {len(front_text)} characters long; "
                                  f"at most {MAX_FRONT_MATTER} are allowed")
    body_start = sum(len(line) + 1 for line in lines[: close + 1])
    body = text[body_start:]
    mapping, key_lines = _load_front_matter(front_text, path)
    return CorpusDocument(
        path=path,
        meta=_meta(mapping, path),
        body=body,
        front_matter=mapping,
        key_lines=key_lines,
        body_line=close + 2,
    )


def _load_front_matter(front_text: str, path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """Parse YAML once, keeping both the values and the line of every key."""
    loader = _FrontMatterLoader(front_text)
    try:
        node = loader.get_single_node()
        value = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(exc, "problem", None) or str(exc)
        raise DocumentFormatError(path, line, f"front matter is not valid YAML: {problem}") from exc
    finally:
        loader.dispose()
    if not isinstance(value, dict):
        raise DocumentFormatError(path, 2, "front matter must be a mapping of keys to values")
    key_lines: dict[str, int] = {}
    if node is not None:
        _walk_lines(node, "", key_lines)
    return {str(k): v for k, v in value.items()}, key_lines


def _walk_lines(node: yaml.Node, prefix: str, out: dict[str, int]) -> None:
    """Record the file line (front matter starts on file line 2) of every key and item."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            name = f"{prefix}{key_node.value}"
            out.setdefault(name, key_node.start_mark.line + 2)
            _walk_lines(value_node, name + ".", out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            name = f"{prefix}{index}"
            out.setdefault(name, item.start_mark.line + 2)
            _walk_lines(item, name + ".", out)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _meta(mapping: dict[str, Any], path: Path) -> DocumentMeta:
    """Coerce leniently: the checker reports what is wrong, the reader never guesses twice."""
    issuers_raw = mapping.get("issuers")
    issuers = [
        {str(k): _text(v) for k, v in item.items()}
        for item in (issuers_raw if isinstance(issuers_raw, list) else [])
        if isinstance(item, dict)
    ]
    urls_raw = mapping.get("source_urls")
    urls = [_text(u) for u in urls_raw] if isinstance(urls_raw, list) else []
    return DocumentMeta(
        id=_text(mapping.get("id")) or path.stem,
        title=_text(mapping.get("title")),
        doc_type=_text(mapping.get("doc_type")),
        date=_text(mapping.get("date")),
        language=_text(mapping.get("language")),  # empty: the extractor detects it
        issuers=issuers,
        source_urls=urls,
    )
