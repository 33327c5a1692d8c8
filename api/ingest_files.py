"""Which files an ingest reads, and each one read and checked, or set aside with a reason.

Folders are read recursively. Every file that is not read is listed with the reason (not a
document format tkg reads, hidden, unreadable, breaks a rule), so a run never ends with
"0 documents" and no word on why.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.frontmatter import CorpusDocument
from corpus.validate import derive_id, ingest_problems
from extract.reader import SUFFIXES, kind_of, read_any
from graph.errors import DocumentError


@dataclass
class FoundFiles:
    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    missing: list[str] = field(default_factory=list)


def _walk(folder: Path, found: FoundFiles) -> None:
    # os.walk does not follow links to folders, so a link loop cannot make it run forever.
    for top, dirs, names in os.walk(folder):
        dirs.sort()
        hidden = [d for d in dirs if d.startswith(".")]
        for name in hidden:
            found.skipped.append((str(Path(top) / name), "hidden folder"))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in sorted(names):
            path = Path(top) / name
            if name.startswith("."):
                found.skipped.append((str(path), "hidden file"))
            elif kind_of(path) is None:
                found.skipped.append((str(path), f"not a document format tkg reads "
                                                 f"({path.suffix or 'no suffix'}; it reads "
                                                 f"{', '.join(SUFFIXES)})"))
            elif not path.is_file():
                found.skipped.append((str(path), "not a regular file"))
            else:
                found.files.append(path)


def find_files(paths: Sequence[Path]) -> FoundFiles:
    """Files as given (any suffix), folders as the documents anywhere inside them."""
    found = FoundFiles()
    for path in paths:
        if path.is_dir():
            _walk(path, found)
        elif path.is_file():
            found.files.append(path)
        else:
            found.missing.append(str(path))
    return found


def checked_document(doc: CorpusDocument, name: str | None) -> CorpusDocument:
    """The document with an id of its own if it states none, or DocumentError naming
    every rule it breaks (the rules of `tkg corpus check`: id, title, links, sizes)."""
    if not doc.front_matter.get("id"):
        doc.meta.id = derive_id(doc.body, name)
    problems = ingest_problems(doc.front_matter, doc.meta.id)
    if problems:
        raise DocumentError(f"{doc.path}: " + "; ".join(problems))
    return doc


def read_checked(path: Path) -> CorpusDocument:
    return checked_document(read_any(path), path.stem)
