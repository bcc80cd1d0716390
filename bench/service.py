"""The service through a real broker: throughput against a pass-through worker, end-to-end
latency at a steady load, scaling to two workers, start-up time.

Workers are real child processes (``python -m consumer run`` and ``python -m bench.passthrough``)
reading a topic that the benchmark fills first; throughput is counted from the consumer
group's committed offsets, so only work that was processed, delivered and committed counts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError

from bench.corpus import Article

__all__ = ["Broker", "Run", "broker", "latency", "startup", "throughput"]

ROOT = Path(__file__).resolve().parent.parent
BROKER_SCRIPT = ROOT / "deploy/kafka/broker.sh"


@dataclass
class Broker:
    bootstrap: str
    _admin: KafkaAdminClient | None = None

    def topic(self, partitions: int) -> str:
        name = f"bench.{uuid.uuid4().hex[:8]}"
        admin = KafkaAdminClient(bootstrap_servers=self.bootstrap)
        try:
            admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1)])
        finally:
            admin.close()
        return name

    def fill(self, topic: str, articles: Sequence[Article]) -> list[bytes]:
        """Publish the articles (key = id); return the message values in order."""
        producer = KafkaProducer(bootstrap_servers=self.bootstrap, linger_ms=20, acks="all")
        values = [orjson.dumps({"id": a.id, "text": a.text}) for a in articles]
        for article, value in zip(articles, values, strict=True):
            producer.send(topic, value=value, key=article.id.encode())
        producer.flush(60)
        producer.close()
        return values

    def committed(self, group: str, topic: str) -> int:
        """Sum of the group's committed offsets on ``topic`` (one admin client, reused)."""
        if self._admin is None:
            self._admin = KafkaAdminClient(bootstrap_servers=self.bootstrap)
        try:
            offsets = self._admin.list_group_offsets(group).get(group, {})
        except KafkaError:  # the group's coordinator is not there yet: nothing committed
            return 0
        return sum(o.offset for tp, o in offsets.items() if tp.topic == topic and o.offset > 0)

    def close(self) -> None:
        if self._admin is not None:
            self._admin.close()


@contextmanager
def broker(tmp: Path) -> Iterator[Broker]:
    """The broker named by KAFKA_BOOTSTRAP_SERVERS, or a local one started for the run."""
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        with closing(Broker(configured)) as existing:
            yield existing
        return
    port = _free_port_pair()
    env = {
        **os.environ,
        "KAFKA_LOCAL_PORT": str(port),
        "KAFKA_LOCAL_CONTROLLER_PORT": str(port + 1),
        "KAFKA_LOCAL_DIR": str(tmp / "broker"),
    }
    started = subprocess.run(
        [str(BROKER_SCRIPT), "start"], env=env, capture_output=True, text=True, timeout=600
    )
    if started.returncode != 0:
        raise RuntimeError(f"local Kafka broker did not start:\n{started.stderr[-2000:]}")
    try:
        with closing(Broker(started.stdout.strip().splitlines()[-1])) as local:
            yield local
    finally:
        subprocess.run([str(BROKER_SCRIPT), "stop"], env=env, capture_output=True, timeout=120)


