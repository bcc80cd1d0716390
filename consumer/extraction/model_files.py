"""Reading the project's small JSON model files (the calibrated confidence, the antecedent
ranker): present, parsed, of the expected format, or an error that says how to build them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["read_model_file"]


def read_model_file(source: Path, *, format_: str, what: str, target: str) -> dict[str, Any]:
    """The JSON document in ``source``. Raises :class:`FileNotFoundError` naming the make
    ``target`` that builds it, :class:`ValueError` if its ``format`` is not ``format_``."""
    if not source.is_file():
        raise FileNotFoundError(f"no {what} at {source}; build it with `make {target}`")
    document: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    if document.get("format") != format_:
        raise ValueError(
            f"{source}: format {document.get('format')!r}, expected {format_!r}; "
            f"rebuild it with `make {target}`"
        )
    return document
