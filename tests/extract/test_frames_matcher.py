"""The frame paths are DependencyMatcher patterns; the walker finds exactly what spaCy's
DependencyMatcher finds on real parses, and every path compiles."""

from __future__ import annotations

import pytest

from corpus.frontmatter import read_document
from extract.evaluate.corpus import DEV_DIR
from extract.frames import all_frames, families
from extract.frames._compile import FrameMatcher, compile_path
from tests.extract.conftest import extractor


def test_every_frame_path_compiles_and_every_family_has_frames() -> None:
    for frame in all_frames():
        assert frame.id.endswith(f".v{frame.version}")
        for paths in frame.roles.values():
            for path in paths:
                nodes, argument = compile_path(frame, path)
                assert 0 <= argument < len(nodes)
    assert all(family.frames or family.document_rules for family in families())


def test_bad_path_is_refused() -> None:
    frame = all_frames()[0]
    with pytest.raises(ValueError):
        compile_path(frame, ">nsubj ?weird")


def test_walker_agrees_with_the_dependency_matcher() -> None:
    nlp = extractor().nlp
    matcher = nlp.get_pipe("tkg_frames_v1")
    assert isinstance(matcher, FrameMatcher)
    paths = sorted((DEV_DIR / "documents").glob("*.md"))[:6]
    assert paths
    total = 0
    for path in paths:
        doc = nlp(read_document(path).body)
        walked = matcher.find(doc)
        assert walked == matcher.find(doc, spacy_matcher=True), path.name
        total += len(walked)
    assert total > 100
