"""Every Prometheus object the service exports, and the /metrics, /healthz, /readyz endpoints.

Metric names follow Prometheus conventions; label values are bounded (never an article id).
The README's metrics table lists each one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from itertools import product
from socketserver import ThreadingMixIn
from typing import Any, get_args
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    ProcessCollector,
    make_wsgi_app,
)

from consumer.errors import RejectedMessage
from consumer.records import QUOTE_TYPES, Article, QuoteForm, QuoteRecord
from consumer.sources import SourceLabels

__all__ = ["Health", "Metrics", "MetricsServer"]

log = logging.getLogger(__name__)

_NS = "quote_consumer"


_QUOTE_FORMS: tuple[str, ...] = get_args(QuoteForm)


class Metrics:
    """The service's metrics, on a registry of their own so tests and workers do not collide.

    ``sources`` is the allow-list of sources with their own label value on the per-source
    metrics (QUOTES_METRICS_SOURCES, consumer/sources.py); every other one is ``other``.
    """

    def __init__(
        self, registry: CollectorRegistry | None = None, *, sources: Iterable[str] = ()
    ) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self.sources = SourceLabels(sources)
        r = self.registry
        self.articles = Counter(
            f"{_NS}_articles_total",
            "Input messages handled, by outcome: quotes (1+ records), no_quotes, dead_lettered.",
            ["outcome"],
            registry=r,
        )
        self.quotes = Counter(
            f"{_NS}_quotes_total",
            "Quote records produced, by type and marking form.",
            ["type", "form"],
            registry=r,
        )
        # Extraction quality (docs/operations.md, "Extraction quality"): what a site redesign
        # or a new house style changes before anyone reads the records.
        self.quote_confidence = Histogram(
            f"{_NS}_quote_confidence",
            "Confidence of each quote record, by marking form.",
            ["form"],
            # The rules give confidences between about 0.4 and 0.95 in steps of 0.05-0.1:
            # buckets of 0.1 there show a shift, the ends catch anything unusual.
            buckets=(0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0),
            registry=r,
        )
        self.named_speakers = Counter(
            f"{_NS}_quotes_named_speaker_total",
            "Quote records whose speaker was resolved to a name, by type.",
            ["type"],
            registry=r,
        )
        self.article_quotes = Histogram(
            f"{_NS}_article_quotes",
            "Quote records per processed article (dead letters excluded), by source: the "
            "allow-listed ones (QUOTES_METRICS_SOURCES), every other as `other`.",
            ["source"],
            # Most news articles carry 0-5 quotations; interviews and long features 10-40.
            buckets=(0, 1, 2, 3, 5, 8, 13, 21, 34),
            registry=r,
        )
        self.dead_letters = Counter(
            f"{_NS}_dead_letters_total",
            "Messages sent to the dead-letter topic, by reason.",
            ["reason"],
            registry=r,
        )
        self.extraction_seconds = Histogram(
            f"{_NS}_extraction_seconds",
            "Time to extract quotes from one article.",
            buckets=(
                0.0001,
                0.00025,
                0.0005,
                0.001,
                0.0025,
                0.005,
                0.01,
                0.025,
                0.05,
                0.1,
                0.25,
                1.0,
            ),
            registry=r,
        )
        self.end_to_end_seconds = Histogram(
            f"{_NS}_end_to_end_seconds",
            "From the input message's Kafka timestamp to the acknowledgement of its last output record.",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0),
            registry=r,
        )
        self.batch_size = Histogram(
            f"{_NS}_batch_size",
            "Messages returned by one poll.",
            buckets=(1, 5, 10, 25, 50, 100, 250, 500, 1000),
            registry=r,
        )
        self.commits = Counter(
            f"{_NS}_commits_total", "Offset commits, by result.", ["result"], registry=r
        )
        self.retries = Counter(
            f"{_NS}_retries_total",
            "Retries of broker operations after transient errors, by operation.",
            ["operation"],
            registry=r,
        )
        self.producer_replacements = Counter(
            f"{_NS}_producer_replacements_total",
            "Producer clients replaced because records outlived their delivery timeout "
            "unsettled (a stuck kafka-python client; at-least-once only).",
            registry=r,
        )
        self.delivery_failures = Counter(
            f"{_NS}_delivery_failures_total",
            "Produced records the broker did not acknowledge, by topic role (output, dlq, manifest).",
            ["role"],
            registry=r,
        )
        self.lag = Gauge(
            f"{_NS}_consumer_lag",
            "Messages behind the partition's high watermark, per assigned input partition.",
            ["topic", "partition"],
            registry=r,
        )
        self.assigned_partitions = Gauge(
            f"{_NS}_assigned_partitions", "Input partitions assigned to this worker.", registry=r
        )
        self.last_loop = Gauge(
            f"{_NS}_last_loop_timestamp_seconds",
            "Unix time of the consume loop's last iteration (the liveness heartbeat).",
            registry=r,
        )
        self.last_commit = Gauge(
            f"{_NS}_last_commit_timestamp_seconds",
            "Unix time of the last successful offset commit.",
            registry=r,
        )
        self.build = Info(f"{_NS}_build", "Versions of the running worker.", registry=r)
        # The standard process_* metrics (memory, CPU, open files, start time): the dashboard's
        # memory panel and the restart alert read them, and the registry is our own, so
        # prometheus-client's default collectors are not on it unless added here.
        ProcessCollector(registry=r)
        # Every known label value starts at zero, so each series exists before its first event:
        # rate() and increase() then count the first dead letter or failed commit after a start,
        # and alert expressions find a series to compare (Prometheus's "avoid missing metrics").
        for counter, values in (
            (self.articles, ("quotes", "no_quotes", "dead_lettered")),
            (self.named_speakers, QUOTE_TYPES),
            (self.dead_letters, _dead_letter_reasons()),
            (self.commits, ("success", "failed")),
            (self.retries, ("poll", "produce", "commit", "connect", "transaction")),
            (self.delivery_failures, ("output", "dlq", "manifest")),
        ):
            for value in values:
                counter.labels(value)
        # Label children kept for the per-record path: labels() takes a lock and a dict
        # lookup each call, and a busy worker calls these several times per record.
        self._quotes = {
            pair: self.quotes.labels(*pair) for pair in product(QUOTE_TYPES, _QUOTE_FORMS)
        }
        self._confidence = {form: self.quote_confidence.labels(form) for form in _QUOTE_FORMS}
        self._named = {kind: self.named_speakers.labels(kind) for kind in QUOTE_TYPES}
        self._per_source = {s: self.article_quotes.labels(s) for s in self.sources.values}

    def observe_article(self, article: Article, records: Iterable[QuoteRecord]) -> None:
        """Count one processed article's records: types, forms, confidence, named speakers,
        and the article's quotes under its source label."""
        count = 0
        for record in records:
            quote = record.quote
            self._quotes[quote.type, quote.form].inc()
            self._confidence[quote.form].observe(quote.confidence)
            if quote.speaker is not None and quote.speaker.name:
                self._named[quote.type].inc()
            count += 1
        self._per_source[self.sources.label(article)].observe(count)


