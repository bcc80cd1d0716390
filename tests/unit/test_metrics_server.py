"""The metrics port answers /metrics, /healthz and /readyz, and nothing else."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request

import pytest

from consumer.metrics import Health, Metrics, MetricsServer


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def served():
    clock = _Clock()
    metrics = Metrics()
    health = Health(liveness_timeout_s=60, clock=clock)
    server = MetricsServer(metrics, health, host="127.0.0.1", port=0).start()
    yield f"http://127.0.0.1:{server.port}", metrics, health, clock
    server.stop()


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_metrics_are_exposed(served):
    base, metrics, _, _ = served
    metrics.articles.labels("quotes").inc(3)
    status, body = _get(base + "/metrics")
    assert status == 200
    assert 'quote_consumer_articles_total{outcome="quotes"} 3.0' in body


def test_liveness_fails_when_the_loop_stalls(served):
    base, _, health, clock = served
    assert _get(base + "/healthz")[0] == 200
    clock.now += 61
    status, body = _get(base + "/healthz")
    assert status == 503
    assert "stalled" in body
    health.beat()
    assert _get(base + "/healthz")[0] == 200


def test_readiness_needs_partitions_and_a_broker(served):
    base, _, health, _ = served
    assert _get(base + "/readyz")[0] == 503
    health.broker_reachable = True
    assert _get(base + "/readyz") == (503, "no input partitions assigned\n")
    health.assigned = True
    assert _get(base + "/readyz")[0] == 200
    health.stopping = True
    assert _get(base + "/readyz")[0] == 503


@pytest.mark.parametrize("path", ["/", "/admin", "/metrics/../etc/passwd", "/healthz/x"])
def test_other_paths_are_not_found(served, path):
    assert _get(served[0] + path)[0] == 404


@pytest.fixture(scope="module")
def one_server():
    """One server for the many requests below (stopping one takes half a second)."""
    server = MetricsServer(
        Metrics(), Health(liveness_timeout_s=60), host="127.0.0.1", port=0
    ).start()
    yield (f"http://127.0.0.1:{server.port}",)
    server.stop()


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"])
@pytest.mark.parametrize("path", ["/metrics", "/healthz", "/readyz", "/"])
def test_only_get_and_head_are_answered(one_server, method, path):
    request = urllib.request.Request(one_server[0] + path, method=method, data=b"x")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    assert status in (405, 501)


@pytest.mark.parametrize(
    "request_line",
    [
        b"GET /metrics%00 HTTP/1.1",
        b"GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
        b"GET http://127.0.0.1/../etc/passwd HTTP/1.1",
        b"GET /healthz/../../consumer/config.py HTTP/1.1",
        b"GET /.env HTTP/1.1",
    ],
)
def test_crafted_paths_get_nothing_but_404(one_server, request_line):
    """(``//metrics`` is not among them: the standard library's request parser collapses the
    leading slashes, so it is /metrics, which is still only the metrics.)"""

    host, port = one_server[0].removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(request_line + b"\r\nHost: x\r\nConnection: close\r\n\r\n")
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    status = reply.split(b" ", 2)[1]
    assert status in (b"404", b"400"), reply[:200]
    assert b"quote_consumer" not in reply and b"root:" not in reply
