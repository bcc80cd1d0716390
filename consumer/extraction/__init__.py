"""The extraction library: Hindi text in, quotations out. Imports neither Kafka nor Prometheus."""

from consumer.extraction.extractor import EXTRACTOR_VERSION, QuoteExtractor

__all__ = ["EXTRACTOR_VERSION", "QuoteExtractor"]
