"""The loop's commit policy with in-memory stand-ins for the Kafka clients (pure logic only;
tests/integration runs the same loop against a real broker)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import namedtuple
from typing import Any

import orjson
import pytest
from kafka.errors import (
    CommitFailedError,
    IllegalStateError,
    KafkaError,
    KafkaTimeoutError,
    NotLeaderForPartitionError,
    RebalanceInProgressError,
    UnknownMemberIdError,
)
from kafka.structs import TopicPartition

from consumer.checkpoint import Abandoned, call_within
from consumer.codec import ArticleDecoder
from consumer.config import Settings
from consumer.deadline import Deadline
from consumer.errors import BrokerUnavailable, DeliveryFailed, TransactionFailed
from consumer.extraction import QuoteExtractor
from consumer.metrics import Health, Metrics
from consumer.processing import Processor
from consumer.renewable import RenewableProducer
from consumer.service import Worker

Message = namedtuple("Message", "topic partition offset key value headers timestamp")
TP = TopicPartition("in", 0)


class Future:
    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error
        self.callbacks: list[Any] = []

    @property
    def is_done(self) -> bool:
        return True

    def failed(self) -> bool:
        return self.error is not None

    @property
    def exception(self) -> BaseException | None:
        return self.error

    def add_callback(self, fn, *args):
        self.callbacks.append(fn)


class Producer:
    def __init__(self, failures: list[BaseException | None] | None = None) -> None:
        self.failures = list(failures or [])
        self.sent: list[tuple[str, bytes | None]] = []
        self.headers: list[list[tuple[str, bytes]]] = []

    def send(self, topic, value=None, key=None, headers=None):
        self.sent.append((topic, value))
        self.headers.append(list(headers or []))
        return Future(self.failures.pop(0) if self.failures else None)

    def flush(self, timeout=None):
        pass

    def close(self, timeout=None):
        pass


class Consumer:
    def __init__(
        self, batches: list[list[Message]], poll_errors: list[BaseException] | None = None
    ):
        self.batches = batches
        self.poll_errors = list(poll_errors or [])
        self.commits: list[dict[Any, Any]] = []
        self.closed = False
        self.worker: Worker | None = None
        self.delivered: list[Message] = []
        self.seeks: list[tuple[Any, int]] = []

    def subscribe(self, topics, listener=None):
        self.listener = listener

    def poll(self, timeout_ms=0, max_records=None):
        if self.poll_errors:
            raise self.poll_errors.pop(0)
        if not self.batches:
            assert self.worker is not None
            self.worker.stop()
            return {}
        batch = self.batches.pop(0)
        self.delivered.extend(batch)
        return {TP: batch}

    def seek(self, tp, offset):
        """Deliver again, in the next poll, what was delivered from ``offset`` on."""
        self.seeks.append((tp, offset))
        again = [m for m in self.delivered if m.offset >= offset]
        self.delivered = [m for m in self.delivered if m.offset < offset]
        if again:
            self.batches.insert(0, again)

    def commit(self, offsets=None, timeout_ms=None):
        self.commits.append({tp: meta.offset for tp, meta in offsets.items()})

    def assignment(self):
        return {TP}

    def highwater(self, tp):
        return 10

    def position(self, tp):
        return 3

    def close(self, autocommit=True, timeout_ms=None):
        self.closed = True


def _message(offset: int, value: bytes) -> Message:
    return Message("in", 0, offset, None, value, [], 1_700_000_000_000)


QUOTED = orjson.dumps({"id": "a", "text": 'मंत्री ने कहा, "हम काम जारी रखेंगे।"'})


def _worker(consumer: Consumer, producer: Producer, **settings: Any) -> Worker:
    base = {
        "commit_interval_s": 0.0,
        "retry_attempts": 3,
        "retry_initial_backoff_s": 0.0,
        "retry_max_backoff_s": 0.0,
    }
    worker = Worker(
        Settings(**{**base, **settings}),
        processor=Processor(QuoteExtractor(), ArticleDecoder()),
        consumer=consumer,
        producer=producer,
        metrics=Metrics(),
        health=Health(liveness_timeout_s=60),
    )
    consumer.worker = worker
    return worker


def test_offsets_are_committed_after_delivery():
    consumer = Consumer([[_message(0, QUOTED), _message(1, b"not json")]])
    producer = Producer()
    assert _worker(consumer, producer).run() == 0
    assert [t for t, _ in producer.sent] == ["quotes.extracted", "articles.dlq"]
    assert consumer.commits == [{TP: 2}]
    assert consumer.closed


def test_failed_delivery_means_no_commit():
    consumer = Consumer([[_message(0, QUOTED)]])
    producer = Producer(failures=[ValueError("record rejected")])
    with pytest.raises(DeliveryFailed, match="not acknowledged"):
        _worker(consumer, producer).run()
    assert consumer.commits == []


def test_transient_delivery_failure_is_resent_then_committed():
    consumer = Consumer([[_message(0, QUOTED)]])
    producer = Producer(failures=[NotLeaderForPartitionError()])
    assert _worker(consumer, producer).run() == 0
    assert len(producer.sent) == 2  # the original and one re-send
    assert consumer.commits == [{TP: 1}]


def test_transient_poll_errors_are_retried_then_give_up():
    consumer = Consumer([[_message(0, QUOTED)]], poll_errors=[KafkaTimeoutError()])
    assert _worker(consumer, Producer()).run() == 0
    assert consumer.commits == [{TP: 1}]

    stuck = Consumer([], poll_errors=[KafkaTimeoutError()] * 3)
    with pytest.raises(BrokerUnavailable, match="poll still failing after 3 attempts"):
        _worker(stuck, Producer()).run()


def test_each_call_has_its_own_retry_budget():
    # Two polls that each fail twice (of three attempts) both succeed: the retry budget is
    # per call, though the Retrying that counts it is built once per operation.
    class Flaky(Consumer):
        def __init__(self) -> None:
            super().__init__([[_message(0, QUOTED)], [_message(1, QUOTED)]])
            self.calls = 0

        def poll(self, timeout_ms=0, max_records=None):
            self.calls += 1
            if self.calls % 3 != 0:
                raise KafkaTimeoutError()
            return super().poll(timeout_ms, max_records)

    consumer = Flaky()
    worker = _worker(consumer, Producer())
    assert worker.run() == 0
    assert consumer.commits[-1] == {TP: 2}
    assert worker.metrics.retries.labels("poll")._value.get() >= 4


def test_commits_wait_for_the_commit_interval():
    batches = [[_message(i, QUOTED)] for i in range(5)]
    consumer = Consumer(batches)
    assert _worker(consumer, Producer(), commit_interval_s=3600).run() == 0
    # Nothing is committed mid-stream; the shutdown checkpoint commits everything at once.
    assert consumer.commits == [{TP: 5}]


class SlowExtractor(QuoteExtractor):
    """Stands in for an extractor that goes super-linear on one article."""

    def extract(self, text: str):  # type: ignore[override]
        if "slow" in text:
            time.sleep(30)
        return super().extract(text)


def test_an_article_that_outruns_the_extraction_budget_is_dead_lettered():
    slow = orjson.dumps({"id": "s", "text": "slow"})
    consumer = Consumer([[_message(0, slow), _message(1, QUOTED)]])
    producer = Producer()
    worker = _worker(consumer, producer, extraction_timeout_s=0.2)
    worker.processor = Processor(SlowExtractor(), ArticleDecoder())
    started = time.monotonic()
    assert worker.run() == 0
    assert time.monotonic() - started < 5
    assert [t for t, _ in producer.sent] == ["articles.dlq", "quotes.extracted"]
    assert consumer.commits == [{TP: 2}]
    reason = dict(producer.headers[0])["quotes.errors.reason"]
    assert reason == b"extraction_timeout"


def test_a_message_too_large_for_the_dead_letter_topic_is_dead_lettered_without_its_value():
    big = b"x" * 2000
    consumer = Consumer([[_message(0, big)]])
    producer = Producer()
    worker = _worker(consumer, producer, max_message_bytes=1000)
    worker.processor = Processor(QuoteExtractor(), ArticleDecoder(max_message_bytes=1000))
    assert worker.run() == 0
    assert producer.sent == [("articles.dlq", None)]
    headers = dict(producer.headers[0])
    assert headers["quotes.errors.reason"] == b"message_too_large"
    assert headers["quotes.errors.value.dropped.bytes"] == b"2000"
    assert consumer.commits == [{TP: 1}]


class TransactionalProducer(Producer):
    def __init__(self, failures=None, commit_error: BaseException | None = None) -> None:
        super().__init__(failures)
        self.calls: list[str] = []
        self.offsets: list[dict[Any, int]] = []
        self.commit_error = commit_error

    def begin_transaction(self):
        self.calls.append("begin")

    def send_offsets_to_transaction(self, offsets, group_metadata):
        self.calls.append("offsets")
        self.offsets.append({tp: meta.offset for tp, meta in offsets.items()})

    def commit_transaction(self):
        if self.commit_error is not None:
            raise self.commit_error
        self.calls.append("commit")

    def abort_transaction(self):
        self.calls.append("abort")


class GroupConsumer(Consumer):
    def group_metadata(self):
        return "group"


def test_exactly_once_commits_records_and_offsets_in_one_transaction():
    consumer = GroupConsumer([[_message(0, QUOTED), _message(1, b"not json")]])
    producer = TransactionalProducer()
    assert _worker(consumer, producer, processing_guarantee="exactly_once").run() == 0
    assert producer.calls == ["begin", "offsets", "commit"]
    assert producer.offsets == [{TP: 2}]
    assert consumer.commits == []  # offsets go through the transaction, never commit()


@pytest.mark.parametrize(
    "make_producer, transactions",
    [
        # not transient: the first abort ends the worker
        (lambda: TransactionalProducer([ValueError("record rejected")]), 1),
        # commit_transaction() failed: never processed again (the broker may have committed)
        (lambda: TransactionalProducer([], KafkaTimeoutError("coordinator gone")), 1),
        # transient, and it lasts: processed again QUOTES_RETRY_ATTEMPTS (3) times, then exit
        (lambda: FlakyTransactions(failing=99), 4),
    ],
    ids=["rejected", "commit failed", "coordinator gone for good"],
)
def test_exactly_once_aborts_and_stops_when_the_transaction_fails(make_producer, transactions):
    consumer = GroupConsumer([[_message(0, QUOTED)]])
    producer = make_producer()
    with pytest.raises(TransactionFailed, match="transaction aborted"):
        _worker(consumer, producer, processing_guarantee="exactly_once").run()
    assert producer.calls.count("begin") == producer.calls.count("abort") == transactions
    assert producer.calls[-1] == "abort"
    assert "commit" not in producer.calls
    assert consumer.commits == []
    assert consumer.seeks == [(TP, 0)] * (transactions - 1)


class FlakyTransactions(TransactionalProducer):
    """The first ``failing`` transactions fail to add their offsets (a network fault, or a
    group that no longer counts this member), later ones go through; keeps what each
    committed transaction held."""

    def __init__(self, failing: int, error: type[Exception] = KafkaTimeoutError) -> None:
        super().__init__()
        self.failing = failing
        self.error = error
        self.open: list[bytes | None] = []
        self.committed: list[list[bytes | None]] = []

    def begin_transaction(self):
        super().begin_transaction()
        self.open = []

    def send(self, topic, value=None, key=None, headers=None):
        self.open.append(value)
        return super().send(topic, value=value, key=key, headers=headers)

    def send_offsets_to_transaction(self, offsets, group_metadata):
        if self.failing:
            self.failing -= 1
            raise self.error("the network fault")
        super().send_offsets_to_transaction(offsets, group_metadata)

    def commit_transaction(self):
        super().commit_transaction()
        self.committed.append(self.open)


@pytest.mark.parametrize(
    "error",
    [KafkaTimeoutError, CommitFailedError, UnknownMemberIdError],
    ids=["timed out", "group moved on", "member expired"],
)
def test_exactly_once_processes_an_aborted_transactions_input_again_after_a_transient_fault(
    error,
):
    """A transaction that times out in a network fault, or whose offsets the group refuses
    because this member's session expired meanwhile, is aborted and its input processed
    again in a new one (the consumer goes back to its first offsets): the worker rides the
    fault out, and the committed output holds every record exactly once."""
    consumer = GroupConsumer([[_message(0, QUOTED), _message(1, QUOTED)], [_message(2, QUOTED)]])
    producer = FlakyTransactions(failing=2, error=error)
    worker = _worker(consumer, producer, processing_guarantee="exactly_once")
    assert worker.run() == 0
    assert consumer.seeks == [(TP, 0), (TP, 0)]
    assert producer.calls == ["begin", "abort"] * 2 + ["begin", "offsets", "commit"] * 2
    assert producer.offsets == [{TP: 2}, {TP: 3}]
    assert [len(t) for t in producer.committed] == [2, 1]
    retries = worker.metrics.registry.get_sample_value(
        "quote_consumer_retries_total", {"operation": "transaction"}
    )
    assert retries == 2


def test_exactly_once_a_transient_failure_of_the_last_transaction_is_a_clean_stop():
    """SIGTERM after a network fault: the last transaction's offsets are refused because the
    group no longer counts this member. It is aborted, nothing is committed, the worker exits
    0, and the partitions' next owner processes that input from the last transaction."""
    consumer = GroupConsumer([[_message(0, QUOTED)]])
    producer = FlakyTransactions(failing=1, error=UnknownMemberIdError)
    worker = _worker(
        consumer, producer, processing_guarantee="exactly_once", commit_interval_s=20.0
    )
    assert worker.run() == 0
    assert producer.calls == ["begin", "abort"]
    assert producer.committed == []
    assert consumer.commits == [] and consumer.seeks == []


