"""Evaluation of the extractor on the project's annotated corpus (corpus/, docs/annotation.md)."""
