"""A real Kafka broker for the integration and fault tests, and helpers to drive workers.

The session starts one local Kafka 4 broker with deploy/kafka/broker.sh (on free ports, in a
temporary directory) unless KAFKA_BOOTSTRAP_SERVERS names one already running. The fixtures
are made visible to every test directory by tests/conftest.py.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError

ROOT = Path(__file__).resolve().parents[1]
BROKER_SCRIPT = ROOT / "deploy/kafka/broker.sh"
#: Lets the fault tests use 3 s group sessions, so that a SIGKILLed worker's partitions move
#: in seconds (the broker's own floor is 6 s).
BROKER_PROPERTIES = "group.min.session.timeout.ms=1000"


def _ephemeral_low() -> int:
    """The first port of the kernel's ephemeral range (where outgoing connections get theirs)."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def _bindable(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port_block(ports: Iterable[int]) -> int:
    """A base port b, below the ephemeral range, with b + k free for every offset k in ``ports``.

    Below the ephemeral range so that a broker restarted on its old port cannot find it taken
    by some client's outgoing connection (the kernel hands those out from that range only);
    a port picked with ``bind(0)`` comes from that range and once did ("Address already in use"
    for a cluster node brought back after a SIGKILL)."""
    offsets = sorted(set(ports))
    high = max(_ephemeral_low(), 12000) - offsets[-1] - 1
    rng = random.Random()
    for _ in range(500):
        base = rng.randrange(10000, high)
        if all(_bindable(base + k) for k in offsets):
            return base
    raise RuntimeError(f"no free ports at offsets {offsets} below the ephemeral range")


def _free_port_pair() -> int:
    """A port p with p and p+1 both free (broker and controller listeners)."""
    return free_port_block((0, 1))


def free_port() -> int:
    return free_port_block((0,))


@pytest.fixture(scope="session")
def bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
        return
    port = _free_port_pair()
    env = {
        **os.environ,
        "KAFKA_LOCAL_PORT": str(port),
        "KAFKA_LOCAL_CONTROLLER_PORT": str(port + 1),
        "KAFKA_LOCAL_DIR": str(tmp_path_factory.mktemp("kafka") / "broker"),
        "KAFKA_EXTRA_PROPERTIES": BROKER_PROPERTIES,
    }
    # Up to 10 minutes: a fresh machine resolves the Kafka jars with Maven first.
    started = subprocess.run(
        [str(BROKER_SCRIPT), "start"], env=env, capture_output=True, text=True, timeout=600
    )
    if started.returncode != 0:
        pytest.fail(f"local Kafka broker did not start:\n{started.stderr[-4000:]}")
    address = started.stdout.strip().splitlines()[-1]
    try:
        yield address
    finally:
        subprocess.run([str(BROKER_SCRIPT), "stop"], env=env, capture_output=True, timeout=120)


@dataclass
class Topics:
    input: str
    output: str
    dlq: str
    group: str


@pytest.fixture
def topics(bootstrap: str) -> Topics:
    """Fresh topic names and group per test, so tests never see each other's messages."""
    tag = uuid.uuid4().hex[:8]
    names = Topics(
        f"articles.raw.{tag}", f"quotes.extracted.{tag}", f"articles.dlq.{tag}", f"group-{tag}"
    )
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics(
            [NewTopic(names.input, num_partitions=3, replication_factor=1)], validate_only=False
        )
    finally:
        admin.close()
    return names


def worker_env(bootstrap: str, topics: Topics, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "QUOTES_INPUT_TOPIC": topics.input,
        "QUOTES_OUTPUT_TOPIC": topics.output,
        "QUOTES_DLQ_TOPIC": topics.dlq,
        "QUOTES_GROUP_ID": topics.group,
        "QUOTES_METRICS_HOST": "127.0.0.1",
        "QUOTES_METRICS_PORT": str(free_port()),
        "QUOTES_COMMIT_INTERVAL_S": "0.2",
        "QUOTES_TOPIC_PARTITIONS": "3",
        "QUOTES_TOPIC_REPLICATION_FACTOR": "1",
        "PYTHONUNBUFFERED": "1",
    }
    env.update(extra)
    return env