class RebalancingConsumer(Consumer):
    """The first commit meets a rebalance in progress."""

    def __init__(self, batches):
        super().__init__(batches)
        self.refused = 0

    def commit(self, offsets=None, timeout_ms=None):
        if not self.refused:
            self.refused += 1
            raise RebalanceInProgressError()
        super().commit(offsets)


def test_a_commit_that_meets_a_rebalance_is_made_at_the_next_checkpoint():
    consumer = RebalancingConsumer([[_message(0, QUOTED)], [_message(1, QUOTED)]])
    assert _worker(consumer, Producer()).run() == 0
    assert consumer.refused == 1
    assert consumer.commits == [{TP: 2}]  # offset 1 (deferred) folded into the next commit


class InFlight(Future):
    """A record the broker answers only after ``flushes`` more flushes (a blackhole that ends)."""

    def __init__(self, producer: SlowNetworkProducer) -> None:
        super().__init__()
        self.producer = producer

    @property
    def is_done(self) -> bool:
        return self.producer.flushes >= self.producer.answer_after


class SlowNetworkProducer(Producer):
    """Records stay in flight through ``answer_after - 1`` flush calls, each of which waits
    out its timeout and raises."""

    def __init__(self, answer_after: int) -> None:
        super().__init__()
        self.answer_after = answer_after
        self.flushes = 0

    def send(self, topic, value=None, key=None, headers=None):
        super().send(topic, value, key, headers)
        return InFlight(self)

    def flush(self, timeout=None):
        self.flushes += 1
        if self.flushes < self.answer_after:
            time.sleep(timeout or 0.0)  # waits out its timeout, as kafka-python does
            raise KafkaTimeoutError("Timeout waiting for future")


