"""``make keys``: the quotation and speaker keys on the project's variant corpus.

corpus/variants/ holds pairs written by the project (docs/identity.md): the same quotation
as two outlets would print it (other marks, spelling variants, a clipped end or start, one
changed word, a headline made from a body quotation), quotations that must not collide (the
same topic with another claim, a negation), and speaker names that must get one key or
two. ``dev.jsonl`` was used to choose the key rules and parameters. ``heldout.jsonl`` was
written before any tuning, ``heldout2.jsonl`` after its first run, ``heldout3.jsonl`` for
the first rule set; the second rule set (near forms, light verbs, nominal and headline
keys) was tuned on all four. ``heldout4.jsonl`` was written before the second rule set and
never tuned on by the second rule set. ``devh.jsonl`` (headlines made from body quotations,
must-not-collide pairs on the same topics, Latin spellings of names) was written for the
third rule set (claim keys, more Latin folds) before it and tuned on with the others;
heldout4 was not run for it (docs/identity.md has every first run). All parts are reported
separately.

Usage: ``python -m consumer.evaluation.keys [FILE ...]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from consumer.extraction.keys import SHINGLE_WORDS, WINDOW, fingerprint, fold_quote, near_keys
from consumer.extraction.speaker_keys import speaker_key

__all__ = ["Pair", "PartReport", "evaluate", "load_pairs", "main"]

ROOT = Path(__file__).resolve().parents[2]
PARTS = tuple(
    ROOT / f"corpus/variants/{part}.jsonl"
    for part in (
        "dev",
        "devh",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
    )
)


@dataclass(frozen=True, slots=True)
class Pair:
    id: str
    what: str  # "quote" or "speaker"
    kind: str
    same: bool
    a: str
    b: str


@dataclass
class PartReport:
    name: str
    #: kind -> (pairs, fingerprints equal, grouped: equal fingerprint or a shared near key)
    same: dict[str, list[int]] = field(default_factory=dict)
    different: Counter[str] = field(default_factory=Counter)
    collisions: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    speakers_same: int = 0
    speakers_together: int = 0
    speakers_apart: int = 0
    speakers_kept_apart: int = 0
    speaker_errors: list[str] = field(default_factory=list)

    def totals(self) -> tuple[int, int, int]:
        pairs = sum(v[0] for v in self.same.values())
        equal = sum(v[1] for v in self.same.values())
        grouped = sum(v[2] for v in self.same.values())
        return pairs, equal, grouped


def load_pairs(path: Path) -> list[Pair]:
    pairs = []
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if line.strip():
            row = orjson.loads(line)
            try:
                pairs.append(
                    Pair(row["id"], row["what"], row["kind"], row["same"], row["a"], row["b"])
                )
            except KeyError as exc:
                raise ValueError(f"{path}:{number}: missing {exc}") from exc
    return pairs


def _grouped(a: str, b: str) -> tuple[bool, bool]:
    """(same fingerprint, grouped by fingerprint or a shared near key)."""
    folded_a, folded_b = fold_quote(a), fold_quote(b)
    equal = fingerprint(folded_a.words) == fingerprint(folded_b.words)
    return equal, equal or bool(set(near_keys(folded_a)) & set(near_keys(folded_b)))


def evaluate(path: Path) -> PartReport:
    report = PartReport(path.stem)
    for pair in load_pairs(path):
        if pair.what == "speaker":
            together = speaker_key(pair.a) == speaker_key(pair.b)
            if pair.same:
                report.speakers_same += 1
                report.speakers_together += together
            else:
                report.speakers_apart += 1
                report.speakers_kept_apart += not together
            if together != pair.same:
                report.speaker_errors.append(pair.id)
            continue
        equal, grouped = _grouped(pair.a, pair.b)
        if pair.same:
            counts = report.same.setdefault(pair.kind, [0, 0, 0])
            counts[0] += 1
            counts[1] += equal
            counts[2] += grouped
            if not grouped:
                report.missed.append(f"{pair.id} ({pair.kind})")
        else:
            report.different[pair.kind] += 1
            if grouped:
                report.collisions.append(f"{pair.id} ({pair.kind})")
    return report


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "0/0"


def format_report(report: PartReport) -> str:
    pairs, equal, grouped = report.totals()
    different = sum(report.different.values())
    lines = [
        f"{report.name}: same quotation, grouped (fingerprint or near key) "
        f"{_share(grouped, pairs)}; same fingerprint {_share(equal, pairs)}",
        "  by variant: "
        + ", ".join(f"{kind} {g}/{n}" for kind, (n, _, g) in sorted(report.same.items())),
        f"  missed: {', '.join(report.missed) or 'none'}",
        f"{report.name}: different quotations colliding {len(report.collisions)}/{different} "
        f"({', '.join(f'{k} {n}' for k, n in sorted(report.different.items()))}); "
        f"{', '.join(report.collisions) or 'none'}",
        f"{report.name}: speaker pairs keyed together "
        f"{_share(report.speakers_together, report.speakers_same)}, "
        f"kept apart {_share(report.speakers_kept_apart, report.speakers_apart)}; "
        f"wrong: {', '.join(report.speaker_errors) or 'none'}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m consumer.evaluation.keys",
        description="Quotation and speaker keys on variant pairs.",
    )
    parser.add_argument("files", nargs="*", type=Path, help="variant files (default: every part)")
    args = parser.parse_args(argv)
    print(f"near keys: shingles of {SHINGLE_WORDS} content words, winnowing window {WINDOW}")
    for path in args.files or PARTS:
        print(format_report(evaluate(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
