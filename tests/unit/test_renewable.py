"""consumer.renewable: one replacement transactional producer initialised at a time; which
producer errors a replacement gets past."""

from __future__ import annotations

import threading
import time

import pytest
from kafka.errors import KafkaError, KafkaTimeoutError, ProducerFencedError

from consumer.kafka_io import await_partitions, is_transient
from consumer.renewable import RenewableProducer, TransactionalFactory, stop_quietly


class SlowInit:
    """A producer whose init_transactions() waits for ``release`` (or raises ``error``)."""

    def __init__(self, release: threading.Event, error: BaseException | None = None) -> None:
        self.release, self.error = release, error
        self.inits = 0
        self.closed = threading.Event()

    def init_transactions(self) -> None:
        self.inits += 1
        self.release.wait(10)
        if self.error is not None:
            raise self.error

    def close(self, timeout: float | None = None) -> None:
        self.closed.set()


def test_a_replacement_that_is_slow_to_initialise_is_waited_for_not_replaced() -> None:
    release = threading.Event()
    made: list[SlowInit] = []

    def make(bootstrap_s: float) -> SlowInit:
        made.append(SlowInit(release))
        return made[-1]

    factory = TransactionalFactory(make)
    for _ in range(3):  # the checkpoint's retries while the network is still down
        with pytest.raises(KafkaTimeoutError, match="waited for again"):
            factory(0.05)
        assert factory.pending
    assert len(made) == 1, "a second InitProducerId for the same transactional id was started"
    release.set()
    assert factory(5.0) is made[0]
    assert not factory.pending
    assert made[0].inits == 1


def test_a_replacement_whose_init_fails_is_closed_and_the_next_call_starts_afresh() -> None:
    release = threading.Event()
    release.set()
    made: list[SlowInit] = []

    def make(bootstrap_s: float) -> SlowInit:
        made.append(SlowInit(release, ProducerFencedError() if not made else None))
        return made[-1]

    factory = TransactionalFactory(make)
    with pytest.raises(ProducerFencedError):
        factory(5.0)
    assert made[0].closed.wait(5)
    assert factory(5.0) is made[1]
    assert len(made) == 2


def test_the_renewable_producer_keeps_the_old_client_until_the_replacement_is_ready() -> None:
    release = threading.Event()
    old = SlowInit(release)
    new = SlowInit(release)
    renewable = RenewableProducer(TransactionalFactory(lambda _s: new), old)
    with pytest.raises(KafkaTimeoutError):
        renewable.renew(0.05)
    assert renewable.current is old and renewable.renewals == 0
    release.set()
    renewable.renew(5.0)
    assert renewable.current is new and renewable.renewals == 1
    assert old.closed.wait(5)


def test_a_transactional_producer_is_stopped_before_its_replacement_is_initialised() -> None:
    # kafka-python's own epoch bump on the old producer could otherwise fence the new one
    release = threading.Event()
    old = SlowInit(release)
    new = SlowInit(release)
    seen: list[bool] = []

    def make(_s: float) -> SlowInit:
        seen.append(old.closed.is_set())
        return new

    renewable = RenewableProducer(TransactionalFactory(make), old, stop_first=True)
    with pytest.raises(KafkaTimeoutError):
        renewable.renew(0.05)
    assert seen == [True] and renewable.current is old
    release.set()
    renewable.renew(5.0)
    assert renewable.current is new and renewable.renewals == 1


class Sender(threading.Thread):
    """kafka-python's network thread, as far as stopping it goes."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.start()

    def run(self) -> None:
        self.stop.wait(30)

    def force_close(self) -> None:
        self.stop.set()


class FlushesFirst:
    """A producer whose close() flushes first, as kafka-python's does: with records in flight
    it raises before telling its sender to stop."""

    def __init__(self) -> None:
        self._sender = Sender()
        self.closed = False

    def close(self, timeout: float | None = None) -> None:
        if not self._sender.stop.is_set():
            raise KafkaTimeoutError("Timeout waiting for future")
        self.closed = True


def test_an_abandoned_producer_with_records_in_flight_has_its_sender_stopped() -> None:
    producer = FlushesFirst()
    stop_quietly(producer, wait_s=5)
    assert producer.closed and not producer._sender.is_alive()


@pytest.mark.parametrize(
    ("message", "transient"),
    [
        (
            "Could not execute transactional request for unknown reasons: [Error 7] "
            "RequestTimedOutError: Request timed out after 4499 ms",
            True,
        ),
        (
            "Cannot execute transactional method because we are in an error state: KafkaError: "
            "Could not execute transactional request for unknown reasons: KafkaConnectionError",
            True,
        ),
        ("Could not execute transactional request for unknown reasons: RuntimeError", False),
    ],
    ids=["request timed out", "error state after a lost connection", "anything else"],
)
def test_a_transactional_request_cut_by_the_network_is_transient(
    message: str, transient: bool
) -> None:
    # kafka-python 3.0 makes such a request fatal for the producer; a replacement gets past it
    assert is_transient(KafkaError(message)) is transient
    assert is_transient(KafkaTimeoutError("timed out"))


class LateMetadata:
    """A consumer whose metadata learns the topic's partitions on the ``known_after``-th ask."""

    def __init__(self, known_after: int) -> None:
        self.asked = 0
        self.known_after = known_after

    def partitions_for_topic(self, topic):
        self.asked += 1
        return {0, 1, 2} if self.asked >= self.known_after else set()


def test_a_starting_worker_waits_for_its_input_topics_partitions():
    late = LateMetadata(known_after=3)
    assert await_partitions(late, "articles.raw", timeout_s=5.0)
    assert late.asked == 3
    never = LateMetadata(known_after=10**6)
    started = time.monotonic()
    assert not await_partitions(never, "articles.raw", timeout_s=0.5)
    assert 0.5 <= time.monotonic() - started < 1.5
