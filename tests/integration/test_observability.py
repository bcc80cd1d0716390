"""A real Prometheus (the Debian package) scrapes a real worker that processes articles from the
real broker; every dashboard query and every alert expression is then evaluated through
Prometheus's HTTP API and must return data, or be one that needs another exporter
(kube-state-metrics) and documented as such in docs/operations.md."""

from __future__ import annotations

import json
import math
import subprocess
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

from tests.deploy.tools import (
    OPERATIONS,
    RULES,
    alert_rules,
    dashboard_targets,
    metric_names,
    needs_other_exporter,
    signals,
    tool,
)

try:
    from tests.kafka_harness import ROOT, Topics, free_port, produce, wait_for, worker_env
except ImportError:  # before the broker harness moved out of tests/integration/conftest.py
    from tests.integration.conftest import (  # type: ignore[no-redef]
        ROOT,
        Topics,
        free_port,
        produce,
        wait_for,
        worker_env,
    )

EXAMPLES = [
    line for line in (ROOT / "examples/articles.jsonl").read_bytes().splitlines() if line.strip()
]
BAD = [b"\xff\xfe not utf-8", b"{this is not json", b'{"id": 42, "text": "x"}']
# Grafana variables, as Grafana would fill them for "All namespaces" with a 1 s scrape.
GRAFANA_VARIABLES = {"$__rate_interval": "1m", "$namespace": ".*"}


@dataclass
class Prometheus:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def api(self, path: str, **params: str) -> Any:
        query = urllib.parse.urlencode(params)
        with urllib.request.urlopen(f"{self.url}/api/v1/{path}?{query}", timeout=10) as response:
            body = json.loads(response.read())
        assert body["status"] == "success", body
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        data = self.api("query", query=expr)
        assert data["resultType"] == "vector", (expr, data["resultType"])
        return list(data["result"])

    def value(self, expr: str) -> float:
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else math.nan

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]


@pytest.fixture
def prometheus_for(tmp_path: Path) -> Iterator[Any]:
    """Start Prometheus scraping one worker every second, with the alert rules loaded."""
    started: list[Prometheus] = []

    def start(worker_port: int) -> Prometheus:
        port = free_port()
        config = tmp_path / "prometheus.yml"
        config.write_text(
            yaml.safe_dump(
                {
                    # One-second scrapes and rule evaluations: the test runs for seconds.
                    "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
                    "rule_files": [str(RULES)],
                    "scrape_configs": [
                        {
                            "job_name": "quote-consumer",
                            "static_configs": [{"targets": [f"127.0.0.1:{worker_port}"]}],
                        }
                    ],
                }
            )
        )
        log_path = tmp_path / "prometheus.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [
                    tool("prometheus"),
                    f"--config.file={config}",
                    f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                    f"--web.listen-address=127.0.0.1:{port}",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        server = Prometheus(f"http://127.0.0.1:{port}", process, log_path)
        started.append(server)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, f"prometheus exited:\n{server.log()}"
            try:
                with urllib.request.urlopen(f"{server.url}/-/ready", timeout=2) as response:
                    if response.status == 200:
                        return server
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"prometheus not ready after 60 s:\n{server.log()}")

    yield start
    for server in started:
        server.process.terminate()
        try:
            server.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=10)


def grafana(expr: str) -> str:
    for variable, value in GRAFANA_VARIABLES.items():
        expr = expr.replace(variable, value)
    assert "$" not in expr, f"unsubstituted variable in {expr!r}"
    return expr


def has_a_number(result: list[dict[str, Any]]) -> bool:
    return any(math.isfinite(float(sample["value"][1])) for sample in result)


