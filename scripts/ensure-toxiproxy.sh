#!/usr/bin/env bash
# Build Toxiproxy's server (a fault-injecting TCP proxy, github.com/Shopify/toxiproxy) from its
# Go module into .cache/toxiproxy/bin/toxiproxy-server, once. The cluster network-fault tests
# (tests/cluster/test_network.py) drive it through its HTTP API. Prints the binary's path.
set -euo pipefail

VERSION=v2.12.0
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR="$ROOT/.cache/toxiproxy"
BIN="$DIR/bin/toxiproxy-server"

if [[ -x $BIN && "$(cat "$DIR/version" 2>/dev/null)" == "$VERSION" ]]; then
    printf '%s\n' "$BIN"
    exit 0
fi
"$ROOT/scripts/ensure-system-deps.sh" go >&2
GO=$(command -v go || echo /usr/local/go/bin/go)
mkdir -p "$DIR"
tmp=$(mktemp -d "$DIR/build.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo "building toxiproxy-server $VERSION with $("$GO" version)" >&2
# The module's server command is cmd/server; installed under its usual name.
GOBIN="$tmp" GOFLAGS=-mod=mod "$GO" install "github.com/Shopify/toxiproxy/v2/cmd/server@$VERSION" >&2
mkdir -p "$DIR/bin"
mv "$tmp/server" "$BIN"
printf '%s\n' "$VERSION" >"$DIR/version"
printf '%s\n' "$BIN"
