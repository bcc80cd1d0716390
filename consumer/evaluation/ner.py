"""PERSON / ORGANIZATION / LOCATION scores of the NER model on HiNER's held-out part.

The held-out part is the deterministic 10% that training never sees
(:func:`consumer.training.conll.split`). HiNER lives outside the repository; without it the
scores recorded in the model's meta.json at training time are reported instead.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.training import Example

__all__ = ["evaluate_ner"]


def evaluate_ner(nlp: Language, data: Path | None = None) -> dict[str, Any]:
    """Per-label precision, recall and F1, and where they come from."""
    from consumer.training.conll import build_doc, read_conll, split
    from consumer.training.ner import (
        DEV_PERCENT,
        HELD_OUT_PERCENT,
        REPO_ROOT,
        default_data_path,
    )

    path = data or default_data_path()
    # Relative to the project root: reports and docs/evaluation.md do not carry the path of
    # one machine's checkout.
    shown = os.path.relpath(path.resolve(), REPO_ROOT)
    if not path.is_file():
        recorded = nlp.meta.get("performance", {}).get("ents_per_type", {})
        return {"source": f"meta.json (HiNER not found at {shown})", "per_type": recorded}
    _, _, held_out = split(read_conll(path), held_out=HELD_OUT_PERCENT, dev=DEV_PERCENT)
    examples = []
    for sentence in held_out:
        reference = build_doc(nlp, sentence)
        examples.append(Example(nlp.make_doc(reference.text), reference))
    scores = nlp.evaluate(examples)
    return {
        "source": f"{shown} held-out part ({len(examples)} sentences)",
        "per_type": scores.get("ents_per_type", {}),
        "overall": {k: scores.get(k) for k in ("ents_p", "ents_r", "ents_f")},
    }
