"""The composition root: builds a Worker and its parts from Settings and runs it."""

from __future__ import annotations

import logging

from kafka import KafkaConsumer, KafkaProducer
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

from consumer import __version__
from consumer.codec import ArticleDecoder
from consumer.config import Settings
from consumer.errors import BrokerUnavailable
from consumer.extraction import QuoteExtractor
from consumer.kafka_io import ensure_topics, is_transient, make_consumer, make_producer
from consumer.metrics import Health, Metrics, MetricsServer
from consumer.processing import Processor
from consumer.service import Worker

__all__ = ["run_service"]

log = logging.getLogger(__name__)


def run_service(settings: Settings) -> int:
    """Start metrics, connect to Kafka (with retries), run the loop; return the exit code."""
    metrics = Metrics()
    health = Health(liveness_timeout_s=settings.liveness_timeout_s)
    extractor = QuoteExtractor()
    metrics.build.info(
        {
            "version": __version__,
            "extractor_version": extractor.version,
            "model_version": extractor.model_version or "none",
        }
    )
    server = MetricsServer(
        metrics, health, host=settings.metrics_host, port=settings.metrics_port
    ).start()
    try:
        consumer, producer = _connect(settings)
        health.broker_reachable = True
        decoder = ArticleDecoder(
            max_message_bytes=settings.max_message_bytes, max_text_chars=settings.max_text_chars
        )
        worker = Worker(
            settings,
            processor=Processor(extractor, decoder),
            consumer=consumer,
            producer=producer,
            metrics=metrics,
            health=health,
        )
        worker.install_signal_handlers()
        return worker.run()
    finally:
        server.stop()


def _connect(settings: Settings) -> tuple[KafkaConsumer, KafkaProducer]:
    """Create topics if allowed, then the clients, retrying while the broker is not up yet."""

    def attempt() -> tuple[KafkaConsumer, KafkaProducer]:
        if settings.create_topics:
            ensure_topics(settings)
        return make_consumer(settings), make_producer(settings)

    def give_up(state: RetryCallState) -> tuple[KafkaConsumer, KafkaProducer]:
        exc = state.outcome.exception() if state.outcome else None
        raise BrokerUnavailable(
            f"cannot reach Kafka at {settings.bootstrap_servers}: {exc}"
        ) from exc

    retrying = Retrying(
        retry=retry_if_exception(is_transient),
        stop=stop_after_attempt(settings.retry_attempts),
        wait=wait_exponential_jitter(
            initial=settings.retry_initial_backoff_s, max=settings.retry_max_backoff_s
        ),
        before_sleep=lambda state: log.warning(
            "Kafka at %s not reachable yet (attempt %d): %s",
            settings.bootstrap_servers,
            state.attempt_number,
            state.outcome.exception() if state.outcome else "?",
        ),
        retry_error_callback=give_up,
    )
    result: tuple[KafkaConsumer, KafkaProducer] = retrying(attempt)
    return result
