"""A time budget for one article's extraction, enforced with a real-time timer signal."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

from consumer.errors import ExtractionTimedOut

__all__ = ["deadline"]


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise ExtractionTimedOut inside the block once ``seconds`` have passed (SIGALRM).

    Python cannot stop a thread from outside; a real-time timer signal is the one way to
    interrupt a CPU-bound extractor without a process per article. Signals are delivered to
    the main thread only, where the loop runs; elsewhere (tests) the block runs unbounded.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise ExtractionTimedOut(
            f"extraction took longer than {seconds:g}s (QUOTES_EXTRACTION_TIMEOUT_S)"
        )

    previous = signal.signal(signal.SIGALRM, expire)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer > 0:  # someone else's timer was running: give it back what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(0.001, outer - (time.monotonic() - started)))
