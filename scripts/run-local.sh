#!/usr/bin/env bash
# `make run`: a newcomer's tour. Starts a local Kafka broker unless KAFKA_BOOTSTRAP_SERVERS
# points elsewhere, starts the service, publishes the project's example Hindi articles and
# prints the quote records as they arrive. Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
EXAMPLES=${QUOTES_EXAMPLES:-examples/articles.jsonl}

started_broker=0
service_pid=
cleanup() {
  # Finish the clean-up even if the terminal goes away or Ctrl-C is pressed again.
  trap - EXIT
  trap '' INT TERM PIPE HUP
  if [[ -n $service_pid ]] && kill -0 "$service_pid" 2>/dev/null; then
    echo "stopping the service" >&2 || true
    kill -TERM "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
  fi
  if ((started_broker)); then
    echo "stopping the local broker" >&2 || true
    deploy/kafka/broker.sh stop || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

if [[ -z ${KAFKA_BOOTSTRAP_SERVERS:-} ]]; then
  KAFKA_BOOTSTRAP_SERVERS=$(deploy/kafka/broker.sh start | tail -n1)
  started_broker=1
  export KAFKA_BOOTSTRAP_SERVERS
fi
echo "using Kafka at $KAFKA_BOOTSTRAP_SERVERS" >&2
# The local tour publishes article manifests too (off by default in the service); the service
# creates the topic compacted. QUOTES_MANIFEST_TOPIC= (empty) turns them off.
export QUOTES_MANIFEST_TOPIC=${QUOTES_MANIFEST_TOPIC-quotes.manifests}

$BIN/quote-consumer run &
service_pid=$!

# The service creates the topics; wait until it is ready (partitions assigned) before publishing.
port=${QUOTES_METRICS_PORT:-9108}
for _ in $(seq 1 120); do
  if $BIN/python -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)" \
      "http://127.0.0.1:$port/readyz" 2>/dev/null; then break; fi
  kill -0 "$service_pid" 2>/dev/null || { echo "the service exited" >&2; exit 1; }
  sleep 0.5
done

$BIN/quote-consumer publish "$EXAMPLES"
echo "quote records on ${QUOTES_OUTPUT_TOPIC:-quotes.extracted} (metrics: http://127.0.0.1:$port/metrics); Ctrl-C to stop" >&2
$BIN/quote-consumer tail --from-beginning ${QUOTES_TAIL_ARGS:-}
