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


def test_matches_are_read_anew_for_each_document() -> None:
    """`matches` keeps the last document's converted matches: another document, or the same
    one matched again, must give its own."""
    from extract.frames._compile import USER_DATA_KEY, matches

    nlp = extractor().nlp
    first = nlp("The Treasury designated Acme Trading Ltd on Monday.")
    second = nlp("Officials said the weather was fine.")
    found = matches(first)
    assert found and found == matches(first)
    matches(first).clear()  # a caller's copy: the cache keeps its own
    assert matches(first) == found
    assert matches(second) == [tuple(m) for m in second.user_data[USER_DATA_KEY]]
    first.user_data[USER_DATA_KEY] = []
    assert matches(first) == []