def test_records_still_in_flight_after_a_flush_are_waited_for_not_resent():
    """A network fault longer than one flush but within the retry budget: the checkpoint
    flushes again instead of stopping the worker, and sends nothing twice."""
    consumer = Consumer([[_message(0, QUOTED)]])
    producer = SlowNetworkProducer(answer_after=3)
    assert _worker(consumer, producer, retry_attempts=3, flush_timeout_s=0.2).run() == 0
    assert producer.flushes >= 3
    assert len(producer.sent) == 1
    assert consumer.commits == [{TP: 1}]


def test_records_in_flight_past_the_retry_budget_stop_the_worker_uncommitted():
    consumer = Consumer([[_message(0, QUOTED)]])
    producer = SlowNetworkProducer(answer_after=4)
    with pytest.raises(
        DeliveryFailed, match=r"1 record\(s\) to quotes\.extracted not acknowledged"
    ):
        _worker(consumer, producer, retry_attempts=3, flush_timeout_s=0.2).run()
    assert producer.flushes == 3
    assert len(producer.sent) == 1
    assert consumer.commits == []


# -- one deadline on shutdown and revocation ---------------------------------------------------

GRACE_S = 1.0
# Thread scheduling and the extractor's first call; far below what one unbounded call costs.
SLACK_S = 0.5
# What kafka-python waits when given no timeout: request_timeout_ms (30 s), or for ever for a
# transaction. Shortened here; any call still waiting this long blows the grace period.
CLIENT_DEFAULT_S = 5.0


class Unsettled(Future):
    """A record the broker never answered."""

    @property
    def is_done(self) -> bool:
        return False


class StalledProducer(Producer):
    """A producer whose broker stopped answering (SIGSTOP): nothing is ever acknowledged and
    every wait lasts its whole timeout, then raises as kafka-python does."""

    def __init__(self, *, acknowledges: bool = False) -> None:
        super().__init__()
        self.acknowledges = acknowledges

    def send(self, topic, value=None, key=None, headers=None):
        super().send(topic, value, key, headers)
        return Future() if self.acknowledges else Unsettled()

    def flush(self, timeout=None):
        if self.acknowledges:
            return
        time.sleep(CLIENT_DEFAULT_S if timeout is None else timeout)
        raise KafkaTimeoutError("Timeout waiting for future")

    def close(self, timeout=None):
        self.flush(timeout)


