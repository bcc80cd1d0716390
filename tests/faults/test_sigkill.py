"""Fault 1 and 6: workers SIGKILLed again and again while thousands of articles flow.

Every expected quote record (the offline extractor's output for the same input) must be
downstream afterwards, and every invalid message in the dead-letter topic. At-least-once may
repeat records (same quote_id; the count is recorded); exactly-once must not repeat any.
"""

from __future__ import annotations

import random
import time
from collections import Counter

import orjson
import pytest

from tests.faults.conftest import fault_env, record_figures
from tests.kafka_harness import (
    Topics,
    caught_up,
    end_offsets,
    produce,
    read_all,
    wait_for,
    worker_env,
)

# Enough that three kills land mid-stream: a worker reads about 500 articles a second.
ARTICLES = 5000
KILLS = 3


def _count(bootstrap: str, topic: str) -> int:
    return sum(end_offsets(bootstrap, topic).values())


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
def test_repeated_sigkill_mid_stream_loses_nothing(
    guarantee: str, bootstrap: str, topics: Topics, start_worker, stream_factory
) -> None:
    stream = stream_factory(ARTICLES, tag="sigkill", bad_every=250)
    produce(bootstrap, topics.input, stream.messages)
    env = worker_env(
        bootstrap,
        topics,
        QUOTES_PROCESSING_GUARANTEE=guarantee,
        # Fixed per worker slot, as a StatefulSet pod name would be: the restarted worker
        # aborts its killed predecessor's open transaction at once.
        QUOTES_TRANSACTIONAL_ID=f"tx-{topics.group}",
        QUOTES_TRANSACTION_TIMEOUT_MS="15000",
        QUOTES_FLUSH_TIMEOUT_S="10",
        # Small batches and frequent checkpoints: many commits for a kill to land between.
        QUOTES_BATCH_SIZE="100",
        # Manifests ride the same checkpoints as the records (the worker creates the topic).
        QUOTES_MANIFEST_TOPIC=f"quotes.manifests.{topics.group}",
        **fault_env(),
    )
    rng = random.Random(5)
    kills_mid_stream = 0
    restart_to_progress: list[float] = []
    for _ in range(KILLS):
        before = _count(bootstrap, topics.output) if end_offsets(bootstrap, topics.output) else 0
        worker = start_worker(env)
        started = time.monotonic()
        wait_for(
            lambda b=before: _count(bootstrap, topics.output) >= b + 150,
            timeout=90,
            what="the restarted worker to produce records",
        )
        restart_to_progress.append(round(time.monotonic() - started, 1))
        time.sleep(rng.uniform(0.1, 0.6))
        if not caught_up(bootstrap, topics.group, topics.input):
            kills_mid_stream += 1
        worker.kill()  # SIGKILL: no checkpoint, no leaving the group

    final = start_worker(env)
    started = time.monotonic()
    wait_for(
        lambda: caught_up(bootstrap, topics.group, topics.input),
        timeout=180,
        what="the last worker to commit the whole input",
    )
    catch_up_s = round(time.monotonic() - started, 1)
    assert final.terminate() == 0, final.log()

    isolation = "read_committed" if guarantee == "exactly_once" else "read_uncommitted"
    records = [
        orjson.loads(m.value) for m in read_all(bootstrap, topics.output, isolation_level=isolation)
    ]
    dead = read_all(bootstrap, topics.dlq, isolation_level=isolation)
    got = Counter(r["quote_id"] for r in records)
    duplicates = sum(got.values()) - len(got)

    record_figures(
        f"sigkill[{guarantee}]",
        articles=len(stream),
        kills=KILLS,
        kills_mid_stream=kills_mid_stream,
        expected_records=sum(stream.quote_ids.values()),
        records=sum(got.values()),
        duplicate_records=duplicates,
        dead_letters=len(dead),
        restart_to_progress_s=restart_to_progress,
        final_catch_up_s=catch_up_s,
    )
    assert kills_mid_stream >= 2, "the kills should land while input is still flowing"
    assert set(got) == set(stream.quote_ids), (
        f"missing {len(set(stream.quote_ids) - set(got))}, "
        f"unexpected {len(set(got) - set(stream.quote_ids))}"
    )
    dead_offsets = Counter(
        (dict(m.headers)["__connect.errors.partition"], dict(m.headers)["__connect.errors.offset"])
        for m in dead
    )
    assert len(dead_offsets) == stream.rejected
    if guarantee == "exactly_once":
        assert duplicates == 0, got.most_common(3)
        assert max(dead_offsets.values()) == 1

    # Every processed article has a manifest listing exactly its records (at-least-once: one
    # or more, the same each time; exactly-once: one); a dead-lettered message has none.
    manifests = read_all(bootstrap, f"quotes.manifests.{topics.group}", isolation_level=isolation)
    per_article = Counter(m.key for m in manifests)
    processed = {key for key, value in stream.messages if not value.endswith(b", ")}
    assert set(per_article) == processed
    for message in manifests:
        assert tuple(orjson.loads(message.value)["quote_ids"]) == stream.by_key[message.key]
    if guarantee == "exactly_once":
        assert max(per_article.values()) == 1, per_article.most_common(3)
