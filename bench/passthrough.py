"""A pass-through worker: the service's own loop, client and settings, with no extraction.

Each input message's bytes are produced unchanged to the output topic, through the same
Worker (poll, send, flush, confirm, commit) as ``quote-consumer run``. The benchmark runs it
beside the real service to show what the Kafka round trip alone costs:
``python -m bench.passthrough`` reads the same environment variables as the service.
"""

from __future__ import annotations

import logging

from consumer.app import serve
from consumer.config import Settings
from consumer.metrics import Metrics
from consumer.processing import Processed
from consumer.records import Article, Quote, QuoteRecord

__all__ = ["PassThrough", "main"]

_ARTICLE = Article(id="passthrough", text="")
# The loop counts records by quote type; one fixed record stands for the forwarded bytes.
_RECORD = QuoteRecord.build(
    _ARTICLE,
    Quote(type="direct", text="", start=0, end=0, speaker=None, cue=None, confidence=0.0),
    extractor_version="passthrough",
    model_version=None,
)


class PassThrough:
    """A ``consumer.processing.ProcessorLike``: the message bytes become the output."""

    def process(self, value: bytes | None) -> Processed:
        return Processed(_ARTICLE, (_RECORD,), (value or b"",), 0.0)


def main() -> int:
    logging.basicConfig(level=logging.WARNING)
    return serve(Settings.from_env(), PassThrough(), Metrics())


if __name__ == "__main__":
    raise SystemExit(main())
