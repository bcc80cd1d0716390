"""Checkpoints: how the records sent since the last one become durable together with the
input offsets behind them. One class per processing guarantee.

- :class:`AckThenCommit` (at-least-once): flush, check that every record was acknowledged
  (re-sending transient failures), then commit the offsets. A crash between the two replays
  the input since the last commit; the replayed records carry the same ``quote_id``\\s.
- :class:`Transactional` (exactly-once): records and offsets go into one Kafka transaction
  (``send_offsets_to_transaction`` with the consumer's group metadata, KIP-447). A crash
  leaves the transaction open until the broker or the restarted worker aborts it; readers
  with ``isolation.level=read_committed`` never see its records.

Article manifests (``Pending.manifests``, consumer/manifests.py) are sent by the checkpoint
itself. At-least-once: only once every quote record is acknowledged, and acknowledged in turn
before the offsets are committed, so a manifest on the topic never lists a record that is not
there. Exactly-once: inside the same transaction as the records and the offsets.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from kafka.errors import (
    CommitFailedError,
    IllegalGenerationError,
    KafkaError,
    KafkaTimeoutError,
    RebalanceInProgressError,
    UnknownMemberIdError,
)
from kafka.structs import OffsetAndMetadata, TopicPartition
from tenacity import Retrying

from consumer.clients import ConsumerLike, DeliveryFuture, ProducerLike
from consumer.config import Settings
from consumer.deadline import Deadline
from consumer.errors import DeliveryFailed, TransactionFailed
from consumer.kafka_io import (
    BOOTSTRAP_TIMEOUT_MS,
    commit_in_rebalance,
    drop_stale_transaction_offsets,
    is_transient,
)
from consumer.metrics import Metrics
from consumer.retrying import within

__all__ = [
    "AckThenCommit",
    "Checkpointer",
    "Outgoing",
    "Pending",
    "Send",
    "Transactional",
    "make_checkpointer",
]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Send:
    """One record handed to the producer and not yet confirmed by a checkpoint."""

    topic: str
    role: str
    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, bytes]]
    future: DeliveryFuture


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A record the checkpoint sends, after the records it describes (an article manifest)."""

    topic: str
    role: str
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]


@dataclass(slots=True)
class Pending:
    """Everything between two checkpoints."""

    sends: list[Send] = field(default_factory=list)
    offsets: dict[TopicPartition, int] = field(default_factory=dict)
    manifests: list[Outgoing] = field(default_factory=list)
    #: The first input offset read per partition since the last checkpoint: where to go back
    #: to when an aborted transaction's input is processed again.
    starts: dict[TopicPartition, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.offsets)

    def commit_offsets(self) -> dict[TopicPartition, OffsetAndMetadata]:
        return {tp: OffsetAndMetadata(offset, "", -1) for tp, offset in self.offsets.items()}


class Checkpointer(Protocol):
    def begin(self) -> None:
        """Called before a message's records are sent."""

    def commit(self, pending: Pending, *, deadline: Deadline) -> bool:
        """Make ``pending`` durable; False if the group rebalanced and the commit was refused.
        Raises a ``WorkerError`` when the records may not have been delivered.

        Every blocking call (each flush, re-send and commit attempt) waits at most what is
        left of ``deadline``; a flush also at most ``QUOTES_FLUSH_TIMEOUT_S``."""

    async def commit_in_rebalance(self, pending: Pending, *, deadline: Deadline) -> bool:
        """``commit`` from a rebalance callback (on the consumer's network thread)."""

    def discard(self) -> None:
        """Drop what is in flight (partitions lost without a chance to commit)."""

    def spoil(self, error: KafkaError) -> None:
        """A record of the open transaction could not be sent (exactly-once): the next
        ``commit`` aborts the transaction instead of committing it."""

    @property
    def deferred(self) -> bool:
        """Offsets are waiting for a commit a rebalance put off."""


RetryingFactory = Callable[[str], Retrying]

# A flush waits in slices of this length, so that a deadline which comes nearer while it waits
# (a SIGTERM in the middle of a periodic checkpoint) ends it within a slice.
_SLICE_S = 1.0


