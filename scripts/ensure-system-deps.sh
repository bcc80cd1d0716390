#!/usr/bin/env bash
# Install the system packages a target needs, with apt-get, only when they are missing.
#   ensure-system-deps.sh python   a Python 3.10+ with the venv module
#   ensure-system-deps.sh kafka    Java 17+ and Maven for deploy/kafka/broker.sh, and openssl
#                                  for the SASL_SSL test broker's certificates (tests/faults)
#   ensure-system-deps.sh prometheus   Prometheus and promtool for the deploy tests (tests/deploy)
#   ensure-system-deps.sh go       a Go toolchain to build kustomize and kubeconform (tests/deploy)
set -euo pipefail

need=()
case "${1:-}" in
  python)
    if ! python3 -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
      need+=(python3 python3-venv)
    fi
    ;;
  kafka)
    java_major=0
    if command -v java >/dev/null; then
      java_major=$(java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]); exit}')
    fi
    [[ ${java_major:-0} -ge 17 ]] || need+=(openjdk-17-jre-headless)
    command -v mvn >/dev/null || need+=(maven)
    command -v openssl >/dev/null || need+=(openssl)
    ;;
  prometheus)
    { command -v prometheus && command -v promtool; } >/dev/null || need+=(prometheus)
    ;;
  go)
    # The machine's own Go (/usr/local/go) when there is one; Debian's otherwise.
    { command -v go || [[ -x /usr/local/go/bin/go ]]; } >/dev/null || need+=(golang-go)
    ;;
  *)
    echo "usage: $0 python|kafka|prometheus|go" >&2
    exit 2
    ;;
esac

((${#need[@]} == 0)) && exit 0
echo "installing system packages: ${need[*]}" >&2
if [[ $(id -u) -ne 0 ]]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
