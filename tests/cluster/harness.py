"""A three-node Kafka cluster (deploy/kafka/cluster.sh) for the cluster fault tests and the
soak run: start it, SIGKILL and restart nodes, and find which node leads what."""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from tests.kafka_harness import ROOT, free_port_block

T = TypeVar("T")


def retried(call: Callable[[], T], attempts: int = 40) -> T:
    """``call()`` again while it fails with a Kafka error: a test's own short-lived client may
    bootstrap from the node that was just killed, and kafka-python then fails at once."""
    for attempt in range(attempts):
        try:
            return call()
        except KafkaError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.5)
    raise AssertionError("unreachable")


CLUSTER_SCRIPT = ROOT / "deploy/kafka/cluster.sh"
NODES = (1, 2, 3)
#: Short group sessions for the tests' workers (the broker's floor is 6 s otherwise).
CLUSTER_PROPERTIES = "group.min.session.timeout.ms=1000\ngroup.initial.rebalance.delay.ms=0"


def free_base_port() -> int:
    """A base port whose 30 ports (three nodes' listeners and proxies) are all free, below
    the ephemeral range (see :func:`tests.kafka_harness.free_port_block`)."""
    return free_port_block(10 * (n - 1) + k for n in NODES for k in range(4))


class Cluster:
    """The cluster of deploy/kafka/cluster.sh in ``state``. With ``proxy`` every node
    advertises a proxy port (base + 10(n-1) + 3) to clients; :attr:`internal` bypasses it."""

    def __init__(self, state: Path, *, base: int | None = None, proxy: bool = False) -> None:
        self.base = base or free_base_port()
        self.state = state
        self.proxy = proxy
        self.env = {
            **os.environ,
            "KAFKA_CLUSTER_BASE_PORT": str(self.base),
            "KAFKA_CLUSTER_DIR": str(state),
            "KAFKA_CLUSTER_PROXY": "1" if proxy else "0",
            "KAFKA_EXTRA_PROPERTIES": CLUSTER_PROPERTIES,
        }

    def port(self, node: int, offset: int = 0) -> int:
        return self.base + 10 * (node - 1) + offset

    @property
    def bootstrap(self) -> str:
        """What a worker uses: through the proxy when there is one."""
        offset = 3 if self.proxy else 0
        return ",".join(f"127.0.0.1:{self.port(n, offset)}" for n in NODES)

    @property
    def internal(self) -> str:
        """The INTERNAL listeners: for the tests' own producers and readers, never proxied."""
        return ",".join(f"127.0.0.1:{self.port(n, 2)}" for n in NODES)

    def _run(self, *args: str, timeout: float = 240) -> str:
        done = subprocess.run(
            [str(CLUSTER_SCRIPT), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise AssertionError(f"cluster.sh {' '.join(args)} failed:\n{done.stderr[-4000:]}")
        return done.stdout

    def start(self) -> Cluster:
        # Up to 10 minutes: a fresh machine resolves the Kafka jars with Maven first.
        self._run("start", timeout=600)
        return self

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("stop", timeout=180)

    def kill(self, node: int) -> None:
        """SIGKILL one node: no controlled shutdown, its leaderships move when it is fenced."""
        self._run("kill-node", str(node))

    def restart(self, node: int) -> float:
        """Start a killed node again on its data; seconds until it is ready."""
        started = time.monotonic()
        self._run("start-node", str(node))
        return time.monotonic() - started

    def pid(self, node: int) -> int:
        return int((self.state / f"node-{node}" / "broker.pid").read_text())

    def admin(self) -> KafkaAdminClient:
        return retried(
            lambda: KafkaAdminClient(bootstrap_servers=self.internal, request_timeout_ms=10000)
        )

    def create_topic(self, name: str, partitions: int = 3) -> None:
        admin = self.admin()
        try:
            admin.create_topics(
                [NewTopic(name, num_partitions=partitions, replication_factor=3)],
                validate_only=False,
            )
        except TopicAlreadyExistsError:
            pass
        finally:
            admin.close()

    def describe(self, topic: str) -> list[dict[str, Any]]:
        """Each partition of ``topic``: its index, leader and in-sync replicas."""
        admin = self.admin()
        try:
            for _ in range(40):
                try:
                    found = admin.describe_topics([topic])[0]
                except KafkaError:
                    found = {"error_code": -1}
                if found.get("error_code") == 0 and found["partitions"]:
                    return [
                        {
                            "partition": p["partition_index"],
                            "leader": p["leader_id"],
                            "isr": sorted(p["isr_nodes"]),
                        }
                        for p in found["partitions"]
                    ]
                time.sleep(0.5)
            raise AssertionError(f"could not describe {topic}")
        finally:
            admin.close()

    def leader(self, topic: str, partition: int = 0) -> int:
        for p in self.describe(topic):
            if p["partition"] == partition:
                return int(p["leader"])
        raise AssertionError(f"{topic}[{partition}] has no leader")

    def busiest_leader(self, *topics: str) -> int:
        """The node leading the most partitions of ``topics``."""
        counts = dict.fromkeys(NODES, 0)
        for topic in topics:
            for p in self.describe(topic):
                if p["leader"] in counts:
                    counts[p["leader"]] += 1
        return max(counts, key=lambda n: counts[n])

    def fully_replicated(self, *topics: str) -> bool:
        return all(len(p["isr"]) == len(NODES) for t in topics for p in self.describe(t))
