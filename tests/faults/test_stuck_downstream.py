"""Fault 4: the output topic stops accepting records (here its max.message.bytes is cut to
64 bytes, so the broker refuses every batch). The worker must not commit any input whose
records were not acknowledged: it exits 3 with the offsets left where the last acknowledged
checkpoint put them, and a successor delivers everything once the topic recovers.

(min.insync.replicas above the replication factor would model an output topic that lost its
replicas, but the Kafka 4 test broker keeps accepting acks=all writes to a one-replica topic
then, so it cannot stand in for the fault.)"""

from __future__ import annotations

import time
from collections import Counter

import orjson
from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient

from tests.faults.conftest import expected_below_committed, fault_env, record_figures
from tests.kafka_harness import (
    Topics,
    caught_up,
    committed_offsets,
    produce,
    read_all,
    wait_for,
    worker_env,
)


def _max_message_bytes(bootstrap: str, topic: str, limit: int) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        result = admin.alter_configs(
            [
                ConfigResource(
                    ConfigResourceType.TOPIC, topic, configs={"max.message.bytes": str(limit)}
                )
            ]
        )
        assert result == {"topic": {topic: "OK"}}, result
    finally:
        admin.close()


def test_no_offset_is_committed_past_what_the_output_topic_acknowledged(
    bootstrap: str, topics: Topics, start_worker, stream_factory
) -> None:
    stream = stream_factory(600, tag="stuck")
    first, second = stream.messages[:300], stream.messages[300:]
    env = worker_env(
        bootstrap,
        topics,
        # Quick failure: 3 s for acknowledgements, two attempts, short backoff.
        QUOTES_FLUSH_TIMEOUT_S="3",
        QUOTES_RETRY_ATTEMPTS="2",
        QUOTES_RETRY_INITIAL_BACKOFF_S="0.2",
        QUOTES_BATCH_SIZE="50",
        **fault_env(),
    )
    worker = start_worker(env)
    produce(bootstrap, topics.input, first)
    wait_for(
        lambda: caught_up(bootstrap, topics.group, topics.input), timeout=90, what="first half"
    )
    before = committed_offsets(bootstrap, topics.group)

    _max_message_bytes(bootstrap, topics.output, 64)
    stuck_at = time.monotonic()
    produce(bootstrap, topics.input, second)
    code = worker.process.wait(timeout=90)
    exit_s = round(time.monotonic() - stuck_at, 1)
    log = worker.log()
    assert code == 3, log
    assert "not acknowledged" in log and "offsets left uncommitted" in log
    assert committed_offsets(bootstrap, topics.group) == before
    delivered = Counter(
        orjson.loads(m.value)["quote_id"] for m in read_all(bootstrap, topics.output)
    )
    committed_part = expected_below_committed(bootstrap, topics.input, topics.group, stream)
    assert not committed_part - delivered, "committed input whose records are not downstream"

    _max_message_bytes(bootstrap, topics.output, 1024 * 1024)
    successor = start_worker(env)
    wait_for(lambda: caught_up(bootstrap, topics.group, topics.input), timeout=90, what="recovery")
    assert successor.terminate() == 0, successor.log()
    final = Counter(orjson.loads(m.value)["quote_id"] for m in read_all(bootstrap, topics.output))
    record_figures(
        "stuck_downstream",
        exit_code=code,
        seconds_to_exit=exit_s,
        committed_unchanged=True,
        duplicates_after_recovery=sum(final.values()) - len(final),
    )
    assert set(final) == set(stream.quote_ids)
