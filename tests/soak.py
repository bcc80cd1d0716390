"""Soak run (``make soak``): hours of steady input against the three-node cluster.

One worker at half of its saturation rate for SOAK_MINUTES (default 60); every
SOAK_RESTART_MINUTES (default 15) the worker is replaced (SIGTERM, then a new one), and at the
middle of the run one broker is SIGKILLed and restarted. Each minute a line gives the worker's
resident memory, open file descriptors, threads and lag. At the end the whole output topic
and the dead-letter topic are read back. Exits 1 if anything was lost, if the lag did not
return to zero, or if memory, descriptors or threads grew without bound within a worker's
life (after its first minutes of warm-up).

    SOAK_MINUTES=5 make soak        # a short run
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from consumer.codec import ArticleDecoder
from consumer.extraction import QuoteExtractor
from consumer.processing import Processed, Processor
from tests.cluster.harness import Cluster
from tests.faults.conftest import _texts
from tests.kafka_harness import Topics, Worker, committed_offsets, end_offsets, worker_env

MINUTES = float(os.environ.get("SOAK_MINUTES", "60"))
# Articles a second; by default half of the saturation rate measured at the start of the run
# (docs/benchmarks.md: ~530 on an idle machine; less when the machine is shared).
RATE_SETTING = os.environ.get("SOAK_RATE", "")
PREFILL = 6000  # articles in the input before the first worker starts: saturation probe
RESTART_MINUTES = float(os.environ.get("SOAK_RESTART_MINUTES", "15"))
POISON_EVERY = 997  # every 997th message is invalid JSON, for the dead-letter topic
GUARANTEE = os.environ.get("SOAK_GUARANTEE", "at_least_once")
# Growth allowed within one worker's life after warm-up: a leak of a few KiB per second would
# exceed it within the default 15 minutes, ordinary heap fragmentation would not.
RSS_GROWTH_KIB = 64 * 1024
FD_GROWTH = 20
THREAD_GROWTH = 10
WARMUP_S = 120


def say(text: str) -> None:
    print(time.strftime("%H:%M:%S ", time.gmtime()) + text, flush=True)


def proc_figures(pid: int) -> tuple[int, int, int]:
    """(resident KiB, open descriptors, threads) of a live process, from /proc."""
    rss = threads = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1])
        elif line.startswith("Threads:"):
            threads = int(line.split()[1])
    return rss, len(os.listdir(f"/proc/{pid}/fd")), threads


@dataclass
class Life:
    """One worker process: its samples after warm-up."""

    number: int
    started: float
    samples: list[tuple[int, int, int]] = field(default_factory=list)

    def growth(self) -> tuple[int, int, int]:
        if len(self.samples) < 2:
            return 0, 0, 0
        first = self.samples[0]
        peak = tuple(max(s[i] for s in self.samples) for i in range(3))
        return peak[0] - first[0], peak[1] - first[1], peak[2] - first[2]


class Feeder(threading.Thread):
    """Produces RATE articles a second until stopped; remembers what each key should yield."""

    def __init__(self, bootstrap: str, topic: str, counts: list[int], rate: float) -> None:
        super().__init__(daemon=True)
        self.rate = rate
        self.bootstrap = bootstrap
        self.topic = topic
        self.counts = counts
        self.texts = _texts()
        self.sent = 0
        self.expected_records = 0
        self.poison: list[bytes] = []
        self.stop_event = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        producer = KafkaProducer(bootstrap_servers=self.bootstrap, acks="all", linger_ms=20)
        try:
            started = time.monotonic()
            while not self.stop_event.is_set():
                due = PREFILL + int((time.monotonic() - started) * self.rate)
                while self.sent < due:
                    self._send(producer, self.sent)
                    self.sent += 1
                time.sleep(0.05)
            producer.flush(timeout=120)
        except BaseException as exc:  # reported by the main thread
            self.error = exc
        finally:
            producer.close(timeout=10)

    def prefill(self) -> None:
        producer = KafkaProducer(bootstrap_servers=self.bootstrap, acks="all", linger_ms=20)
        try:
            while self.sent < PREFILL:
                self._send(producer, self.sent)
                self.sent += 1
            producer.flush(timeout=120)
        finally:
            producer.close(timeout=10)

    def _send(self, producer: KafkaProducer, n: int) -> None:
        key = f"soak-{n:08d}".encode()
        if n % POISON_EVERY == POISON_EVERY - 1:
            self.poison.append(key)
            producer.send(self.topic, key=key, value=b'{"id": "' + key + b'", ')
            return
        index = n % len(self.texts)
        self.expected_records += self.counts[index]
        value = orjson.dumps({"id": key.decode(), "text": self.texts[index]})
        producer.send(self.topic, key=key, value=value)


def expected_counts() -> list[int]:
    """Quote records per source text (the count does not depend on the article id)."""
    processor = Processor(QuoteExtractor.with_model(), ArticleDecoder())
    counts = []
    for n, text in enumerate(_texts()):
        result = processor.process(orjson.dumps({"id": f"probe-{n}", "text": text}))
        assert isinstance(result, Processed)
        counts.append(len(result.records))
    return counts


def lag(cluster: Cluster, topics: Topics) -> int:
    ends = end_offsets(cluster.internal, topics.input)
    committed = committed_offsets(cluster.internal, topics.group)
    return sum(max(0, end - committed.get(tp, 0)) for tp, end in ends.items())


def read_back(bootstrap: str, topic: str, on_record: Callable[[bytes, bytes], None]) -> int:
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, max_partition_fetch_bytes=4 << 20
    )
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        count = 0
        while any(consumer.position(tp) < ends[tp] for tp in partitions):
            for batch in consumer.poll(timeout_ms=1000, max_records=5000).values():
                for message in batch:
                    on_record(message.key, message.value)
                    count += 1
        return count
    finally:
        consumer.close()


def main() -> int:  # noqa: C901 - one script, read top to bottom
    counts = expected_counts()
    workdir = Path(tempfile.mkdtemp(prefix="soak-", dir=os.environ.get("SOAK_DIR")))
    cluster = Cluster(workdir / "cluster")
    cluster.start()
    tag = uuid.uuid4().hex[:8]
    topics = Topics(f"soak.raw.{tag}", f"soak.quotes.{tag}", f"soak.dlq.{tag}", f"soak-{tag}")
    cluster.create_topic(topics.input)
    env = worker_env(
        cluster.bootstrap,
        topics,
        QUOTES_TOPIC_REPLICATION_FACTOR="3",
        QUOTES_PROCESSING_GUARANTEE=GUARANTEE,
        QUOTES_TRANSACTIONAL_ID=f"tx-{tag}",
        QUOTES_COMMIT_INTERVAL_S="1",
        QUOTES_LOG_LEVEL="WARNING",
    )
    lives: list[Life] = []
    failures: list[str] = []

    def start_worker() -> Worker:
        life = Life(len(lives) + 1, time.monotonic())
        lives.append(life)
        worker = Worker(env, workdir / f"worker-{life.number}.log")
        worker.wait_ready(timeout=120)
        return worker

    feeder = Feeder(cluster.internal, topics.input, counts, 0.0)
    feeder.prefill()
    worker = start_worker()
    probe_started = time.monotonic()
    while lag(cluster, topics) > 0:
        time.sleep(0.5)
    saturation = PREFILL / (time.monotonic() - probe_started)
    feeder.rate = float(RATE_SETTING) if RATE_SETTING else round(saturation / 2)
    say(
        f"soak: saturation {saturation:.0f} articles/s ({PREFILL} pre-filled articles); "
        f"{MINUTES:g} min at {feeder.rate:g} articles/s, {GUARANTEE}, worker replaced every "
        f"{RESTART_MINUTES:g} min, one broker SIGKILLed and restarted at the middle"
    )
    feeder.start()
    started = time.monotonic()
    end = started + MINUTES * 60
    broker_restart_at = started + MINUTES * 30
    broker_restarted = False
    next_restart = started + RESTART_MINUTES * 60
    next_sample = started + 60
    try:
        while time.monotonic() < end:
            time.sleep(1)
            now = time.monotonic()
            if worker.process.poll() is not None:
                failures.append(f"worker {lives[-1].number} exited {worker.process.returncode}")
                say(failures[-1] + ":\n" + worker.log())
                worker = start_worker()
            if feeder.error is not None:
                raise feeder.error
            if not broker_restarted and now >= broker_restart_at:
                node = cluster.busiest_leader(topics.input)
                say(f"SIGKILL broker node {node}")
                cluster.kill(node)
                time.sleep(10)
                say(f"broker node {node} back after {cluster.restart(node):.1f}s")
                broker_restarted = True
            if now >= next_restart and now < end - 60:
                code = worker.terminate(timeout=30)
                say(f"worker {lives[-1].number} replaced (SIGTERM, exit {code})")
                if code != 0:
                    failures.append(f"worker {lives[-1].number} exited {code} on SIGTERM")
                worker = start_worker()
                next_restart = now + RESTART_MINUTES * 60
            if now >= next_sample:
                next_sample += 60
                rss, fds, threads = proc_figures(worker.process.pid)
                brokers = 0
                for node in (1, 2, 3):
                    with contextlib.suppress(OSError, ValueError):  # a node being restarted
                        brokers += proc_figures(cluster.pid(node))[0]
                life = lives[-1]
                if now - life.started >= WARMUP_S:
                    life.samples.append((rss, fds, threads))
                say(
                    f"minute {round((now - started) / 60):3d}  worker {life.number}  "
                    f"rss {rss / 1024:6.1f} MiB  fds {fds:3d}  threads {threads:2d}  "
                    f"lag {lag(cluster, topics):6d}  sent {feeder.sent}  "
                    f"brokers rss {brokers / 1024:6.1f} MiB"
                )
        feeder.stop_event.set()
        feeder.join(timeout=180)
        say(f"input stopped at {feeder.sent} articles; waiting for the lag to reach 0")
        deadline = time.monotonic() + 600
        while lag(cluster, topics) > 0 and time.monotonic() < deadline:
            time.sleep(2)
        final_lag = lag(cluster, topics)
        if final_lag:
            failures.append(f"lag {final_lag} ten minutes after the input stopped")
        code = worker.terminate(timeout=30)
        if code != 0:
            failures.append(f"last worker exited {code} on SIGTERM")

        per_key: dict[bytes, set[str]] = defaultdict(set)

        def on_quote(key: bytes, value: bytes) -> None:
            per_key[key].add(orjson.loads(value)["quote_id"])

        records = read_back(cluster.internal, topics.output, on_quote)
        dead: set[bytes] = set()
        read_back(cluster.internal, topics.dlq, lambda key, _: dead.add(key))
        distinct = sum(len(ids) for ids in per_key.values())
        texts = len(counts)
        lost = 0
        for n in range(feeder.sent):
            key = f"soak-{n:08d}".encode()
            if n % POISON_EVERY != POISON_EVERY - 1:
                lost += max(0, counts[n % texts] - len(per_key.get(key, ())))
        missing_dead = len(set(feeder.poison) - dead)
        say(
            f"articles {feeder.sent}, expected records {feeder.expected_records}, distinct "
            f"records {distinct}, records read {records} (duplicates {records - distinct}), "
            f"lost {lost}; dead letters {len(dead)} of {len(feeder.poison)}"
        )
        if lost or distinct != feeder.expected_records:
            failures.append(f"{lost} records lost ({distinct} of {feeder.expected_records})")
        if missing_dead:
            failures.append(f"{missing_dead} poison messages missing from the dead-letter topic")
        for life in lives:
            rss, fds, threads = life.growth()
            say(
                f"worker {life.number}: {len(life.samples)} samples after warm-up, growth "
                f"rss {rss / 1024:.1f} MiB, fds {fds}, threads {threads}"
            )
            if rss > RSS_GROWTH_KIB or fds > FD_GROWTH or threads > THREAD_GROWTH:
                failures.append(
                    f"worker {life.number} grew: rss {rss} KiB, fds {fds}, threads {threads}"
                )
    finally:
        feeder.stop_event.set()
        worker.kill()
        cluster.stop()
    for failure in failures:
        say("FAIL: " + failure)
    say("soak passed" if not failures else "soak FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
