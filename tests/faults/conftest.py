"""Fault tests: the real broker (tests/kafka_harness.py), a stream of thousands of articles
with a known expected output, and a record of the figures each test measured.

The figures go to .cache/faults/figures.jsonl (one JSON object per line, newest last) and
are printed at the end of the run; docs/reliability.md quotes them.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest
from kafka import TopicPartition

from consumer.codec import ArticleDecoder
from consumer.evaluation.corpus import load
from consumer.extraction import QuoteExtractor
from consumer.processing import Processed, Processor
from tests.kafka_harness import (
    BROKER_PROPERTIES,
    BROKER_SCRIPT,
    ROOT,
    _free_port_pair,
    committed_offsets,
    read_all,
)

FIGURES = ROOT / ".cache/faults/figures.jsonl"
_recorded: list[dict[str, Any]] = []


def record_figures(test: str, **figures: Any) -> None:
    """Keep what a fault test measured (duplicates, recovery seconds, memory)."""
    entry = {"test": test, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **figures}
    _recorded.append(entry)
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    with FIGURES.open("ab") as out:
        out.write(orjson.dumps(entry) + b"\n")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _recorded:
        terminalreporter.section("fault-test figures")
        for entry in _recorded:
            terminalreporter.write_line(orjson.dumps(entry).decode())


@dataclass(frozen=True)
class Stream:
    """Input messages and what the offline extractor makes of them."""

    messages: list[tuple[bytes, bytes]]
    quote_ids: Counter[str]  # expected quote records (each id once)
    rejected: int  # messages expected in the dead-letter topic
    by_key: dict[bytes, tuple[str, ...]]  # message key -> the quote ids expected from it

    def __len__(self) -> int:
        return len(self.messages)


_SOURCE_TEXTS: list[str] = []


def _texts() -> list[str]:
    if not _SOURCE_TEXTS:
        for path in sorted((ROOT / "corpus").glob("*.jsonl")):
            _SOURCE_TEXTS.extend(a.text for a in load(path))
        for line in (ROOT / "examples/articles.jsonl").read_bytes().splitlines():
            _SOURCE_TEXTS.append(orjson.loads(line)["text"])
    return _SOURCE_TEXTS


@functools.cache
def build_stream(count: int, *, tag: str, bad_every: int = 0) -> Stream:
    """``count`` articles cycling over the corpus and examples under fresh ids (so their quote
    ids are new); every ``bad_every``-th message is invalid JSON, to be dead-lettered."""
    processor = Processor(QuoteExtractor.with_model(), ArticleDecoder())
    texts = _texts()
    messages: list[tuple[bytes, bytes]] = []
    ids: Counter[str] = Counter()
    by_key: dict[bytes, tuple[str, ...]] = {}
    rejected = 0
    for n in range(count):
        article_id = f"{tag}-{n:05d}"
        if bad_every and n % bad_every == bad_every - 1:
            messages.append((article_id.encode(), b'{"id": "' + article_id.encode() + b'", '))
            by_key[article_id.encode()] = ()
            rejected += 1
            continue
        value = orjson.dumps({"id": article_id, "text": texts[n % len(texts)]})
        result = processor.process(value)
        assert isinstance(result, Processed)
        ids.update(r.quote_id for r in result.records)
        by_key[article_id.encode()] = tuple(r.quote_id for r in result.records)
        messages.append((article_id.encode(), value))
    return Stream(messages, ids, rejected, by_key)


def expected_below_committed(
    bootstrap: str, topic: str, group: str, stream: Stream
) -> Counter[str]:
    """The quote ids of the input messages below the group's committed offsets: exactly what
    must be downstream if nothing was committed past what was delivered and nothing beyond
    the commit was delivered."""
    committed = committed_offsets(bootstrap, group)
    expected: Counter[str] = Counter()
    for message in read_all(bootstrap, topic):
        tp = TopicPartition(topic, message.partition)
        if message.offset < committed.get(tp, 0):
            expected.update(stream.by_key[message.key])
    return expected


@pytest.fixture(scope="session")
def stream_factory() -> Callable[..., Stream]:
    return build_stream


def rss_kib(pid: int) -> tuple[int, int]:
    """(current, peak) resident memory of a process, KiB, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


@pytest.fixture
def stopwatch() -> Iterator[Callable[[], float]]:
    started = time.monotonic()
    yield lambda: round(time.monotonic() - started, 1)


def fault_env() -> dict[str, str]:
    """Settings that make faults show quickly: 3 s group sessions (a killed worker's partitions
    move after 3 s), short retry and flush budgets."""
    return {
        "QUOTES_SESSION_TIMEOUT_MS": "3000",
        "QUOTES_LOG_LEVEL": os.environ.get("FAULTS_LOG_LEVEL", "INFO"),
    }


class LocalBroker:
    """A broker of its own (deploy/kafka/broker.sh) for a test that stops and restarts it."""

    def __init__(
        self, state: Path, *, port: int | None = None, extra_properties: str = "", scram: str = ""
    ) -> None:
        port = port or _free_port_pair()
        self.port = port
        self.state = state
        self.env = {
            **os.environ,
            "KAFKA_LOCAL_PORT": str(port),
            "KAFKA_LOCAL_CONTROLLER_PORT": str(port + 1),
            "KAFKA_LOCAL_DIR": str(state),
            "KAFKA_EXTRA_PROPERTIES": "\n".join(
                p for p in (BROKER_PROPERTIES, extra_properties) if p
            ),
        }
        if scram:
            self.env["KAFKA_LOCAL_SCRAM"] = scram
        self.bootstrap = f"127.0.0.1:{port}"

    def start(self) -> LocalBroker:
        done = subprocess.run(
            [str(BROKER_SCRIPT), "start"], env=self.env, capture_output=True, text=True, timeout=180
        )
        assert done.returncode == 0, done.stderr[-4000:]
        return self

    def halt(self) -> None:
        """SIGTERM the broker (controlled shutdown) and keep its data for a restart."""
        pid = int((self.state / "broker.pid").read_text())
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
        raise AssertionError("broker did not stop within 60 s")

    def stop(self) -> None:
        subprocess.run([str(BROKER_SCRIPT), "stop"], env=self.env, capture_output=True, timeout=120)


def listening_ports(pid: int) -> set[int]:
    """TCP ports on which process ``pid`` accepts connections (from /proc)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    ports = set()
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports
