"""kafka-python at the edge: building clients, creating topics, dead-letter messages.

Only this module and :mod:`consumer.service` know about Kafka.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import time
from collections.abc import Iterator
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import ConfigResource, ConfigResourceType, NewTopic
from kafka.coordinator.assignors.cooperative_sticky import CooperativeStickyAssignor
from kafka.coordinator.assignors.range import RangePartitionAssignor
from kafka.errors import (
    KafkaConnectionError,
    KafkaError,
    SaslAuthenticationFailedError,
    TopicAlreadyExistsError,
)

from consumer.config import Settings
from consumer.errors import ConfigError, ExtractionFailed, RejectedMessage

__all__ = [
    "BOOTSTRAP_TIMEOUT_MS",
    "DLQ_HEADER_PREFIX",
    "await_partitions",
    "check_manifest_topic",
    "commit_in_rebalance",
    "dead_letter_headers",
    "drop_stale_transaction_offsets",
    "ensure_topics",
    "is_transient",
    "make_consumer",
    "make_producer",
    "quiet_client_logs",
    "transactional_id",
    "watch_authentication",
]

log = logging.getLogger(__name__)

#: Dead-letter headers follow Kafka Connect's error-reporting convention
#: (errors.deadletterqueue.context.headers.enable), so existing tooling can read them.
DLQ_HEADER_PREFIX = "__connect.errors."

#: Each connection attempt gives up after 10 s so that the service's own bounded retries
#: (with backoff, logged and counted) decide how long to wait for a broker.
BOOTSTRAP_TIMEOUT_MS = 10_000

#: Dead-letter topic's max.message.bytes: the input limit plus room for headers, so that any
#: message the input topic accepted (up to the limit) can be forwarded whole.
_DLQ_OVERHEAD_BYTES = 64 * 1024


def drop_stale_transaction_offsets(producer: Any) -> int:
    """Forget offsets that kafka-python 3.0 still holds from an earlier transaction; return
    how many.

    Its transaction manager keeps the offsets of a ``TxnOffsetCommit`` the group refused
    (``UnknownMemberIdError``, ``IllegalGenerationError``: the member expired in a network
    fault) after the transaction is aborted, and the next ``send_offsets_to_transaction()``
    sends them along with its own: the next transaction then committed input offsets whose
    output had been aborted (records lost: the Toxiproxy network test lost 99 and 100
    consecutive messages of two partitions this way). The Java client clears them on abort.
    Called before each transaction's offsets are added, when none may be pending."""
    manager = getattr(producer, "_transaction_manager", None)
    pending = getattr(manager, "_pending_txn_offset_commits", None)
    if not pending:
        return 0
    with manager._lock:  # type: ignore[union-attr]
        count = len(pending)
        pending.clear()
    return count


def is_transient(exc: BaseException | None) -> bool:
    """Errors that a retry can fix: timeouts (including a broker that is not up yet),
    lost connections, leader elections. kafka-python marks them ``retriable``; it also turns a
    transactional request that timed out on the client side into a fatal error of the
    producer (``Could not execute transactional request for unknown reasons: [Error 7]
    RequestTimedOutError``), which a new producer with the same transactional id gets past
    (consumer.renewable)."""
    if not isinstance(exc, KafkaError):
        return False
    return (
        bool(getattr(exc, "retriable", False))
        or _TIMED_OUT_TRANSACTIONAL.search(str(exc)) is not None
    )


# kafka-python 3.0's message for a transactional request cut by a client-side timeout or a
# lost connection (transaction_manager.TxnRequestHandler.on_complete).
_TIMED_OUT_TRANSACTIONAL = re.compile(
    r"Could not execute transactional request for unknown reasons: .*"
    r"(?:RequestTimedOutError|KafkaConnectionError|NodeNotReadyError)"
)


def _common(settings: Settings) -> dict[str, Any]:
    return {
        "bootstrap_servers": settings.bootstrap_servers.split(","),
        "client_id": settings.client_id,
        "bootstrap_timeout_ms": BOOTSTRAP_TIMEOUT_MS,
        **settings.kafka_security(),
    }


