"""The composition root: builds a Worker and its parts from Settings and runs it."""

from __future__ import annotations

import gc
import logging

from kafka import KafkaConsumer, KafkaProducer
from kafka.errors import KafkaError, SaslAuthenticationFailedError

from consumer import __version__
from consumer.codec import ArticleDecoder
from consumer.config import Settings
from consumer.errors import AuthenticationFailed, BrokerRefused, ConfigError
from consumer.extraction import QuoteExtractor
from consumer.extraction.model import load_ner
from consumer.kafka_io import (
    await_partitions,
    check_manifest_topic,
    ensure_topics,
    make_consumer,
    make_producer,
    transactional_id,
    watch_authentication,
)
from consumer.metrics import Health, Metrics, MetricsServer
from consumer.processing import Processor, ProcessorLike
from consumer.renewable import RenewableProducer, TransactionalFactory
from consumer.retrying import broker_retrying
from consumer.service import Worker

__all__ = ["run_service", "serve"]

log = logging.getLogger(__name__)

_WARM_UP = 'जिला पुलिस अधीक्षक ने कहा, "जांच जारी है और दोषियों को बख्शा नहीं जाएगा।"'


def run_service(settings: Settings) -> int:
    """Load the extractor, then serve: the exit code of the worker loop."""
    metrics = Metrics(sources=settings.metrics_sources)
    extractor = QuoteExtractor(
        nlp=load_ner() if settings.ner_model else None,
        antecedents=settings.antecedent_ranker,
    )
    # One article through the rules and the model before the first real one, so that the
    # first articles after start-up are not the slowest (measured: ~200 ms without it).
    extractor.extract(_WARM_UP)
    metrics.build.info(
        {
            "version": __version__,
            "extractor_version": extractor.version,
            "model_version": extractor.model_version or "none",
        }
    )
    decoder = ArticleDecoder(
        max_message_bytes=settings.max_message_bytes, max_text_chars=settings.max_text_chars
    )
    processor = Processor(extractor, decoder, schema_version=settings.schema_version)
    return serve(settings, processor, metrics)


def serve(settings: Settings, processor: ProcessorLike, metrics: Metrics) -> int:
    """Start metrics, connect to Kafka (with retries), run the loop with ``processor``; return
    the exit code. The benchmark's pass-through worker runs through here too."""
    health = Health(liveness_timeout_s=settings.liveness_timeout_s)
    server = _metrics_server(settings, metrics, health)
    try:
        consumer, producer = _connect(settings)
        log.info(
            "connected to Kafka at %s (%s%s)",
            settings.bootstrap_servers,
            settings.security_protocol,
            f", {settings.sasl_mechanism} as {settings.sasl_username}"
            if settings.sasl_mechanism
            else "",
        )
        if settings.create_topics:
            # Topic metadata now, not on the first record sent (the topics exist: just made).
            for topic in (settings.output_topic, settings.dlq_topic, settings.manifest_topic):
                if topic is not None:
                    producer.partitions_for(topic)
        # Everything loaded so far (model, lexicon, clients) lives as long as the process:
        # freezing it keeps full garbage collections short (30-45 ms -> well under 1 ms).
        gc.freeze()
        health.broker_reachable = True
        worker = Worker(
            settings,
            processor=processor,
            consumer=consumer,
            producer=producer,
            metrics=metrics,
            health=health,
        )
        worker.install_signal_handlers()
        return worker.run()
    finally:
        server.stop()


def _metrics_server(settings: Settings, metrics: Metrics, health: Health) -> MetricsServer:
    try:
        server = MetricsServer(
            metrics, health, host=settings.metrics_host, port=settings.metrics_port
        )
    except OSError as exc:  # the port is taken, or the host is not an address of this machine
        raise ConfigError(
            f"cannot serve metrics on {settings.metrics_host}:{settings.metrics_port} "
            f"({exc.strerror or exc}); set QUOTES_METRICS_PORT (or --metrics-port) to a free "
            "port and QUOTES_METRICS_HOST to an address of this host"
        ) from exc
    return server.start()


#: How long a starting worker waits for its input topic's partitions before subscribing.
_INPUT_METADATA_WAIT_S = 10.0


def _consumer(settings: Settings) -> KafkaConsumer:
    consumer = make_consumer(settings)
    await_partitions(consumer, settings.input_topic, _INPUT_METADATA_WAIT_S)
    return consumer


def _connect(settings: Settings) -> tuple[KafkaConsumer, KafkaProducer | RenewableProducer]:
    """Create topics if allowed, then the clients, retrying while the broker is not up yet.
    Refused credentials stop at once with AuthenticationFailed (exit 2): retrying cannot help."""

    def attempt() -> tuple[KafkaConsumer, KafkaProducer | RenewableProducer]:
        try:
            if settings.create_topics:
                ensure_topics(settings)
            check_manifest_topic(settings)
            producer = make_producer(settings)
        except KafkaError as exc:
            if watch.refused is not None:
                raise watch.refused from exc
            raise
        if settings.exactly_once:
            # Fences any earlier producer with this transactional id and aborts its open
            # transaction, so read_committed readers are not held up by a dead predecessor.
            try:
                producer.init_transactions()
            except BaseException:
                producer.close(timeout=0)
                raise
            log.info("exactly-once: transactional id %s", transactional_id(settings))
            # A producer that cannot abort a transaction is replaced by the checkpoint: the
            # new one's init_transactions() fences it (consumer.renewable).
            return _consumer(settings), RenewableProducer(
                TransactionalFactory(
                    lambda bootstrap_s: make_producer(settings, bootstrap_timeout_s=bootstrap_s)
                ),
                producer,
                stop_first=True,
            )
        # At-least-once: a stuck client can be replaced by the checkpoint (consumer.renewable).
        return _consumer(settings), RenewableProducer(
            lambda timeout_s: make_producer(settings, bootstrap_timeout_s=timeout_s), producer
        )

    retrying = broker_retrying(
        settings,
        "connect",
        describe=f"cannot reach Kafka at {settings.bootstrap_servers}",
        hint="check that the broker is up and KAFKA_BOOTSTRAP_SERVERS (or --bootstrap-servers)",
    )
    with watch_authentication() as watch:
        try:
            result: tuple[KafkaConsumer, KafkaProducer | RenewableProducer] = retrying(attempt)
        except SaslAuthenticationFailedError as exc:
            # The broker's message names the mechanism, never the password; neither does ours.
            raise AuthenticationFailed(
                f"Kafka at {settings.bootstrap_servers} refused user {settings.sasl_username!r} "
                f"({settings.sasl_mechanism} over {settings.security_protocol}): authentication "
                "failed; check KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD (or its _FILE)"
            ) from exc
        except KafkaError as exc:  # not transient: broker_retrying passed it straight through
            raise BrokerRefused(
                f"Kafka at {settings.bootstrap_servers} refused to start the worker: "
                f"{type(exc).__name__}: {exc}; check the settings"
            ) from exc
    return result
