"""Packaging of the trained NER model: its meta, its model card (MODEL_CARD.md, written from
the training figures) and an atomic replace of the model directory."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from spacy.about import __version__ as spacy_version
from spacy.language import Language

from consumer.training.conll import LABELS

__all__ = ["MODEL_NAME", "MODEL_VERSION", "save_model", "set_meta", "write_card"]

MODEL_NAME = "hi_ner"
MODEL_VERSION = "0.2.0"


def set_meta(nlp: Language, figures: dict[str, Any]) -> None:
    held = figures["held_out"]
    nlp.meta.update(
        {
            "name": MODEL_NAME,
            "version": MODEL_VERSION,
            "lang": "hi",
            "description": (
                "Hindi named-entity recogniser (PERSON, ORGANIZATION, LOCATION) for the quote "
                "consumer: hash-embedding CNN + transition-based NER, trained from scratch on "
                "HiNER (collapsed tags). See MODEL_CARD.md."
            ),
            "author": "hindi-quote-consumer",
            "license": "CC BY-SA 4.0",
            "spacy_version": f">={spacy_version.rsplit('.', 1)[0]}.0,<3.9.0",
            "sources": [
                {
                    "name": "HiNER (collapsed tags, developers' portion of validation.conll)",
                    "url": "https://github.com/cfiltnlp/HiNER",
                    "license": "CC BY-SA 4.0",
                    "author": "Rudra Murthy, Pallab Bhattacharjee, Rahul Sharnagat, Jyotsana "
                    "Khatri, Diptesh Kanojia, Pushpak Bhattacharyya (LREC 2022)",
                }
            ],
            "performance": {
                "ents_p": held["ALL"]["p"],
                "ents_r": held["ALL"]["r"],
                "ents_f": held["ALL"]["f"],
                "ents_per_type": {label: held[label] for label in LABELS},
            },
            "evaluation": {
                "set": "held-out",
                "note": "10% of the sentences by a stable hash, never trained on nor used "
                "to choose a checkpoint",
                **figures["data"],
            },
            "training": figures["training"],
            "dev_scores": figures["dev"],
        }
    )


def save_model(nlp: Language, output: Path, figures: dict[str, Any]) -> int:
    """Writes the model to a temporary directory, then puts it in place of ``output``."""
    output = output.resolve()
    if output.exists() and any(output.iterdir()) and not (output / "meta.json").is_file():
        raise FileExistsError(
            f"{output} exists and is not a spaCy model directory; not replacing it"
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-", dir=output.parent))
    staging.chmod(0o755)  # mkdtemp makes it private
    try:
        nlp.to_disk(staging)
        write_card(staging, figures)
        size = _dir_size(staging)
        figures["model_bytes"] = size
        write_card(staging, figures)  # again, now with the size
        if output.exists():
            shutil.rmtree(output)
        staging.rename(output)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return _dir_size(output)


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def write_card(path: Path, figures: dict[str, Any]) -> None:
    held = figures["held_out"]
    data = figures["data"]
    train_info = figures["training"]
    alignment = data["alignment"]
    size = figures.get("model_bytes")
    rows = "\n".join(
        f"| {label} | {held[label]['p']:.3f} | {held[label]['r']:.3f} | {held[label]['f']:.3f} |"
        for label in (*LABELS, "ALL")
    )
    size_text = f"{size / 1e6:.1f} MB ({size:,} bytes)" if size else "see `du -sh`"
    n_loc = alignment["by_label"].get("LOCATION", 0)
    n_per = alignment["by_label"].get("PERSON", 0)
    n_org = alignment["by_label"].get("ORGANIZATION", 0)
    model_cfg = train_info["config"]
    embed_rows = model_cfg.get("embed_rows", "?")
    width = model_cfg.get("width", "?")
    depth = model_cfg.get("depth", "?")
    window = model_cfg.get("window_size", "?")
    card = f"""# {MODEL_NAME} {MODEL_VERSION}: Hindi named entities for the quote consumer

A small spaCy pipeline that finds PERSON, ORGANIZATION and LOCATION names in Hindi text. The
quote consumer uses it to find speaker candidates. Load it with
`consumer.extraction.model.load_ner()`; `model_version()` reports `{MODEL_NAME}-{MODEL_VERSION}`.

This file and the model beside it are written by `make train`
(`python -m consumer.training.ner`); do not edit the figures by hand.

## Training data

- **HiNER**, collapsed tag set (PERSON, ORGANIZATION, LOCATION in BIO form): the developers'
  portion of `data/collapsed/validation.conll` from the repository `cfiltnlp/HiNER`,
  {data["sentences"]:,} of that file's 10,851 sentences (the others are held back by the
  project for independent evaluation; they were not used here).
- Citation: Rudra Murthy, Pallab Bhattacharjee, Rahul Sharnagat, Jyotsana Khatri, Diptesh
  Kanojia and Pushpak Bhattacharyya. *HiNER: A Large Hindi Named Entity Recognition Dataset.*
  Proceedings of LREC 2022.
