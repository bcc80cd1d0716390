#!/usr/bin/env bash
# Local single-node Apache Kafka 4.x broker (KRaft combined mode: broker and
# controller in one JVM), run from the official jars that Maven resolves from
# deploy/kafka/pom.xml. See deploy/kafka/README.md.
#
#   broker.sh jars     resolve the jars into the cache (no-op when up to date)
#   broker.sh start    start (or reuse) a broker; last stdout line = bootstrap address
#   broker.sh stop     stop the broker and delete its state dir
#   broker.sh status   exit 0 iff the broker is running and accepting connections
#
# Progress goes to stderr; stdout carries only results (the bootstrap address).
#
# One node of a multi-node cluster (deploy/kafka/cluster.sh sets these; unset = single node):
#   KAFKA_NODE_ID              node.id (default 1)
#   KAFKA_QUORUM_VOTERS        controller.quorum.voters, e.g. 1@127.0.0.1:19093,2@...: a static
#                              quorum, formatted without --standalone
#   KAFKA_CLUSTER_ID           the cluster id every node is formatted with (default: a new one)
#   KAFKA_LOCAL_INTERNAL_PORT  a second listener (INTERNAL) for replication between brokers
#                              and for clients that must bypass a proxy
#   KAFKA_ADVERTISED_PORT      the port the client listener advertises (a proxy in front of it)
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
POM="$SCRIPT_DIR/pom.xml"
LOG4J_CONF="$SCRIPT_DIR/log4j2.xml"