class StalledConsumer(Consumer):
    """A consumer whose group coordinator stopped answering: commit and close (leaving the
    group) wait out their timeout; commit then raises KafkaTimeoutError (retriable)."""

    def __init__(self, batches: list[list[Message]]) -> None:
        super().__init__(batches)
        self.revocation_s: float | None = None
        self._coordinator = self  # kafka_io.commit_in_rebalance awaits the coordinator

    def commit(self, offsets=None, timeout_ms=None):
        time.sleep(CLIENT_DEFAULT_S if timeout_ms is None else timeout_ms / 1000)
        raise KafkaTimeoutError("commit timed out")

    async def _commit_offsets_sync_async(self, offsets, timeout_ms=None):
        await asyncio.sleep(CLIENT_DEFAULT_S if timeout_ms is None else timeout_ms / 1000)
        raise KafkaTimeoutError("commit timed out")

    def close(self, autocommit=True, timeout_ms=None):
        time.sleep(CLIENT_DEFAULT_S if timeout_ms is None else timeout_ms / 1000)
        super().close(autocommit)


def _stalling_worker(consumer: Consumer, producer: Producer) -> Worker:
    return _worker(
        consumer,
        producer,
        commit_interval_s=3600,  # only the shutdown or the revocation checkpoints
        shutdown_timeout_s=GRACE_S,
        flush_timeout_s=30.0,
        retry_attempts=8,
        retry_initial_backoff_s=0.1,
        retry_max_backoff_s=0.4,
    )


def test_shutdown_fits_the_grace_period_when_the_broker_stops_acknowledging():
    consumer = StalledConsumer([[_message(0, QUOTED), _message(1, QUOTED)]])
    worker = _stalling_worker(consumer, StalledProducer())
    started = time.monotonic()
    with pytest.raises(DeliveryFailed, match=r"QUOTES_SHUTDOWN_TIMEOUT_S \(1s\) spent"):
        worker.run()
    assert time.monotonic() - started <= GRACE_S + SLACK_S
    assert consumer.closed
    assert consumer.commits == []


def test_shutdown_fits_the_grace_period_when_the_commit_stalls():
    consumer = StalledConsumer([[_message(0, QUOTED)]])
    worker = _stalling_worker(consumer, StalledProducer(acknowledges=True))
    started = time.monotonic()
    with pytest.raises(BrokerUnavailable, match="commit still failing"):
        worker.run()
    assert time.monotonic() - started <= GRACE_S + SLACK_S
    assert consumer.closed


def test_shutdown_fits_the_grace_period_when_the_commit_outlives_its_own_timeout():
    """kafka-python 3's commit(timeout_ms=...) once waited the request's full 30 s in a
    network blackhole, whatever timeout it was given (docs/reliability.md): the final commit
    is abandoned at the shutdown deadline instead."""

    class DeafConsumer(StalledConsumer):
        def commit(self, offsets=None, timeout_ms=None):
            time.sleep(CLIENT_DEFAULT_S)  # the timeout it was given is not honoured
            raise KafkaTimeoutError("commit timed out")

    consumer = DeafConsumer([[_message(0, QUOTED)]])
    worker = _stalling_worker(consumer, StalledProducer(acknowledges=True))
    started = time.monotonic()
    with pytest.raises(BrokerUnavailable, match="commit still failing"):
        worker.run()
    assert time.monotonic() - started <= GRACE_S + SLACK_S
    assert consumer.commits == []


@pytest.mark.parametrize("acknowledges", [False, True], ids=["flush stalls", "commit stalls"])
def test_a_revocation_fits_the_grace_period_when_the_broker_stalls(acknowledges):
    class Revoking(StalledConsumer):
        def poll(self, timeout_ms=0, max_records=None):
            if self.batches:
                return super().poll(timeout_ms, max_records)
            started = time.monotonic()
            asyncio.run(self.listener.on_partitions_revoked([TP]))
            self.revocation_s = time.monotonic() - started
            assert self.worker is not None
            self.worker.stop()
            return {}

    consumer = Revoking([[_message(0, QUOTED)]])
    worker = _stalling_worker(consumer, StalledProducer(acknowledges=acknowledges))
    if acknowledges:  # delivered, not committed: the next owner replays (same quote_ids)
        assert worker.run() == 0
    else:  # not delivered: the loop stops without a commit
        with pytest.raises(DeliveryFailed, match="not acknowledged"):
            worker.run()
    assert consumer.revocation_s is not None
    assert consumer.revocation_s <= GRACE_S + SLACK_S
    assert consumer.commits == []


def test_a_stop_during_a_periodic_checkpoint_ends_it_within_the_grace_period():
    """SIGTERM while the periodic checkpoint waits for acknowledgements that never come (a
    network blackhole): the checkpoint is cut short at the shutdown deadline instead of
    waiting for QUOTES_FLUSH_TIMEOUT_S on every delivery attempt."""

    class StopsMidFlush(StalledProducer):
        worker: Worker | None = None
        stopped_at: float | None = None

        def flush(self, timeout=None):
            if self.stopped_at is None:
                self.stopped_at = time.monotonic()
                assert self.worker is not None
                self.worker.stop()
            super().flush(timeout)

    consumer = StalledConsumer([[_message(0, QUOTED)]] * 3)
    producer = StopsMidFlush()
    worker = _worker(
        consumer,
        producer,
        commit_interval_s=0.0,  # a periodic checkpoint after the first batch
        shutdown_timeout_s=GRACE_S,
        flush_timeout_s=30.0,
        retry_attempts=8,
    )
    producer.worker = worker
    with pytest.raises(DeliveryFailed, match="cut short by the shutdown deadline"):
        worker.run()
    assert producer.stopped_at is not None
    # One flush slice (1 s) may run past the moment the deadline came nearer.
    assert time.monotonic() - producer.stopped_at <= GRACE_S + 1.0 + SLACK_S
    assert consumer.commits == []


