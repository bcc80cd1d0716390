"""Toxiproxy (a fault-injecting TCP proxy, built by scripts/ensure-toxiproxy.sh) driven
through its HTTP API: one proxy in front of each broker's client listener, and toxics
(latency, bandwidth, reset_peer, timeout) added to and removed from them during a test."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tests.kafka_harness import ROOT, free_port

ENSURE = ROOT / "scripts/ensure-toxiproxy.sh"


class Toxiproxy:
    def __init__(self, log_path: Path) -> None:
        built = subprocess.run(
            [str(ENSURE)], capture_output=True, text=True, timeout=600, check=False
        )
        if built.returncode != 0:
            raise AssertionError(f"could not build toxiproxy-server:\n{built.stderr[-3000:]}")
        binary = built.stdout.strip().splitlines()[-1]
        self.port = free_port()
        self._log = log_path.open("ab")
        self.process = subprocess.Popen(
            [binary, "-host", "127.0.0.1", "-port", str(self.port)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                self._call("GET", "/version")
                break
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise
                time.sleep(0.1)

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read()
        return json.loads(text) if text.strip() else None

    def proxy(self, name: str, listen: int, upstream: int) -> None:
        self._call(
            "POST",
            "/proxies",
            {
                "name": name,
                "listen": f"127.0.0.1:{listen}",
                "upstream": f"127.0.0.1:{upstream}",
                "enabled": True,
            },
        )

    def names(self) -> list[str]:
        return sorted(self._call("GET", "/proxies"))

    def add(self, toxic: str, kind: str, *, stream: str = "downstream", **attributes: int) -> None:
        """Add toxic ``toxic`` of type ``kind`` to every proxy."""
        for name in self.names():
            self._call(
                "POST",
                f"/proxies/{name}/toxics",
                {
                    "name": toxic,
                    "type": kind,
                    "stream": stream,
                    "toxicity": 1.0,
                    "attributes": attributes,
                },
            )

    def remove(self, toxic: str) -> None:
        for name in self.names():
            try:
                self._call("DELETE", f"/proxies/{name}/toxics/{toxic}")
            except urllib.error.HTTPError as exc:
                if exc.code != 404:
                    raise

    def enable(self, enabled: bool) -> None:
        """Disabled: every proxy closes its connections and refuses new ones (a cut)."""
        for name in self.names():
            self._call("POST", f"/proxies/{name}", {"enabled": enabled})

    def reset(self) -> None:
        """Every proxy enabled, every toxic removed."""
        self._call("POST", "/reset")

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._log.close()
