"""The packaged Hindi NER model (PERSON, ORGANIZATION, LOCATION): loading it and using it.

The model lives in ``consumer/models/hi_ner`` (spaCy's ``to_disk`` layout, with its
``MODEL_CARD.md``); ``make train`` rebuilds it from HiNER. It is read from disk only: nothing is
downloaded. No Kafka, no Prometheus here.

>>> nlp = load_ner()                                             # doctest: +SKIP
>>> entities(nlp, "गृह मंत्री अरुण सिन्हा ने दिल्ली में कहा।")        # doctest: +SKIP
[(11, 22, 'PERSON'), (26, 33, 'LOCATION')]
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import spacy
from spacy.language import Language

__all__ = ["MODEL_DIR", "NER_LABELS", "entities", "load_ner", "model_version"]

#: The model shipped inside the package.
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "hi_ner"

#: The entity labels the model predicts.
NER_LABELS: tuple[str, ...] = ("PERSON", "ORGANIZATION", "LOCATION")

_cache: dict[Path, Language] = {}
_lock = threading.Lock()


def load_ner(path: Path | None = None) -> Language:
    """Loads the NER pipeline from ``path`` (default :data:`MODEL_DIR`), once per directory.

    Only the tokenizer and the ``ner`` component are loaded; any other component a model
    directory may have is excluded. Raises :class:`FileNotFoundError` saying how to build the
    model if the directory holds none.
    """
    directory = (path if path is not None else MODEL_DIR).resolve()
    with _lock:
        nlp = _cache.get(directory)
        if nlp is None:
            nlp = _load(directory)
            _cache[directory] = nlp
        return nlp


def _load(directory: Path) -> Language:
    meta_path = directory / "meta.json"
    if not meta_path.is_file():
        raise FileNotFoundError(
            f"no spaCy model at {directory} (meta.json missing); "
            "build it with `make train` (python -m consumer.training.ner)"
        )
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    components = meta.get("components") or meta.get("pipeline") or []
    exclude = [name for name in components if name != "ner"]
    nlp = spacy.load(directory, exclude=exclude)
    if "ner" not in nlp.pipe_names:
        raise ValueError(f"the model at {directory} has no 'ner' component: {nlp.pipe_names}")
    return nlp


def model_version(nlp: Language) -> str:
    """``"<name>-<version>"`` from the model's meta, e.g. ``"hi_ner-0.2.0"``."""
    return f"{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0.0.0')}"


def entities(nlp: Language, text: str) -> list[tuple[int, int, str]]:
    """The named entities in ``text`` as ``(start, end, label)`` character offsets."""
    doc = nlp(text)
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
