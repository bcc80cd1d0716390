"""deploy/kubernetes: every overlay renders with kustomize and validates against the schemas.

Built-in kinds are checked by kubernetes-validate (the Kubernetes OpenAPI schemas of each
release, strict: unknown fields are errors); custom resources by jsonschema against schemas
converted from the Prometheus Operator's and KEDA's own CRDs (scripts/crd_schemas.py). The
remaining tests check what a schema cannot: that the pieces agree with each other and with
the service's settings.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest

from consumer.config import ENVIRONMENT, Settings
from tests.deploy.tools import CRD_SCHEMAS, INSTALL_HINT, OVERLAYS, kustomize_build

# The newest release kubernetes-validate ships, and the two before it (still supported).
KUBERNETES_VERSIONS = ["1.35.0", "1.36.0", "1.37.0"]
CUSTOM_GROUPS = ("monitoring.coreos.com", "keda.sh")
# KAFKA_SASL_MECHANISM -> the KEDA Kafka scaler's "sasl" value.
KEDA_SASL = {
    "PLAIN": "plaintext",
    "SCRAM-SHA-256": "scram_sha256",
    "SCRAM-SHA-512": "scram_sha512",
    "OAUTHBEARER": "oauthbearer",
}


def validate(resource: dict[str, Any], version: str) -> None:
    """Raise with a readable message when ``resource`` breaks its schema."""
    group = resource["apiVersion"].split("/")[0] if "/" in resource["apiVersion"] else ""
    if group in CUSTOM_GROUPS:
        group_version = resource["apiVersion"].split("/")[1]
        path = CRD_SCHEMAS / group / f"{resource['kind'].lower()}_{group_version}.json"
        if not path.exists():
            pytest.fail(
                f"no schema for {resource['kind']} {resource['apiVersion']}: {INSTALL_HINT}"
            )
        schema = json.loads(path.read_text())
        validator_class = jsonschema.validators.validator_for(schema)
        errors = sorted(validator_class(schema).iter_errors(resource), key=str)
        if errors:
            raise AssertionError(
                "; ".join(f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)
            )
        return
    try:
        import kubernetes_validate
    except ImportError:
        pytest.fail(f"kubernetes-validate is not installed: {INSTALL_HINT}")
    try:
        kubernetes_validate.validate(resource, version, strict=True)
    except kubernetes_validate.ValidationError as exc:
        path = ".".join(str(p) for p in exc.path)
        raise AssertionError(f"{path}: {exc.message}") from exc


def kinds(resources: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in resources if r["kind"] == kind]


def one(resources: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    found = kinds(resources, kind)
    assert len(found) == 1, f"expected one {kind}, found {len(found)}"
    return found[0]


@pytest.fixture(scope="module", params=OVERLAYS)
def rendered(request: pytest.FixtureRequest) -> tuple[str, list[dict[str, Any]]]:
    return request.param, kustomize_build(request.param)


def settings_of(resources: list[dict[str, Any]]) -> dict[str, str]:
    return dict(one(resources, "ConfigMap")["data"])


def test_there_are_dev_and_production_overlays():
    assert {"dev", "production"} <= set(OVERLAYS)


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_every_resource_validates_against_the_schemas(rendered, version):
    overlay, resources = rendered
    assert len(resources) >= 7
    failures = {}
    for resource in resources:
        try:
            validate(resource, version)
        except AssertionError as exc:
            failures[f"{resource['kind']}/{resource['metadata']['name']}"] = str(exc)
    assert not failures, f"{overlay} against Kubernetes {version}: {failures}"


def test_production_has_every_resource_the_operators_expect():
    resources = kustomize_build("production")
    present = {r["kind"] for r in resources}
    assert present >= {
        "Deployment",
        "ConfigMap",
        "Service",
        "ServiceAccount",
        "PodDisruptionBudget",
        "NetworkPolicy",
        "ServiceMonitor",
        "PrometheusRule",
        "ScaledObject",
        "TriggerAuthentication",
    }


@pytest.mark.parametrize(
    ("kind", "break_it"),
    [
        (
            "Deployment",
            lambda d: d["spec"]["template"]["spec"]["containers"][0].update(livenessProbes={}),
        ),
        ("Deployment", lambda d: d["spec"].update(replicas="two")),
        ("ScaledObject", lambda d: d["spec"].update(maxReplicaCount="12")),
        ("ScaledObject", lambda d: d["spec"]["triggers"][0].update(metdata={})),
        ("ServiceMonitor", lambda d: d["spec"]["endpoints"][0].update(intervall="15s")),
        ("PrometheusRule", lambda d: d["spec"]["groups"][0]["rules"][0].update(annotation={})),
        ("PrometheusRule", lambda d: d["spec"]["groups"][0]["rules"][0]["labels"].update(page=1)),
    ],
)
def test_the_validators_reject_broken_resources(kind, break_it):
    """The checks above are only worth something if a typo or a wrong type fails them."""
    resource = copy.deepcopy(one(kustomize_build("production"), kind))
    validate(resource, KUBERNETES_VERSIONS[-1])
    break_it(resource)
    with pytest.raises(AssertionError):
        validate(resource, KUBERNETES_VERSIONS[-1])


def test_settings_are_ones_the_service_reads_and_valid(rendered):
    _, resources = rendered
    settings = settings_of(resources)
    unknown = {name for name in settings if name.removesuffix("_FILE") not in ENVIRONMENT}
    assert not unknown, f"ConfigMap sets variables the service does not read: {unknown}"
    # Settings.from_env validates them the way the worker will at start (files are not read:
    # the *_FILE paths exist only inside the pod).
    file_settings = {k: v for k, v in settings.items() if k.endswith("_FILE")}
    Settings.from_env({k: v for k, v in settings.items() if k not in file_settings})


def test_pod_is_locked_down(rendered):
    _, resources = rendered
    pod = one(resources, "Deployment")["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] != 0
    assert pod["automountServiceAccountToken"] is False
    for container in pod["containers"]:
        context = container["securityContext"]
        assert context["allowPrivilegeEscalation"] is False
        assert context["readOnlyRootFilesystem"] is True
        assert context["capabilities"]["drop"] == ["ALL"]
        assert "add" not in context["capabilities"]
        assert container["resources"]["requests"]["cpu"]
        assert container["resources"]["requests"]["memory"]
        assert container["resources"]["limits"]["memory"]


def test_probes_use_the_health_endpoints_on_the_metrics_port(rendered):
    _, resources = rendered
    container = one(resources, "Deployment")["spec"]["template"]["spec"]["containers"][0]
    port = int(settings_of(resources).get("QUOTES_METRICS_PORT", Settings().metrics_port))
    assert {"name": "metrics", "containerPort": port, "protocol": "TCP"} in container["ports"]
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}
    assert container["startupProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}


def test_grace_period_covers_the_shutdown_timeout(rendered):
    """SIGKILL must not land while the worker is still flushing and committing."""
    _, resources = rendered
    pod = one(resources, "Deployment")["spec"]["template"]["spec"]
    shutdown = float(
        settings_of(resources).get("QUOTES_SHUTDOWN_TIMEOUT_S", Settings().shutdown_timeout_s)
    )
    grace = pod["terminationGracePeriodSeconds"]
    assert shutdown + 5 <= grace <= shutdown + 20, (shutdown, grace)


def test_selectors_find_the_worker_pods(rendered):
    _, resources = rendered
    deployment = one(resources, "Deployment")
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]

    def selects(selector: dict[str, str]) -> bool:
        return bool(selector) and all(pod_labels.get(k) == v for k, v in selector.items())

    assert selects(deployment["spec"]["selector"]["matchLabels"])
    assert selects(one(resources, "Service")["spec"]["selector"])
    assert selects(one(resources, "PodDisruptionBudget")["spec"]["selector"]["matchLabels"])
    assert selects(one(resources, "NetworkPolicy")["spec"]["podSelector"]["matchLabels"])


def test_network_policy_lets_prometheus_in_and_only_dns_and_kafka_out(rendered):
    _, resources = rendered
    policy = one(resources, "NetworkPolicy")["spec"]
    assert set(policy["policyTypes"]) == {"Ingress", "Egress"}
    assert [p["port"] for rule in policy["ingress"] for p in rule["ports"]] == ["metrics"]
    egress_ports = {p["port"] for rule in policy["egress"] for p in rule["ports"]}
    brokers = settings_of(resources)["KAFKA_BOOTSTRAP_SERVERS"].split(",")
    assert {int(b.rsplit(":", 1)[1]) for b in brokers} <= egress_ports
    assert egress_ports <= {53, 9092, 9093}


def test_service_monitor_scrapes_the_metrics_service():
    resources = kustomize_build("production")
    service = one(resources, "Service")
    monitor = one(resources, "ServiceMonitor")
    selector = monitor["spec"]["selector"]["matchLabels"]
    assert all(service["metadata"]["labels"].get(k) == v for k, v in selector.items())
    port_names = {p["name"] for p in service["spec"]["ports"]}
    assert {e["port"] for e in monitor["spec"]["endpoints"]} <= port_names
    # The rules and the dashboard select job="quote-consumer".
    assert service["metadata"]["labels"][monitor["spec"]["jobLabel"]] == "quote-consumer"


def test_scaled_object_follows_the_worker_settings_and_partitions():
    resources = kustomize_build("production")
    settings = settings_of(resources)
    scaled = one(resources, "ScaledObject")["spec"]
    assert scaled["scaleTargetRef"]["name"] == one(resources, "Deployment")["metadata"]["name"]
    (trigger,) = scaled["triggers"]
    assert trigger["type"] == "kafka"
    meta = trigger["metadata"]
    assert meta["bootstrapServers"] == settings["KAFKA_BOOTSTRAP_SERVERS"]
    assert meta["topic"] == settings["QUOTES_INPUT_TOPIC"]
    assert meta["consumerGroup"] == settings["QUOTES_GROUP_ID"]
    assert int(meta["lagThreshold"]) > 0
    assert meta["allowIdleConsumers"] == "false"
    # Production's input topic has 12 partitions (docs/operations.md): never more workers.
    assert 1 <= scaled["minReplicaCount"] <= scaled["maxReplicaCount"] <= 12
    assert "replicas" not in one(resources, "Deployment")["spec"], "KEDA owns the replica count"
    # SASL over TLS like the worker, with credentials from the same Secrets.
    assert settings["KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert meta["sasl"] == KEDA_SASL[settings["KAFKA_SASL_MECHANISM"]]
    assert meta["tls"] == "enable"
    auth = one(resources, "TriggerAuthentication")
    assert trigger["authenticationRef"]["name"] == auth["metadata"]["name"]


def test_production_reads_credentials_from_mounted_secret_files():
    resources = kustomize_build("production")
    settings = settings_of(resources)
    assert "KAFKA_SASL_PASSWORD" not in settings
    pod = one(resources, "Deployment")["spec"]["template"]["spec"]
    mounts = {m["mountPath"]: m["name"] for m in pod["containers"][0]["volumeMounts"]}
    volumes = {v["name"]: v for v in pod["volumes"]}
    for variable in ("KAFKA_SASL_PASSWORD_FILE", "KAFKA_SSL_CAFILE"):
        directory, filename = settings[variable].rsplit("/", 1)
        volume = volumes[mounts[directory]]
        assert filename in {item["path"] for item in volume["secret"]["items"]}, variable
    auth = one(resources, "TriggerAuthentication")["spec"]
    secret_names = {v["secret"]["secretName"] for v in volumes.values() if "secret" in v}
    assert {ref["name"] for ref in auth["secretTargetRef"]} <= secret_names


def test_dev_runs_one_worker_without_autoscaling():
    resources = kustomize_build("dev")
    assert one(resources, "Deployment")["spec"]["replicas"] == 1
    assert not kinds(resources, "ScaledObject")
