"""A producer that can be replaced when its client is stuck or broken.

kafka-python 3.0's producer can wedge after connections are reset mid-request: the records it
had in flight are never acknowledged, failed or expired, whatever ``delivery_timeout_ms``
says, and no later record on those partitions is sent either (seen in the Toxiproxy
network-fault test: 233 records unsettled for 70 s after the resets ended, with a 9 s
delivery timeout; docs/reliability.md, "A producer that stops sending"). Waiting cannot help,
so the at-least-once checkpoint replaces the client and sends the unsettled records again:
at worst they are delivered twice, with the same ``quote_id``.

Exactly-once replaces its producer only when it cannot abort a transaction (kafka-python
treats an EndTxn request that timed out in a network fault as fatal): the new producer's
``init_transactions()`` fences the old one and has the broker abort the open transaction,
after which the input is processed again in a new one (consumer.checkpoint.Transactional).
Only one replacement is initialised at a time (:class:`TransactionalFactory`): two
``InitProducerId`` requests for one transactional id in flight at once fence each other, and
the producer kept could be the one fenced. For the same reason the old transactional producer's
network thread is stopped *before* its replacement is initialised: kafka-python bumps a
producer's epoch by itself after ``OutOfOrderSequenceNumberError`` and, when the broker refuses
that bump as stale (a replacement got in first), asks for a fresh producer id, which fences the
replacement and aborts its transaction.

A producer is abandoned with :func:`stop_quietly`, not ``close(timeout=0)`` alone:
kafka-python's ``close()`` flushes first, and a flush with records in flight raises
``KafkaTimeoutError`` before the network thread is told to stop, so an abandoned producer went
on running (retrying its requests, bumping its epoch) for the rest of the process.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from kafka.errors import KafkaTimeoutError

from consumer.clients import DeliveryFuture, ProducerLike

__all__ = ["RenewableProducer", "TransactionalFactory", "stop_quietly"]

log = logging.getLogger(__name__)


class RenewableProducer:
    """Delegates to the current producer; :meth:`renew` swaps in a new one made by
    ``factory(bootstrap_timeout_s)``.

    The stuck producer is closed on a daemon thread without waiting (its sender may never
    return); its futures stay unsettled, which is why the checkpoint re-sends their records.
    """

    def __init__(
        self, factory: Callable[[float], Any], producer: Any, *, stop_first: bool = False
    ) -> None:
        self._factory = factory
        self._producer = producer
        # Stop the old producer before making its replacement (transactional producers).
        self._stop_first = stop_first
        self._stopped: Any = None
        self.renewals = 0

    @property
    def current(self) -> Any:
        return self._producer

    def renew(self, timeout_s: float) -> None:
        """Replace the producer, waiting at most ``timeout_s`` for the new one to reach a
        broker (KafkaTimeoutError past that, the old one kept); the old one is abandoned
        (stopped in the background, or, with ``stop_first``, before the new one is made:
        then the old one is kept stopped if no replacement comes)."""
        if self._stop_first and self._stopped is not self._producer:
            stop_quietly(self._producer, wait_s=min(_STOP_WAIT_S, timeout_s))
            self._stopped = self._producer
        old, self._producer = self._producer, self._factory(timeout_s)
        self.renewals += 1
        if old is not self._stopped:
            threading.Thread(
                target=stop_quietly, args=(old,), name="abandoned-producer", daemon=True
            ).start()

    def send(
        self,
        topic: str,
        value: bytes | None = None,
        key: bytes | None = None,
        headers: list[tuple[str, bytes]] | None = None,
    ) -> DeliveryFuture:
        future: DeliveryFuture = self._producer.send(topic, value=value, key=key, headers=headers)
        return future

    def flush(self, timeout: float | None = None) -> None:
        self._producer.flush(timeout=timeout)

    def close(self, timeout: float | None = None) -> None:
        self._producer.close(timeout=timeout)

    def partitions_for(self, topic: str) -> Any:
        return self._producer.partitions_for(topic)

    def __getattr__(self, name: str) -> Any:
        # Anything else (metrics, the transaction calls a type checker sees on ProducerLike).
        return getattr(self._producer, name)


class TransactionalFactory:
    """Makes replacement transactional producers for :class:`RenewableProducer`, one at a time.

    ``make(bootstrap_timeout_s)`` builds a producer; its ``init_transactions()`` (which fences
    every earlier producer with the transactional id and has the broker abort their open
    transaction) runs on a thread of its own. A call that cannot wait for it to finish raises
    KafkaTimeoutError and leaves it running: the next call waits on the same producer instead
    of starting another. Abandoning it would leave its ``InitProducerId`` in flight (kafka-python
    retries it while the broker is still aborting the old transaction); if the broker completed
    it after a newer replacement's, the newer one, the producer the worker goes on with, would
    be fenced (``ProducerFencedError`` at its next transaction).
    """

    def __init__(self, make: Callable[[float], Any], *, bootstrap_limit_s: float = 10.0) -> None:
        self._make = make
        self._bootstrap_limit_s = bootstrap_limit_s
        self._pending: _Initialising | None = None

    @property
    def pending(self) -> bool:
        """A replacement is still being initialised."""
        return self._pending is not None

    def __call__(self, timeout_s: float) -> Any:
        deadline = time.monotonic() + timeout_s
        if self._pending is None:
            self._pending = _Initialising(self._make(min(timeout_s, self._bootstrap_limit_s)))
        pending = self._pending
        pending.thread.join(max(0.0, deadline - time.monotonic()))
        if pending.thread.is_alive():
            raise KafkaTimeoutError(
                f"the replacement producer's init_transactions() has not returned after "
                f"{time.monotonic() - pending.started:.0f}s; it is waited for again, not replaced"
            )
        self._pending = None
        if pending.error is not None:
            threading.Thread(
                target=stop_quietly,
                args=(pending.producer,),
                name="abandoned-producer",
                daemon=True,
            ).start()
            raise pending.error
        return pending.producer


class _Initialising:
    """One producer's ``init_transactions()``, running on a daemon thread."""

    def __init__(self, producer: Any) -> None:
        self.producer = producer
        self.error: BaseException | None = None
        self.started = time.monotonic()
        self.thread = threading.Thread(target=self._run, name="init-transactions", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.producer.init_transactions()
        except BaseException as exc:  # handed to the caller that waits for it
            self.error = exc


def stop_quietly(producer: ProducerLike, wait_s: float = 0.0) -> None:
    """Abandon ``producer``: close it without waiting for its records and stop its network
    thread, waiting at most ``wait_s`` for that thread to end. kafka-python's
    ``close(timeout=0)`` flushes first and raises ``KafkaTimeoutError`` while records are in
    flight, leaving the thread running; its sender is then told to stop directly (the
    client's own ``force_close()``, what close() would have called), and closed again."""
    try:
        producer.close(timeout=0)
        return
    except Exception as exc:  # a stuck client may fail to close; it is abandoned anyway
        log.debug("abandoned producer did not close at once (%s); stopping its sender", exc)
    sender = getattr(producer, "_sender", None)
    if sender is not None:
        sender.force_close()
        sender.join(wait_s)
    try:
        producer.close(timeout=0)
    except Exception as exc:
        log.debug("abandoned producer did not close: %s", exc)


# How long a replacement waits for the old transactional producer's network thread to end.
_STOP_WAIT_S = 2.0
