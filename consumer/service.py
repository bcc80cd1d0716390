"""The one loop: poll, process, produce, checkpoint. At-least-once by construction.

A checkpoint flushes the producer, checks that every record sent since the last checkpoint
was acknowledged, and only then commits the offsets of the input messages behind them.
A failed delivery means no commit: the worker exits non-zero and its successor resumes from
the last commit.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import math
import signal
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import FrameType
from typing import Any

from kafka import AsyncConsumerRebalanceListener
from kafka.errors import IllegalStateError, KafkaError, KafkaTimeoutError
from kafka.structs import TopicPartition
from tenacity import Retrying

from consumer.checkpoint import (
    Outgoing,
    Pending,
    Send,
    call_within,
    make_checkpointer,
    offsets_text,
)
from consumer.clients import ConsumerLike, DeliveryFuture, InputMessage, ProducerLike
from consumer.config import Settings
from consumer.deadline import Deadline, deadline
from consumer.errors import MessageTooLarge, TransactionFailed, WorkerError
from consumer.kafka_io import dead_letter_headers
from consumer.manifests import MANIFEST_HEADERS, encode_manifest
from consumer.metrics import Health, Metrics
from consumer.processing import Processed, ProcessorLike
from consumer.renewable import RenewableProducer
from consumer.retrying import broker_retrying

__all__ = ["ConsumerLike", "ProducerLike", "Worker"]

log = logging.getLogger(__name__)

_OUTPUT_HEADERS = [("content-type", b"application/json"), ("schema", b"quote.v1")]
# Consumer lag is read from cached high watermarks; once a second is plenty for a gauge
# scraped every 15 s or so.
_LAG_INTERVAL_S = 1.0
# Of the shutdown budget, this much is kept for closing the clients after the checkpoint:
# leaving the group is one request, and a worker that leaves makes its partitions move at
# once instead of after QUOTES_SESSION_TIMEOUT_S (a quarter of budgets under 4 s).
_CLOSE_RESERVE_S = 1.0
# The producer's own close waits at most this long (within the shutdown deadline): after a
# checkpoint it has nothing left to send and closes at once; on the way out after an error,
# records still buffered are not worth waiting for, they are replayed from the last commit.
_PRODUCER_CLOSE_S = 5.0


class Worker:
    """Runs the consume-process-produce loop until stopped; ``run()`` returns the exit code."""

    def __init__(
        self,
        settings: Settings,
        *,
        processor: ProcessorLike,
        consumer: ConsumerLike,
        producer: ProducerLike,
        metrics: Metrics,
        health: Health,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.processor = processor
        self.consumer = consumer
        self.producer = producer
        self.metrics = metrics
        self.health = health
        self._clock = clock
        self._wall = wall_clock
        self._pending = Pending()
        self._retryings: dict[str, Retrying] = {}
        self._checkpointer = make_checkpointer(
            settings,
            consumer=consumer,
            producer=producer,
            metrics=metrics,
            retrying=self._retrying,
            stalled=self._transaction_stalled,
            renew=producer.renew if isinstance(producer, RenewableProducer) else None,
        )
        self._stopping = False
        # Set when a stop is asked for: the one budget (QUOTES_SHUTDOWN_TIMEOUT_S) that the
        # rest of the batch, the final checkpoint and closing the clients all share.
        self._shutdown: Deadline | None = None
        self._last_checkpoint = clock()
        self._last_lag = 0.0
        self._fatal: WorkerError | None = None
        # Exactly-once: transactions aborted in a row for a transient cause (_process_again).
        self._aborted_in_a_row = 0
        #: Partitions the last checkpoint sent back to an aborted transaction's first offsets.
        self._rewound: tuple[TopicPartition, ...] = ()
        #: Where each partition was last sent back to, until a batch shows it got there.
        self._sought: dict[TopicPartition, int] = {}
        #: Partitions sent back a second time by _stale (a third batch past it is accepted).
        self._resought: set[TopicPartition] = set()
        #: Partitions assigned since their last batch: checked against the committed offset.
        self._newly_assigned: set[TopicPartition] = set()

    # -- lifecycle -------------------------------------------------------------------------

    def stop(self, signum: int | None = None, frame: FrameType | None = None) -> None:
        """Ask the loop to finish the batch in hand, checkpoint and return (signal-safe)."""
        if self._stopping and signum == signal.SIGINT:
            raise KeyboardInterrupt  # a second Ctrl-C: the user wants out now
        if signum is not None:
            log.info("received %s: finishing the batch in hand", signal.Signals(signum).name)
        self._shutdown_deadline()  # the grace period counts from the signal
        self._stopping = True
        self.health.stopping = True

    def _periodic_deadline(self) -> Deadline:
        """A periodic checkpoint's budget: as many flushes as there are delivery attempts (what
        the retries could take anyway), and never past the shutdown deadline, even when the
        stop is asked for while the checkpoint is under way (a SIGTERM during a network
        blackhole must not wait for the flushes' own timeouts)."""
        return Deadline.after(
            self.settings.flush_timeout_s * self.settings.retry_attempts,
            setting="QUOTES_FLUSH_TIMEOUT_S x QUOTES_RETRY_ATTEMPTS",
            clock=self._clock,
        ).until(self._shutdown_at)

    def _transaction_stalled(self) -> None:
        """A transaction call is taking more than a second: the coordinator is likely gone."""
        self.health.broker_reachable = False

    def _shutdown_at(self) -> float:
        """When a checkpoint under way must end: the shutdown deadline less the time kept for
        closing the clients (infinity while no stop was asked for)."""
        if self._shutdown is None:
            return math.inf
        return self._shutdown.at - min(_CLOSE_RESERVE_S, self._shutdown.seconds / 4)

    def _shutdown_deadline(self) -> Deadline:
        if self._shutdown is None:
            self._shutdown = Deadline.after(
                self.settings.shutdown_timeout_s,
                setting="QUOTES_SHUTDOWN_TIMEOUT_S",
                clock=self._clock,
            )
        return self._shutdown

    def install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        # `kill -USR1 <pid>` prints every thread's stack to stderr: what a stuck worker is
        # waiting on, without stopping it (docs/operations.md).
        faulthandler.register(signal.SIGUSR1, all_threads=True)

    def run(self) -> int:
        self.consumer.subscribe([self.settings.input_topic], listener=_Rebalance(self))
        log.info(
            "consuming %s as group %s; quotes to %s, rejects to %s",
            self.settings.input_topic,
            self.settings.group_id,
            self.settings.output_topic,
            self.settings.dlq_topic,
        )
        try:
            while not self._stopping:
                self._tick()
            shutdown = self._shutdown_deadline()
            reserve = min(_CLOSE_RESERVE_S, shutdown.seconds / 4)
            self._checkpoint(deadline=shutdown.earlier_by(reserve))
        finally:
            self._close(self._shutdown_deadline())
        log.info("stopped cleanly")
        return 0

    def _tick(self) -> None:
        self.health.beat()
        self.metrics.last_loop.set(self._wall())
        batch = self._poll()
        if self._fatal is not None:
            raise self._fatal
        if batch:
            self.metrics.batch_size.observe(sum(len(v) for v in batch.values()))
            self._handle_batch(batch)
        now = self._clock()
        due = now - self._last_checkpoint >= self.settings.commit_interval_s
        if due and (self._pending or self._checkpointer.deferred):
            self._checkpoint(deadline=self._periodic_deadline())
        if now - self._last_lag >= _LAG_INTERVAL_S:
            self._update_lag()
            self._last_lag = now

    def _close(self, shutdown: Deadline) -> None:
        # Both closes get what is left of the shutdown deadline, so that the process exits
        # inside Kubernetes' grace period however long the checkpoint took. The consumer
        # first: leaving the group (in the time kept for it) lets its partitions move at once,
        # and kafka-python's revocation callback on close may still need the producer.
        try:
            # kafka-python's default would be request_timeout_ms (30 s) per request, and its
            # caller may wait past the timeout it is given (see AckThenCommit._commit_once):
            # the close is left behind at the deadline.
            call_within(
                "consumer close",
                lambda: self.consumer.close(autocommit=False, timeout_ms=shutdown.timeout_ms()),
                # a spent deadline still lets a healthy close (no network wait) finish
                max(shutdown.remaining(), 0.2)
                if shutdown.bounded
                else self.settings.shutdown_timeout_s,
            )
        except KafkaTimeoutError as exc:
            log.warning("the consumer did not close in time (%s); leaving it behind", exc)
        finally:
            try:
                self.producer.close(timeout=shutdown.cap(_PRODUCER_CLOSE_S))
            except KafkaError as exc:  # unsent records at the deadline, or a failed producer
                log.warning("producer did not close cleanly: %s", exc)

    # -- one message -----------------------------------------------------------------------

    def _poll(self) -> Mapping[Any, Sequence[InputMessage]]:
        batch = self._retrying("poll")(
            self.consumer.poll,
            timeout_ms=self.settings.poll_timeout_ms,
            max_records=self.settings.batch_size,
        )
        self.health.broker_reachable = True
        return batch

    def _seek(self, tp: TopicPartition, offset: int) -> None:
        """Send ``tp`` back to ``offset``, and remember to check that it went there."""
        self.consumer.seek(tp, offset)
        self._sought[tp] = offset

    def _stale(self, messages: Sequence[InputMessage]) -> bool:
        """Whether the messages of one partition in a batch start past where this worker
        last sent the partition back (an aborted transaction's first offset). A seek made in
        a rebalance callback runs on kafka-python's network thread and can lose a race with
        the poll that hands over records fetched before it: handling them would commit
        offsets past the aborted input, whose records are gone (found by the network test:
        every lost record was in the transaction aborted during a cooperative rebalance).
        Such records are dropped and the partition sent back again."""
        if not messages:
            return False
        tp = TopicPartition(messages[0].topic, messages[0].partition)
        expected = self._sought.pop(tp, None)
        if tp in self._newly_assigned:
            # A partition (re)assigned after the group dropped this worker may keep the
            # position its aborted transaction had reached (kafka-python, cooperative): its
            # first batch must start at the committed offset.
            self._newly_assigned.discard(tp)
            if expected is None:
                expected = self._committed(tp)
        if expected is None or messages[0].offset <= expected:
            self._resought.discard(tp)
            return False
        if tp in self._resought:
            # Sent back once already and still past it: a gap of the input itself (an
            # upstream transaction's marker), not a lost seek.
            self._resought.discard(tp)
            return False
        log.warning(
            "%s[%d]: the batch starts at offset %d, after %d where the partition was sent "
            "back or last committed; %d record(s) dropped, sent back again",
            tp.topic,
            tp.partition,
            messages[0].offset,
            expected,
            len(messages),
        )
        self._resought.add(tp)
        self._seek(tp, expected)
        return True

    def _committed(self, tp: TopicPartition) -> int | None:
        """The group's committed offset of ``tp`` (None if unknown or not answered within
        QUOTES_FLUSH_TIMEOUT_S: the check is then skipped)."""
        if not self.settings.exactly_once:
            return None  # (at-least-once replays instead of losing: nothing to check)
        found: list[int | None] = []
        try:
            call_within(
                "committed",
                lambda: found.append(self.consumer.committed(tp)),
                self.settings.flush_timeout_s,
            )
        except KafkaError as exc:
            log.warning("could not read the committed offset of %s: %s", _names([tp]), exc)
            return None
        return found[0] if found else None

    def _handle_batch(self, batch: Mapping[Any, Sequence[InputMessage]]) -> None:
        for messages in batch.values():
            if self._stale(messages):
                continue
            for index, message in enumerate(messages):
                if self._shutdown is not None and self._shutdown.expired:
                    # The batch in hand outlasted the grace period. The offsets of the rest
                    # are not committed: the next owner of the partition processes them.
                    log.warning(
                        "%s: %s[%d] from offset %d left for the next owner",
                        self._shutdown.describe(),
                        message.topic,
                        message.partition,
                        message.offset,
                    )
                    break
                try:
                    self._handle(message)
                except _TransactionSpoiled:
                    self._abandon_transaction(batch, message.topic, message.partition, index)
                    return
                # A checkpoint in the middle of a batch (QUOTES_CHECKPOINT_RECORDS): what one
                # transaction holds stays small enough to settle over a slow link.
                full = len(self._pending.sends) >= self.settings.checkpoint_records
                if full and not self._checkpoint(deadline=self._periodic_deadline()):
                    if self._shutdown is None:
                        self._leave_unhandled(batch, message.topic, message.partition, index + 1)
                    return

    def _abandon_transaction(
        self,
        batch: Mapping[Any, Sequence[InputMessage]],
        topic: str,
        partition: int,
        unhandled: int,
    ) -> None:
        """A record of the open transaction could not be sent: the checkpoint aborts the
        transaction (or exits), and its input, this message and the rest of the batch are
        processed again: nothing after them may be committed first."""
        starts = dict(self._pending.starts)
        self._checkpoint(deadline=self._periodic_deadline())
        if self._shutdown is not None:
            return  # the partitions' next owner processes them
        assigned = set(self.consumer.assignment())
        for tp, offset in starts.items():
            if tp not in self._rewound and tp in assigned:
                self._seek(tp, offset)
        self._rewound = (*self._rewound, *starts)
        self._leave_unhandled(batch, topic, partition, unhandled)

    def _leave_unhandled(
        self,
        batch: Mapping[Any, Sequence[InputMessage]],
        topic: str,
        partition: int,
        unhandled: int,
    ) -> None:
        """After an aborted transaction sent the consumer back to its first offsets, the rest
        of the batch in hand is not handled now: each partition that still has messages in it
        (and was not sent back already) is sent back to its first unhandled one (``unhandled``,
        the index of that in ``partition``), so that the next polls deliver them again."""
        rewound = set(self._rewound)
        assigned = set(self.consumer.assignment())
        reached = False
        for messages in batch.values():
            if not messages:
                continue
            tp = TopicPartition(messages[0].topic, messages[0].partition)
            if tp == TopicPartition(topic, partition):
                reached, first = True, unhandled
            else:
                # Partitions before this one in the batch were handled in full.
                first = 0 if reached else len(messages)
            if first < len(messages) and tp not in rewound and tp in assigned:
                self._seek(tp, messages[first].offset)

    def _handle(self, message: InputMessage) -> None:
        tp = TopicPartition(message.topic, message.partition)
        try:
            self._checkpointer.begin()
        except IllegalStateError as exc:  # (see _send)
            self._checkpointer.spoil(exc)
            raise _TransactionSpoiled from exc
        with deadline(self.settings.extraction_timeout_s):
            result = self.processor.process(message.value)
        if isinstance(result, Processed):
            self.metrics.extraction_seconds.observe(result.extraction_seconds)
            self.metrics.articles.labels("quotes" if result.records else "no_quotes").inc()
            key = result.article.id.encode()
            future: DeliveryFuture | None = None
            self.metrics.observe_article(result.article, result.records)
            for payload in result.payloads:
                future = self._send(
                    self.settings.output_topic, "output", key, payload, _OUTPUT_HEADERS
                )
            self._observe_latency(message.timestamp, future)
            if self.settings.manifest_topic is not None and result.manifest is not None:
                # Sent by the checkpoint, after (at-least-once) or with (exactly-once) the
                # records it lists: consumer/checkpoint.py.
                self._pending.manifests.append(
                    Outgoing(
                        self.settings.manifest_topic,
                        "manifest",
                        key,
                        encode_manifest(result.manifest),
                        MANIFEST_HEADERS,
                    )
                )
        else:
            log.warning(
                "%s[%d]@%d dead-lettered (%s): %s",
                message.topic,
                message.partition,
                message.offset,
                result.reason,
                result.error,
            )
            self.metrics.articles.labels("dead_lettered").inc()
            self.metrics.dead_letters.labels(result.reason).inc()
            headers = dead_letter_headers(
                topic=message.topic,
                partition=message.partition,
                offset=message.offset,
                error=result.error,
                original_headers=list(message.headers or []),
            )
            value = message.value
            if isinstance(result.error, MessageTooLarge):
                # Larger than the dead-letter topic and the producer accept: forwarding it
                # would fail the checkpoint again on every restart. The headers say where the
                # original is (topic, partition, offset) for as long as retention keeps it.
                headers.append(
                    ("quotes.errors.value.dropped.bytes", str(len(value or b"")).encode())
                )
                value = None
            future = self._send(self.settings.dlq_topic, "dlq", message.key, value, headers)
            self._observe_latency(message.timestamp, future)
        self._pending.offsets[tp] = message.offset + 1
        self._pending.starts.setdefault(tp, message.offset)

    def _send(
        self,
        topic: str,
        role: str,
        key: bytes | None,
        value: bytes | None,
        headers: list[tuple[str, bytes]],
    ) -> DeliveryFuture:
        try:
            future: DeliveryFuture = self._retrying("produce")(
                self.producer.send, topic, value=value, key=key, headers=headers
            )
        except IllegalStateError as exc:
            # Exactly-once: the transactional producer refuses sends in its current state
            # (kafka-python bumps the epoch after a recoverable error). The open transaction
            # is spoiled: the checkpoint aborts it and the input is processed again.
            self._checkpointer.spoil(exc)
            raise _TransactionSpoiled from exc
        self._pending.sends.append(Send(topic, role, key, value, headers, future))
        return future

    def _observe_latency(self, timestamp_ms: int | None, future: DeliveryFuture | None) -> None:
        if timestamp_ms is None or timestamp_ms < 0:
            return
        histogram = self.metrics.end_to_end_seconds
        wall = self._wall

        def observe(*_: object) -> None:
            histogram.observe(max(0.0, wall() - timestamp_ms / 1000))

        if future is None:
            observe()
        else:
            future.add_callback(observe)

    # -- checkpoint ------------------------------------------------------------------------

    def _checkpoint(self, *, deadline: Deadline) -> bool:
        """Make everything since the last checkpoint durable (see consumer.checkpoint).
        Raises a WorkerError instead of committing offsets whose records may be missing.
        False when an aborted transaction's input is to be processed again (the consumer
        was sent back to its first offsets: the partitions are in ``self._rewound``), or,
        while stopping, left to the partitions' next owner: either way nothing after it in
        the batch in hand may be handled now."""
        pending, self._pending = self._pending, Pending()
        self._last_checkpoint = self._clock()
        self._rewound = ()
        if not pending and not self._checkpointer.deferred:
            return True
        try:
            committed = self._checkpointer.commit(pending, deadline=deadline)
        except TransactionFailed as exc:
            if self._shutdown is not None and exc.retriable:
                # While stopping, a transaction aborted for a transient cause (the abort went
                # through) leaves nothing behind: the partitions' next owner processes its
                # input from the last committed transaction. A clean stop, not a failure.
                self.metrics.commits.labels("failed").inc()
                log.warning("%s; its input is left to the partitions' next owner", exc)
                # Nothing more is handled: a later transaction would commit offsets past the
                # input this one left behind.
                return False
            if self._shutdown is not None or not self._process_again(pending, exc):
                raise
            self._rewound = tuple(pending.starts)
            return False
        self._aborted_in_a_row = 0
        self._count_commit(committed, pending)
        return True

    def _process_again(
        self, pending: Pending, exc: TransactionFailed, *, keep: Iterable[TopicPartition] = ()
    ) -> bool:
        """Exactly-once: after a transaction aborted for a transient cause (a network fault,
        a leader election), go back to its first input offsets and process them again in a
        new transaction, instead of exiting. False (exit) when the cause was not transient
        or QUOTES_RETRY_ATTEMPTS transactions in a row have aborted. ``keep``: partitions
        that are moving away (a revocation) and are left to their next owner."""
        self._aborted_in_a_row += 1
        if not exc.retriable or self._aborted_in_a_row > self.settings.retry_attempts:
            return False
        # Partitions no longer assigned (moving away, or this member expired and rejoins:
        # a fresh assignment starts from the committed offsets anyway) are left alone.
        mine = set(self.consumer.assignment()) - set(keep)
        try:
            for tp, offset in pending.starts.items():
                if tp in mine:
                    self._seek(tp, offset)
        except Exception as seek_error:  # kafka-python: IllegalStateError, or an assert
            log.warning("could not go back to the aborted transaction's input: %s", seek_error)
            return False
        self.metrics.commits.labels("failed").inc()
        self.metrics.retries.labels("transaction").inc()
        log.warning(
            "%s; processing %s again in a new transaction (%d of %d aborted in a row)",
            exc,
            offsets_text(pending.starts),
            self._aborted_in_a_row,
            self.settings.retry_attempts,
        )
        return True

    def _count_commit(self, committed: bool, pending: Pending) -> None:
        if not committed:
            self.metrics.commits.labels("failed").inc()
            return
        self.metrics.commits.labels("success").inc()
        self.metrics.last_commit.set(self._wall())
        log.debug("committed %s", offsets_text(pending.offsets))

    # -- partitions ------------------------------------------------------------------------

    async def on_revoked(self, revoked: Iterable[TopicPartition]) -> None:
        revoked = list(revoked)
        log.info("partitions revoked: %s", _names(revoked))
        # Commit what was delivered for partitions about to move, so the next owner does not
        # replay them. An exception raised here would only fail the poll inside kafka-python,
        # so a failure is kept and raised by the loop once poll() returns.
        pending, self._pending = self._pending, Pending()
        self._last_checkpoint = self._clock()
        if pending or self._checkpointer.deferred:
            # One budget for the whole revocation (flushes, re-sends, commit), like a shutdown:
            # the partitions' next owner waits for it. During a shutdown, what is left of that.
            revocation = self._shutdown or Deadline.after(
                self.settings.shutdown_timeout_s,
                setting="QUOTES_SHUTDOWN_TIMEOUT_S",
                clock=self._clock,
            )
            try:
                committed = await self._checkpointer.commit_in_rebalance(
                    pending, deadline=revocation
                )
            except TransactionFailed as exc:
                # The revoked partitions' next owner starts from the last transaction; the
                # partitions this worker keeps (cooperative rebalancing) go back to theirs.
                if self._shutdown is not None and exc.retriable:
                    self.metrics.commits.labels("failed").inc()
                    log.warning("%s; its input is left to the partitions' next owner", exc)
                elif self._shutdown is not None or not self._process_again(
                    pending, exc, keep=revoked
                ):
                    self._fatal = exc
            except WorkerError as exc:
                self._fatal = exc
            else:
                self._count_commit(committed, pending)
        for tp in revoked:
            self._sought.pop(tp, None)
            with contextlib.suppress(KeyError):  # no lag was recorded for it yet
                self.metrics.lag.remove(tp.topic, str(tp.partition))
        # Eager rebalancing revokes everything; cooperative only the partitions that move.
        kept = set(self.consumer.assignment()) - set(revoked)
        self.health.assigned = bool(kept)
        self.metrics.assigned_partitions.set(len(kept))

    def on_lost(self, lost: Iterable[TopicPartition]) -> None:
        """The group dropped this worker (session expired): its commits would be refused.
        Delivered records are replayed by the next owner (at-least-once); an open transaction
        is aborted (exactly-once)."""
        lost = list(lost)
        log.warning("partitions lost (group membership expired): %s", _names(lost))
        for tp in lost:
            self._sought.pop(tp, None)  # (a new assignment starts from the committed offsets)
        self._pending = Pending()
        self._checkpointer.discard()
        self.health.assigned = False
        self.metrics.assigned_partitions.set(0)

    def on_assigned(self, assigned: Iterable[TopicPartition]) -> None:
        assigned = list(assigned)
        log.info("partitions assigned: %s", _names(assigned))
        for tp in assigned:
            self._sought.pop(tp, None)
            self._newly_assigned.add(tp)
        count = len(self.consumer.assignment())
        self.metrics.assigned_partitions.set(count)
        self.health.assigned = count > 0

    def _update_lag(self) -> None:
        for tp in self.consumer.assignment():
            highwater = self.consumer.highwater(tp)
            if highwater is None:
                continue
            try:
                position = self.consumer.position(tp)
            except Exception:
                continue
            self.metrics.lag.labels(tp.topic, str(tp.partition)).set(max(0, highwater - position))

    # -- retries ---------------------------------------------------------------------------

    def _retrying(self, operation: str) -> Retrying:
        """One ``Retrying`` per operation, built once: a send is wrapped for every quote
        record, and building one cost as much as calling it (tenacity keeps its per-call
        state in thread-local storage, so reuse is safe)."""
        retrying = self._retryings.get(operation)
        if retrying is None:

            def on_retry() -> None:
                self.metrics.retries.labels(operation).inc()
                self.health.broker_reachable = False
                self.health.beat()  # waiting on the broker is not a stuck loop

            retrying = broker_retrying(self.settings, operation, on_retry=on_retry)
            self._retryings[operation] = retrying
        return retrying


class _Rebalance(AsyncConsumerRebalanceListener):  # type: ignore[misc]
    """kafka-python 3 calls these on the consumer's network thread. A blocking consumer call
    there raises, so the callbacks are coroutines and the commit on revocation is awaited."""

    def __init__(self, worker: Worker) -> None:
        self.worker = worker

    async def on_partitions_revoked(self, revoked: Iterable[TopicPartition]) -> None:
        await self.worker.on_revoked(revoked)

    async def on_partitions_assigned(self, assigned: Iterable[TopicPartition]) -> None:
        self.worker.on_assigned(assigned)

    async def on_partitions_lost(self, lost: Iterable[TopicPartition]) -> None:
        self.worker.on_lost(lost)


class _TransactionSpoiled(Exception):
    """A record of the open transaction could not be sent; the checkpoint aborts it."""


def _names(partitions: Iterable[TopicPartition]) -> str:
    return ", ".join(sorted(f"{tp.topic}[{tp.partition}]" for tp in partitions)) or "none"
