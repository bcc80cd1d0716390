"""Where the deploy checks find their tools and files, and small helpers shared by them.

The tools are installed by ``make deploy-tools`` (scripts/ensure-deploy-tools.sh and
scripts/ensure-system-deps.sh prometheus); ``make test`` runs it first. A missing tool is a
test failure that says how to install it, never a skip.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache/deploy"
KUSTOMIZE = CACHE / "bin/kustomize"
CRD_SCHEMAS = CACHE / "schemas"
OVERLAYS = sorted(p.name for p in (ROOT / "deploy/kubernetes/overlays").iterdir() if p.is_dir())
RULES = ROOT / "deploy/prometheus/quote-consumer.rules.yaml"
RULE_TESTS = ROOT / "deploy/prometheus/quote-consumer.rules.test.yaml"
PROMETHEUS_RULE = ROOT / "deploy/kubernetes/components/monitoring/prometheusrule.yaml"
DASHBOARD = ROOT / "deploy/grafana/quote-consumer.json"
OPERATIONS = ROOT / "docs/operations.md"
INSTALL_HINT = "run `make deploy-tools` (scripts/ensure-deploy-tools.sh) first"


def tool(name: str) -> str:
    """Path of a system tool (prometheus, promtool), or a failure that says how to get it."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: run `scripts/ensure-system-deps.sh prometheus`")
    return found


def kustomize_build(overlay: str) -> list[dict[str, Any]]:
    """The overlay rendered by the real kustomize, as a list of resources."""
    import yaml

    if not KUSTOMIZE.exists():
        pytest.fail(f"kustomize is not installed: {INSTALL_HINT}")
    built = subprocess.run(
        [str(KUSTOMIZE), "build", str(ROOT / "deploy/kubernetes/overlays" / overlay)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert built.returncode == 0, built.stderr
    return [doc for doc in yaml.safe_load_all(built.stdout) if doc]


def rule_groups() -> list[dict[str, Any]]:
    import yaml

    return list(yaml.safe_load(RULES.read_text())["groups"])


def alert_rules() -> list[dict[str, Any]]:
    return [rule for group in rule_groups() for rule in group["rules"] if "alert" in rule]


def dashboard_targets() -> list[tuple[str, str]]:
    """(panel title, PromQL) for every query of the Grafana dashboard."""
    dashboard = json.loads(DASHBOARD.read_text())
    return [
        (panel["title"], target["expr"])
        for panel in dashboard["panels"]
        for target in panel.get("targets", [])
    ]


def needs_other_exporter(expr: str) -> str | None:
    """The exporter an expression's series come from when it is not the service, else None."""
    for name in metric_names(expr):
        if name.startswith("kube_"):
            return "kube-state-metrics"
    return None


# A metric name directly followed by a label selector or a range: `name{...}` or `name[5m]`.
_SELECTOR = re.compile(r"\b([a-zA-Z_:][a-zA-Z0-9_:]*)\s*[{\[]")
_KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "offset"}


def metric_names(expr: str) -> set[str]:
    """Metric names used in a PromQL expression (every selector here carries braces)."""
    without_strings = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    return {m for m in _SELECTOR.findall(without_strings) if m not in _KEYWORDS}


def signals(expr: str) -> list[str]:
    """The parts of an alert expression that must return data on a healthy worker.

    An alert's expression is usually empty when all is well, so it says nothing about whether
    its series exist. This splits it at the top level: ``a and b`` (also or, unless) into its
    operands, ``x > 0.05`` (any comparison with a number) into ``x``, ``absent(x)`` into ``x``.
    What is left (a rate, a ratio, a quantile) must return a value. Prometheus evaluates every
    part, so a wrong split shows up as a query error, not as a pass.
    """
    expr = expr.strip()
    for keyword in ("unless", "and", "or"):
        parts = _split_top_level(expr, rf"\s{keyword}\s")
        if len(parts) > 1:
            return [s for part in parts for s in signals(part)]
    parts = _split_top_level(expr, r"\s(?:==|!=|>=|<=|>|<)\s*(?=[-+]?[0-9.]+\s*$)")
    if len(parts) == 2:
        return signals(parts[0])
    if expr.startswith("absent(") and _closing(expr, len("absent")) == len(expr) - 1:
        return signals(expr[len("absent(") : -1])
    return [expr]


def _depths(expr: str) -> list[int]:
    """Bracket depth at each character, ignoring brackets inside quoted strings."""
    depth, quoted, out = 0, False, []
    for i, ch in enumerate(expr):
        if ch == '"' and (i == 0 or expr[i - 1] != "\\"):
            quoted = not quoted
        elif not quoted and ch in "([{":
            depth += 1
        elif not quoted and ch in ")]}":
            depth -= 1
        out.append(depth if not quoted else depth + 1)
    return out


def _split_top_level(expr: str, pattern: str) -> list[str]:
    depths = _depths(expr)
    parts, start = [], 0
    for match in re.finditer(pattern, expr):
        if depths[match.start()] == 0:
            parts.append(expr[start : match.start()].strip())
            start = match.end()
    parts.append(expr[start:].strip())
    return parts


def _closing(expr: str, opening: int) -> int:
    depths = _depths(expr)
    for i in range(opening + 1, len(expr)):
        if depths[i] == depths[opening] - 1 and expr[i] == ")":
            return i
    return -1
