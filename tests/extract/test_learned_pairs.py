"""The learned pair scorer (extract/learned/): its featurizer on parses of invented
sentences, and its gates with a scorer that would fire on every pair it is shown, so what
comes out is what the gates let through: an asserted act, never a plan, an offer, a negated
act, a quote's speaker or two names merely listed together."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from extract.learned import pairs
from extract.learned.features import dependency_path, hashed, pair_features
from extract.learned.model import NONE, PairModel, from_json, load, to_json
from graph.model import default_model
from tests.extract.conftest import extract, extractor, named


def test_the_path_runs_up_to_the_common_ancestor_and_down() -> None:
    doc = extractor().nlp("Brenholt paid Corvane through a bank in Latvia.")
    a = next(t for t in doc if t.text == "Brenholt")
    b = next(t for t in doc if t.text == "Latvia")
    up, lca, down = dependency_path(a, b)
    assert [t.text for t in up] == ["Brenholt"]
    assert lca.lemma_ == "pay"
    assert [t.text for t in down][-1] == "Latvia"
    assert len(down) >= 3  # through, bank, in, Latvia


def test_features_carry_no_words_of_the_ends() -> None:
    doc = extractor().nlp("Brenholt Trading paid Corvane through a bank in Latvia.")
    a = next(t for t in doc if t.text == "Trading")
    b = next(t for t in doc if t.text == "Corvane")
    features = pair_features(a, b, "Organization", "Person", 0, list(doc[2:3]))
    text = " ".join(features).lower()
    assert "brenholt" not in text and "corvane" not in text and "trading" not in text
    assert "lca:pay" in features and "types:Organization>Person" in features
    assert "bw:pay" in features and "order:ab" in features
    assert hashed(features, 64) == sorted(set(hashed(features, 64)))


def test_negation_and_modal_words_on_the_path_are_features() -> None:
    doc = extractor().nlp("Brenholt may not pay Corvane.")
    a, b = doc[0], next(t for t in doc if t.text == "Corvane")
    features = pair_features(a, b, "Organization", "Person", 0, list(doc[1:4]))
    assert "neg" in features and "modal:may" in features


def test_the_weights_survive_their_file() -> None:
    weights = np.zeros((8, 2))
    weights[3, 1] = 1.5
    model = PairModel(8, (NONE, "PAID"), weights, {"PAID": 0.6}, True)
    again = from_json(to_json(model, {}))
    assert again.thresholds == {"PAID": 0.6} and again.on
    assert again.weights[3, 1] == 1.5
    assert again.decide([3], ["PAID"]) == ("PAID", pytest.approx(0.818, abs=0.001))
    assert again.decide([3], [])[0] == ""  # a type the signatures refuse cannot win


def test_the_committed_scorer_is_switched_off_and_loads() -> None:
    # no type reached the cross-validated precision target (docs/extraction.md)
    model = load()
    assert model is not None and not model.on and NONE in model.classes


def test_allowed_types_come_from_the_model_signatures() -> None:
    allowed = pairs.allowed_types(default_model(), "Organization", "Country")
    assert "LOCATED_IN" in allowed and "ISSUED" not in allowed


@pytest.fixture
def eager(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A scorer that gives every allowed pair its first allowed type."""
    class Eager(PairModel):
        def decide(self, buckets: object, allowed: object) -> tuple[str, float]:
            return (allowed[0], 1.0) if allowed else ("", 0.0)  # type: ignore[index]

    model = Eager(1, (NONE,), np.zeros((1, 1)), {}, True)
    monkeypatch.setattr(pairs, "load", lambda: model)
    yield


def _learned(text: str) -> set[tuple[str, str]]:
    result = extract(text, doc_type="news")
    names = named(result)
    return {(names[r.source], names[r.target]) for r in result.relations
            if r.frame.startswith("learned-")}


def _between(found: set[tuple[str, str]], *words: str) -> set[tuple[str, str]]:
    return {p for p in found if all(any(w in end for end in p) for w in words)}


@pytest.mark.usefixtures("eager")
def test_an_asserted_sentence_lets_a_pair_through() -> None:
    # no frame reads "share a server with": the pair is left to the scorer
    found = _learned("Brenholt Trading LLC shared a server with Corvane Ltd.")
    assert _between(found, "Brenholt", "Corvane")


@pytest.mark.usefixtures("eager")
@pytest.mark.parametrize("text", [
    "Brenholt Trading LLC did not share a server with Corvane Ltd.",
    "Brenholt Trading LLC plans to share a server with Corvane Ltd.",
    "Brenholt Trading LLC offered to share a server with Corvane Ltd.",
    "Brenholt Trading LLC would share a server with Corvane Ltd if asked.",
])
def test_look_alikes_let_no_pair_through(text: str) -> None:
    assert not _between(_learned(text), "Brenholt", "Corvane")


@pytest.mark.usefixtures("eager")
def test_a_quote_speaker_is_no_end() -> None:
    found = _learned("Corvane Ltd shared a server, said Brenholt Trading LLC.")
    assert not _between(found, "Brenholt", "Corvane")


@pytest.mark.usefixtures("eager")
def test_two_names_merely_listed_are_not_related() -> None:
    found = _learned("The notice named Brenholt Trading LLC and Corvane Ltd.")
    assert not _between(found, "Brenholt", "Corvane")