def test_a_transaction_call_that_never_returns_is_bounded_and_reported_not_ready():
    """kafka-python's send_offsets_to_transaction() waits without a limit; when the
    coordinator never answers, the worker gives up after QUOTES_FLUSH_TIMEOUT_S, says it is
    not ready meanwhile, and exits (TransactionFailed) instead of hanging."""
    never = threading.Event()

    class HangingProducer(TransactionalProducer):
        def send_offsets_to_transaction(self, offsets, group_metadata):
            self.calls.append("offsets")
            never.wait()

    consumer = GroupConsumer([[_message(0, QUOTED)]])
    producer = HangingProducer()
    worker = _worker(consumer, producer, processing_guarantee="exactly_once", flush_timeout_s=2.0)
    worker.health.assigned = True  # as after a real assignment: only the stall can say no
    ready_during: list[tuple[bool, str]] = []
    watcher = threading.Timer(1.5, lambda: ready_during.append(worker.health.ready()))
    watcher.start()
    started = time.monotonic()
    with pytest.raises(TransactionFailed, match=r"send_offsets_to_transaction\(\) did not return"):
        worker.run()
    assert 2.0 <= time.monotonic() - started <= 2.0 + SLACK_S
    assert ready_during == [(False, "broker not reachable")]
    # No abort beside the call still running: without a way to replace the producer (which
    # would fence it), the worker exits and the broker aborts the transaction on its timeout.
    assert producer.calls[-1] == "offsets"
    never.set()


def test_exactly_once_replaces_a_producer_whose_transaction_call_never_returns():
    """In a network fault send_offsets_to_transaction() may never return: the producer is
    replaced (the new one fences it, the broker aborts its transaction) and the input is
    processed again with the new one; the worker goes on."""
    never = threading.Event()

    class HangingProducer(TransactionalProducer):
        def send_offsets_to_transaction(self, offsets, group_metadata):
            self.calls.append("offsets")
            never.wait()

    fresh = FlakyTransactions(failing=0)
    hanging = HangingProducer()
    consumer = GroupConsumer([[_message(0, QUOTED), _message(1, QUOTED)]])
    producer = RenewableProducer(lambda timeout_s: fresh, hanging)
    worker = _worker(consumer, producer, processing_guarantee="exactly_once", flush_timeout_s=1.0)
    try:
        assert worker.run() == 0
    finally:
        never.set()
    assert "abort" not in hanging.calls
    assert consumer.seeks == [(TP, 0)]
    assert fresh.calls == ["begin", "offsets", "commit"]
    assert [len(t) for t in fresh.committed] == [2]


