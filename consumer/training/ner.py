"""Trains the Hindi NER model (PERSON, ORGANIZATION, LOCATION) from the HiNER CoNLL file.

    python -m consumer.training.ner [--data PATH] [--output PATH] [--seed N] [--max-minutes M]

The data file is not in the repository (CC BY-SA 4.0 sentences stay out of it). It is looked for
at ``--data``, else ``$HINER_PATH``, else ``<repo>/../shared/data/hiner/hiner-collapsed.conll``.

Steps: read the file; split it by a stable hash of each sentence into train (82%), dev (8%,
used by the training loop to keep its best checkpoint) and held-out (10%, used once, at the
end, for the reported figures); rebuild running text from the tokens and let spaCy's Hindi
tokenizer cut it again (see :mod:`consumer.training.conll`); train ``ner.cfg`` from scratch on
the CPU with a fixed seed; write the model, its ``meta.json`` (name, version, held-out P/R/F1 per
label) and ``MODEL_CARD.md`` to the output directory (``consumer/models/hi_ner`` by default).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.about import __version__ as spacy_version
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.training.loop import create_train_batches, train_while_improving
from spacy.util import load_config, load_model_from_config, registry
from thinc.api import fix_random_seed

from consumer.training.augment import swap_names
from consumer.training.conll import LABELS, AlignmentStats, Sentence, build_docs, read_conll, split
from consumer.training.ner_package import MODEL_NAME, MODEL_VERSION, save_model, set_meta

__all__ = [
    "CONFIG_PATH",
    "DEFAULT_OUTPUT",
    "MODEL_NAME",
    "MODEL_VERSION",
    "DataNotFound",
    "default_data_path",
    "main",
    "train",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
CONFIG_PATH = Path(__file__).with_name("ner.cfg")
DEFAULT_OUTPUT = REPO_ROOT / "consumer" / "models" / "hi_ner"
HELD_OUT_PERCENT = 10
DEV_PERCENT = 8

_DATA_HELP = (
    "HiNER's collapsed CoNLL file (token<TAB>BIO-tag per line). Put it at "
    "../shared/data/hiner/hiner-collapsed.conll beside the repository, set HINER_PATH, or pass "
    "--data. It is the developers' portion of data/collapsed/validation.conll from the "
    "cfiltnlp/HiNER repository (CC BY-SA 4.0) and is never committed to this repository."
)


class DataNotFound(FileNotFoundError):
    """The CoNLL training file is not where it was looked for."""


def default_data_path() -> Path:
    """``$HINER_PATH`` if set, else ``<repo>/../shared/data/hiner/hiner-collapsed.conll``."""
    env = os.environ.get("HINER_PATH")
    if env:
        return Path(env)
    return REPO_ROOT.parent / "shared" / "data" / "hiner" / "hiner-collapsed.conll"


def train(
    data: Path,
    output: Path,
    *,
    seed: int = 0,
    max_minutes: float | None = None,
    config: Path = CONFIG_PATH,
    overrides: dict[str, Any] | None = None,
    log: Callable[[str], None] | None = print,
) -> dict[str, Any]:
    """Trains, evaluates on the held-out part, saves to ``output``; returns the figures.

    ``max_minutes`` bounds the training loop (the best checkpoint so far is kept); without it
    the loop runs until ``max_epochs`` or ``patience`` in the config. ``overrides`` are config
    overrides such as ``{"training.dropout": 0.3}``. The returned dict has ``held_out``
    (per-label and overall precision/recall/F1), ``dev`` (best dev scores), ``data`` (sentence
    counts and tokenisation alignment), ``training`` (seconds, steps, epochs) and ``model``
    (path and size on disk).
    """
    say = log or (lambda _message: None)
    data = Path(data)
    if not data.is_file():
        raise DataNotFound(f"training data not found at {data}. {_DATA_HELP}")
    started = time.perf_counter()

    sentences = read_conll(data)
    train_part, dev_part, held_out_part = split(
        sentences, held_out=HELD_OUT_PERCENT, dev=DEV_PERCENT
    )
    say(
        f"read {len(sentences)} sentences from {data}: "
        f"{len(train_part)} train, {len(dev_part)} dev, {len(held_out_part)} held out"
    )

    cfg = load_config(config, overrides={"system.seed": seed, **(overrides or {})})
    fix_random_seed(seed)
    nlp = load_model_from_config(cfg, auto_fill=True, validate=True)
    ner = nlp.get_pipe("ner")
    for label in LABELS:
        ner.add_label(label)  # type: ignore[attr-defined]

    alignment = AlignmentStats()
    train_examples = _examples(nlp, train_part, alignment)
    dev_examples = _examples(nlp, dev_part, alignment)
    held_out_examples = _examples(nlp, held_out_part, alignment)
    a = alignment
    say(
        f"re-tokenisation: {a.words_aligned}/{a.words} source words on spaCy token boundaries, "
        f"{a.entities_expanded} of {a.entities} entities widened to whole tokens, "
        f"{a.entities_dropped} dropped"
    )

    settings = cfg.interpolate()
    training = settings["training"]
    tok2vec = settings["components"]["ner"]["model"]["tok2vec"]
    augment = settings.get("augment") or {}
    swap_labels = [str(label) for label in augment.get("swap_labels") or []]
    swap_rate = float(augment.get("swap_rate") or 0.0)
    if swap_labels and swap_rate > 0:
        extra = swap_names(
            nlp,
            [eg.reference for eg in train_examples],
            labels=swap_labels,
            rate=swap_rate,
            seed=seed,
        )
        train_examples += [Example(_blank_copy(nlp, doc), doc) for doc in extra]
        say(
            f"augmentation: {len(extra)} copies of training sentences with {swap_labels} names swapped"
        )
    resolved = registry.resolve(
        {"optimizer": training["optimizer"], "batcher": training["batcher"]}
    )
    optimizer = resolved["optimizer"]
    batcher = resolved["batcher"]
    fix_random_seed(seed)
    nlp.initialize(lambda: train_examples, sgd=optimizer)

    def evaluate() -> tuple[float, dict[str, Any]]:
        # Checkpoints are chosen by the mean of the per-label F1 on dev, so that the many
        # LOCATION entities do not drown PERSON and ORGANIZATION, which the service needs most.
        scores = nlp.evaluate(dev_examples)
        per_type = scores.get("ents_per_type") or {}
        macro = sum(float(per_type.get(label, {}).get("f", 0.0)) for label in LABELS)
        return macro / len(LABELS), scores

    batches = create_train_batches(
        nlp, lambda _nlp: train_examples, batcher, int(training["max_epochs"])
    )
    loop = train_while_improving(
        nlp,
        optimizer,
        batches,
        evaluate,
        dropout=float(training["dropout"]),
        eval_frequency=int(training["eval_frequency"]),
        accumulate_gradient=int(training["accumulate_gradient"]),
        patience=int(training["patience"]),
        max_steps=int(training["max_steps"]),
        exclude=[],
        annotating_components=[],
        before_update=None,
    )
    dev_counts = _count_gold(dev_examples)
    loop_started = time.perf_counter()
    deadline = loop_started + max_minutes * 60 if max_minutes else None
    best: bytes | None = None
    best_info: dict[str, Any] = {}
    info: dict[str, Any] = {}
    stopped_by_time = False
    for _batch, info, is_best in loop:
        if is_best is not None:
            scores = info["other_scores"]
            say(
                f"epoch {info['epoch']:>3} step {info['step']:>6} "
                f"loss {info['losses'].get('ner', 0.0):>9.1f} "
                f"dev P {scores['ents_p']:.3f} R {scores['ents_r']:.3f} F {scores['ents_f']:.3f} "
                f"macro-F {info['score']:.3f} PERSON-F {_label_f(scores, 'PERSON'):.3f}"
                f"{'  *' if is_best else ''}  ({time.perf_counter() - loop_started:.0f}s)"
            )
        if is_best:
            with nlp.use_params(optimizer.averages):
                best = nlp.to_bytes()
            best_info = {
                "step": info["step"],
                "epoch": info["epoch"],
                "dev": _summary(info["other_scores"], dev_counts),
            }
        if deadline is not None and time.perf_counter() > deadline and best is not None:
            stopped_by_time = True
            say(f"stopping: --max-minutes {max_minutes} reached")
            break
    train_seconds = time.perf_counter() - loop_started
    if best is not None:
        nlp.from_bytes(best)

    held_out_scores = _summary(nlp.evaluate(held_out_examples), _count_gold(held_out_examples))
    for label in (*LABELS, "ALL"):
        s = held_out_scores[label]
        say(f"held-out {label:<13} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f']:.3f}  (n={s['n']})")

    total_seconds = time.perf_counter() - started
    figures: dict[str, Any] = {
        "held_out": held_out_scores,
        "dev": best_info.get("dev", {}),
        "data": {
            "file": data.name,
            "sentences": len(sentences),
            "train": len(train_part),
            "train_augmented": len(train_examples) - len(train_part),
            "dev": len(dev_part),
            "held_out": len(held_out_part),
            "split": (
                f"sha256 of the tokenised sentence, bucket % 100: <{HELD_OUT_PERCENT} held out, "
                f"<{HELD_OUT_PERCENT + DEV_PERCENT} dev, rest train"
            ),
            "alignment": alignment.as_dict(),
        },
        "training": {
            "seed": seed,
            "best_step": best_info.get("step"),
            "best_epoch": best_info.get("epoch"),
            "last_step": info.get("step"),
            "last_epoch": info.get("epoch"),
            "stopped_by_time_limit": stopped_by_time,
            "train_loop_seconds": round(train_seconds, 1),
            "total_seconds": round(total_seconds, 1),
            "cpu_count": os.cpu_count(),
            "machine": f"{platform.machine()}, {os.cpu_count()} CPU cores, no GPU",
            "spacy_version": spacy_version,
            "config": {
                "dropout": float(training["dropout"]),
                "max_epochs": int(training["max_epochs"]),
                "patience": int(training["patience"]),
                "swap_labels": swap_labels,
                "swap_rate": swap_rate,
                "embed_rows": list(tok2vec["embed"]["rows"]),
                "width": int(tok2vec["encode"]["width"]),
                "depth": int(tok2vec["encode"]["depth"]),
                "window_size": int(tok2vec["encode"]["window_size"]),
            },
        },
    }
    set_meta(nlp, figures)
    size = save_model(nlp, Path(output), figures)
    figures["model"] = {"path": str(output), "bytes": size}
    say(
        f"saved {MODEL_NAME}-{MODEL_VERSION} to {output} ({size / 1e6:.1f} MB) in {total_seconds:.0f}s"
    )
    return figures


def _examples(nlp: Language, sentences: Sequence[Sentence], stats: AlignmentStats) -> list[Example]:
    return [Example(_blank_copy(nlp, doc), doc) for doc in build_docs(nlp, sentences, stats)]


def _blank_copy(nlp: Language, doc: Doc) -> Doc:
    return Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])


def _label_f(scores: dict[str, Any], label: str) -> float:
    return float((scores.get("ents_per_type") or {}).get(label, {}).get("f", 0.0))


def _summary(scores: dict[str, Any], gold: dict[str, int]) -> dict[str, dict[str, float]]:
    """Per-label and overall P/R/F1 (rounded), with ``n``, the number of gold entities."""
    per_type = scores.get("ents_per_type") or {}
    out: dict[str, dict[str, float]] = {}
    for label in LABELS:
        s = per_type.get(label, {"p": 0.0, "r": 0.0, "f": 0.0})
        out[label] = {k: round(float(s[k]), 4) for k in ("p", "r", "f")}
        out[label]["n"] = gold.get(label, 0)
    out["ALL"] = {
        "p": round(float(scores.get("ents_p") or 0.0), 4),
        "r": round(float(scores.get("ents_r") or 0.0), 4),
        "f": round(float(scores.get("ents_f") or 0.0), 4),
        "n": gold.get("ALL", 0),
    }
    return out


def _count_gold(examples: Iterable[Example]) -> dict[str, int]:
    counts = {label: 0 for label in (*LABELS, "ALL")}
    for eg in examples:
        for ent in eg.reference.ents:
            counts[ent.label_] = counts.get(ent.label_, 0) + 1
            counts["ALL"] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m consumer.training.ner",
        description="Train the Hindi NER model (PERSON, ORGANIZATION, LOCATION) from HiNER.",
    )
    parser.add_argument("--data", type=Path, default=None, help=_DATA_HELP)
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help=f"model directory to write (default: {DEFAULT_OUTPUT.relative_to(REPO_ROOT)})",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--max-minutes",
        type=float,
        default=None,
        help="stop the training loop after this many minutes, keeping the best checkpoint",
    )
    parser.add_argument("--config", type=Path, default=CONFIG_PATH, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    data = args.data if args.data is not None else default_data_path()
    if not data.is_file():
        print(f"error: training data not found at {data}\n{_DATA_HELP}", file=sys.stderr)
        return 2
    random.seed(args.seed)
    figures = train(
        data, args.output, seed=args.seed, max_minutes=args.max_minutes, config=args.config
    )
    print(json.dumps({"held_out": figures["held_out"], "model": figures["model"]}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
