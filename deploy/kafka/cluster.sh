#!/usr/bin/env bash
# A local three-node Kafka 4 cluster (KRaft, each node a combined broker + controller JVM),
# from the same Maven jars as broker.sh, which starts each node. For the cluster fault tests
# (tests/cluster) and the soak run (tests/soak.py); see deploy/kafka/README.md.
#
#   cluster.sh start          start (or reuse) the three nodes; last stdout line = bootstrap
#   cluster.sh stop           stop every node and delete the cluster's state dir
#   cluster.sh status         exit 0 iff every node is running
#   cluster.sh start-node N   start (restart) node N (1..3) on its kept data
#   cluster.sh kill-node N    SIGKILL node N (no controlled shutdown), data kept
#   cluster.sh bootstrap      print the client bootstrap address
#
# Node N (1..3) listens on BASE+10*(N-1) (clients), +1 (controller), +2 (INTERNAL:
# replication, and clients that must bypass a proxy); it advertises +3 to clients when
# KAFKA_CLUSTER_PROXY=1 (a Toxiproxy listener in front of +0, tests/cluster/toxiproxy.py).
#
#   KAFKA_CLUSTER_BASE_PORT   BASE (default 19092)
#   KAFKA_CLUSTER_DIR         state dir (default .cache/kafka/cluster-BASE)
#   KAFKA_CLUSTER_HEAP_OPTS   per node (default -Xms128m -Xmx384m: three fit beside the tests)
#   KAFKA_CLUSTER_PROXY       1: advertise the proxy ports
#   KAFKA_EXTRA_PROPERTIES    appended to every node's server.properties
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
BROKER="$SCRIPT_DIR/broker.sh"
HOST=127.0.0.1
NODES=3
BASE=${KAFKA_CLUSTER_BASE_PORT:-19092}
STATE_DIR=${KAFKA_CLUSTER_DIR:-$PROJECT_ROOT/.cache/kafka/cluster-$BASE}
[[ $STATE_DIR == /* ]] || STATE_DIR=$PWD/$STATE_DIR
HEAP=${KAFKA_CLUSTER_HEAP_OPTS:--Xms128m -Xmx384m}
PROXY=${KAFKA_CLUSTER_PROXY:-0}
EXTRA=${KAFKA_EXTRA_PROPERTIES:-}

log() { printf 'kafka-cluster[%s]: %s\n' "$BASE" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ $BASE =~ ^[0-9]+$ ]] && ((BASE > 0 && BASE + 10 * NODES < 65535)) ||
    die "KAFKA_CLUSTER_BASE_PORT must leave room for $((10 * NODES)) ports, got '$BASE'"

port() { printf '%s\n' $((BASE + 10 * ($1 - 1) + $2)); }

# Replicated like production: a partition survives one lost node and accepts writes with two
# in sync. The internal topics too (offsets, transaction state), with one partition each, so
# a test knows which node is the group or transaction coordinator.
CLUSTER_PROPERTIES="default.replication.factor=3
min.insync.replicas=2
num.partitions=3
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
unclean.leader.election.enable=false
# A SIGKILLed node is fenced (its leaderships move) after 4 s instead of 9 s.
broker.session.timeout.ms=4000
broker.heartbeat.interval.ms=1000"

voters() {
    local n out=""
    for n in $(seq "$NODES"); do out+="${out:+,}$n@$HOST:$(port "$n" 1)"; done
    printf '%s\n' "$out"
}

cluster_id() {
    mkdir -p "$STATE_DIR"
    if [[ ! -s $STATE_DIR/cluster.id ]]; then
        local id
        while :; do
            id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
            [[ $id != -* ]] && break
        done
        printf '%s\n' "$id" >"$STATE_DIR/cluster.id"
    fi
    cat "$STATE_DIR/cluster.id"
}

node_check() {
    [[ ${1:-} =~ ^[0-9]+$ ]] && (($1 >= 1 && $1 <= NODES)) || die "node must be 1..$NODES, got '${1:-}'"
}

# broker.sh with node N's settings.
node() {
    local n=$1
    shift
    local advertised
    advertised=$(port "$n" 0)
    [[ $PROXY == 1 ]] && advertised=$(port "$n" 3)
    KAFKA_LOCAL_PORT=$(port "$n" 0) \
        KAFKA_LOCAL_CONTROLLER_PORT=$(port "$n" 1) \
        KAFKA_LOCAL_INTERNAL_PORT=$(port "$n" 2) \
        KAFKA_ADVERTISED_PORT=$advertised \
        KAFKA_LOCAL_DIR="$STATE_DIR/node-$n" \
        KAFKA_NODE_ID=$n \
        KAFKA_QUORUM_VOTERS=$(voters) \
        KAFKA_CLUSTER_ID=$(cluster_id) \
        KAFKA_HEAP_OPTS=$HEAP \
        KAFKA_EXTRA_PROPERTIES="$CLUSTER_PROPERTIES${EXTRA:+
$EXTRA}" \
        "$BROKER" "$@"
}

bootstrap() {
    local n out="" offset=0
    [[ $PROXY == 1 ]] && offset=3
    for n in $(seq "$NODES"); do out+="${out:+,}$HOST:$(port "$n" "$offset")"; done
    printf '%s\n' "$out"
}

cmd_start() {
    "$BROKER" jars
    cluster_id >/dev/null
    # All at once: a node is ready only when the quorum has a leader, which needs two voters.
    local n pids=() failed=0
    for n in $(seq "$NODES"); do
        node "$n" start >/dev/null &
        pids+=($!)
    done
    for n in "${!pids[@]}"; do wait "${pids[$n]}" || failed=1; done
    ((failed == 0)) || die "a node did not start (logs in $STATE_DIR/node-*/logs)"
    log "three nodes ready, state in $STATE_DIR"
    bootstrap
}

cmd_stop() {
    # All at once, and SIGKILL after 10 s: a node's controlled shutdown needs a controller
    # quorum, which the nodes stopped before it no longer give it (the data goes anyway).
    local n
    for n in $(seq "$NODES"); do KAFKA_STOP_TIMEOUT=${KAFKA_STOP_TIMEOUT:-10} node "$n" stop & done
    wait || true
    [[ -d $STATE_DIR ]] && rm -rf "$STATE_DIR"
    return 0
}

cmd_status() {
    local n ok=0
    for n in $(seq "$NODES"); do node "$n" status || ok=1; done
    return "$ok"
}

cmd_kill_node() {
    local pid_file="$STATE_DIR/node-$1/broker.pid" pid
    [[ -f $pid_file ]] || die "node $1 has no pid file"
    pid=$(cat "$pid_file")
    log "SIGKILL node $1 (pid $pid)"
    kill -KILL "$pid" 2>/dev/null || true
    # A zombie (killed, not yet reaped by PID 1) is dead for our purposes.
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        grep -q '^State:[[:space:]]*Z' "/proc/$pid/status" 2>/dev/null && return 0
        sleep 0.1
    done
    die "node $1 (pid $pid) did not die"
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    start-node) node_check "${2:-}" && node "$2" start >/dev/null ;;
    kill-node) node_check "${2:-}" && cmd_kill_node "$2" ;;
    bootstrap) bootstrap ;;
    *) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
