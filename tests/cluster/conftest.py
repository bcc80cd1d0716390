"""Fixtures of the cluster fault tests: one three-node cluster per session, each node behind
a Toxiproxy listener (the workers' traffic passes through it; the tests' own producers and
readers use the brokers' INTERNAL listeners and never do), fresh replicated topics per test,
and a stream of articles fed at a steady rate so that every fault lands while work flows."""

from __future__ import annotations

import threading
import time
import urllib.error
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from kafka import KafkaProducer

from tests.cluster.harness import NODES, Cluster, retried
from tests.cluster.toxiproxy import Toxiproxy
from tests.faults.conftest import Stream, pytest_terminal_summary
from tests.kafka_harness import Topics, Worker, end_offsets, worker_env


@pytest.fixture(scope="session")
def toxiproxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Toxiproxy]:
    proxy = Toxiproxy(tmp_path_factory.mktemp("toxiproxy") / "toxiproxy.log")
    try:
        yield proxy
    finally:
        proxy.close()


@pytest.fixture(scope="session")
def cluster(tmp_path_factory: pytest.TempPathFactory, toxiproxy: Toxiproxy) -> Iterator[Cluster]:
    started = Cluster(tmp_path_factory.mktemp("kafka-cluster") / "cluster", proxy=True)
    for node in NODES:
        toxiproxy.proxy(f"broker-{node}", started.port(node, 3), started.port(node, 0))
    started.start()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def cluster_topics(cluster: Cluster, toxiproxy: Toxiproxy) -> Iterator[Topics]:
    toxiproxy.reset()
    tag = uuid.uuid4().hex[:8]
    names = Topics(
        f"articles.raw.{tag}", f"quotes.extracted.{tag}", f"articles.dlq.{tag}", f"group-{tag}"
    )
    cluster.create_topic(names.input)
    yield names
    toxiproxy.reset()


def cluster_env(cluster: Cluster, topics: Topics, **extra: str) -> dict[str, str]:
    settings = {
        "QUOTES_TOPIC_REPLICATION_FACTOR": "3",
        "QUOTES_SESSION_TIMEOUT_MS": "6000",
        "QUOTES_TRANSACTIONAL_ID": f"tx-{topics.group}",
        "QUOTES_TRANSACTION_TIMEOUT_MS": "30000",
        "QUOTES_FLUSH_TIMEOUT_S": "15",
        "QUOTES_BATCH_SIZE": "100",
    }
    return worker_env(cluster.bootstrap, topics, **{**settings, **extra})


class Feeder(threading.Thread):
    """Produces ``stream`` at ``rate`` messages a second (acks=all, INTERNAL listeners)."""

    def __init__(self, bootstrap: str, topic: str, stream: Stream, rate: float) -> None:
        super().__init__(daemon=True)
        self.bootstrap, self.topic, self.stream, self.rate = bootstrap, topic, stream, rate
        self.sent = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        producer = KafkaProducer(bootstrap_servers=self.bootstrap, acks="all", linger_ms=20)
        try:
            started = time.monotonic()
            while self.sent < len(self.stream.messages):
                due = min(len(self.stream.messages), int((time.monotonic() - started) * self.rate))
                while self.sent < due:
                    key, value = self.stream.messages[self.sent]
                    producer.send(self.topic, key=key, value=value)
                    self.sent += 1
                time.sleep(0.05)
            producer.flush(timeout=120)
        except BaseException as exc:  # raised by the test
            self.error = exc
        finally:
            producer.close(timeout=10)


def output_count(cluster: Cluster, topic: str) -> int:
    ends = retried(lambda: end_offsets(cluster.internal, topic))
    return sum(ends.values()) if ends else 0


def probe(worker: Worker) -> tuple[int | None, str]:
    """What /readyz answers now (None: no answer at all)."""
    try:
        return worker.get("/readyz")
    except (OSError, urllib.error.URLError) as exc:
        return None, str(exc)


def metric(worker: Worker, name: str) -> float:
    """The sum of every sample of metric ``name`` on /metrics."""
    status, text = worker.get("/metrics")
    assert status == 200
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name) and line[len(name)] in " {":
            total += float(line.rsplit(" ", 1)[1])
    return total


__all__ = [
    "Feeder",
    "Path",
    "cluster_env",
    "metric",
    "output_count",
    "probe",
    "pytest_terminal_summary",
]