def _dead_letter_reasons() -> list[str]:
    """The ``reason`` codes of every concrete RejectedMessage (the README's dead-letter table)."""
    reasons: list[str] = []
    pending: list[type[RejectedMessage]] = list(RejectedMessage.__subclasses__())
    while pending:
        cls = pending.pop()
        reasons.append(cls.reason)
        pending.extend(cls.__subclasses__())
    return sorted(set(reasons))


class Health:
    """What /healthz and /readyz answer. The loop writes it; the HTTP thread reads it."""

    def __init__(self, *, liveness_timeout_s: float, clock: Callable[[], float] = time.monotonic):
        self.liveness_timeout_s = liveness_timeout_s
        self._clock = clock
        self._last_beat = clock()
        self.assigned = False
        self.broker_reachable = False
        self.stopping = False

    def beat(self) -> None:
        self._last_beat = self._clock()

    def live(self) -> tuple[bool, str]:
        age = self._clock() - self._last_beat
        if age > self.liveness_timeout_s:
            return False, f"consume loop stalled: last iteration {age:.1f}s ago"
        return True, f"ok: last loop iteration {age:.1f}s ago"

    def ready(self) -> tuple[bool, str]:
        if self.stopping:
            return False, "shutting down"
        if not self.broker_reachable:
            return False, "broker not reachable"
        if not self.assigned:
            return False, "no input partitions assigned"
        return True, "ok: partitions assigned, broker reachable"


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Scrapes every few seconds would flood the log; errors still surface as status codes."""


class MetricsServer:
    """Serves /metrics, /healthz and /readyz on one port; every other path is 404."""

    def __init__(self, metrics: Metrics, health: Health, *, host: str, port: int) -> None:
        self._metrics_app = make_wsgi_app(metrics.registry)
        self._health = health
        self._server = make_server(
            host, port, self._app, server_class=_ThreadingServer, handler_class=_QuietHandler
        )
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="metrics-http", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> MetricsServer:
        self._thread.start()
        log.info("metrics and health on port %d (/metrics, /healthz, /readyz)", self.port)
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _app(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        if method not in ("GET", "HEAD"):
            return _plain(start_response, "405 Method Not Allowed", "only GET and HEAD\n")
        if path == "/metrics":
            return self._metrics_app(environ, start_response)  # type: ignore[no-any-return]
        if path == "/healthz":
            ok, why = self._health.live()
        elif path == "/readyz":
            ok, why = self._health.ready()
        else:
            return _plain(start_response, "404 Not Found", "not found\n")
        return _plain(start_response, "200 OK" if ok else "503 Service Unavailable", why + "\n")


def _plain(start_response: Callable[..., Any], status: str, body: str) -> list[bytes]:
    data = body.encode()
    start_response(
        status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(data)))]
    )
    return [data]
