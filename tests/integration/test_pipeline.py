"""The service against a real Kafka broker: records arrive, bad input is dead-lettered with its
headers, offsets are committed only for delivered work, and a restart loses nothing."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import orjson
from jsonschema import Draft202012Validator

from consumer.codec import ArticleDecoder
from consumer.extraction import QuoteExtractor
from consumer.processing import Processed, Processor
from consumer.schemas import load_schema
from tests.kafka_harness import (
    ROOT,
    Topics,
    committed_offsets,
    end_offsets,
    produce,
    read_topic,
    wait_for,
    worker_env,
)

EXAMPLES = [
    line for line in (ROOT / "examples/articles.jsonl").read_bytes().splitlines() if line.strip()
]
MAX_TEXT = 5_000

BAD = {
    b"\xff\xfe not utf-8": "undecodable",
    b"{this is not json": "invalid_json",
    b"[1, 2, 3]": "invalid_article",
    b'{"text": "\xe0\xa4\x95"}': "invalid_article",
    b'{"id": 42, "text": "x"}': "invalid_article",
    orjson.dumps({"id": "huge", "text": "क" * (MAX_TEXT + 1)}): "text_too_large",
}


def _expected_quote_ids(values: list[bytes]) -> list[str]:
    processor = Processor(QuoteExtractor.with_model(), ArticleDecoder(max_text_chars=MAX_TEXT))
    ids = []
    for value in values:
        result = processor.process(value)
        if isinstance(result, Processed):
            ids += [r.quote_id for r in result.records]
    return ids


def _written_partitions(bootstrap: str, topic: str) -> dict:
    """End offsets of the partitions that received messages: a partition the producer's
    partitioner left empty has nothing to commit, so the group never has an offset for it."""
    return {tp: end for tp, end in end_offsets(bootstrap, topic).items() if end > 0}


def _article(number: int) -> bytes:
    text = (
        f"नगर निगम की बैठक संख्या {number} में कई प्रस्ताव पारित हुए।\n\n"
        f'महापौर सरिता नायर ने कहा, "शहर की {number} सड़कों की मरम्मत इसी महीने पूरी होगी।"\n\n'
        f'"पानी की आपूर्ति के लिए नई पाइपलाइन बिछाई जाएगी," नायर ने बताया।'
    )
    return orjson.dumps({"id": f"art-{number}", "text": text, "source": "परीक्षण"})


def test_pipeline_end_to_end(bootstrap: str, topics: Topics, start_worker) -> None:
    good = EXAMPLES
    produce(bootstrap, topics.input, [(None, v) for v in good] + [(b"bad", v) for v in BAD])
    expected = _expected_quote_ids(good)
    assert len(expected) >= 10

    worker = start_worker(worker_env(bootstrap, topics, QUOTES_MAX_TEXT_CHARS=str(MAX_TEXT)))
    worker.wait_ready()

    records = read_topic(bootstrap, topics.output, expect=len(expected))
    documents = [orjson.loads(m.value) for m in records]
    assert sorted(d["quote_id"] for d in documents) == sorted(expected), worker.log()
    validator = Draft202012Validator(load_schema("quote.v1.json"))
    for message, document in zip(records, documents, strict=True):
        assert not list(validator.iter_errors(document))
        assert message.key == document["article_id"].encode()

    dead = read_topic(bootstrap, topics.dlq, expect=len(BAD))
    assert sorted(m.value for m in dead) == sorted(BAD)
    for message in dead:
        headers = {k: v for k, v in message.headers}
        assert headers["__connect.errors.topic"] == topics.input.encode()
        assert int(headers["__connect.errors.partition"]) in (0, 1, 2)
        assert int(headers["__connect.errors.offset"]) >= 0
        assert headers["quotes.errors.reason"].decode() == BAD[message.value]
        assert headers["__connect.errors.exception.class.name"].startswith(b"consumer.errors.")
        assert headers["__connect.errors.exception.message"]

    ends = _written_partitions(bootstrap, topics.input)
    wait_for(
        lambda: committed_offsets(bootstrap, topics.group) == ends,
        what=f"offsets {ends} to be committed",
    )

    status, metrics = worker.get("/metrics")
    assert status == 200
    assert 'quote_consumer_dead_letters_total{reason="text_too_large"} 1.0' in metrics
    assert 'quote_consumer_articles_total{outcome="dead_lettered"} 6.0' in metrics
    assert 'quote_consumer_commits_total{result="success"}' in metrics
    assert "quote_consumer_consumer_lag{" in metrics
    assert worker.get("/healthz")[0] == 200

    started = time.monotonic()
    assert worker.terminate() == 0, worker.log()
    assert time.monotonic() - started < 25
    assert "stopped cleanly" in worker.log()


def test_restarted_worker_resumes_without_loss(
    bootstrap: str, topics: Topics, start_worker
) -> None:
    first = [_article(n) for n in range(40)]
    second = [_article(n) for n in range(40, 100)]
    env = worker_env(bootstrap, topics)

    produce(bootstrap, topics.input, [(None, v) for v in first])
    worker = start_worker(env)
    worker.wait_ready()
    read_topic(bootstrap, topics.output, expect=len(_expected_quote_ids(first)))
    ends = _written_partitions(bootstrap, topics.input)
    wait_for(lambda: committed_offsets(bootstrap, topics.group) == ends, what="first commit")
    assert worker.terminate() == 0, worker.log()

    # Published while no worker runs: the next one must pick up exactly here.
    produce(bootstrap, topics.input, [(None, v) for v in second])
    worker = start_worker(env)
    worker.wait_ready()
    expected = _expected_quote_ids(first + second)
    records = read_topic(bootstrap, topics.output, expect=len(expected))
    ids = [orjson.loads(m.value)["quote_id"] for m in records]
    assert sorted(ids) == sorted(expected), "lost or duplicated records after restart"
    ends = _written_partitions(bootstrap, topics.input)
    wait_for(lambda: committed_offsets(bootstrap, topics.group) == ends, what="second commit")
    assert worker.terminate() == 0, worker.log()


def test_killed_worker_replays_from_last_commit(
    bootstrap: str, topics: Topics, start_worker
) -> None:
    values = [_article(n) for n in range(200)]
    env = worker_env(bootstrap, topics)
    produce(bootstrap, topics.input, [(None, v) for v in values])
    worker = start_worker(env)
    worker.wait_ready()
    assert read_topic(bootstrap, topics.output, expect=1, timeout=30), worker.log()
    worker.kill()  # SIGKILL mid-stream: no flush, no commit of the batch in hand

    worker = start_worker(env)
    worker.wait_ready()
    expected = set(_expected_quote_ids(values))
    records = read_topic(bootstrap, topics.output, expect=len(expected))
    ids = [orjson.loads(m.value)["quote_id"] for m in records]
    assert set(ids) == expected, "records lost after SIGKILL"
    assert worker.terminate() == 0, worker.log()


def test_unreachable_broker_exits_non_zero(tmp_path: Path, topics: Topics) -> None:
    env = worker_env(
        "127.0.0.1:1", topics, QUOTES_RETRY_ATTEMPTS="2", QUOTES_RETRY_MAX_BACKOFF_S="0.2"
    )
    env["KAFKA_BOOTSTRAP_SERVERS"] = "127.0.0.1:1"
    done = subprocess.run(
        [sys.executable, "-m", "consumer", "run"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 3, done.stderr
    assert "cannot reach Kafka at 127.0.0.1:1" in done.stderr