def transactional_id(settings: Settings) -> str:
    """The producer's transactional id: configured, or ``<client id>-<host name>``."""
    return settings.transactional_id or f"{settings.client_id}-{socket.gethostname()}"


def make_consumer(settings: Settings) -> KafkaConsumer:
    """A group consumer with auto-commit off: the service commits only after delivery.

    In exactly-once mode it reads only committed records (an upstream producer's aborted
    transactions are skipped) and waits for offsets still pending in a transaction.
    """
    assignor = (
        CooperativeStickyAssignor
        if settings.rebalance_protocol == "cooperative"
        else RangePartitionAssignor
    )
    return KafkaConsumer(
        group_id=settings.group_id,
        enable_auto_commit=False,
        auto_offset_reset=settings.auto_offset_reset,
        isolation_level="read_committed" if settings.exactly_once else "read_uncommitted",
        partition_assignment_strategy=(assignor,),
        max_poll_records=settings.batch_size,
        # A group leader that assigned partitions before it had the input topic's metadata
        # (answers 500 ms late: the Toxiproxy test) gives everyone nothing, and kafka-python
        # rejoins only when a metadata refresh shows the partitions: every 10 s, not the
        # default 5 minutes. One small request per broker connection, 10 s apart.
        metadata_max_age_ms=_CONSUMER_METADATA_MAX_AGE_MS,
        session_timeout_ms=settings.session_timeout_ms,
        # Kafka's rule of thumb: heartbeat at a third of the session timeout.
        heartbeat_interval_ms=max(1000, settings.session_timeout_ms // 3),
        # Large articles: let one partition fetch return a whole batch of them.
        max_partition_fetch_bytes=max(1024 * 1024, settings.max_message_bytes),
        **_common(settings),
    )


_CONSUMER_METADATA_MAX_AGE_MS = 10_000
_PRODUCER_BATCH_BYTES = 256 * 1024


def make_producer(settings: Settings, *, bootstrap_timeout_s: float | None = None) -> KafkaProducer:
    """An idempotent producer acknowledged by all in-sync replicas; transactional in
    exactly-once mode (``init_transactions`` is left to the caller, it talks to the broker).
    ``bootstrap_timeout_s`` bounds its first metadata request (default 10 s)."""
    delivery_timeout_ms = int(settings.flush_timeout_s * 1000 * 0.9)
    transactions: dict[str, Any] = {}
    if settings.exactly_once:
        transactions = {
            "transactional_id": transactional_id(settings),
            "transaction_timeout_ms": settings.transaction_timeout_ms,
        }
    producer = KafkaProducer(
        acks="all",
        enable_idempotence=True,
        # 5 ms lets the records of one poll batch share produce requests without adding
        # latency anyone downstream can see.
        linger_ms=5,
        # An idempotent producer has one batch per partition in flight at a time, so a
        # partition carries at most one batch per round trip: with Kafka's 16 KiB (about 20
        # quote records) a 500 ms link moved fewer records than the worker produced, and
        # transactions could not settle. 256 KiB batches fill only when records queue up
        # (kafka-python grows each batch as records arrive, nothing is reserved up front).
        batch_size=min(_PRODUCER_BATCH_BYTES, settings.max_message_bytes),
        # The producer gives up on a record a little before the checkpoint's flush does, so
        # that records are usually settled (acknowledged or failed) when the checkpoint looks
        # at them and transient failures can be re-sent; a record still in flight is waited
        # for by the next flush, within the checkpoint's retry budget (consumer.checkpoint).
        delivery_timeout_ms=delivery_timeout_ms,
        request_timeout_ms=min(10_000, delivery_timeout_ms // 2),
        max_request_size=settings.max_message_bytes + _DLQ_OVERHEAD_BYTES,
        **transactions,
        **{
            **_common(settings),
            **(
                {"bootstrap_timeout_ms": max(1, int(bootstrap_timeout_s * 1000))}
                if bootstrap_timeout_s is not None
                else {}
            ),
        },
    )
    if settings.exactly_once:
        _keep_transactional_requests(producer)
    return producer


def _keep_transactional_requests(producer: KafkaProducer) -> None:
    """Work around kafka-python 3.0's sender dropping a transactional request.

    ``Sender._maybe_send_transactional_request`` expects ``client.await_ready()`` to return
    False for a coordinator it cannot reach (it then looks the coordinator up again and
    re-queues the request). kafka-python 3's network layer raises KafkaConnectionError
    instead; the sender's ``except`` branch looks the coordinator up but leaves the request
    off the queue, so a TxnOffsetCommit or AddPartitionsToTxn in hand when a coordinator dies
    is lost: ``send_offsets_to_transaction()`` waits for ever, or the records of a new
    partition are never sent (docs/reliability.md, "Transaction calls that never return").
    Only the sender's transactional path calls ``await_ready``; answering False there is the
    behaviour it was written for. The checkpoint's own time limit stays as a backstop.
    """
    sender = getattr(producer, "_sender", None)
    client: Any = getattr(sender, "_client", None)
    original = getattr(client, "await_ready", None)
    if original is None:  # another kafka-python: nothing to patch
        return

    def await_ready(node_id: Any, timeout_ms: int = 30000) -> bool:
        try:
            return bool(original(node_id, timeout_ms=timeout_ms))
        except KafkaConnectionError:
            return False

    client.await_ready = await_ready


async def commit_in_rebalance(
    consumer: KafkaConsumer, offsets: dict[Any, Any], *, timeout_s: float
) -> None:
    """Commit offsets from inside a rebalance callback.

    kafka-python 3 runs rebalance callbacks on the consumer's network thread, where the
    blocking ``consumer.commit()`` raises RuntimeError ("Cannot block on net.run() from the IO
    thread itself"); the callback must await the commit instead. kafka-python (3.0) has no
    public awaitable commit, so this awaits the coroutine behind ``commit()`` itself (it
    retries retriable errors until the timeout, like ``commit()``).
    """
    await consumer._coordinator._commit_offsets_sync_async(offsets, timeout_ms=timeout_s * 1000)


class _AuthenticationWatch(logging.Handler):
    """Keeps the last SASL refusal that kafka-python logged.

    kafka-python 3 treats a refused SASL handshake during bootstrap like a lost connection:
    it retries until its bootstrap timeout and then raises only "Unable to bootstrap". The
    refusal itself (the broker's message, which names the mechanism but never the password)
    is only logged; this handler catches it so the service can say what went wrong.
    """

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.refused: SaslAuthenticationFailedError | None = None

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        for arg in args:
            if isinstance(arg, SaslAuthenticationFailedError):
                self.refused = arg


@contextlib.contextmanager
def watch_authentication() -> Iterator[_AuthenticationWatch]:
    """Within the block, ``watch.refused`` is the last SASL refusal seen, if any, and
    kafka-python's own log lines are held back (:func:`quiet_client_logs`)."""
    watch = _AuthenticationWatch()
    logger = logging.getLogger("kafka")
    logger.addHandler(watch)
    try:
        with quiet_client_logs():
            yield watch
    finally:
        logger.removeHandler(watch)


@contextlib.contextmanager
def quiet_client_logs() -> Iterator[None]:
    """Hold back kafka-python's own log lines within the block, unless the log level is DEBUG.

    A broker that is not there makes kafka-python log half a dozen warnings and errors per
    connection attempt; the caller logs one line per retry and one final error that says
    what to do. Handlers on the ``kafka`` logger itself (the authentication watch) still
    see every record.
    """
    logger = logging.getLogger("kafka")
    propagate = logger.propagate
    logger.propagate = logging.getLogger().isEnabledFor(logging.DEBUG)
    try:
        yield
    finally:
        logger.propagate = propagate


def await_partitions(consumer: KafkaConsumer, topic: str, timeout_s: float) -> bool:
    """Wait (at most ``timeout_s``) until the consumer's metadata holds ``topic``'s partitions.

    A member that joins its group before its metadata knows a just-created input topic may
    lead the group and assign nothing ("No partition metadata"); kafka-python did not always
    rejoin when the partitions appeared later (a worker of the network test idled 120 s).
    Subscribing once they are known avoids that. False (logged) when they never appear: the
    worker subscribes anyway and picks them up if they are created later."""
    deadline = time.monotonic() + timeout_s
    while not consumer.partitions_for_topic(topic):
        if time.monotonic() >= deadline:
            log.warning(
                "topic %s has no partitions yet after %.0f s; subscribing anyway", topic, timeout_s
            )
            return False
        time.sleep(0.2)
    return True


def ensure_topics(settings: Settings) -> list[str]:
    """Create the input, output, dead-letter and (if set) manifest topics where missing;
    return those created. The manifest topic is compacted: it keeps the latest manifest
    per article (consumer/manifests.py)."""
    admin = KafkaAdminClient(**_common(settings))
    try:
        existing = set(admin.list_topics())
        wanted: dict[str, dict[str, str]] = {
            settings.input_topic: {},
            settings.output_topic: {},
            settings.dlq_topic: {
                "max.message.bytes": str(settings.max_message_bytes + _DLQ_OVERHEAD_BYTES)
            },
        }
        if settings.manifest_topic is not None:
            wanted[settings.manifest_topic] = {"cleanup.policy": "compact"}
        new = [
            NewTopic(
                name,
                num_partitions=settings.topic_partitions,
                replication_factor=settings.topic_replication_factor,
                topic_configs=configs,
            )
            for name, configs in wanted.items()
            if name not in existing
        ]
        if not new:
            return []
        try:
            admin.create_topics(new, validate_only=False)
        except TopicAlreadyExistsError:
            log.info("topics were created concurrently by another worker")
        created = [t.name for t in new]
        log.info("created topics %s", ", ".join(created))
        return created
    finally:
        admin.close()


def check_manifest_topic(settings: Settings) -> None:
    """Refuse a manifest topic that exists and is not compacted (ConfigError, exit 2).

    Under ``cleanup.policy=delete`` the latest manifest of an article that is not updated
    again is deleted with the rest of the log after retention, and a reader starting later
    cannot tell which quotations are current. A topic that does not exist yet is left to
    :func:`ensure_topics` (or to whoever manages the cluster's topics).
    """
    topic = settings.manifest_topic
    if topic is None:
        return
    admin = KafkaAdminClient(**_common(settings))
    try:
        if topic not in set(admin.list_topics()):
            return
        described = admin.describe_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topic, ["cleanup.policy"])],
            config_filter="all",
        )
    finally:
        admin.close()
    entry = described.get("topic", {}).get(topic, {}).get("cleanup.policy", {})
    policy = str(entry.get("value") or "delete")
    if "compact" not in {part.strip() for part in policy.split(",")}:
        raise ConfigError(
            f"QUOTES_MANIFEST_TOPIC={topic} has cleanup.policy={policy}, not compact: it would "
            f"lose the latest manifest of articles after retention; set cleanup.policy=compact "
            f"on {topic} or name another topic"
        )