def flush_within(producer: ProducerLike, seconds: float, deadline: Deadline) -> None:
    """``producer.flush`` for at most ``seconds`` and never past ``deadline`` as it stands at
    each slice; raises ``KafkaTimeoutError`` like kafka-python's flush when time runs out."""
    clock = deadline.clock
    end = clock() + seconds
    while True:
        left = min(end - clock(), deadline.remaining())
        if left <= 0:
            raise KafkaTimeoutError(f"flush not finished in {seconds:.0f}s")
        try:
            producer.flush(timeout=min(_SLICE_S, left))
            return
        except KafkaTimeoutError:
            continue


#: The group's answer to a member it no longer counts (its session expired in a network
#: fault, or a rebalance went on without it): the member rejoins on its next poll.
_MEMBERSHIP_ERRORS = (
    CommitFailedError,
    RebalanceInProgressError,
    UnknownMemberIdError,
    IllegalGenerationError,
)


class Abandoned(KafkaTimeoutError):  # type: ignore[misc]  # kafka-python is untyped
    """A call :func:`call_within` stopped waiting for: it may still be running, so the
    client's state is unknown (an exactly-once worker does not go on with that producer)."""


def call_within(
    what: str,
    call: Callable[[], None],
    limit_s: float,
    stalled: Callable[[], None] = lambda: None,
    deadline: Deadline | None = None,
) -> None:
    """``call()`` on a daemon thread, waited for at most ``limit_s`` and never past
    ``deadline`` as it stands at each second of the wait (a shutdown asked for while a
    periodic checkpoint's commit waits brings it nearer); KafkaTimeoutError past that (the
    call is left behind, still running). After the first second of waiting ``stalled()`` is
    called (/readyz turns not ready). For the kafka-python calls whose own timeouts do not
    bound the caller's wait."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=run, name=f"call-{what}", daemon=True)
    started = time.monotonic()
    end = started + limit_s
    thread.start()
    told = False
    while thread.is_alive():
        left = end - time.monotonic()
        if deadline is not None:
            left = min(left, deadline.remaining())
        if left <= 0:
            break
        thread.join(min(_SLICE_S, left))
        if thread.is_alive() and not told:
            stalled()
            told = True
    if thread.is_alive():
        waited = time.monotonic() - started
        raise Abandoned(f"{what}() did not return within {waited:.0f}s")
    if outcome and outcome[0] is not None:
        raise outcome[0]


class AckThenCommit:
    """At-least-once: confirm every delivery, then commit the input offsets."""

    def __init__(
        self,
        settings: Settings,
        *,
        consumer: ConsumerLike,
        producer: ProducerLike,
        metrics: Metrics,
        retrying: RetryingFactory,
        renew: Callable[[float], None] | None = None,
    ) -> None:
        self.settings = settings
        self.consumer = consumer
        self.producer = producer
        self.metrics = metrics
        self._retrying = retrying
        # Replaces a stuck producer client (consumer.renewable); None: never replaced.
        self._renew = renew
        self._deferred: dict[TopicPartition, int] = {}

    def begin(self) -> None:
        pass

    def discard(self) -> None:
        self._deferred = {}

    def spoil(self, error: KafkaError) -> None:
        raise error  # at-least-once sends are retried by the loop; what is left stops it

    @property
    def deferred(self) -> bool:
        return bool(self._deferred)

    def _offsets(self, pending: Pending) -> dict[TopicPartition, OffsetAndMetadata]:
        """The pending offsets plus any deferred by a commit that met a rebalance."""
        merged = Pending(offsets={**self._deferred, **pending.offsets})
        self._deferred = {}
        return merged.commit_offsets()

    def commit(self, pending: Pending, *, deadline: Deadline) -> bool:
        self._deliver(pending, deadline=deadline)
        offsets = self._offsets(pending)
        try:
            # Each attempt gets what is left of the deadline (unbounded: kafka-python's
            # request_timeout_ms, as before), and no backoff sleeps past it.
            within(self._retrying("commit"), deadline)(self._commit_once, offsets, deadline)
        except RebalanceInProgressError:
            # The group is rebalancing: the records are delivered, the commit waits for the
            # next checkpoint (or the revocation, if these partitions are about to move).
            self._deferred = {tp: meta.offset for tp, meta in offsets.items()}
            log.info("commit deferred to the next checkpoint: the group is rebalancing")
            return False
        except CommitFailedError as exc:
            # The group rebalanced under us: these partitions now belong to another worker,
            # which resumes from the previous commit. The records are already delivered, so
            # at worst they are delivered again (same quote_id); nothing is lost.
            log.warning("commit failed after a rebalance, partitions will be replayed: %s", exc)
            return False
        return True

    def _commit_once(
        self, offsets: dict[TopicPartition, OffsetAndMetadata], deadline: Deadline
    ) -> None:
        """One offset commit, waited for at most QUOTES_FLUSH_TIMEOUT_S and never past
        ``deadline``.

        kafka-python 3's ``commit(timeout_ms=...)`` runs on the consumer's IO thread and the
        caller waits on an event with no time limit of its own; in a network blackhole that
        wait once lasted the request's full 30 s past a 10 s shutdown budget
        (docs/reliability.md). So the call runs on a thread the loop stops waiting for (the
        client accepts concurrent callers). A commit left behind that lands later only
        commits offsets whose records are already acknowledged."""
        limit = deadline.cap(self.settings.flush_timeout_s)
        call_within(
            "commit",
            lambda: self.consumer.commit(offsets=offsets, timeout_ms=int(limit * 1000)),
            limit,
            deadline=deadline,
        )

    async def commit_in_rebalance(self, pending: Pending, *, deadline: Deadline) -> bool:
        self._deliver(pending, deadline=deadline)
        # A commit is one round trip to the group coordinator; the flush timeout is far above
        # that, and the deadline keeps the revocation as a whole inside its budget.
        timeout_s = deadline.cap(self.settings.flush_timeout_s)
        try:
            await commit_in_rebalance(self.consumer, self._offsets(pending), timeout_s=timeout_s)
        except KafkaError as exc:
            # Delivered but not committed: the next owner replays these records (same
            # quote_ids). Raising here would only make kafka-python fail the poll.
            log.warning("commit on revocation failed, partitions will be replayed: %s", exc)
            return False
        return True

    def _deliver(self, pending: Pending, *, deadline: Deadline) -> None:
        """The records acknowledged, then the manifests sent and acknowledged: a manifest
        never names a record the broker may not have. Raises DeliveryFailed otherwise."""
        self._confirm_deliveries(pending.sends, deadline=deadline)
        if not pending.manifests:
            return
        sends = [
            Send(
                m.topic,
                m.role,
                m.key,
                m.value,
                m.headers,
                self._retrying("produce")(
                    self.producer.send, m.topic, value=m.value, key=m.key, headers=m.headers
                ),
            )
            for m in pending.manifests
        ]
        self._confirm_deliveries(sends, deadline=deadline)

    def _confirm_deliveries(self, sends: list[Send], *, deadline: Deadline) -> None:
        """Wait until every record in ``sends`` is acknowledged, for up to
        ``QUOTES_RETRY_ATTEMPTS`` flushes and never past ``deadline``.

        After each flush: records that failed with a transient error are sent again; records
        still in flight (no answer yet: a network blackhole, a leader that is being replaced)
        stay with the producer, which keeps retrying them, and the next flush waits for them
        again. So a fault shorter than the retry budget is ridden out, however the producer's
        own timeouts fall. A record still unsettled after a flush that waited its whole
        QUOTES_FLUSH_TIMEOUT_S has outlived the producer's delivery timeout (0.9 of it): the
        client is stuck (consumer.renewable), so it is replaced and the record sent again.
        DeliveryFailed when a record failed for good, or when the attempts or the deadline
        are spent with records unacknowledged."""
        attempts = self.settings.retry_attempts
        for attempt in range(1, attempts + 1):
            # QUOTES_FLUSH_TIMEOUT_S per flush (the producer settles every record a little
            # before it, see kafka_io.make_producer), never past the deadline: on shutdown
            # the flushes and re-sends share one budget instead of one each.
            timeout_s = deadline.cap(self.settings.flush_timeout_s)
            whole_wait = False
            try:
                flush_within(self.producer, timeout_s, deadline)
            except KafkaTimeoutError:
                log.warning("flush did not finish in %.0fs", timeout_s)
                whole_wait = timeout_s >= self.settings.flush_timeout_s and not deadline.expired
            except KafkaError as exc:
                # kafka-python raises from flush() when a fatal error aborted the batches
                # ("Future not done"); the futures below say which records were lost.
                log.warning("flush failed: %s", exc)
            unsettled = [s for s in sends if not s.future.is_done]
            failed = [s for s in sends if s.future.is_done and s.future.failed()]
            if not unsettled and not failed:
                return
            for send in failed:
                self.metrics.delivery_failures.labels(send.role).inc()
            first = (failed or unsettled)[0]
            error = first.future.exception if failed else "timed out"
            spent = f", {deadline.describe()}" if deadline.expired else ""
            if (
                attempt == attempts
                or deadline.expired
                or not all(is_transient(s.future.exception) for s in failed)
            ):
                raise DeliveryFailed(
                    f"{len(failed) + len(unsettled)} record(s) to {first.topic} not "
                    f"acknowledged ({error}{spent}); offsets left uncommitted"
                )
            if (
                unsettled
                and whole_wait
                and self._replace_producer(len(unsettled), timeout_s, deadline)
            ):
                failed, unsettled = failed + unsettled, []
            elif unsettled:
                log.warning(
                    "%d record(s) still in flight after a flush, waiting again (attempt %d of %d)",
                    len(unsettled),
                    attempt + 1,
                    attempts,
                )
            if failed:
                log.warning("re-sending %d unacknowledged record(s): %s", len(failed), error)
                self.metrics.retries.labels("produce").inc()
                for send in failed:
                    send.future = self.producer.send(
                        send.topic, value=send.value, key=send.key, headers=send.headers
                    )
            sends = failed + unsettled

    def _replace_producer(self, unsettled: int, waited_s: float, deadline: Deadline) -> bool:
        """Replace a stuck producer client; False (keep waiting on the old one) when there is
        no way to replace it, no time left for it (the new client's first metadata request
        gets at most what is left of ``deadline``, and 10 s), or it cannot reach the
        brokers yet."""
        bootstrap_s = deadline.cap(BOOTSTRAP_TIMEOUT_MS / 1000)
        if self._renew is None or bootstrap_s <= 0:
            return False
        log.warning(
            "%d record(s) neither acknowledged nor expired within %.0fs: the producer client "
            "is stuck; replacing it and sending them again",
            unsettled,
            waited_s,
        )
        try:
            self._renew(bootstrap_s)
        except KafkaError as exc:
            log.warning("could not replace the producer (%s); waiting for it again", exc)
            return False
        self.metrics.producer_replacements.inc()
        return True


class Transactional:
    """Exactly-once: each checkpoint commits one transaction holding the records and offsets.

    A failure aborts the transaction. When its cause was transient (a network fault, a leader
    election, this member expired from the group) and the abort went through (if need be by
    replacing the producer, which fences the old one), TransactionFailed says ``retriable``
    and the loop processes the same input again in a new transaction (consumer.service);
    otherwise, and whenever commit_transaction() itself failed, the worker stops (exit 3) and
    restarts from the offsets the broker has committed.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        consumer: ConsumerLike,
        producer: ProducerLike,
        metrics: Metrics,
        stalled: Callable[[], None] = lambda: None,
        renew: Callable[[float], None] | None = None,
    ) -> None:
        self.settings = settings
        self.consumer = consumer
        self.producer = producer
        self.metrics = metrics
        self._stalled = stalled
        # Replaces a producer that cannot abort (consumer.renewable); None: never replaced.
        self._renew = renew
        self._open = False
        self._spoiled: KafkaError | None = None

    def begin(self) -> None:
        if not self._open:
            self.producer.begin_transaction()
            self._open = True

    @property
    def deferred(self) -> bool:
        return False

    def discard(self) -> None:
        if self._open:
            log.warning("aborting the open transaction: its input will be processed again")
            self._abort()

    def spoil(self, error: KafkaError) -> None:
        self._spoiled = error

    def commit(self, pending: Pending, *, deadline: Deadline) -> bool:
        spoiled, self._spoiled = self._spoiled, None
        if not self._open:
            return True
        if spoiled is not None:
            # kafka-python refuses sends while it bumps the producer epoch after a recoverable
            # error (IllegalStateError: Cannot call send in state BUMPING_PRODUCER_EPOCH): the
            # transaction cannot hold every record; abort (or replace the producer) and
            # process its input again.
            self._fail(
                pending,
                f"a record could not be sent ({type(spoiled).__name__}: {spoiled})",
                transient=True,
                deadline=deadline,
            )
        for manifest in pending.manifests:
            # In the open transaction, with the records it lists and the offsets behind them.
            try:
                future = self.producer.send(
                    manifest.topic, value=manifest.value, key=manifest.key, headers=manifest.headers
                )
            except KafkaError as exc:
                self._fail(
                    pending,
                    f"manifest not sent ({type(exc).__name__}: {exc})",
                    transient=is_transient(exc),
                    deadline=deadline,
                )
            pending.sends.append(
                Send(
                    manifest.topic,
                    manifest.role,
                    manifest.key,
                    manifest.value,
                    manifest.headers,
                    future,
                )
            )
        # QUOTES_FLUSH_TIMEOUT_S, or less when the shutdown or revocation deadline comes first.
        timeout_s = deadline.cap(self.settings.flush_timeout_s)
        try:
            # Bounded wait for the records first, so that a dead output topic is reported
            # here rather than by a commit_transaction() that waits without a limit.
            flush_within(self.producer, timeout_s, deadline)
        except KafkaTimeoutError:
            self._fail(
                pending,
                f"records not acknowledged within {timeout_s:.0f}s",
                transient=True,
                deadline=deadline,
            )
        except KafkaError as exc:
            self._fail(
                pending,
                f"flush failed ({type(exc).__name__}: {exc})",
                transient=is_transient(exc),
                deadline=deadline,
            )
        failed = [s for s in pending.sends if not s.future.is_done or s.future.failed()]
        if failed:
            for send in failed:
                self.metrics.delivery_failures.labels(send.role).inc()
            error = failed[0].future.exception if failed[0].future.is_done else "timed out"
            self._fail(
                pending,
                f"{len(failed)} record(s) to {failed[0].topic} failed ({error})",
                transient=all(
                    not s.future.is_done or is_transient(s.future.exception) for s in failed
                ),
                deadline=deadline,
            )
        stale = drop_stale_transaction_offsets(self.producer)
        if stale:
            log.warning(
                "dropped %d input offset(s) left pending by an aborted transaction "
                "(kafka-python would have committed them with this one)",
                stale,
            )
        try:
            offsets, group = pending.commit_offsets(), self.consumer.group_metadata()
            self._bounded(
                "send_offsets_to_transaction",
                lambda: self.producer.send_offsets_to_transaction(offsets, group),
                deadline,
            )
        except KafkaError as exc:
            abandoned = isinstance(exc, Abandoned)
            self._fail(
                pending,
                f"send_offsets_to_transaction failed ({type(exc).__name__}: {exc})",
                # the group moved on (this member expired in a network fault): it rejoins
                transient=is_transient(exc) or isinstance(exc, _MEMBERSHIP_ERRORS) or abandoned,
                deadline=deadline,
                # A call left running on its thread (a network fault): the producer's state is
                # unknown and an abort beside that call is unsafe. A new producer with the same
                # transactional id fences it and has the broker abort the open transaction,
                # whose offsets are then never committed: its input is processed again.
                abort=not abandoned,
            )
        try:
            self._bounded("commit_transaction", self.producer.commit_transaction, deadline)
        except KafkaError as exc:
            # Never processed again: the broker may have committed the transaction before
            # the answer was lost, and its input would then be written twice. The restarted
            # worker reads the committed offsets from the broker.
            self._fail(pending, f"commit_transaction failed ({type(exc).__name__}: {exc})")
        self._open = False
        return True

    async def commit_in_rebalance(self, pending: Pending, *, deadline: Deadline) -> bool:
        # Only producer calls: they block on the producer's own network thread, not on the
        # consumer's, so they are safe inside a rebalance callback.
        return self.commit(pending, deadline=deadline)

    def _fail(
        self,
        pending: Pending,
        why: str,
        *,
        transient: bool = False,
        deadline: Deadline | None = None,
        abort: bool = True,
    ) -> None:
        """Abort the transaction and raise TransactionFailed: retriable when the abort went
        through and ``transient`` (the same input may then be processed again).

        For a transient cause the abort may wait for what is left of ``deadline`` (a periodic
        checkpoint's: QUOTES_FLUSH_TIMEOUT_S x QUOTES_RETRY_ATTEMPTS from its start): in a
        network blackhole the abort's own request waits for the network to come back, and a
        worker that gave up on it would have to exit. Without ``abort`` the producer is
        replaced at once (its transaction aborted by the broker), never asked to abort."""
        budget = None
        if transient and deadline is not None:
            # (what is left of the checkpoint's budget, or of the shutdown's)
            budget = Deadline.after(
                deadline.cap(self.settings.flush_timeout_s * self.settings.retry_attempts),
                setting="QUOTES_FLUSH_TIMEOUT_S x QUOTES_RETRY_ATTEMPTS",
            )
        aborted = False
        if abort:
            aborted = self._abort(budget.remaining() if budget is not None else None)
        else:
            self._open = False
        if not aborted and budget is not None:
            aborted = self._replace_producer(budget)
        raise TransactionFailed(
            f"transaction aborted: {why}; {len(pending.sends)} record(s) discarded, "
            "input offsets left at the last committed transaction",
            retriable=transient and aborted,
        )

    def _replace_producer(self, budget: Deadline) -> bool:
        """A producer that could not abort (kafka-python gives up on an EndTxn whose request
        timed out in a network fault, and the producer is then unusable) is replaced by a new
        one with the same transactional id: its init_transactions() fences the old one and
        has the broker abort the open transaction. Tried until ``budget`` is spent (the
        network may be down for a while); False if it never went through."""
        while self._renew is not None and budget.remaining() > 0:
            try:
                self._renew(budget.remaining())
            except KafkaError as exc:
                log.warning("could not replace the transactional producer yet: %s", exc)
                time.sleep(min(1.0, budget.remaining()))
                continue
            self.metrics.producer_replacements.inc()
            log.warning("replaced the transactional producer; its open transaction is aborted")
            return True
        return False

    def _bounded(self, what: str, call: Callable[[], None], deadline: Deadline) -> None:
        """``call()``, waited for at most QUOTES_FLUSH_TIMEOUT_S (or what is left of
        ``deadline``); see :func:`call_within`.

        kafka-python's send_offsets_to_transaction(), commit_transaction() and
        abort_transaction() wait without a time limit (docs/reliability.md, "Transaction calls
        that never return"); a call that never returns is left behind and the worker exits
        (TransactionFailed)."""
        limit = deadline.cap(self.settings.flush_timeout_s)
        call_within(what, call, limit, self._stalled, deadline=deadline)

    def _abort(self, limit_s: float | None = None) -> bool:
        """Abort the open transaction, waiting at most ``limit_s`` (QUOTES_FLUSH_TIMEOUT_S by
        default); False when the producer could not (then only a new producer with this
        transactional id, or the broker's timeout, ends it)."""
        self._open = False
        if limit_s is None:
            limit_s = self.settings.flush_timeout_s
        try:
            call_within(
                "abort_transaction", self.producer.abort_transaction, limit_s, self._stalled
            )
        except KafkaError as exc:
            # A fenced or failed producer cannot abort; the broker aborts the transaction when
            # the next worker with this transactional id starts, or after its timeout.
            log.warning("could not abort the transaction (%s); the broker will", exc)
            return False
        return True


def make_checkpointer(
    settings: Settings,
    *,
    consumer: ConsumerLike,
    producer: ProducerLike,
    metrics: Metrics,
    retrying: RetryingFactory,
    stalled: Callable[[], None] = lambda: None,
    renew: Callable[[float], None] | None = None,
) -> Checkpointer:
    if settings.exactly_once:
        return Transactional(
            settings,
            consumer=consumer,
            producer=producer,
            metrics=metrics,
            stalled=stalled,
            renew=renew,
        )
    return AckThenCommit(
        settings,
        consumer=consumer,
        producer=producer,
        metrics=metrics,
        retrying=retrying,
        renew=renew,
    )


def offsets_text(offsets: Mapping[TopicPartition, int]) -> str:
    return ", ".join(f"{tp.topic}[{tp.partition}]@{o}" for tp, o in sorted(offsets.items()))