@dataclass
class Run:
    """Worker processes of one consumer group on one input topic."""

    broker: Broker
    topic: str
    command: Sequence[str]
    workers: int = 1
    extra_env: dict[str, str] = field(default_factory=dict)
    group: str = field(default_factory=lambda: f"bench-{uuid.uuid4().hex[:8]}")
    output: str = field(default_factory=lambda: f"bench.out.{uuid.uuid4().hex[:8]}")
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    ports: list[int] = field(default_factory=list)
    started_at: float = 0.0

    def start(self) -> Run:
        self.started_at = time.perf_counter()
        for _ in range(self.workers):
            port = _free_port()
            env = {
                **os.environ,
                "KAFKA_BOOTSTRAP_SERVERS": self.broker.bootstrap,
                "QUOTES_INPUT_TOPIC": self.topic,
                "QUOTES_OUTPUT_TOPIC": self.output,
                "QUOTES_DLQ_TOPIC": f"{self.output}.dlq",
                "QUOTES_GROUP_ID": self.group,
                "QUOTES_METRICS_HOST": "127.0.0.1",
                "QUOTES_METRICS_PORT": str(port),
                "QUOTES_AUTO_OFFSET_RESET": "earliest",
                "QUOTES_TOPIC_REPLICATION_FACTOR": "1",
                "QUOTES_LOG_LEVEL": "WARNING",
                # Frequent commits make the committed offsets a fine-grained progress meter.
                "QUOTES_COMMIT_INTERVAL_S": "0.5",
                **self.extra_env,
            }
            self.ports.append(port)
            self.processes.append(
                subprocess.Popen(
                    [sys.executable, *self.command],
                    env=env,
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        return self

    def ready_after(self, timeout_s: float = 60) -> float:
        """Seconds from process start until every worker's /readyz says 200."""
        deadline = time.perf_counter() + timeout_s
        pending = set(self.ports)
        while pending and time.perf_counter() < deadline:
            for port in list(pending):
                if _status(f"http://127.0.0.1:{port}/readyz") == 200:
                    pending.discard(port)
            time.sleep(0.02)
        if pending:
            raise RuntimeError(f"workers on ports {sorted(pending)} not ready in {timeout_s}s")
        return time.perf_counter() - self.started_at

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def throughput(run: Run, total: int, timeout_s: float = 600) -> dict[str, float]:
    """Articles per second from the moment every worker is ready (model loaded, partitions
    assigned) to the commit of the last article: start-up is left out, commits are in."""
    run.start()
    try:
        run.ready_after()
        ready_at = time.perf_counter()
        # Work a worker did before the others were ready is not counted; it must be a small
        # part of the whole, or the figure says more about start-up than about throughput.
        early = run.broker.committed(run.group, run.topic)
        if early > total // 2:
            raise RuntimeError(
                f"{run.group}: {early}/{total} already committed when all workers were ready; "
                "give the run more articles"
            )
        deadline = ready_at + timeout_s
        done = 0
        while time.perf_counter() < deadline:
            done = run.broker.committed(run.group, run.topic)
            if done >= total:
                break
            time.sleep(0.05)
        else:
            raise RuntimeError(f"{run.group}: {done}/{total} committed after {timeout_s}s")
        seconds = time.perf_counter() - ready_at
        return {
            "articles": total,
            "seconds": seconds,
            "articles_per_s": (total - early) / seconds,
            "peak_rss_mb": max(_peak_rss_mb(p.pid) for p in run.processes),
        }
    finally:
        run.stop()


def startup(run: Run) -> float:
    run.start()
    try:
        return run.ready_after()
    finally:
        run.stop()


def latency(
    broker: Broker,
    command: Sequence[str],
    articles: Sequence[Article],
    rate: float,
    *,
    warm_up_s: float = 2.0,
) -> dict[str, float]:
    """End-to-end latency at ``rate`` articles per second: from the input message's timestamp
    to the timestamp of its last quote record (set when the worker hands it to its producer).
    Articles without quotes give no record and are not counted, nor are those sent in the
    first ``warm_up_s`` seconds (the consumer's first offset lookup and fetch)."""
    topic = broker.topic(partitions=1)
    run = Run(broker, topic, command, extra_env={"QUOTES_BATCH_SIZE": "100"}).start()
    sent: dict[bytes, int] = {}
    received: dict[bytes, int] = {}
    try:
        run.ready_after()
        reader = KafkaConsumer(
            bootstrap_servers=broker.bootstrap,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            fetch_max_wait_ms=50,
        )
        stop = threading.Event()

        def collect() -> None:
            # The worker creates its output topic; read every partition of it.
            while not stop.is_set():
                partitions = reader.partitions_for_topic(run.output)
                if partitions:
                    reader.assign([TopicPartition(run.output, p) for p in partitions])
                    break
                time.sleep(0.2)
            while not stop.is_set():
                for messages in reader.poll(timeout_ms=200).values():
                    for message in messages:
                        received[message.key] = max(received.get(message.key, 0), message.timestamp)

        collector = threading.Thread(target=collect, daemon=True)
        collector.start()
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=0, acks=1)
        interval = 1.0 / rate
        next_at = time.perf_counter()
        measure_from = int((time.time() + warm_up_s) * 1000)
        for article in articles:
            now = time.perf_counter()
            if now < next_at:
                time.sleep(next_at - now)
            next_at += interval
            key = article.id.encode()
            stamp = int(time.time() * 1000)
            sent[key] = stamp
            producer.send(
                topic,
                value=orjson.dumps({"id": article.id, "text": article.text}),
                key=key,
                timestamp_ms=stamp,
            )
        producer.flush(30)
        producer.close()
        time.sleep(3)  # let the last records arrive
        stop.set()
        collector.join(5)
        reader.close()
    finally:
        run.stop()
    delays = sorted(received[k] - sent[k] for k in received if sent.get(k, 0) >= measure_from)
    if not delays:
        raise RuntimeError("no quote record came back")

    def pct(q: float) -> float:
        return float(delays[min(len(delays) - 1, round(q * (len(delays) - 1)))])

    return {
        "rate": rate,
        "warm_up_s": warm_up_s,
        "articles": len(articles),
        "measured": len(delays),
        "p50_ms": pct(0.5),
        "p99_ms": pct(0.99),
        "max_ms": float(delays[-1]),
    }


def _peak_rss_mb(pid: int) -> float:
    """A live process's peak resident set size (VmHWM), from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except OSError:
        return 0


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _free_port_pair() -> int:
    import socket

    for _ in range(50):
        port = _free_port()
        if port >= 65535:
            continue
        with socket.socket() as second:
            try:
                second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no two adjacent free ports")

