"""Fault 2: the broker stops (controlled shutdown) and restarts while a worker is processing.
The worker rides it out within its retry budget, or exits 3 and a restarted worker carries
on; either way every expected record is downstream afterwards."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import orjson
from kafka.admin import KafkaAdminClient, NewTopic

from tests.faults.conftest import LocalBroker, fault_env, record_figures
from tests.kafka_harness import (
    Topics,
    caught_up,
    end_offsets,
    produce,
    read_all,
    wait_for,
    worker_env,
)

DOWN_S = 5


def test_worker_survives_a_broker_restart_without_loss(
    tmp_path: Path, start_worker, stream_factory
) -> None:
    broker = LocalBroker(tmp_path / "broker").start()
    try:
        bootstrap = broker.bootstrap
        topics = Topics("articles.raw.r", "quotes.extracted.r", "articles.dlq.r", "group-r")
        admin = KafkaAdminClient(bootstrap_servers=bootstrap)
        try:
            admin.create_topics([NewTopic(topics.input, 3, 1)])
        finally:
            admin.close()
        stream = stream_factory(2000, tag="sigkill", bad_every=250)
        produce(bootstrap, topics.input, stream.messages)
        env = worker_env(
            bootstrap,
            topics,
            # Backoff 0.5 s doubling to 4 s over 8 attempts: about 20 s of waiting, more than
            # the outage below plus the broker's restart.
            QUOTES_RETRY_MAX_BACKOFF_S="4",
            QUOTES_FLUSH_TIMEOUT_S="20",
            QUOTES_BATCH_SIZE="100",
            **fault_env(),
        )
        worker = start_worker(env)
        wait_for(
            lambda: sum(end_offsets(bootstrap, topics.output).values()) >= 1000,
            timeout=90,
            what="the worker to be well into the stream",
        )
        halted = time.monotonic()
        broker.halt()
        time.sleep(DOWN_S)
        broker.start()
        restarted = time.monotonic()
        down_s = round(restarted - halted, 1)

        rode_out = True
        try:
            wait_for(
                lambda: (
                    worker.process.poll() is not None
                    or caught_up(bootstrap, topics.group, topics.input)
                ),
                timeout=120,
                what="the worker to finish or give up",
            )
        finally:
            exit_code = worker.process.poll()
        if exit_code is not None:
            rode_out = False
            assert exit_code == 3, worker.log()
            worker = start_worker(env)
            wait_for(lambda: caught_up(bootstrap, topics.group, topics.input), timeout=120, what="")
        recovered_s = round(time.monotonic() - restarted, 1)
        assert worker.terminate() == 0, worker.log()
        records = Counter(
            orjson.loads(m.value)["quote_id"] for m in read_all(bootstrap, topics.output)
        )
        record_figures(
            "broker_restart",
            broker_down_s=down_s,
            worker_rode_it_out=rode_out,
            first_worker_exit=exit_code,
            broker_back_to_caught_up_s=recovered_s,
            duplicates=sum(records.values()) - len(records),
        )
        assert set(records) == set(stream.quote_ids)
        assert worker.logged("retry") or not rode_out
    finally:
        broker.stop()
