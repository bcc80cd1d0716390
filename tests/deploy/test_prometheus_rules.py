"""deploy/prometheus and deploy/grafana, without a running worker.

promtool checks and unit-tests the alert rules; the PrometheusRule matches the rule file; every
alert has a runbook section; every series the rules and the dashboard read is one the service
exports (or is listed as coming from another exporter). tests/integration/test_observability.py
then runs every expression against a real Prometheus scraping a real worker.
"""

from __future__ import annotations

import json
import re
import subprocess

import yaml

from consumer.metrics import Metrics
from tests.deploy.tools import (
    DASHBOARD,
    OPERATIONS,
    PROMETHEUS_RULE,
    RULE_TESTS,
    RULES,
    alert_rules,
    dashboard_targets,
    metric_names,
    needs_other_exporter,
    rule_groups,
    tool,
)

# The issue's list: lag growing, dead-letter rate, processing errors, no progress, restarts,
# slow extraction; and (issue 16) a source's yield falling below its own baseline.
REQUIRED_ALERTS = {
    "QuoteConsumerSourceYieldDrop",
    "QuoteConsumerLagGrowing",
    "QuoteConsumerDeadLetterRate",
    "QuoteConsumerProcessingErrors",
    "QuoteConsumerNoProgress",
    "QuoteConsumerRestarting",
    "QuoteConsumerSlowExtraction",
}


def exported_names() -> set[str]:
    """Every series name the service's registry can produce (samples, and gauge families)."""
    registry = Metrics().registry
    names = set()
    for family in registry.collect():
        names.add(family.name)
        names.update(sample.name for sample in family.samples)
        if family.type == "histogram":
            names.update(f"{family.name}_{suffix}" for suffix in ("bucket", "sum", "count"))
    return names


def test_promtool_accepts_the_rule_file():
    checked = subprocess.run(
        [tool("promtool"), "check", "rules", str(RULES)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"SUCCESS: {len(alert_rules())} rules found" in checked.stdout


def test_promtool_unit_tests_of_the_alerts_pass():
    tested = subprocess.run(
        [tool("promtool"), "test", "rules", RULE_TESTS.name],
        capture_output=True,
        text=True,
        cwd=RULE_TESTS.parent,
    )
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "SUCCESS" in tested.stdout


def test_every_alert_is_unit_tested_firing():
    tests = yaml.safe_load(RULE_TESTS.read_text())["tests"]
    fired = {
        case["alertname"]
        for test in tests
        for case in test.get("alert_rule_test", [])
        if case.get("exp_alerts")
    }
    assert {rule["alert"] for rule in alert_rules()} == fired


def test_the_issue_alerts_exist():
    assert {rule["alert"] for rule in alert_rules()} >= REQUIRED_ALERTS


def test_prometheus_rule_resource_is_the_rule_file():
    """deploy/kubernetes carries a generated copy: `make deploy-generate` after editing rules."""
    resource = yaml.safe_load(PROMETHEUS_RULE.read_text())
    assert resource["spec"] == yaml.safe_load(RULES.read_text()), "run `make deploy-generate`"


def _anchors() -> set[str]:
    """GitHub's heading anchors in docs/operations.md."""
    anchors = set()
    for line in OPERATIONS.read_text().splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"\s", "-", re.sub(r"[^\w\s-]", "", title)))
    return anchors


def test_every_alert_has_a_runbook_section():
    anchors = _anchors()
    for rule in alert_rules():
        url = rule["annotations"]["runbook_url"]
        page, _, anchor = url.partition("#")
        assert page == "docs/operations.md", rule["alert"]
        assert anchor in anchors, f"{rule['alert']}: no section #{anchor} in docs/operations.md"
        assert rule["labels"]["severity"] in {"warning", "critical"}
        assert rule["annotations"]["summary"] and rule["annotations"]["description"]


def test_every_series_read_is_exported_by_the_service_or_documented():
    exported = exported_names()
    expressions = [(r["alert"], r["expr"]) for r in alert_rules()] + dashboard_targets()
    operations = OPERATIONS.read_text()
    for where, expr in expressions:
        names = metric_names(expr)
        assert names, f"{where}: no metric found in {expr!r}"
        for name in names:
            if name == "up":  # written by Prometheus for every target
                continue
            if name.startswith("kube_"):
                assert needs_other_exporter(expr) == "kube-state-metrics"
                assert f"`{name}`" in operations, f"{name} ({where}) not listed in operations.md"
                continue
            assert name in exported, f"{where}: {name} is not exported by the service"


def test_service_selectors_match_the_scrape_job():
    for where, expr in [(r["alert"], r["expr"]) for r in alert_rules()] + dashboard_targets():
        if needs_other_exporter(expr):
            continue
        selectors = re.findall(r"\b[a-z_:][a-z0-9_:]*\{([^}]*)\}", expr)
        assert selectors, where
        for selector in selectors:
            assert 'job="quote-consumer"' in selector, f"{where}: {selector}"


def test_dashboard_has_the_panels_operators_expect():
    dashboard = json.loads(DASHBOARD.read_text())
    titles = {panel["title"] for panel in dashboard["panels"]}
    assert titles >= {
        "Articles in",
        "Quote records out",
        "Quotes per article",
        "Extraction time per article",
        "End-to-end latency",
        "Consumer lag by partition",
        "Dead letters by reason",
        "Commits",
        "Workers",
        "Memory",
        "Quote records by type and form",
        "Quote confidence by form",
        "Named-speaker share",
        "Quotes per article by source",
        "Source yield against its own day",
    }
    ids = [panel["id"] for panel in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    variables = {v["name"] for v in dashboard["templating"]["list"]}
    assert variables == {"datasource", "namespace"}
    for _, expr in dashboard_targets():
        used = set(re.findall(r"\$(\w+)", expr)) - {"__rate_interval"}
        assert used <= variables, expr


def test_rules_are_in_one_group_with_unique_names():
    names = [rule["alert"] for group in rule_groups() for rule in group["rules"]]
    assert len(names) == len(set(names))
