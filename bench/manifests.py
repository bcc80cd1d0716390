"""What article manifests cost: the service with QUOTES_MANIFEST_TOPIC off and on.

``python -m bench.manifests [--articles N] [--rounds R]`` runs one worker through a real local
broker on the same mixed articles as ``make bench``, alternating off and on R times per
guarantee (alternating spreads a busy neighbour on a shared machine over both), and prints,
for each, the median articles per second and the median CPU time the worker process spent
per article (all its threads, kafka-python's network thread included). On a machine shared
with other work the wall-clock rate swings with the neighbours; CPU time per article is the
steadier figure of the two. Nothing is written to docs/.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from bench import service
from bench.corpus import mixed

SERVICE = ("-m", "consumer", "run")


def _cpu_s(pid: int) -> float:
    """User plus system CPU seconds of a live process, from /proc (fields 14 and 15)."""
    after_name = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(after_name[11]) + int(after_name[12])) / os.sysconf("SC_CLK_TCK")


def _measure(run: service.Run, total: int, timeout_s: float = 900) -> tuple[float, float]:
    """(articles per second, CPU ms per article) from the moment the worker is ready to the
    commit of the last article, as bench.service.throughput counts them."""
    run.start()
    try:
        run.ready_after()
        (process,) = run.processes
        cpu_at_ready = _cpu_s(process.pid)
        ready_at = time.perf_counter()
        early = run.broker.committed(run.group, run.topic)
        while (done := run.broker.committed(run.group, run.topic)) < total:
            if time.perf_counter() - ready_at > timeout_s:
                raise RuntimeError(f"{done}/{total} committed after {timeout_s}s")
            time.sleep(0.05)
        seconds = time.perf_counter() - ready_at
        cpu = _cpu_s(process.pid) - cpu_at_ready
        return (total - early) / seconds, cpu * 1000 / (total - early)
    finally:
        run.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.manifests", description=__doc__)
    parser.add_argument("--articles", type=int, default=3000, help="articles per run")
    parser.add_argument("--rounds", type=int, default=3, help="off/on pairs per guarantee")
    parser.add_argument(
        "--guarantees",
        default="at_least_once,exactly_once",
        help="comma-separated processing guarantees to measure",
    )
    args = parser.parse_args()
    corpus = mixed(args.articles, seed=21)
    with (
        tempfile.TemporaryDirectory(prefix="quote-bench-") as tmp,
        service.broker(Path(tmp)) as broker,
    ):
        topic = broker.topic(partitions=4)
        values = broker.fill(topic, corpus)
        for guarantee in args.guarantees.split(","):
            rates: dict[str, list[float]] = {"off": [], "on": []}
            cpu: dict[str, list[float]] = {"off": [], "on": []}
            for _ in range(args.rounds):
                for mode in ("off", "on"):
                    env = {"QUOTES_PROCESSING_GUARANTEE": guarantee}
                    if mode == "on":
                        env["QUOTES_MANIFEST_TOPIC"] = f"bench.manifests.{uuid.uuid4().hex[:8]}"
                    run = service.Run(broker, topic, SERVICE, extra_env=env)
                    rate, cpu_ms = _measure(run, len(values))
                    rates[mode].append(rate)
                    cpu[mode].append(cpu_ms)
            for name, runs in (("articles/s", rates), ("CPU ms/article", cpu)):
                off, on = statistics.median(runs["off"]), statistics.median(runs["on"])
                print(
                    f"{guarantee}, {len(values)} articles, {name}: manifests off {off:.2f} "
                    f"(runs {', '.join(f'{r:.2f}' for r in runs['off'])}), on {on:.2f} "
                    f"(runs {', '.join(f'{r:.2f}' for r in runs['on'])}): {(on - off) / off:+.1%}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
