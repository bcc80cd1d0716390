"""Find quoted Hindi speech in news articles and attribute it to speakers.

The package is usable as a library without Kafka::

    from consumer import QuoteExtractor
    quotes = QuoteExtractor().extract('प्रिया वर्मा ने कहा, "हम कभी भी पीछे नहीं हटेंगे।"')

The Kafka service lives in :mod:`consumer.service` and is started by ``quote-consumer run``.
"""

from consumer.extraction import QuoteExtractor
from consumer.records import Article, Cue, Quote, QuoteRecord, Speaker

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Cue",
    "Quote",
    "QuoteExtractor",
    "QuoteRecord",
    "Speaker",
    "__version__",
]
