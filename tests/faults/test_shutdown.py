"""Fault 5: SIGTERM under load. The worker finishes the batch in hand, commits and exits 0
within QUOTES_SHUTDOWN_TIMEOUT_S; what it committed is exactly what it delivered, so the
next worker repeats nothing. With the broker frozen (SIGSTOP: connections open, nothing
answered) the worker still exits within the grace period, with code 3 and no commit."""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from pathlib import Path

import orjson
from kafka.admin import KafkaAdminClient, NewTopic

from tests.faults.conftest import (
    LocalBroker,
    expected_below_committed,
    fault_env,
    record_figures,
)
from tests.kafka_harness import (
    Topics,
    caught_up,
    committed_offsets,
    end_offsets,
    produce,
    read_all,
    wait_for,
    worker_env,
)

SHUTDOWN_TIMEOUT_S = 10


def test_sigterm_under_load_commits_what_was_delivered_within_the_grace_period(
    bootstrap: str, topics: Topics, start_worker, stream_factory
) -> None:
    stream = stream_factory(2000, tag="sigkill", bad_every=250)
    produce(bootstrap, topics.input, stream.messages)
    env = worker_env(
        bootstrap,
        topics,
        QUOTES_SHUTDOWN_TIMEOUT_S=str(SHUTDOWN_TIMEOUT_S),
        # Long enough that the shutdown checkpoint, not a periodic one, commits the batch.
        QUOTES_COMMIT_INTERVAL_S="5",
        **fault_env(),
    )
    worker = start_worker(env)
    wait_for(
        lambda: sum(end_offsets(bootstrap, topics.output).values()) >= 1500,
        timeout=90,
        what="the worker to be well into the stream",
    )
    assert not caught_up(bootstrap, topics.group, topics.input), "SIGTERM should land mid-stream"
    sent = time.monotonic()
    worker.process.send_signal(signal.SIGTERM)
    code = worker.process.wait(timeout=SHUTDOWN_TIMEOUT_S + 10)
    shutdown_s = round(time.monotonic() - sent, 1)
    log = worker.log()
    assert code == 0, log
    assert "received SIGTERM: finishing the batch in hand" in log
    assert "stopped cleanly" in log

    delivered = Counter(
        orjson.loads(m.value)["quote_id"] for m in read_all(bootstrap, topics.output)
    )
    committed_part = expected_below_committed(bootstrap, topics.input, topics.group, stream)
    assert sum(committed_part.values()) > 0
    assert delivered == committed_part, (
        "records downstream must be exactly those of committed input"
    )

    successor = start_worker(env)
    restarted = time.monotonic()
    # Ready first: when the first worker's last batch held all the input, the group is caught
    # up at once, and a SIGTERM before the successor installs its handler kills it (-15).
    successor.wait_ready()
    wait_for(lambda: caught_up(bootstrap, topics.group, topics.input), timeout=120, what="catch-up")
    assert successor.terminate() == 0, successor.log()
    final = Counter(orjson.loads(m.value)["quote_id"] for m in read_all(bootstrap, topics.output))
    duplicates = sum(final.values()) - len(final)
    record_figures(
        "sigterm_under_load",
        shutdown_s=shutdown_s,
        shutdown_timeout_s=SHUTDOWN_TIMEOUT_S,
        records_at_sigterm=sum(delivered.values()),
        successor_catch_up_s=round(time.monotonic() - restarted, 1),
        duplicates_after_restart=duplicates,
    )
    assert shutdown_s <= SHUTDOWN_TIMEOUT_S
    assert set(final) == set(stream.quote_ids)
    assert duplicates == 0


# Python's own exit after the worker returns (interpreter teardown, kafka-python's threads).
EXIT_SLACK_S = 1.5


def test_sigterm_with_the_broker_frozen_exits_within_the_grace_period(
    tmp_path: Path, start_worker, stream_factory
) -> None:
    broker = LocalBroker(tmp_path / "broker").start()  # its own: this test freezes it
    pid = int((broker.state / "broker.pid").read_text())
    frozen = False
    try:
        bootstrap = broker.bootstrap
        topics = Topics("articles.raw.f", "quotes.extracted.f", "articles.dlq.f", "group-f")
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
            QUOTES_SHUTDOWN_TIMEOUT_S=str(SHUTDOWN_TIMEOUT_S),
            # No periodic commit, by time or by records (a checkpoint every 2,000 records by
            # default): the shutdown checkpoint has the whole stream to deliver. (A record-bound
            # checkpoint whose commit was sent just before the freeze landed after SIGCONT.)
            QUOTES_COMMIT_INTERVAL_S="600",
            QUOTES_CHECKPOINT_RECORDS="1000000",
            **fault_env(),
        )
        worker = start_worker(env)
        wait_for(
            lambda: sum(end_offsets(bootstrap, topics.output).values()) >= 500,
            timeout=90,
            what="the worker to be into the stream",
        )
        os.kill(pid, signal.SIGSTOP)
        frozen = True
        sent = time.monotonic()
        worker.process.send_signal(signal.SIGTERM)
        code = worker.process.wait(timeout=SHUTDOWN_TIMEOUT_S + 60)
        shutdown_s = round(time.monotonic() - sent, 1)
        os.kill(pid, signal.SIGCONT)
        frozen = False
        log = worker.log()
        record_figures(
            "sigterm_broker_frozen",
            shutdown_s=shutdown_s,
            shutdown_timeout_s=SHUTDOWN_TIMEOUT_S,
            exit_code=code,
        )
        assert code == 3, log
        assert "worker stopping:" in log and "Traceback" not in log, log
        assert shutdown_s <= SHUTDOWN_TIMEOUT_S + EXIT_SLACK_S, log
        assert committed_offsets(bootstrap, topics.group) == {}
    finally:
        if frozen:
            os.kill(pid, signal.SIGCONT)
        broker.stop()
