"""Long documents are read in pieces (extract/long_text.py) with every offset kept exact."""

from __future__ import annotations

from spacy.tokens import Doc

from extract.long_text import PIECE_CHARS, cut_points, read
from graph.model import DocumentMeta
from tests.extract.conftest import extractor

PARAGRAPH = ("On 2 June 2025 the Department of the Treasury designated Korea Sobaeksu "
             "Trading Company for supporting the DPRK weapons programs. Kim Il Su, a "
             "representative of the company, was also designated.")


def _pieces(text: str, limit: int) -> list[str]:
    points = cut_points(text, limit)
    return [text[a:b] for a, b in zip([0, *points[:-1]], points, strict=True)]


def test_pieces_rebuild_the_text_and_respect_the_limit() -> None:
    text = "\n\n".join(f"Paragraph {i}. " + "word " * (i % 17) for i in range(400))
    pieces = _pieces(text, 300)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= 300 for p in pieces)


def test_pieces_end_at_the_strongest_break() -> None:
    blank = "a" * 50 + ". " + "b" * 20 + "\n\n" + "c" * 10 + "\nd " + "e" * 50
    assert _pieces(blank, 100)[0].endswith("\n\n")  # a blank line beats a later line break
    line = "a " * 30 + "\n" + "b. C" + "d " * 40
    assert _pieces(line, 100)[0].endswith("\n")
    sentence = "word " * 12 + "end. Next " + "word " * 30
    assert _pieces(sentence, 100)[0].endswith("end. ")
    spaces = "word, " * 40
    first = _pieces(spaces, 100)[0]
    assert first.endswith(", ") and not _pieces(spaces, 100)[1].startswith(" ")
    assert [len(p) for p in _pieces("x" * 250, 100)] == [100, 100, 50]  # one huge token


def test_a_short_text_is_read_whole() -> None:
    assert cut_points(PARAGRAPH) == [len(PARAGRAPH)]


def test_pieces_give_the_same_tokens_and_entities_as_one_doc() -> None:
    nlp = extractor().nlp
    text = "\n\n".join([PARAGRAPH] * 12)
    whole, pieces = nlp(text), read(nlp, text, limit=len(PARAGRAPH) * 3)
    assert pieces.text == text
    assert [(t.idx, t.text, t.whitespace_) for t in pieces] == \
        [(t.idx, t.text, t.whitespace_) for t in whole]
    assert [(e.start_char, e.end_char, e.label_) for e in pieces.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in whole.ents]
    assert [s.start_char for s in pieces.sents] == [s.start_char for s in whole.sents]


def test_a_long_document_keeps_exact_offsets_for_every_fact() -> None:
    copies = PIECE_CHARS // len(PARAGRAPH) + 3
    text = "\n\n".join([PARAGRAPH] * copies)
    assert len(text) > PIECE_CHARS
    short = extractor().extract(PARAGRAPH, DocumentMeta(id="short"))
    long = extractor().extract(text, DocumentMeta(id="long"))
    assert short.relations
    assert {(r.type, r.source, r.target) for r in long.relations} == \
        {(r.type, r.source, r.target) for r in short.relations}
    for relation in long.relations:
        assert len(relation.evidence) >= copies - 1  # the fact stated in every paragraph
        for evidence in relation.evidence:
            assert text[evidence.start:evidence.end] == evidence.sentence
    for entity in long.entities:
        for mention in entity.mentions:
            assert text[mention.start:mention.end] == mention.text


def test_a_huge_document_of_one_sentence_is_read_in_bounded_sentences() -> None:
    clause = PARAGRAPH.replace(".", ",")
    text = (clause + " ") * (2 * PIECE_CHARS // len(clause) + 2)
    doc = read(extractor().nlp, text)
    assert doc.text == text
    assert max(len(s.text) for s in doc.sents) <= PIECE_CHARS
    result = extractor().extract(text, DocumentMeta(id="one-sentence"))
    for relation in result.relations:
        for evidence in relation.evidence:
            assert text[evidence.start:evidence.end] == evidence.sentence


def test_pieces_read_by_two_processes_give_the_same_doc() -> None:
    nlp = extractor().nlp
    text = "\n\n".join([PARAGRAPH] * 12)
    limit = len(PARAGRAPH) * 3
    alone, shared = read(nlp, text, limit=limit), read(nlp, text, limit=limit, n_process=2)

    def facts(doc: Doc) -> list[tuple[int, str, str, str, str, bool | None]]:
        return [(t.idx, t.text, t.dep_, t.lemma_, t.ent_type_, t.is_sent_start) for t in doc]

    assert shared.text == text and facts(shared) == facts(alone)
    assert [(e.start_char, e.label_) for e in shared.ents] == \
        [(e.start_char, e.label_) for e in alone.ents]
    assert shared.user_data.keys() == alone.user_data.keys()  # the frames ran on the whole