HOST=127.0.0.1
PORT=${KAFKA_LOCAL_PORT:-9092}
LIBS_DIR=${KAFKA_LIBS_DIR:-$PROJECT_ROOT/.cache/kafka/libs}
STATE_DIR=${KAFKA_LOCAL_DIR:-$PROJECT_ROOT/.cache/kafka/run-$PORT}
# Absolute paths: the JVM runs with the state dir as its working directory.
[[ $LIBS_DIR == /* ]] || LIBS_DIR=$PWD/$LIBS_DIR
[[ $STATE_DIR == /* ]] || STATE_DIR=$PWD/$STATE_DIR
HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}
NODE_ID=${KAFKA_NODE_ID:-1}
QUORUM_VOTERS=${KAFKA_QUORUM_VOTERS:-}
CLUSTER_ID=${KAFKA_CLUSTER_ID:-}
INTERNAL_PORT=${KAFKA_LOCAL_INTERNAL_PORT:-}
ADVERTISED_PORT=${KAFKA_ADVERTISED_PORT:-}
# Same defaults as Kafka's own kafka-run-class.sh.
JVM_PERFORMANCE_OPTS=${KAFKA_JVM_PERFORMANCE_OPTS:--server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true}
EXTRA_JVM_OPTS=${KAFKA_OPTS:-}
EXTRA_PROPERTIES=${KAFKA_EXTRA_PROPERTIES:-}
# SCRAM user created when the storage is formatted (kafka-storage format --add-scram), e.g.
# 'SCRAM-SHA-512=[name=quotes,password=...]'; needed by a SASL_SSL listener added through
# KAFKA_EXTRA_PROPERTIES (tests/faults/test_security.py does both).
SCRAM_CREDENTIALS=${KAFKA_LOCAL_SCRAM:-}
# Why 60 s: format + JVM start + KRaft self-election + broker registration and
# unfencing take ~2.5 s on an idle 2-core machine (~12 s when restarting after
# an unclean kill: the old broker registration must expire first, 9 s). 60 s
# leaves ample room for a loaded CI machine while a wedged broker still fails
# the run within a minute.
START_TIMEOUT=${KAFKA_START_TIMEOUT:-60}
# Controlled shutdown of a single combined node normally takes a few seconds.
STOP_TIMEOUT=${KAFKA_STOP_TIMEOUT:-30}

STAMP_FILE="$LIBS_DIR/.pom.sha256"
MARKER_FILE="$STATE_DIR/.kafka-local-broker"   # proves the dir is ours before rm -rf
PROPS_FILE="$STATE_DIR/server.properties"
PID_FILE="$STATE_DIR/broker.pid"
OUT_FILE="$STATE_DIR/broker.out"               # JVM stdout/stderr
LOG_DIR="$STATE_DIR/logs"                      # log4j2 output (server.log, ...)
DATA_DIR="$STATE_DIR/data"                     # log.dirs (and the KRaft metadata log)
FORMAT_STAMP="$STATE_DIR/format.stamp"
READY_FILE="$STATE_DIR/broker.ready"           # written once this run's broker was seen ready
# Logged by kafka.server.KafkaRaftServer once both the controller and the
# broker are up, i.e. after the broker caught up with metadata and was unfenced.
STARTED_MESSAGE="Kafka Server started"

log() { printf 'kafka-local[%s]: %s\n' "$PORT" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
    sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

check_port_number() {
    local name=$1 value=$2
    if ! [[ $value =~ ^[0-9]+$ ]] || ((value < 1 || value > 65535)); then
        die "$name must be a TCP port number, got '$value'"
    fi
}
check_port_number KAFKA_LOCAL_PORT "$PORT"
CONTROLLER_PORT=${KAFKA_LOCAL_CONTROLLER_PORT:-$((PORT + 1))}
check_port_number KAFKA_LOCAL_CONTROLLER_PORT "$CONTROLLER_PORT"
[[ $PORT != "$CONTROLLER_PORT" ]] || die "broker and controller ports must differ"
[[ -z $INTERNAL_PORT ]] || check_port_number KAFKA_LOCAL_INTERNAL_PORT "$INTERNAL_PORT"
ADVERTISED_PORT=${ADVERTISED_PORT:-$PORT}
check_port_number KAFKA_ADVERTISED_PORT "$ADVERTISED_PORT"
[[ $NODE_ID =~ ^[0-9]+$ ]] || die "KAFKA_NODE_ID must be a number, got '$NODE_ID'"

java_bin() {
    if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
        printf '%s\n' "$JAVA_HOME/bin/java"
    else
        command -v java || die "java not found (Kafka 4 needs Java 17+)"
    fi
}

check_java() {
    JAVA=$(java_bin)
    local version major
    version=$("$JAVA" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
    major=${version%%.*}
    [[ $major == 1 ]] && major=$(cut -d. -f2 <<<"$version")
    if ! [[ $major =~ ^[0-9]+$ ]] || ((major < 17)); then
        die "Kafka 4 brokers need Java 17+, but $JAVA is '$version'"
    fi
}

# ---------------------------------------------------------------- jars

pom_sha() { sha256sum "$POM" | cut -d' ' -f1; }

jars_current() {
    [[ -f $STAMP_FILE && "$(cat "$STAMP_FILE")" == "$(pom_sha)" ]] &&
        compgen -G "$LIBS_DIR/kafka_2.13-*.jar" >/dev/null
}

ensure_jars() {
    jars_current && return 0
    command -v mvn >/dev/null || die "mvn not found: needed once to resolve the Kafka jars"
    mkdir -p "$(dirname "$LIBS_DIR")"
    # Serialise concurrent resolvers (e.g. two brokers started at once).
    local lock_fd
    exec {lock_fd}>"$LIBS_DIR.lock"
    flock "$lock_fd"
    if jars_current; then
        exec {lock_fd}>&-
        return 0
    fi
    log "resolving Kafka jars from $POM into $LIBS_DIR (maven)"
    local tmp
    tmp=$(mktemp -d "$LIBS_DIR.tmp.XXXXXX")
    local out
    if ! out=$(mvn -q -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
        -DoutputDirectory="$tmp" -DincludeScope=runtime 2>&1); then
        printf '%s\n' "$out" >&2
        rm -rf "$tmp"
        die "maven could not resolve the jars of $POM"
    fi
    pom_sha >"$tmp/.pom.sha256"
    rm -rf "$LIBS_DIR"
    mv "$tmp" "$LIBS_DIR"
    log "resolved $(compgen -G "$LIBS_DIR/*.jar" | wc -l) jars"
    exec {lock_fd}>&-
}

# ---------------------------------------------------------------- process

# pid of the broker of this state dir, if it is running.
broker_pid() {
    local pid=""
    [[ -f $PID_FILE ]] && pid=$(cat "$PID_FILE" 2>/dev/null || true)
    if [[ $pid =~ ^[0-9]+$ ]] && is_our_broker "$pid"; then
        printf '%s\n' "$pid"
        return 0
    fi
    # Fallback when the pid file is gone: look for a JVM started with exactly
    # this state dir's server.properties.
    local cmdline
    while IFS= read -r cmdline; do
        pid=${cmdline#/proc/}
        pid=${pid%/cmdline}
        if is_our_broker "$pid"; then
            printf '%s\n' "$pid"
            return 0
        fi
    done < <(grep -lzxF -- "$PROPS_FILE" /proc/[0-9]*/cmdline 2>/dev/null || true)
    return 1
}

