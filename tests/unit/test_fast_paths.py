"""The extractor's shortcuts give the answers of the long way round.

``local_subject_mentions`` tokenizes only the words before each ने; ``subject_mentions`` reads
the whole paragraph. They must agree on every paragraph of the corpus and on the edge cases
that a regular expression could get wrong (a final dot, ने inside a word, a long paragraph).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consumer.evaluation.corpus import load
from consumer.extraction.subjects import local_subject_mentions, subject_mentions
from consumer.extraction.text import paragraphs, tokenize

ROOT = Path(__file__).resolve().parents[2]


def _paragraphs() -> list[str]:
    texts = [a.text for path in sorted((ROOT / "corpus").glob("*.jsonl")) for a in load(path)]
    return [t[s:e] for t in texts for s, e in paragraphs(t)]


def test_local_subjects_match_whole_paragraph_subjects_on_the_corpus() -> None:
    checked = found = 0
    for paragraph in _paragraphs():
        expected = subject_mentions(tokenize(paragraph))
        assert local_subject_mentions(paragraph, 0, len(paragraph)) == expected, paragraph[:80]
        checked += 1
        found += len(expected)
    assert checked > 500 and found > 300  # the corpus really exercises the rule


@pytest.mark.parametrize(
    "text",
    [
        "उन्होंने. बाद में कुछ नहीं हुआ",  # an ergative pronoun with a final dot split off
        "अपने घर लौटने के बाद सुनने वालों ने तालियां बजाईं",  # ने inside words, then ने
        "ने से शुरू होता वाक्य",  # ने as the first token
        "राम ने.",  # "ने." is one short token, not the marker
        ("लंबी भूमिका " * 60) + "जिला परियोजना अधिकारी सुनीता मेहरा ने कहा",  # far from the start
        "एक दो तीन चार पांच छह सात आठ नौ दस ग्यारह बारह ने कहा",  # longer than a speaker run
    ],
)
def test_local_subjects_edge_cases(text: str) -> None:
    assert local_subject_mentions(text, 0, len(text)) == subject_mentions(tokenize(text))
