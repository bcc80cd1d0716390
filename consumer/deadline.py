"""Time budgets: :func:`deadline` bounds one article's extraction (a real-time timer signal);
:class:`Deadline` is one budget shared by a sequence of blocking broker calls (the flushes,
re-sends, commit and close of a shutdown or a revocation)."""

from __future__ import annotations

import contextlib
import math
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import FrameType

from consumer.errors import ExtractionTimedOut

__all__ = ["Deadline", "deadline"]


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


@dataclass(frozen=True, slots=True)
class Deadline:
    """A point in time by which several blocking calls must all have returned.

    Each call gets what is left (:meth:`cap`, :meth:`timeout_ms`) instead of a timeout of its
    own, so that the sum cannot outgrow the budget however many calls there are. ``seconds``
    and ``setting`` say what the budget was and what configured it, for messages.
    ``cutoff``, when given, is read at every call: a later point that can come nearer while
    the calls run (a shutdown asked for in the middle of a periodic checkpoint).
    """

    at: float
    seconds: float
    setting: str
    clock: Callable[[], float] = time.monotonic
    cutoff: Callable[[], float] | None = None

    @classmethod
    def after(
        cls, seconds: float, *, setting: str, clock: Callable[[], float] = time.monotonic
    ) -> Deadline:
        return cls(clock() + seconds, seconds, setting, clock)

    @classmethod
    def never(cls) -> Deadline:
        """No overall budget: each call keeps its own timeout (a periodic checkpoint)."""
        return cls(math.inf, math.inf, "")

    @property
    def bounded(self) -> bool:
        return self.at != math.inf

    def remaining(self) -> float:
        """Seconds left, never negative."""
        at = self.at if self.cutoff is None else min(self.at, self.cutoff())
        return max(0.0, at - self.clock())

    def until(self, cutoff: Callable[[], float]) -> Deadline:
        """The same deadline, ended sooner if ``cutoff()`` (read at every call) comes first."""
        return Deadline(self.at, self.seconds, self.setting, self.clock, cutoff)

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0

    def cap(self, seconds: float) -> float:
        """``seconds``, or less if the deadline comes first."""
        return min(seconds, self.remaining())

    def timeout_ms(self, cap_s: float | None = None) -> int | None:
        """What is left in milliseconds (at most ``cap_s``), for kafka-python's ``timeout_ms``
        arguments; None (the client's own default) when unbounded and uncapped."""
        if cap_s is not None:
            return int(self.cap(cap_s) * 1000)
        return int(self.remaining() * 1000) if self.bounded else None

    def earlier_by(self, seconds: float) -> Deadline:
        """The same deadline ``seconds`` sooner: keeps that much of it for what comes last."""
        return Deadline(self.at - seconds, self.seconds, self.setting, self.clock, self.cutoff)

    def describe(self) -> str:
        """E.g. ``"QUOTES_SHUTDOWN_TIMEOUT_S (20s) spent"``, for error messages."""
        if self.cutoff is not None and self.cutoff() < self.at:
            return "cut short by the shutdown deadline (QUOTES_SHUTDOWN_TIMEOUT_S)"
        return f"{self.setting} ({self.seconds:g}s) spent"
