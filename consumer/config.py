"""Settings: one frozen object, read from the environment in one place."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from consumer.errors import ConfigError
from consumer.records import SCHEMA_VERSION

__all__ = ["Settings"]

_SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
_SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER")
_GUARANTEES = ("at_least_once", "exactly_once")
_REBALANCE_PROTOCOLS = ("cooperative", "eager")
_SCHEMA_VERSIONS = (SCHEMA_VERSION, "1.1")
# 50 sources × (quotes-per-article histogram buckets) stays a few hundred series per worker;
# more would make the allow-list a way round Prometheus's bounded-labels rule.
_MAX_METRICS_SOURCES = 50


@dataclass(frozen=True)
class Settings:
    """Everything the service can be told. ``Settings.from_env()`` is the only reader of the environment.

    Each default says why it is that value.
    """

    bootstrap_servers: str = "localhost:9092"
    input_topic: str = "articles.raw"
    output_topic: str = "quotes.extracted"
    dlq_topic: str = "articles.dlq"
    group_id: str = "quote-consumer"
    client_id: str = "quote-consumer"
    metrics_host: str = "0.0.0.0"
    metrics_port: int = 9108

    # 500 records per poll: large enough to amortise a produce flush over many articles, small
    # enough that one batch of ~600-word articles is extracted in well under a second.
    batch_size: int = 500
    # How long one poll waits for data. 500 ms keeps the loop (and its heartbeat and signal
    # checks) responsive while idle without spinning.
    poll_timeout_ms: int = 500
    # Offsets are committed at most this often (after a flush that confirmed every delivery).
    # One second bounds the replay after a crash to about a second of input, and keeps commit
    # traffic to one request per second per worker.
    commit_interval_s: float = 1.0
    # ... or sooner, once this many records (quotes and dead letters) wait for it. A checkpoint
    # (a transaction in exactly-once mode) must settle its records within the flush timeout;
    # after a stall the loop can read a backlog of thousands of articles in one commit
    # interval, and over a slow link (500 ms latency: one produce request per partition at a
    # time, as idempotence requires) such a transaction would never finish and be processed
    # again forever. 2,000 is under one second of a saturated worker's output, so a healthy
    # worker commits as before.
    checkpoint_records: int = 2_000
    # A flush that has not been acknowledged after 30 s means the output topic is unhealthy;
    # that is well above a healthy cluster's produce latency and below Kafka's
    # default delivery.timeout.ms (120 s) so the worker notices before the producer gives up.
    flush_timeout_s: float = 30.0
    # Kubernetes sends SIGKILL 30 s after SIGTERM by default; finishing in 20 s leaves margin.
    shutdown_timeout_s: float = 20.0
    # Transient broker errors are retried this many times with exponential backoff and jitter
    # (0.5 s doubling to 10 s), about a minute in all: long enough for a broker restart or a
    # leader election, short enough that a dead cluster turns into a pod restart.
    retry_attempts: int = 8
    retry_initial_backoff_s: float = 0.5
    retry_max_backoff_s: float = 10.0
    # A worker that dies without leaving the group (SIGKILL, node loss) keeps its partitions
    # until this expires. 10 s moves them quickly; heartbeats run on kafka-python's background
    # thread, so a long batch does not trip it (max.poll.interval.ms covers a stuck loop).
    session_timeout_ms: int = 10_000
    # /healthz fails when the loop has not ticked for this long; 60 s is far above one batch's
    # processing time, so only a stuck loop trips it.
    liveness_timeout_s: float = 60.0

    # Limits on input. Kafka's default message.max.bytes is about 1 MB; 2 MiB leaves room for
    # clusters that raise it, and bounds memory per message.
    max_message_bytes: int = 2 * 1024 * 1024
    # 200,000 code points is about 30,000 Hindi words, fifteen times a long feature article.
    max_text_chars: int = 200_000
    # One article's extraction budget; past it the article is dead-lettered
    # (extraction_timeout) instead of stalling the partition. A news article takes about
    # 1 ms (rules) to 10 ms (with the model) and the slowest well-behaved 200,000-character
    # input about 3 s; 10 s is far above both, and far below the liveness timeout and
    # Kafka's max.poll.interval.ms (300 s).
    extraction_timeout_s: float = 10.0
    # Off by default (issue 14): the NER model changes 1 of 354 records on the test part
    # (end-to-end F1 0.927 -> 0.929), 3 of 211 on test2 (0.779 -> 0.774), none on five of the
    # six development parts, for about 40% more time an article (docs/evaluation.md,
    # docs/benchmarks.md). QUOTES_NER_MODEL=true turns it back on.
    ner_model: bool = False
    # The trained antecedent ranker for pronoun speakers (issue 14, consumer/models/
    # antecedents): QUOTES_ANTECEDENT_RANKER=true/false; docs/evaluation.md has the figures
    # behind the default.
    antecedent_ranker: bool = False
    # Records follow the newest schema. "1.1" writes records valid against the published,
    # closed 1.1 schema (no 1.2 fields; unmarked speech typed direct, as 1.1 did) for
    # readers that validate strictly until they move to 1.2 (README: Compatibility).
    schema_version: str = SCHEMA_VERSION

    # Article manifests (consumer/manifests.py): off unless a topic is named. The topic must be
    # compacted (cleanup.policy=compact): the worker creates it so where it creates topics and
    # refuses to start (exit 2) if it exists with another policy.
    manifest_topic: str | None = None
    # Sources (an article's `source`, else its URL's host) that get their own label value on
    # the per-source metrics; every other source is counted as `other`. At most
    # _MAX_METRICS_SOURCES: each one multiplies the per-source series (consumer/sources.py).
    metrics_sources: tuple[str, ...] = ()

    create_topics: bool = True
    topic_partitions: int = 3
    # -1 lets the broker use its default.replication.factor, right for any cluster size.
    topic_replication_factor: int = -1
    auto_offset_reset: str = "earliest"

    # at_least_once: acknowledged delivery, then offset commit; a crash replays up to one
    # commit interval (same quote_ids). exactly_once: records and offsets in one Kafka
    # transaction; downstream consumers must read with isolation.level=read_committed.
    processing_guarantee: str = "at_least_once"
    # exactly_once only. A restarted worker with the same id aborts its predecessor's open
    # transaction at once; unset, it is "<client id>-<host name>", stable for a StatefulSet
    # pod, and a fresh pod's predecessor is aborted by the broker after the timeout below.
    transactional_id: str | None = None
    # exactly_once only. The broker aborts a transaction left open this long (a worker that
    # died mid-checkpoint); read_committed readers wait behind it until then. 60 s is Kafka's
    # default and must exceed the longest checkpoint (commit interval plus flush timeout).
    transaction_timeout_ms: int = 60_000
    # cooperative (KIP-429, cooperative-sticky assignor): a rebalance moves only the partitions
    # that change owner, the others keep flowing. eager (range): every worker stops, commits
    # and gets a fresh assignment. All workers of a group must use the same protocol.
    rebalance_protocol: str = "cooperative"

    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str | None = None
    sasl_username: str | None = None
    sasl_password: str | None = field(default=None, repr=False)
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None
    ssl_check_hostname: bool = True

    log_level: str = "INFO"
    log_format: str = "text"

    def __post_init__(self) -> None:
        if self.security_protocol not in _SECURITY_PROTOCOLS:
            raise ConfigError(
                f"KAFKA_SECURITY_PROTOCOL={self.security_protocol!r}: "
                f"use one of {', '.join(_SECURITY_PROTOCOLS)}"
            )
        if self.sasl_mechanism is not None and self.sasl_mechanism not in _SASL_MECHANISMS:
            raise ConfigError(
                f"KAFKA_SASL_MECHANISM={self.sasl_mechanism!r}: "
                f"use one of {', '.join(_SASL_MECHANISMS)}"
            )
        if self.security_protocol.startswith("SASL") and self.sasl_mechanism is None:
            raise ConfigError(
                f"KAFKA_SECURITY_PROTOCOL={self.security_protocol} needs KAFKA_SASL_MECHANISM"
            )
        for name in (
            "batch_size",
            "checkpoint_records",
            "max_message_bytes",
            "max_text_chars",
            "retry_attempts",
        ):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be at least 1, got {getattr(self, name)}")
        if not 0 <= self.metrics_port <= 65535:
            raise ConfigError(f"QUOTES_METRICS_PORT={self.metrics_port} is not a TCP port")
        if self.log_format not in ("text", "json"):
            raise ConfigError(f"QUOTES_LOG_FORMAT={self.log_format!r}: use text or json")
        for variable, value, choices in (
            ("QUOTES_PROCESSING_GUARANTEE", self.processing_guarantee, _GUARANTEES),
            ("QUOTES_SCHEMA_VERSION", self.schema_version, _SCHEMA_VERSIONS),
            ("QUOTES_REBALANCE_PROTOCOL", self.rebalance_protocol, _REBALANCE_PROTOCOLS),
        ):
            if value not in choices:
                raise ConfigError(f"{variable}={value!r}: use one of {', '.join(choices)}")
        longest_checkpoint_ms = (self.commit_interval_s + self.flush_timeout_s) * 1000
        if self.exactly_once and self.transaction_timeout_ms <= longest_checkpoint_ms:
            raise ConfigError(
                f"QUOTES_TRANSACTION_TIMEOUT_MS={self.transaction_timeout_ms} must exceed "
                f"QUOTES_COMMIT_INTERVAL_S + QUOTES_FLUSH_TIMEOUT_S ({longest_checkpoint_ms:.0f} ms)"
            )
        if len({self.input_topic, self.output_topic, self.dlq_topic}) != 3:
            raise ConfigError("input, output and dead-letter topics must be three different topics")
        if self.manifest_topic is not None and self.manifest_topic in (
            self.input_topic,
            self.output_topic,
            self.dlq_topic,
        ):
            raise ConfigError(
                f"QUOTES_MANIFEST_TOPIC={self.manifest_topic!r} must differ from the input, "
                "output and dead-letter topics"
            )
        if len(self.metrics_sources) > _MAX_METRICS_SOURCES:
            raise ConfigError(
                f"QUOTES_METRICS_SOURCES lists {len(self.metrics_sources)} sources: at most "
                f"{_MAX_METRICS_SOURCES} (each one adds its own metric series)"
            )
        if "other" in self.metrics_sources:
            raise ConfigError(
                "QUOTES_METRICS_SOURCES must not list 'other': it is the label of every "
                "source not on the list"
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from environment variables (see ``ENVIRONMENT``), then apply overrides.

        A variable ``NAME_FILE`` is read as a file holding the value of ``NAME``, the way
        Kubernetes secrets are mounted: ``KAFKA_SASL_PASSWORD_FILE=/var/run/secrets/kafka/password``.
        """
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        kinds = {f.name: f.type for f in fields(cls)}
        for variable, attribute in ENVIRONMENT.items():
            raw = _lookup(env, variable)
            if raw is None:
                continue
            values[attribute] = _convert(variable, raw, str(kinds[attribute]))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    @property
    def exactly_once(self) -> bool:
        return self.processing_guarantee == "exactly_once"

    def with_(self, **changes: Any) -> Settings:
        """A copy with some settings changed (validated again)."""
        return replace(self, **changes)

    def kafka_security(self) -> dict[str, Any]:
        """Security keyword arguments shared by kafka-python's consumer, producer and admin client."""
        options: dict[str, Any] = {"security_protocol": self.security_protocol}
        if self.sasl_mechanism:
            options["sasl_mechanism"] = self.sasl_mechanism
            options["sasl_plain_username"] = self.sasl_username
            options["sasl_plain_password"] = self.sasl_password
        if self.security_protocol in ("SSL", "SASL_SSL"):
            options["ssl_cafile"] = self.ssl_cafile
            options["ssl_certfile"] = self.ssl_certfile
            options["ssl_keyfile"] = self.ssl_keyfile
            options["ssl_check_hostname"] = self.ssl_check_hostname
        return options


