"""Bounded retries for transient broker errors: exponential backoff with jitter (tenacity)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)
from tenacity.stop import stop_base

from consumer.config import Settings
from consumer.deadline import Deadline
from consumer.errors import BrokerUnavailable
from consumer.kafka_io import is_transient

__all__ = ["broker_retrying", "within"]

log = logging.getLogger(__name__)


def broker_retrying(
    settings: Settings,
    operation: str,
    *,
    on_retry: Callable[[], None] | None = None,
    describe: str | None = None,
    hint: str | None = None,
) -> Retrying:
    """A tenacity ``Retrying`` for one broker operation.

    Transient errors (``is_transient``) are retried up to ``settings.retry_attempts`` times,
    waiting ``retry_initial_backoff_s`` doubling to ``retry_max_backoff_s``, plus up to half
    the initial backoff of jitter so that a restarted fleet does not retry in lockstep.
    When the budget is spent, :class:`BrokerUnavailable` is raised, its message ending in
    ``hint`` (what to do) when given; other errors pass through.
    """

    def before_sleep(state: RetryCallState) -> None:
        if on_retry is not None:
            on_retry()
        log.warning(
            "%s failed (%s), retry %d of %d",
            operation,
            state.outcome.exception() if state.outcome else "?",
            state.attempt_number,
            settings.retry_attempts - 1,
        )

    def give_up(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        what = describe or f"{operation} still failing after {state.attempt_number} attempts"
        advice = f"; {hint}" if hint else ""
        raise BrokerUnavailable(f"{what}: {exc}{advice}") from exc

    return Retrying(
        retry=retry_if_exception(is_transient),
        stop=stop_after_attempt(settings.retry_attempts),
        wait=wait_exponential(
            multiplier=settings.retry_initial_backoff_s,
            min=settings.retry_initial_backoff_s,
            max=settings.retry_max_backoff_s,
        )
        + wait_random(0, settings.retry_initial_backoff_s / 2),
        before_sleep=before_sleep,
        retry_error_callback=give_up,
        reraise=True,
    )


class _StopBefore(stop_base):
    """Stop when the next backoff would end past the deadline: no sleep outlives it."""

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self.deadline.remaining() <= retry_state.upcoming_sleep


def within(retrying: Retrying, deadline: Deadline) -> Retrying:
    """``retrying`` that also gives up (:class:`BrokerUnavailable`) rather than wait past
    ``deadline``; unchanged when the deadline is unbounded."""
    if not deadline.bounded:
        return retrying
    configured, before = retrying.stop, _StopBefore(deadline)

    def stop(retry_state: RetryCallState) -> bool:
        return bool(configured(retry_state)) or before(retry_state)

    return retrying.copy(stop=stop)
