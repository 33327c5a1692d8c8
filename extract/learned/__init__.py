"""A learned scorer of entity pairs over the dependency parse (docs/extraction.md,
"Learned pairs"): features (features.py), weights (model.py) and the relations it adds to
the frames' (pairs.py). Trained by benchmarks/train_pairs.py."""