#: Environment variable -> Settings attribute. The README's configuration table mirrors this.
ENVIRONMENT: dict[str, str] = {
    "KAFKA_BOOTSTRAP_SERVERS": "bootstrap_servers",
    "QUOTES_INPUT_TOPIC": "input_topic",
    "QUOTES_OUTPUT_TOPIC": "output_topic",
    "QUOTES_DLQ_TOPIC": "dlq_topic",
    "QUOTES_GROUP_ID": "group_id",
    "QUOTES_CLIENT_ID": "client_id",
    "QUOTES_METRICS_HOST": "metrics_host",
    "QUOTES_METRICS_PORT": "metrics_port",
    "QUOTES_BATCH_SIZE": "batch_size",
    "QUOTES_POLL_TIMEOUT_MS": "poll_timeout_ms",
    "QUOTES_COMMIT_INTERVAL_S": "commit_interval_s",
    "QUOTES_CHECKPOINT_RECORDS": "checkpoint_records",
    "QUOTES_FLUSH_TIMEOUT_S": "flush_timeout_s",
    "QUOTES_SHUTDOWN_TIMEOUT_S": "shutdown_timeout_s",
    "QUOTES_RETRY_ATTEMPTS": "retry_attempts",
    "QUOTES_RETRY_INITIAL_BACKOFF_S": "retry_initial_backoff_s",
    "QUOTES_RETRY_MAX_BACKOFF_S": "retry_max_backoff_s",
    "QUOTES_LIVENESS_TIMEOUT_S": "liveness_timeout_s",
    "QUOTES_SESSION_TIMEOUT_MS": "session_timeout_ms",
    "QUOTES_MAX_MESSAGE_BYTES": "max_message_bytes",
    "QUOTES_MAX_TEXT_CHARS": "max_text_chars",
    "QUOTES_EXTRACTION_TIMEOUT_S": "extraction_timeout_s",
    "QUOTES_NER_MODEL": "ner_model",
    "QUOTES_ANTECEDENT_RANKER": "antecedent_ranker",
    "QUOTES_SCHEMA_VERSION": "schema_version",
    "QUOTES_MANIFEST_TOPIC": "manifest_topic",
    "QUOTES_METRICS_SOURCES": "metrics_sources",
    "QUOTES_CREATE_TOPICS": "create_topics",
    "QUOTES_TOPIC_PARTITIONS": "topic_partitions",
    "QUOTES_TOPIC_REPLICATION_FACTOR": "topic_replication_factor",
    "QUOTES_AUTO_OFFSET_RESET": "auto_offset_reset",
    "QUOTES_PROCESSING_GUARANTEE": "processing_guarantee",
    "QUOTES_TRANSACTIONAL_ID": "transactional_id",
    "QUOTES_TRANSACTION_TIMEOUT_MS": "transaction_timeout_ms",
    "QUOTES_REBALANCE_PROTOCOL": "rebalance_protocol",
    "KAFKA_SECURITY_PROTOCOL": "security_protocol",
    "KAFKA_SASL_MECHANISM": "sasl_mechanism",
    "KAFKA_SASL_USERNAME": "sasl_username",
    "KAFKA_SASL_PASSWORD": "sasl_password",
    "KAFKA_SSL_CAFILE": "ssl_cafile",
    "KAFKA_SSL_CERTFILE": "ssl_certfile",
    "KAFKA_SSL_KEYFILE": "ssl_keyfile",
    "KAFKA_SSL_CHECK_HOSTNAME": "ssl_check_hostname",
    "QUOTES_LOG_LEVEL": "log_level",
    "QUOTES_LOG_FORMAT": "log_format",
}


def _lookup(env: Mapping[str, str], variable: str) -> str | None:
    if variable in env and env[variable] != "":
        return env[variable]
    path = env.get(f"{variable}_FILE")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{variable}_FILE={path}: cannot read it ({exc.strerror})") from exc
    return None


def _convert(variable: str, raw: str, kind: str) -> Any:
    try:
        if kind.startswith("bool"):
            lowered = raw.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
        if kind.startswith("tuple"):
            # A comma-separated list; spaces around items and empty items are dropped.
            return tuple(dict.fromkeys(item.strip() for item in raw.split(",") if item.strip()))
    except ValueError as exc:
        expected = kind.split(" ")[0]
        raise ConfigError(f"{variable}={raw!r} is not a valid {expected}") from exc
    return raw
