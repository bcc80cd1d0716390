"""Fault 3: a group of three workers on a six-partition topic, one of them SIGKILLed.

Phase 1 proves the commit on revocation (at-least-once): worker A starts alone with
periodic commits switched off (a ten-minute interval), so the only way its progress reaches the group is the
checkpoint it makes when B and C join and cooperative rebalancing takes partitions away from
it. If A did not commit on revocation, B and C would replay those partitions from the start
and repeat A's records. Phase 2 kills B mid-stream: its partitions move to A and C, nothing is
lost, and only B's last uncommitted second is repeated (at-least-once) or nothing at all
(exactly-once, read_committed).
"""

from __future__ import annotations

import time
from collections import Counter

import orjson
import pytest
from kafka.admin import KafkaAdminClient, NewPartitions

from tests.faults.conftest import fault_env, record_figures
from tests.kafka_harness import Topics, end_offsets, produce, read_all, wait_for, worker_env


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
def test_three_workers_one_killed_lose_nothing_and_commit_on_revocation(
    guarantee: str, bootstrap: str, topics: Topics, start_worker, stream_factory
) -> None:
    isolation = "read_committed" if guarantee == "exactly_once" else "read_uncommitted"

    def _downstream(bootstrap: str, topic: str) -> Counter[str]:
        messages = read_all(bootstrap, topic, isolation_level=isolation)
        return Counter(orjson.loads(m.value)["quote_id"] for m in messages)

    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_partitions({topics.input: NewPartitions(total_count=6)})
    finally:
        admin.close()
    stream = stream_factory(2000, tag="rebalance")
    half = len(stream.messages) // 2
    first_ids = Counter(i for k, _ in stream.messages[:half] for i in stream.by_key[k])
    base = {
        "QUOTES_TOPIC_PARTITIONS": "6",
        "QUOTES_BATCH_SIZE": "50",
        "QUOTES_PROCESSING_GUARANTEE": guarantee,
        # exactly-once: each worker its own transactional id (one per pod in Kubernetes).
        "QUOTES_TRANSACTION_TIMEOUT_MS": "15000",
        "QUOTES_FLUSH_TIMEOUT_S": "10",
        **fault_env(),
    }

    def env(name: str, **extra: str) -> dict[str, str]:
        return worker_env(
            bootstrap, topics, QUOTES_TRANSACTIONAL_ID=f"{topics.group}-{name}", **base, **extra
        )

    # At-least-once: ten minutes, so no periodic commit during the test. Exactly-once keeps
    # the usual interval: A's open transaction would hide every later record in the output
    # partitions it writes from read_committed readers (the last stable offset stops there).
    a = start_worker(
        env("a", QUOTES_COMMIT_INTERVAL_S="600" if guarantee == "at_least_once" else "0.2")
    )
    a.wait_ready()
    produce(bootstrap, topics.input, stream.messages[:half])
    wait_for(
        lambda: sum(end_offsets(bootstrap, topics.output).values()) >= 500,
        timeout=60,
        what="worker A to process part of the first half",
    )
    b = start_worker(env("b"))
    c = start_worker(env("c"))
    b.wait_ready()
    c.wait_ready()
    wait_for(
        lambda: set(_downstream(bootstrap, topics.output)) >= set(first_ids),
        timeout=120,
        what="the first half to be processed by the three workers",
    )
    assert a.logged("partitions revoked"), a.log()
    phase1 = _downstream(bootstrap, topics.output)
    phase1_duplicates = sum(phase1.values()) - len(phase1)
    assert phase1_duplicates == 0, "partitions handed over without a commit were replayed"

    produce(bootstrap, topics.input, stream.messages[half:])
    wait_for(
        lambda: sum(end_offsets(bootstrap, topics.output).values()) >= sum(phase1.values()) + 300,
        timeout=60,
        what="the second half to start flowing",
    )
    b.kill()
    killed = time.monotonic()
    wait_for(
        lambda: set(_downstream(bootstrap, topics.output)) >= set(stream.quote_ids),
        timeout=120,
        what="A and C to finish B's partitions",
    )
    recovered_s = round(time.monotonic() - killed, 1)
    assert a.terminate() == 0, a.log()
    assert c.terminate() == 0, c.log()
    final = _downstream(bootstrap, topics.output)
    record_figures(
        f"rebalance_3_workers[{guarantee}]",
        partitions=6,
        articles=len(stream),
        duplicates_after_scale_out=phase1_duplicates,
        duplicates_after_kill=sum(final.values()) - len(final),
        kill_to_complete_s=recovered_s,
    )
    assert set(final) == set(stream.quote_ids)
    assert c.logged("partitions assigned"), c.log()
    if guarantee == "exactly_once":
        assert sum(final.values()) == len(final), final.most_common(3)