class Worker:
    """``python -m consumer run`` as a child process, with its log kept for failure messages."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.env = env
        self.log_path = log_path
        self.port = int(env["QUOTES_METRICS_PORT"])
        self._log = log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "consumer", "run"],
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url(path), timeout=2) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"worker exited {self.process.returncode}:\n{self.log()}")
            try:
                if self.get("/readyz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"worker not ready after {timeout}s:\n{self.log()}")

    def terminate(self, timeout: float = 30) -> int:
        # A SIGTERM that lands before the worker installs its handler kills it (-15), as it
        # would a pod stopped while it starts: wait until it says it is consuming (the line
        # run() logs after the handlers are in place) before asking it to stop.
        started = time.monotonic()
        while (
            self.process.poll() is None
            and not self.logged(" as group ")
            and time.monotonic() - started < 60
        ):
            time.sleep(0.1)
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            # Still running past its deadline: its threads' stacks into the log (SIGUSR1,
            # faulthandler), so that the failure says what it was waiting on.
            self.process.send_signal(signal.SIGUSR1)
            time.sleep(1)
            raise AssertionError(
                f"worker still running {timeout}s after SIGTERM:\n{self.log()}"
            ) from None
        finally:
            self._log.close()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        self._log.close()

    def log(self) -> str:
        """The end of the worker's log (for assertion messages)."""
        return self.log_path.read_text(errors="replace")[-6000:]

    def logged(self, text: str) -> bool:
        """Whether ``text`` is anywhere in the worker's log: the client's retry messages can
        push an early line out of :meth:`log`'s tail."""
        return text in self.log_path.read_text(errors="replace")


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Any]:
    started: list[Worker] = []

    def start(env: dict[str, str]) -> Worker:
        worker = Worker(env, tmp_path / f"worker-{len(started)}.log")
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.kill()


def produce(bootstrap: str, topic: str, values: list[tuple[bytes | None, bytes]]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    try:
        for key, value in values:
            producer.send(topic, key=key, value=value)
        producer.flush(timeout=30)
    finally:
        producer.close(timeout=5)


def read_topic(
    bootstrap: str,
    topic: str,
    *,
    expect: int,
    timeout: float = 60,
    isolation_level: str = "read_uncommitted",
) -> list[Any]:
    """Every message on ``topic`` from the beginning, waiting until at least ``expect`` arrive."""
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, isolation_level=isolation_level
    )
    deadline = time.monotonic() + timeout
    try:
        partitions: set[int] | None = None
        while time.monotonic() < deadline and not partitions:
            partitions = consumer.partitions_for_topic(topic)
            if not partitions:
                time.sleep(0.2)
        if not partitions:
            return []
        assignment = [TopicPartition(topic, p) for p in partitions]
        consumer.assign(assignment)
        consumer.seek_to_beginning(*assignment)
        messages: list[Any] = []
        while time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=500).values():
                messages.extend(batch)
            if len(messages) >= expect:
                # Anything beyond the expected count would be a duplicate: give it a moment to show.
                for batch in consumer.poll(timeout_ms=1000).values():
                    messages.extend(batch)
                break
        return messages
    finally:
        consumer.close()


def read_all(
    bootstrap: str, topic: str, *, isolation_level: str = "read_uncommitted", timeout: float = 60
) -> list[Any]:
    """Every message on ``topic`` up to its current end (the last stable offset when
    ``read_committed``: records of open transactions are not waited for)."""
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, isolation_level=isolation_level
    )
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        if not partitions:
            return []
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        messages: list[Any] = []
        deadline = time.monotonic() + timeout
        while any(consumer.position(tp) < ends[tp] for tp in partitions):
            if time.monotonic() > deadline:
                raise AssertionError(f"could not read {topic} to its end in {timeout}s")
            for batch in consumer.poll(timeout_ms=500).values():
                messages.extend(batch)
        return messages
    finally:
        consumer.close()


def caught_up(bootstrap: str, group: str, topic: str) -> bool:
    """True when ``group`` has committed every offset up to the end of ``topic``."""
    ends = end_offsets(bootstrap, topic)
    committed = committed_offsets(bootstrap, group)
    return bool(ends) and all(committed.get(tp, 0) >= end for tp, end in ends.items())


def committed_offsets(bootstrap: str, group: str) -> dict[TopicPartition, int]:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        for attempt in range(20):
            try:
                offsets = admin.list_group_offsets(group).get(group, {})
                return {tp: meta.offset for tp, meta in offsets.items()}
            except KafkaError as exc:  # a fresh broker's group coordinator is still loading
                if not exc.retriable or attempt == 19:
                    raise
                time.sleep(0.5)
        raise AssertionError("unreachable")
    finally:
        admin.close()


def end_offsets(bootstrap: str, topic: str) -> dict[TopicPartition, int]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        return dict(consumer.end_offsets(partitions))
    finally:
        consumer.close()


def wait_for(condition: Any, *, timeout: float = 30, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")
