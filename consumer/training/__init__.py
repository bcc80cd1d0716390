"""Training the project's statistical components (not imported by the service at run time).

- :mod:`consumer.training.conll`: reading HiNER-style CoNLL files, rebuilding running text,
  spaCy training Docs, the deterministic train/dev/held-out split.
- :mod:`consumer.training.augment`: name-swap augmentation of training Docs.
- :mod:`consumer.training.ner`: ``python -m consumer.training.ner`` (``make train``) trains
  ``ner.cfg`` and writes ``consumer/models/hi_ner`` with its model card.
- :mod:`consumer.training.confidence`: ``make train-confidence`` (part of ``make train``)
  fits the calibrated confidence on the development parts and writes
  ``consumer/models/confidence`` (:mod:`consumer.training.fitting` holds the two fits).
"""
