"""A reliability diagram as a PNG, drawn with the standard library (zlib + struct). Pure
except :func:`write_png`.

The picture: predicted confidence on x, observed precision on y, both 0..1; the diagonal
(perfect calibration) in grey; one dot per non-empty bin of each extractor, its area growing
with the bin's record count, joined by a line; a light grid at every 0.1. No text is drawn
(no font in the standard library): docs/evaluation.md prints the table beside it.
"""

from __future__ import annotations

import itertools
import math
import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

from consumer.evaluation.reliability import Reliability

__all__ = ["COLOURS", "png_bytes", "reliability_png", "write_png"]

Colour = tuple[int, int, int]

#: Series colours, in the order extractors are given (blue, orange, green).
COLOURS: tuple[Colour, ...] = ((31, 119, 180), (255, 127, 14), (44, 160, 44))
_SIZE = 400
_MARGIN = 20
_GRID: Colour = (230, 230, 230)
_AXIS: Colour = (90, 90, 90)
_DIAGONAL: Colour = (170, 170, 170)


class _Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(b"\xff" * (width * height * 3))

    def dot(self, x: int, y: int, colour: Colour) -> None:
        if 0 <= x < self.width and 0 <= y < self.height:
            i = (y * self.width + x) * 3
            self.pixels[i : i + 3] = bytes(colour)

    def line(self, x0: int, y0: int, x1: int, y1: int, colour: Colour, width: int = 1) -> None:
        steps = max(abs(x1 - x0), abs(y1 - y0), 1)
        half = width // 2
        for s in range(steps + 1):
            x = round(x0 + (x1 - x0) * s / steps)
            y = round(y0 + (y1 - y0) * s / steps)
            for dx in range(-half, width - half):
                for dy in range(-half, width - half):
                    self.dot(x + dx, y + dy, colour)

    def disc(self, cx: int, cy: int, radius: int, colour: Colour) -> None:
        for dy in range(-radius, radius + 1):
            for dx in range(-radius, radius + 1):
                if dx * dx + dy * dy <= radius * radius:
                    self.dot(cx + dx, cy + dy, colour)


def png_bytes(width: int, height: int, rgb: bytes) -> bytes:
    """An 8-bit RGB PNG of ``rgb`` (rows top to bottom, 3 bytes a pixel)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    stride = width * 3
    raw = b"".join(b"\x00" + rgb[row * stride : (row + 1) * stride] for row in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def reliability_png(series: Sequence[Reliability], *, size: int = _SIZE) -> bytes:
    """The reliability diagram of ``series`` (one colour each, :data:`COLOURS`) as PNG bytes."""
    canvas = _Canvas(size, size)
    span = size - 2 * _MARGIN

    def at(value: float) -> int:
        return _MARGIN + round(value * span)

    def point(x: float, y: float) -> tuple[int, int]:
        return at(x), size - at(y)

    for tenth in range(11):
        v = tenth / 10
        canvas.line(*point(v, 0), *point(v, 1), _GRID)
        canvas.line(*point(0, v), *point(1, v), _GRID)
    canvas.line(*point(0, 0), *point(1, 1), _DIAGONAL, width=2)
    canvas.line(*point(0, 0), *point(1, 0), _AXIS, width=2)
    canvas.line(*point(0, 0), *point(0, 1), _AXIS, width=2)
    for figures, colour in zip(series, COLOURS, strict=False):
        filled = [b for b in figures.bins if b.count]
        dots = [point(b.predicted, b.observed) for b in filled]
        for (x0, y0), (x1, y1) in itertools.pairwise(dots):
            canvas.line(x0, y0, x1, y1, colour, width=2)
        for b, (x, y) in zip(filled, dots, strict=True):
            canvas.disc(x, y, 3 + round(math.sqrt(b.count) / 2), colour)
    return png_bytes(size, size, bytes(canvas.pixels))


def write_png(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