def dead_letter_headers(
    *,
    topic: str,
    partition: int,
    offset: int,
    error: RejectedMessage,
    original_headers: list[tuple[str, bytes]] | None = None,
) -> list[tuple[str, bytes]]:
    """Headers saying where a message came from and why it was rejected.

    The original message's own headers are kept first, then Kafka Connect's
    ``__connect.errors.*`` context headers, then ``quotes.errors.reason`` with the short code.
    """
    cause = error.__cause__ if error.__cause__ is not None else error
    headers = list(original_headers or [])
    headers += [
        (f"{DLQ_HEADER_PREFIX}topic", topic.encode()),
        (f"{DLQ_HEADER_PREFIX}partition", str(partition).encode()),
        (f"{DLQ_HEADER_PREFIX}offset", str(offset).encode()),
        (
            f"{DLQ_HEADER_PREFIX}stage",
            b"TASK_PUT" if isinstance(error, ExtractionFailed) else b"VALUE_CONVERTER",
        ),
        (
            f"{DLQ_HEADER_PREFIX}exception.class.name",
            f"{type(error).__module__}.{type(error).__qualname__}".encode(),
        ),
        (f"{DLQ_HEADER_PREFIX}exception.message", str(error).encode()[:4096]),
        (
            f"{DLQ_HEADER_PREFIX}exception.cause.class.name",
            f"{type(cause).__module__}.{type(cause).__qualname__}".encode(),
        ),
        ("quotes.errors.reason", error.reason.encode()),
    ]
    return headers