- License of the data: **CC BY-SA 4.0**. No sentence of it is stored in this repository; the
  training command reads it from `../shared/data/hiner/` (or `$HINER_PATH`, or `--data`).
- Split, deterministic ({data["split"]}):
  {data["train"]:,} sentences for training, {data["dev"]:,} for dev (the training loop keeps
  the checkpoint with the best mean per-label F1 on them), {data["held_out"]:,} held out (used
  only for the figures below, never for training or for choosing anything).
- Preparation: running text is rebuilt from the tokens (no space before `, . । ) :`, none
  after `(` or an opening quote; a doubled sentence end such as `है। .` loses the `.`), then
  cut again by spaCy's Hindi tokenizer, and entity spans are carried over by character offset.
  Of {alignment["words"]:,} source words, {alignment["words_aligned"]:,} fall on spaCy token
  boundaries; of {alignment["entities"]:,} entities, {alignment["entities_expanded"]} had to be
  widened to whole tokens and {alignment["entities_dropped"]} were dropped.
- HiNER sometimes tags a full name as two adjacent PERSON entities (first name and surname
  apart, `B-PERSON B-PERSON`). Such pairs with only a space between them were joined into one
  entity, as the same names are tagged elsewhere: {alignment["persons_merged"]} pairs, in all
  parts (held-out included, so the figures below count a full name as one entity).
- Augmentation: {data["train_augmented"]:,} extra training sentences, copies of those holding a
  PERSON or ORGANIZATION name with each such name replaced by another name of the same label
  from the training part (`consumer/training/augment.py`), so that the model learns contexts
  rather than memorising names.

## License of the model

The model is derived from HiNER and is released under **CC BY-SA 4.0**, like its data
(attribution as above; share alike). This differs from the code's license (Apache-2.0).

## Architecture and size

spaCy {train_info["spacy_version"]} pipeline `["ner"]` for language `hi`, built from
`consumer/training/ner.cfg`: spaCy's Hindi tokenizer; a transition-based NER component
(`spacy.TransitionBasedParser.v2`) with its own tok2vec (`spacy.Tok2Vec.v2`:
`MultiHashEmbed` over ORTH, NORM (spaCy's Hindi stem), PREFIX, SUFFIX, SHAPE with
{embed_rows} rows, width {width}; `MaxoutWindowEncoder` CNN, depth {depth}, window {window}).
No pretrained vectors, no transformer; trained from scratch on the CPU with seed
{train_info["seed"]}. Size on disk: {size_text}; most of it is the hash-embedding tables, and
`vocab/strings.json` holds the word forms seen in training (a word list, no sentences).

## Held-out figures

Entity-level exact-match precision, recall and F1 on the {data["held_out"]:,} held-out
sentences (spaCy's scorer):

| label | precision | recall | F1 |
| --- | --- | --- | --- |
{rows}

## Training

- Command: `make train` (same as `.venv/bin/python -m consumer.training.ner`); options
  `--data PATH`, `--output PATH`, `--seed N`, `--max-minutes M`.
- Time on the project's machine ({train_info["machine"]}): {train_info["total_seconds"]:.0f} s
  in all, {train_info["train_loop_seconds"]:.0f} s of it in the training loop. Best checkpoint
  at step {train_info["best_step"]} (epoch {train_info["best_epoch"]}); the loop ended at step
  {train_info["last_step"]} (epoch {train_info["last_epoch"]}).
- Same data, seed and config give the same model on the same machine, unless `--max-minutes`
  cut the loop short (then the result depends on speed).

## Limitations

- The training text is tokenised news and Wikipedia prose (BBC Hindi-like news, many
  Uttarakhand and Andhra village and district articles), rebuilt into running text (which
  cannot restore every original spacing). It is LOCATION-heavy: {n_loc:,} LOCATION,
  {n_per:,} PERSON and {n_org:,} ORGANIZATION entities.
- About half of the sentences end in "." rather than "।"; the model has seen both.
- PERSON and ORGANIZATION are much weaker than LOCATION (far fewer examples). In checks on
  hand-written news sentences, some bodies (e.g. चुनाव आयोग) were not tagged at all.
- Entities are single spans without nesting; a title (श्री, डॉ., मंत्री) is usually outside
  the PERSON span, as in HiNER. spaCy's tokenizer cuts an abbreviated title such as `डॉ.`
  into `डॉ` + `.`, and the model then sometimes tags `डॉ` alone as a PERSON.
- PERSON recall is limited by the small amount of training data: most held-out names never
  occur in training, and without pretrained vectors the model relies on context and spelling.
- Names written in Latin script, social-media text and other domains were not evaluated.
- A statistical model makes mistakes: the quote consumer treats its output as candidates.
"""
    (path / "MODEL_CARD.md").write_text(card, encoding="utf-8")
