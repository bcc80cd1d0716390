"""Where the JSON Schemas live: schemas/ in a checkout, consumer/_schemas in an installed wheel."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import orjson

__all__ = ["load_schema", "schema_dir"]


def schema_dir() -> Path:
    packaged = Path(__file__).parent / "_schemas"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "schemas"


@functools.cache
def _load(name: str) -> bytes:
    return (schema_dir() / name).read_bytes()


def load_schema(name: str) -> dict[str, Any]:
    """A fresh copy of the named schema, e.g. ``load_schema("quote.v1.json")``."""
    schema: dict[str, Any] = orjson.loads(_load(name))
    return schema
