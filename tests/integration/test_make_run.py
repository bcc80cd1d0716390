"""`make run` (scripts/run-local.sh): starts its own broker, the service, publishes the examples
and prints the quote records; everything it started is stopped afterwards."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import orjson

from consumer.codec import ArticleDecoder
from consumer.extraction import QuoteExtractor
from consumer.processing import Processed, Processor
from tests.kafka_harness import ROOT, _free_port_pair, free_port


def test_run_local_shows_quote_records_flowing(tmp_path: Path) -> None:
    processor = Processor(QuoteExtractor.with_model(), ArticleDecoder())
    expected = []
    for line in (ROOT / "examples/articles.jsonl").read_bytes().splitlines():
        result = processor.process(line)
        assert isinstance(result, Processed)
        expected += [orjson.loads(p) for p in result.payloads]

    port = _free_port_pair()
    state = tmp_path / "broker"
    env = {k: v for k, v in os.environ.items() if k != "KAFKA_BOOTSTRAP_SERVERS"} | {
        "KAFKA_LOCAL_PORT": str(port),
        "KAFKA_LOCAL_CONTROLLER_PORT": str(port + 1),
        "KAFKA_LOCAL_DIR": str(state),
        "QUOTES_METRICS_PORT": str(free_port()),
        "QUOTES_TAIL_ARGS": f"--max-records {len(expected)} --timeout 90",
    }
    done = subprocess.run(
        [str(ROOT / "scripts/run-local.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    printed = [orjson.loads(line) for line in done.stdout.splitlines() if line.startswith("  {")]
    assert sorted(r["quote_id"] for r in printed) == sorted(r["quote_id"] for r in expected)
    assert "अनीता मेहरा" in done.stdout  # the human-readable line names the resolved speaker
    assert f"using Kafka at 127.0.0.1:{port}" in done.stderr
    assert "stopping the local broker" in done.stderr
    assert not state.exists(), "the broker's data should be removed when make run ends"