class OrderedProducer(Producer):
    """Records the order of sends and flushes."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[str] = []

    def send(self, topic, value=None, key=None, headers=None):
        self.events.append(f"send {topic}")
        return super().send(topic, value=value, key=key, headers=headers)

    def flush(self, timeout=None):
        self.events.append("flush")


def test_at_least_once_sends_manifests_after_the_records_are_acknowledged():
    empty = orjson.dumps({"id": "b", "text": "आज मौसम साफ रहा।"})
    consumer = Consumer([[_message(0, QUOTED), _message(1, b"not json"), _message(2, empty)]])
    producer = OrderedProducer()
    assert _worker(consumer, producer, manifest_topic="quotes.manifests").run() == 0
    assert producer.events == [
        "send quotes.extracted",
        "send articles.dlq",
        "flush",
        "send quotes.manifests",
        "send quotes.manifests",
        "flush",
    ]
    manifests = [orjson.loads(v) for t, v in producer.sent if t == "quotes.manifests"]
    records = [orjson.loads(v) for t, v in producer.sent if t == "quotes.extracted"]
    # One per processed article (the dead-lettered one has none), an empty list included.
    assert [(m["article_id"], m["quote_ids"]) for m in manifests] == [
        ("a", [r["quote_id"] for r in records]),
        ("b", []),
    ]
    assert dict(producer.headers[-1])["schema"] == b"manifest.v1"
    assert consumer.commits == [{TP: 3}]


def test_without_a_manifest_topic_no_manifest_is_sent():
    consumer = Consumer([[_message(0, QUOTED)]])
    producer = Producer()
    assert _worker(consumer, producer).run() == 0
    assert [t for t, _ in producer.sent] == ["quotes.extracted"]


def test_a_manifest_that_is_not_acknowledged_means_no_commit():
    consumer = Consumer([[_message(0, QUOTED)]])
    producer = Producer([None, ValueError("manifest rejected")])
    with pytest.raises(DeliveryFailed, match=r"quotes\.manifests"):
        _worker(consumer, producer, manifest_topic="quotes.manifests").run()
    assert consumer.commits == []


def test_exactly_once_sends_manifests_inside_the_transaction():
    consumer = GroupConsumer([[_message(0, QUOTED), _message(1, b"not json")]])
    producer = TransactionalProducer()
    worker = _worker(
        consumer, producer, processing_guarantee="exactly_once", manifest_topic="quotes.manifests"
    )
    assert worker.run() == 0
    assert [t for t, _ in producer.sent] == ["quotes.extracted", "articles.dlq", "quotes.manifests"]
    assert producer.calls == ["begin", "offsets", "commit"]
    assert producer.offsets == [{TP: 2}]


def test_quality_metrics_count_types_forms_names_and_quotes_per_source():
    consumer = Consumer([[_message(0, QUOTED)]])
    worker = _worker(consumer, Producer())
    assert worker.run() == 0
    registry = worker.metrics.registry
    assert (
        registry.get_sample_value(
            "quote_consumer_quotes_total", {"type": "direct", "form": "marks"}
        )
        == 1
    )
    assert (
        registry.get_sample_value("quote_consumer_quote_confidence_count", {"form": "marks"}) == 1
    )
    assert registry.get_sample_value("quote_consumer_article_quotes_sum", {"source": "other"}) == 1


class WedgedProducer(Producer):
    """A kafka-python client stuck after connection resets: nothing it sends ever settles
    (no acknowledgement, no failure, no expiry), and each flush waits out its timeout."""

    def __init__(self) -> None:
        super().__init__()
        self.closed_with: list[float | None] = []

    def send(self, topic, value=None, key=None, headers=None):
        super().send(topic, value, key, headers)
        return Unsettled()

    def flush(self, timeout=None):
        time.sleep(timeout or 0.0)
        raise KafkaTimeoutError("Timeout waiting for future")

    def close(self, timeout=None):
        self.closed_with.append(timeout)


def test_a_stuck_producer_is_replaced_and_its_records_sent_again():
    """Records unsettled after a whole flush have outlived the delivery timeout (0.9 of the
    flush timeout): the at-least-once checkpoint replaces the client, re-sends them on the
    new one and commits once they are acknowledged."""
    stuck, healthy = WedgedProducer(), Producer()
    made = iter([healthy])
    renewable = RenewableProducer(lambda _bootstrap_s: next(made), stuck)
    consumer = Consumer([[_message(0, QUOTED)]])
    worker = _worker(consumer, renewable, retry_attempts=3, flush_timeout_s=0.2)
    assert worker.run() == 0
    assert renewable.renewals == 1
    assert renewable.current is healthy
    assert len(stuck.sent) == 1 and healthy.sent == stuck.sent  # the same record, again
    assert consumer.commits == [{TP: 1}]
    assert worker.metrics.producer_replacements._value.get() == 1
    deadline = time.monotonic() + 2
    while not stuck.closed_with and time.monotonic() < deadline:
        time.sleep(0.01)
    assert stuck.closed_with == [0]  # abandoned without waiting


def test_a_flush_cut_short_by_the_shutdown_deadline_replaces_no_producer():
    """Only a flush that waited its whole timeout proves the client stuck: records in flight
    when a stop cuts the wait short are left uncommitted, the producer kept."""
    stuck = WedgedProducer()
    renewable = RenewableProducer(
        lambda _bootstrap_s: pytest.fail("no new producer expected"), stuck
    )

    consumer = Consumer([[_message(0, QUOTED)]])
    worker = _worker(
        consumer,
        renewable,
        commit_interval_s=3600,  # only the shutdown checkpoint
        shutdown_timeout_s=0.3,
        flush_timeout_s=30.0,
        retry_attempts=8,
    )
    with pytest.raises(DeliveryFailed, match="not acknowledged"):
        worker.run()
    assert renewable.renewals == 0
    assert consumer.commits == []


def test_a_replacement_that_cannot_reach_the_brokers_keeps_the_old_producer():
    """Replacing the client during the fault itself: the new one cannot bootstrap
    (KafkaTimeoutError); the checkpoint keeps waiting on the old one within its budget
    instead of failing the worker on the replacement."""
    stuck = WedgedProducer()

    def unreachable(_bootstrap_s: float):
        raise KafkaTimeoutError("Bootstrap failed")

    renewable = RenewableProducer(unreachable, stuck)
    consumer = Consumer([[_message(0, QUOTED)]])
    worker = _worker(consumer, renewable, retry_attempts=2, flush_timeout_s=0.2)
    with pytest.raises(
        DeliveryFailed, match=r"1 record\(s\) to quotes\.extracted not acknowledged"
    ):
        worker.run()
    assert renewable.renewals == 0 and renewable.current is stuck
    assert worker.metrics.producer_replacements._value.get() == 0
    assert consumer.commits == []


class BlackholedTransactions(TransactionalProducer):
    """A network blackhole: the first flush never finishes, and the abort that follows waits
    longer than QUOTES_FLUSH_TIMEOUT_S for its answer (the network comes back meanwhile)."""

    def __init__(self, abort_s: float) -> None:
        super().__init__()
        self.blackholed = True
        self.abort_s = abort_s

    def flush(self, timeout=None):
        if self.blackholed:
            time.sleep(timeout or 0)
            raise KafkaTimeoutError("Timeout waiting for future")

    def abort_transaction(self):
        time.sleep(self.abort_s)
        self.blackholed = False
        super().abort_transaction()


@pytest.mark.parametrize(
    "abort_s, rides_out",
    [(1.5, True), (4.0, False)],
    ids=["abort within the retry budget", "abort past the retry budget"],
)
def test_exactly_once_waits_for_the_abort_within_the_retry_budget(abort_s, rides_out):
    """QUOTES_FLUSH_TIMEOUT_S 1 s x QUOTES_RETRY_ATTEMPTS 3: an abort answered after 1.5 s
    (flush 1 s + abort 1.5 s, inside the 3 s budget) lets the worker process the input again;
    one that needs 4 s is given up and the worker exits."""
    consumer = GroupConsumer([[_message(0, QUOTED)]])
    producer = BlackholedTransactions(abort_s)
    worker = _worker(consumer, producer, processing_guarantee="exactly_once", flush_timeout_s=1.0)
    if rides_out:
        assert worker.run() == 0
        assert producer.calls == ["begin", "abort", "begin", "offsets", "commit"]
        assert consumer.seeks == [(TP, 0)]
    else:
        with pytest.raises(TransactionFailed, match="not acknowledged within 1s"):
            worker.run()
        assert consumer.seeks == []


def test_exactly_once_replaces_a_producer_that_cannot_abort_and_goes_on():
    """kafka-python gives up on an EndTxn whose request timed out in a network fault (the
    producer is then unusable): a new producer with the same transactional id fences it and
    the broker aborts the open transaction, so the input is processed again with the new
    one instead of the worker exiting."""

    class CannotAbort(FlakyTransactions):
        def abort_transaction(self):
            raise KafkaError("Could not execute transactional request: RequestTimedOutError")

    fresh = FlakyTransactions(failing=0)
    renewed: list[float] = []

    def factory(timeout_s: float) -> FlakyTransactions:
        renewed.append(timeout_s)
        return fresh

    consumer = GroupConsumer([[_message(0, QUOTED), _message(1, QUOTED)]])
    producer = RenewableProducer(factory, CannotAbort(failing=1, error=KafkaTimeoutError))
    worker = _worker(consumer, producer, processing_guarantee="exactly_once")
    assert worker.run() == 0
    assert len(renewed) == 1 and consumer.seeks == [(TP, 0)]
    assert fresh.calls == ["begin", "offsets", "commit"]
    assert [len(t) for t in fresh.committed] == [2]
    registry = worker.metrics.registry
    assert registry.get_sample_value("quote_consumer_producer_replacements_total") == 1


def test_a_checkpoint_comes_early_once_enough_records_wait():
    """QUOTES_CHECKPOINT_RECORDS: a batch that yields many records is committed in parts, in
    the middle of the batch, not only when the commit interval is up."""
    consumer = Consumer([[_message(i, QUOTED) for i in range(5)]])
    producer = Producer()
    assert _worker(consumer, producer, commit_interval_s=3600, checkpoint_records=2).run() == 0
    assert consumer.commits == [{TP: 2}, {TP: 4}, {TP: 5}]
    assert len(producer.sent) == 5


def _two_record_transactions(consumer: Consumer, producer: Producer) -> Worker:
    """An exactly-once worker whose transactions end after two records, not on a timer."""
    return _worker(
        consumer,
        producer,
        processing_guarantee="exactly_once",
        commit_interval_s=20,
        checkpoint_records=2,
    )


def test_exactly_once_transactions_hold_at_most_the_checkpoint_records():
    """A transaction aborted in the middle of a batch: the rest of the batch is not handled
    in it, the consumer goes back to the transaction's first offset, and the committed
    output still holds every record once, in transactions of at most two records."""
    consumer = GroupConsumer([[_message(i, QUOTED) for i in range(5)]])
    producer = FlakyTransactions(failing=1)
    worker = _two_record_transactions(consumer, producer)
    assert worker.run() == 0
    assert consumer.seeks == [(TP, 0)]
    assert producer.offsets == [{TP: 2}, {TP: 4}, {TP: 5}]
    assert [len(t) for t in producer.committed] == [2, 2, 1]


TP1 = TopicPartition("in", 1)


class TwoPartitions(GroupConsumer):
    """One poll hands over messages of two partitions; seek() sends one partition back."""

    def __init__(self, per_partition: dict[TopicPartition, list[Message]]) -> None:
        super().__init__([])
        self.queued = {tp: list(messages) for tp, messages in per_partition.items()}
        self.handed: dict[TopicPartition, list[Message]] = {tp: [] for tp in per_partition}

    def poll(self, timeout_ms=0, max_records=None):
        batch = {tp: q for tp, q in self.queued.items() if q}
        if not batch:
            assert self.worker is not None
            self.worker.stop()
            return {}
        for tp, messages in batch.items():
            self.handed[tp].extend(messages)
            self.queued[tp] = []
        return batch

    def seek(self, tp, offset):
        self.seeks.append((tp, offset))
        again = [m for m in self.handed[tp] if m.offset >= offset]
        self.handed[tp] = [m for m in self.handed[tp] if m.offset < offset]
        self.queued[tp] = again + self.queued[tp]

    def assignment(self):
        return set(self.queued)


def test_an_abort_in_the_middle_of_a_batch_sends_unhandled_partitions_back():
    """The transaction aborts after the first partition's messages: that partition goes back
    to the transaction's start, and the second partition, not handled yet but already read,
    goes back to its first message, so that nothing of the batch in hand is skipped."""

    def message(tp: TopicPartition, offset: int) -> Message:
        return Message(tp.topic, tp.partition, offset, None, QUOTED, [], 1_700_000_000_000)

    consumer = TwoPartitions(
        {TP: [message(TP, i) for i in range(2)], TP1: [message(TP1, 10 + i) for i in range(3)]}
    )
    producer = FlakyTransactions(failing=1)
    worker = _two_record_transactions(consumer, producer)
    assert worker.run() == 0
    assert sorted(consumer.seeks) == [(TP, 0), (TP1, 10)]
    assert sum(len(t) for t in producer.committed) == 5
    assert {tp: o for offsets in producer.offsets for tp, o in offsets.items()} == {
        TP: 2,
        TP1: 13,
    }


def test_exactly_once_an_abort_while_stopping_ends_the_batch_in_hand():
    """SIGTERM, then a transaction in the middle of the batch aborts for a transient cause:
    its input is left to the partitions' next owner, and nothing after it in the batch is
    handled or committed (a later transaction would commit offsets past the lost input)."""
    consumer = GroupConsumer([[_message(i, QUOTED) for i in range(5)]])
    producer = FlakyTransactions(failing=1)
    worker = _two_record_transactions(consumer, producer)
    original = producer.send_offsets_to_transaction

    def stop_then_fail(offsets, group_metadata):
        worker.stop()
        return original(offsets, group_metadata)

    producer.send_offsets_to_transaction = stop_then_fail
    assert worker.run() == 0
    assert producer.offsets == []  # nothing committed past the aborted input
    assert producer.committed == []
    assert consumer.seeks == []


def test_exactly_once_a_send_refused_mid_transaction_aborts_it_and_processes_the_input_again():
    """kafka-python refuses a send while it bumps the producer epoch after a recoverable
    error (IllegalStateError): the open transaction is aborted, the consumer goes back to its
    first offset, and the committed output holds every record once."""

    class RefusesOnce(FlakyTransactions):
        def __init__(self) -> None:
            super().__init__(failing=0)
            self.sends = 0

        def send(self, topic, value=None, key=None, headers=None):
            self.sends += 1
            if self.sends == 2:
                raise IllegalStateError("Cannot call send in state BUMPING_PRODUCER_EPOCH")
            return super().send(topic, value=value, key=key, headers=headers)

    consumer = GroupConsumer([[_message(i, QUOTED) for i in range(3)]])
    producer = RefusesOnce()
    worker = _worker(consumer, producer, processing_guarantee="exactly_once")
    assert worker.run() == 0
    assert consumer.seeks == [(TP, 0)]
    assert producer.calls[:2] == ["begin", "abort"]
    assert sum(len(t) for t in producer.committed) == 3
    assert {tp: o for offsets in producer.offsets for tp, o in offsets.items()} == {TP: 3}


class LosesTheFirstSeek(GroupConsumer):
    """The first seek loses a race with records fetched before it: the next poll hands over
    the messages after those already delivered, as if the partition had not been sent back."""

    def __init__(self, batches: list[list[Message]]) -> None:
        super().__init__(batches)
        self.raced = False

    def seek(self, tp, offset):
        if self.raced:
            return super().seek(tp, offset)
        self.raced = True
        self.seeks.append((tp, offset))


def test_exactly_once_records_read_past_a_lost_seek_are_dropped_and_the_partition_sent_back():
    """A transaction aborts and the partition is sent back to its first offset, but the next
    batch starts further on (the seek lost a race with a fetch): those messages are not
    handled, the partition is sent back again, and no transaction commits offsets past the
    aborted input (the network test lost exactly such a transaction's records)."""
    consumer = LosesTheFirstSeek(
        [[_message(0, QUOTED), _message(1, QUOTED)], [_message(2, QUOTED), _message(3, QUOTED)]]
    )
    producer = FlakyTransactions(failing=1)
    worker = _worker(consumer, producer, processing_guarantee="exactly_once")
    assert worker.run() == 0
    assert consumer.seeks[:2] == [(TP, 0), (TP, 0)]
    committed = [len(t) for t in producer.committed]
    assert sum(committed) == 4  # every record once, offsets 0-3
    assert {tp: o for offsets in producer.offsets for tp, o in offsets.items()} == {TP: 4}


class ReassignedAtAStalePosition(GroupConsumer):
    """The group drops the worker and gives its partition back, but the consumer keeps the
    position an aborted transaction had reached: the first batch starts past the committed
    offset (0)."""

    def __init__(self) -> None:
        super().__init__([[_message(2, QUOTED), _message(3, QUOTED)]])
        self.assigned_once = False
        self.all = [_message(i, QUOTED) for i in range(4)]

    def poll(self, timeout_ms=0, max_records=None):
        if not self.assigned_once:
            self.assigned_once = True
            self.worker.on_assigned([TP])
        return super().poll(timeout_ms, max_records)

    def committed(self, tp):
        return 0

    def seek(self, tp, offset):
        self.seeks.append((tp, offset))
        self.batches.insert(0, [m for m in self.all if m.offset >= offset])


def test_exactly_once_a_reassigned_partition_starts_at_its_committed_offset():
    consumer = ReassignedAtAStalePosition()
    producer = FlakyTransactions(failing=0)
    worker = _worker(consumer, producer, processing_guarantee="exactly_once")
    assert worker.run() == 0
    assert consumer.seeks == [(TP, 0)]
    assert sum(len(t) for t in producer.committed) == 4
    assert {tp: o for offsets in producer.offsets for tp, o in offsets.items()} == {TP: 4}


class LeakyOffsets(FlakyTransactions):
    """kafka-python 3.0's transaction manager: the offsets of a TxnOffsetCommit the group
    refused stay pending after the abort and go out with the next transaction's."""

    class Manager:
        def __init__(self) -> None:
            self._lock = threading.Lock()
            self._pending_txn_offset_commits: dict[Any, int] = {}

    def __init__(self) -> None:
        super().__init__(failing=1, error=UnknownMemberIdError)
        self._transaction_manager = self.Manager()
        self.sent_offsets: list[dict[Any, int]] = []

    def send_offsets_to_transaction(self, offsets, group_metadata):
        pending = self._transaction_manager._pending_txn_offset_commits
        pending.update({tp: meta.offset for tp, meta in offsets.items()})
        self.sent_offsets.append(dict(pending))
        if self.failing:
            self.failing -= 1
            raise self.error("the member expired")  # left pending, as kafka-python does
        pending.clear()
        self.calls.append("offsets")


def test_offsets_left_pending_by_an_aborted_transaction_are_not_committed_with_the_next():
    consumer = GroupConsumer([[_message(0, QUOTED), _message(1, QUOTED)]])
    producer = LeakyOffsets()
    producer._transaction_manager._pending_txn_offset_commits[TopicPartition("other", 1)] = 555
    assert _worker(consumer, producer, processing_guarantee="exactly_once").run() == 0
    # every send carried only its own transaction's offsets
    assert producer.sent_offsets == [{TP: 2}, {TP: 2}]


def test_a_call_waited_for_is_left_when_a_stop_brings_its_deadline_nearer():
    """A periodic checkpoint's commit was waited for its full 30 s after a SIGTERM that came
    just after it was sent (the broker frozen): the wait now follows the deadline as it
    stands at each second, so the shutdown budget holds."""
    cutoff = [float("inf")]
    deadline = Deadline.after(30, setting="QUOTES_FLUSH_TIMEOUT_S").until(lambda: cutoff[0])
    release = threading.Event()
    stop = threading.Timer(0.3, lambda: cutoff.__setitem__(0, time.monotonic() + 0.5))
    stop.start()
    started = time.monotonic()
    try:
        with pytest.raises(Abandoned):
            call_within("commit", lambda: release.wait(20), 30, deadline=deadline)
        assert time.monotonic() - started < 3
    finally:
        release.set()
        stop.cancel()