# A process that exists and is not a zombie: a SIGKILLed JVM whose parent has gone stays a
# zombie until PID 1 reaps it, and some container inits reap late; kill -0 succeeds on it.
alive() {
    kill -0 "$1" 2>/dev/null || return 1
    ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

is_our_broker() {
    local pid=$1 args
    alive "$pid" || return 1
    args=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    grep -qxF kafka.Kafka <<<"$args" && grep -qxF "$PROPS_FILE" <<<"$args"
}

port_open() {
    timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null
}

server_started() {
    [[ -f $LOG_DIR/server.log ]] && grep -qF "$STARTED_MESSAGE" "$LOG_DIR/server.log"
}

# The ready file covers a long-running broker whose server.log has rolled over.
healthy() { port_open "$PORT" && { [[ -f $READY_FILE ]] || server_started; }; }

show_logs() {
    local f
    for f in "$OUT_FILE" "$LOG_DIR/server.log"; do
        [[ -s $f ]] || continue
        printf -- '----- tail of %s -----\n' "$f" >&2
        tail -n 40 "$f" >&2
    done
}

terminate() {
    local pid=$1 waited=0
    kill -TERM "$pid" 2>/dev/null || return 0
    while alive "$pid"; do
        if ((waited >= STOP_TIMEOUT * 10)); then
            log "broker (pid $pid) ignored SIGTERM for ${STOP_TIMEOUT}s; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            break
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    # After SIGKILL the process goes away almost at once; bound it anyway.
    for _ in $(seq 50); do alive "$pid" || return 0; sleep 0.1; done
    die "broker (pid $pid) did not exit"
}

# Serialise start/stop on one state dir (flock on the directory itself, so no
# lock file is left behind). Re-checks after locking that the dir was not
# removed meanwhile by a concurrent `stop`.
STATE_LOCK_FD=""
lock_state_dir() {
    while :; do
        mkdir -p "$STATE_DIR"
        exec {STATE_LOCK_FD}<"$STATE_DIR"
        flock "$STATE_LOCK_FD"
        [[ $STATE_DIR -ef /proc/$$/fd/$STATE_LOCK_FD ]] && return 0
        exec {STATE_LOCK_FD}<&-
    done
}

# ---------------------------------------------------------------- start

quorum_properties() {
    if [[ -n $QUORUM_VOTERS ]]; then
        printf 'controller.quorum.voters=%s\n' "$QUORUM_VOTERS"
    else
        printf 'controller.quorum.bootstrap.servers=%s:%s\n' "$HOST" "$CONTROLLER_PORT"
    fi
}

# Without KAFKA_LOCAL_INTERNAL_PORT brokers replicate over the client listener. With it,
# replication and proxy-free clients use INTERNAL, so a fault injected between a client and
# the advertised (proxy) port never touches replication.
listener_properties() {
    if [[ -n $INTERNAL_PORT ]]; then
        printf 'listeners=PLAINTEXT://%s:%s,CONTROLLER://%s:%s,INTERNAL://%s:%s\n' \
            "$HOST" "$PORT" "$HOST" "$CONTROLLER_PORT" "$HOST" "$INTERNAL_PORT"
        printf 'advertised.listeners=PLAINTEXT://%s:%s,INTERNAL://%s:%s\n' \
            "$HOST" "$ADVERTISED_PORT" "$HOST" "$INTERNAL_PORT"
        printf 'inter.broker.listener.name=INTERNAL\n'
    else
        printf 'listeners=PLAINTEXT://%s:%s,CONTROLLER://%s:%s\n' \
            "$HOST" "$PORT" "$HOST" "$CONTROLLER_PORT"
        printf 'advertised.listeners=PLAINTEXT://%s:%s\n' "$HOST" "$ADVERTISED_PORT"
        printf 'inter.broker.listener.name=PLAINTEXT\n'
    fi
}

write_properties() {
    cat >"$PROPS_FILE" <<EOF
# Generated by deploy/kafka/broker.sh on every start: edits here are lost.
# Add or override settings with KAFKA_EXTRA_PROPERTIES (appended at the end;
# for a key given twice, the last one wins).

# KRaft combined mode: this one JVM is both a broker and a controller (the sole one
# unless KAFKA_QUORUM_VOTERS names others).
process.roles=broker,controller
node.id=$NODE_ID
$(quorum_properties)
controller.listener.names=CONTROLLER
$(listener_properties)
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL

log.dirs=$DATA_DIR

# Single node: every replication factor / min ISR must be 1 (cluster.sh overrides these
# through KAFKA_EXTRA_PROPERTIES).
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Internal topics default to 50 partitions; 1 makes the first consumer group /
# transaction on a fresh broker much quicker to set up on a small machine.
offsets.topic.num.partitions=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.num.partitions=1

# Consumers joining a new group get their assignment at once (default waits 3 s).
group.initial.rebalance.delay.ms=0

# Topics must be created explicitly (admin API), as in production: a misspelt
# topic name then fails loudly (UNKNOWN_TOPIC_OR_PARTITION / produce timeout)
# instead of silently creating an empty topic that a consumer waits on forever.
# Tests that want the other behaviour: KAFKA_EXTRA_PROPERTIES=auto.create.topics.enable=true
auto.create.topics.enable=false

# The log cleaner (needed for the compacted __consumer_offsets) preallocates this
# buffer on the heap; the 128 MiB default is a lot for a 512 MiB test broker.
log.cleaner.dedupe.buffer.size=16777216
num.recovery.threads.per.data.dir=1
EOF
    if [[ -n $EXTRA_PROPERTIES ]]; then
        {
            printf '\n# ---- from KAFKA_EXTRA_PROPERTIES ----\n'
            printf '%s\n' "$EXTRA_PROPERTIES"
        } >>"$PROPS_FILE"
    fi
}

# Kafka's Uuid: 16 random bytes, URL-safe base64 without padding (22 chars).
# Kafka itself never hands out ids starting with '-' (they look like CLI flags).
new_cluster_id() {
    local id
    while :; do
        id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
        [[ $id != -* ]] && break
    done
    printf '%s\n' "$id"
}

format_storage() {
    # --standalone writes a bootstrap checkpoint naming this node's controller
    # endpoint as the only voter, so a change of controller port needs a fresh format.
    local want="controller=$HOST:$CONTROLLER_PORT voters=$QUORUM_VOTERS cluster=$CLUSTER_ID node=$NODE_ID scram=${SCRAM_CREDENTIALS:+$(sha256sum <<<"$SCRAM_CREDENTIALS" | cut -c1-16)}"
    if [[ -f $DATA_DIR/meta.properties && -f $FORMAT_STAMP && "$(cat "$FORMAT_STAMP")" == "$want" ]]; then
        return 0
    fi
    if [[ -e $DATA_DIR ]]; then
        log "discarding old data in $DATA_DIR (unformatted or other controller port)"
        rm -rf "$DATA_DIR"
    fi
    local cluster_id=$CLUSTER_ID
    [[ -n $cluster_id ]] || cluster_id=$(new_cluster_id)
    log "formatting storage (cluster id $cluster_id)"
    # shellcheck disable=SC2086  # HEAP_OPTS holds several JVM options
    local scram=()
    [[ -n $SCRAM_CREDENTIALS ]] && scram=(--add-scram "$SCRAM_CREDENTIALS")
    # A static quorum (controller.quorum.voters) needs no initial-controller flag.
    local standalone=(--standalone)
    [[ -n $QUORUM_VOTERS ]] && standalone=()
    if ! "$JAVA" $HEAP_OPTS -Dkafka.logs.dir="$LOG_DIR" -Dlog4j2.configurationFile="$LOG4J_CONF" \
        -cp "$LIBS_DIR/*" kafka.tools.StorageTool format \
        --cluster-id "$cluster_id" --config "$PROPS_FILE" "${standalone[@]}" "${scram[@]}" \
        </dev/null >"$STATE_DIR/format.out" 2>&1; then
        cat "$STATE_DIR/format.out" >&2
        die "formatting storage failed"
    fi
    printf '%s\n' "$want" >"$FORMAT_STAMP"
}

wait_ready() {
    local pid=$1 deadline=$((SECONDS + START_TIMEOUT))
    while ((SECONDS < deadline)); do
        if ! alive "$pid"; then
            show_logs
            rm -f "$PID_FILE"
            die "broker exited during startup (logs in $STATE_DIR)"
        fi
        if healthy; then
            : >"$READY_FILE"
            return 0
        fi
        sleep 0.2
    done
    show_logs
    log "broker not ready after ${START_TIMEOUT}s (KAFKA_START_TIMEOUT); stopping it, state kept in $STATE_DIR"
    terminate "$pid" || true
    rm -f "$PID_FILE"
    exit 1
}

cmd_start() {
    local pid t0=$SECONDS
    lock_state_dir
    if pid=$(broker_pid); then
        if healthy; then
            log "already running (pid $pid)"
        else
            log "broker (pid $pid) is starting; waiting for it"
            wait_ready "$pid"
        fi
        printf '%s:%s\n' "$HOST" "$PORT"
        return 0
    fi

    local p
    for p in "$PORT" "$CONTROLLER_PORT"; do
        port_open "$p" && die "port $HOST:$p is already in use by another process"
    done

    check_java
    ensure_jars
    if [[ ! -e $MARKER_FILE && -n "$(ls -A "$STATE_DIR")" ]]; then
        die "$STATE_DIR exists and was not made by broker.sh; refusing to use it"
    fi
    touch "$MARKER_FILE"
    write_properties
    format_storage

    # Fresh log files, so the readiness check only sees this run's messages.
    rm -rf "$LOG_DIR" "$READY_FILE"
    mkdir -p "$LOG_DIR"
    : >"$OUT_FILE"

    local setsid=()
    command -v setsid >/dev/null && setsid=(setsid)   # own session: no stray SIGINT/SIGHUP
    log "starting broker on $HOST:$PORT (controller $HOST:$CONTROLLER_PORT), state in $STATE_DIR"
    # shellcheck disable=SC2086  # word splitting of the *_OPTS variables is intended
    (exec {STATE_LOCK_FD}<&- && cd "$STATE_DIR" && exec nohup "${setsid[@]}" "$JAVA" $HEAP_OPTS $JVM_PERFORMANCE_OPTS \
        -Dkafka.logs.dir="$LOG_DIR" -Dlog4j2.configurationFile="$LOG4J_CONF" \
        $EXTRA_JVM_OPTS -cp "$LIBS_DIR/*" kafka.Kafka "$PROPS_FILE" \
        </dev/null >>"$OUT_FILE" 2>&1) &
    pid=$!
    printf '%s\n' "$pid" >"$PID_FILE"

    wait_ready "$pid"
    log "ready in $((SECONDS - t0))s (pid $pid, logs in $LOG_DIR)"
    printf '%s:%s\n' "$HOST" "$PORT"
}

cmd_stop() {
    local pid
    [[ -d $STATE_DIR ]] && lock_state_dir
    if pid=$(broker_pid); then
        log "stopping broker (pid $pid)"
        terminate "$pid"
    fi
    if [[ -e $STATE_DIR ]]; then
        if [[ -e $MARKER_FILE || -z "$(ls -A "$STATE_DIR")" ]]; then
            rm -rf "$STATE_DIR"
        else
            die "$STATE_DIR was not made by broker.sh; not deleting it"
        fi
    fi
}

cmd_status() {
    local pid
    if pid=$(broker_pid) && port_open "$PORT"; then
        log "running (pid $pid) on $HOST:$PORT"
        return 0
    fi
    log "not running"
    return 1
}

case ${1:-} in
    jars) ensure_jars ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    -h | --help | help) usage ;;
    *) usage ;;
esac