def test_every_dashboard_and_alert_expression_has_data(
    bootstrap: str, topics: Topics, start_worker: Any, prometheus_for: Any
):
    # The examples' sources on the allow-list: the per-source panels and the yield alert
    # leave `other` out, so they need named sources to have data.
    sources = sorted({orjson.loads(v)["source"] for v in EXAMPLES})
    worker = start_worker(worker_env(bootstrap, topics, QUOTES_METRICS_SOURCES=",".join(sources)))
    worker.wait_ready()
    prom = prometheus_for(worker.port)
    wait_for(lambda: prom.value('up{job="quote-consumer"}') == 1, timeout=30, what="first scrape")

    # Two waves: counters that first appear in a wave are only rated from the second one.
    handled = 0
    for _wave in range(2):
        time.sleep(3)  # a few scrapes between the waves
        produce(bootstrap, topics.input, [(None, v) for v in EXAMPLES + BAD])
        handled += len(EXAMPLES) + len(BAD)
        wait_for(
            lambda n=handled: (
                prom.value('sum(quote_consumer_articles_total{job="quote-consumer"})') == n
            ),
            timeout=90,
            what=f"Prometheus to see {handled} articles handled",
        )
    wait_for(
        lambda: prom.value('sum(quote_consumer_commits_total{result="success"})') > 0,
        timeout=30,
        what="a commit scraped",
    )
    time.sleep(2)

    empty, needs_exporter = [], []
    for title, expr in dashboard_targets():
        result = prom.query(grafana(expr))
        if needs_other_exporter(expr):
            needs_exporter.append(expr)
        elif not has_a_number(result):
            empty.append(f"dashboard {title!r}: {expr}")
    for rule in alert_rules():
        for signal in signals(rule["expr"]):
            result = prom.query(signal)
            if needs_other_exporter(signal):
                needs_exporter.append(signal)
            elif not has_a_number(result):
                empty.append(f"alert {rule['alert']}: {signal}")
    assert not empty, "expressions without data:\n" + "\n".join(empty) + f"\n{worker.log()}"

    # What needs kube-state-metrics is named in the operator guide.
    operations = OPERATIONS.read_text()
    for expr in needs_exporter:
        for name in metric_names(expr):
            assert f"`{name}`" in operations, name
    assert needs_exporter, "the restart alert and the worker panel use kube-state-metrics"

    # The numbers mean what the panels say.
    examples = len(EXAMPLES)
    assert prom.value('sum(quote_consumer_articles_total{outcome="dead_lettered"})') == 2 * len(BAD)
    assert (
        prom.value('sum(quote_consumer_articles_total{outcome!="dead_lettered"})') == 2 * examples
    )
    rate_in = prom.value(
        grafana('sum(rate(quote_consumer_articles_total{job="quote-consumer"}[$__rate_interval]))')
    )
    assert rate_in > 0
    by_reason = {
        s["metric"]["reason"]: float(s["value"][1])
        for s in prom.query("sum by (reason) (quote_consumer_dead_letters_total)")
    }
    assert (
        by_reason["undecodable"] == by_reason["invalid_json"] == by_reason["invalid_article"] == 2
    )
    assert prom.value("sum(quote_consumer_quotes_total)") > 0
    # Every record is counted once by type and form, and once in its article's source.
    assert prom.value("sum(quote_consumer_quotes_total)") == prom.value(
        "sum(quote_consumer_article_quotes_sum)"
    )
    assert prom.value("sum(quote_consumer_quotes_total)") == prom.value(
        "sum(quote_consumer_quote_confidence_count)"
    )
    per_source = {
        s["metric"]["source"]: float(s["value"][1])
        for s in prom.query("sum by (source) (quote_consumer_article_quotes_count)")
    }
    expected = Counter(orjson.loads(v)["source"] for v in EXAMPLES)
    assert per_source == {**{k: 2.0 * n for k, n in expected.items()}, "other": 0.0}
    assert prom.value("process_resident_memory_bytes") > 50 * 2**20  # spaCy and the model loaded
    assert prom.value("sum(quote_consumer_assigned_partitions)") == 3

    # Prometheus loaded every alert rule and evaluates it without error.
    wait_for(
        lambda: all(
            rule.get("lastEvaluation", "").startswith("20")
            for group in prom.api("rules")["groups"]
            for rule in group["rules"]
        ),
        timeout=10,
        what="every rule evaluated",
    )
    loaded = {
        rule["name"]: rule for group in prom.api("rules")["groups"] for rule in group["rules"]
    }
    assert set(loaded) == {rule["alert"] for rule in alert_rules()}
    assert {name: r["health"] for name, r in loaded.items() if r["health"] != "ok"} == {}
    # A healthy worker: the only alert that may be on its way is the dead-letter rate
    # (this test dead-letters a third of its input on purpose).
    active = {name for name, r in loaded.items() if r["state"] != "inactive"}
    assert active <= {"QuoteConsumerDeadLetterRate"}, active
