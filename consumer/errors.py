"""The error tree, split by what the loop does with each error.

::

    QuoteConsumerError
    ├── ConfigError                 bad settings: the process exits 2 before touching Kafka
    ├── RejectedMessage             one message is bad: dead-letter it, count it, move on
    │   ├── MessageTooLarge         more bytes than QUOTES_MAX_MESSAGE_BYTES
    │   ├── UndecodableMessage      not UTF-8
    │   ├── InvalidJson             not JSON
    │   ├── InvalidArticle          JSON that breaks schemas/article.v1.json
    │   │   └── TextTooLarge        text longer than QUOTES_MAX_TEXT_CHARS
    │   └── ExtractionFailed        the extractor raised on this article (a bug, kept off the loop)
    │       └── ExtractionTimedOut  the extractor outran QUOTES_EXTRACTION_TIMEOUT_S on it
    └── WorkerError                 the worker cannot go on: exit non-zero, restart from last commit
        ├── BrokerUnavailable       transient broker errors outlasted the retry budget
        ├── BrokerRefused           the broker refused a setting at start-up: exit 2, fix it
        │   └── AuthenticationFailed    it refused the credentials
        ├── DeliveryFailed          a produced record was not acknowledged: nothing is committed
        └── TransactionFailed       exactly-once: the transaction was aborted, records and offsets
"""

from __future__ import annotations


class QuoteConsumerError(Exception):
    """Root of every error this package raises on purpose."""


class ConfigError(QuoteConsumerError):
    """A setting is missing or malformed; the message names the variable and what it accepts."""


class RejectedMessage(QuoteConsumerError):
    """One input message cannot be processed; it goes to the dead-letter topic.

    ``reason`` is a short, bounded code used in metrics labels and dead-letter headers.
    """

    reason = "rejected"


class MessageTooLarge(RejectedMessage):
    reason = "message_too_large"


class UndecodableMessage(RejectedMessage):
    reason = "undecodable"


class InvalidJson(RejectedMessage):
    reason = "invalid_json"


class InvalidArticle(RejectedMessage):
    reason = "invalid_article"


class TextTooLarge(InvalidArticle):
    reason = "text_too_large"


class ExtractionFailed(RejectedMessage):
    reason = "extraction_failed"


class ExtractionTimedOut(ExtractionFailed):
    """Raised into the extractor when one article outruns its time budget (a poison pill)."""

    reason = "extraction_timeout"


class WorkerError(QuoteConsumerError):
    """The worker must stop with a non-zero exit code; Kubernetes restarts it from the last commit."""

    exit_code = 3


class BrokerUnavailable(WorkerError):
    """Transient broker errors did not clear within the retry budget."""


class BrokerRefused(WorkerError):
    """At start-up the broker refused something no retry can fix (a transaction timeout above
    its maximum, a missing permission): exit 2 like bad settings."""

    exit_code = 2


class AuthenticationFailed(BrokerRefused):
    """The broker refused the SASL credentials."""


class DeliveryFailed(WorkerError):
    """At least one produced record was not acknowledged by the broker; offsets stay uncommitted."""


class TransactionFailed(WorkerError):
    """Exactly-once mode: a transaction was aborted; neither its records nor its offsets count.

    ``retriable``: the abort went through and the cause was transient (timeouts in a network
    fault, a leader election), so the worker may process the same input again in a new
    transaction instead of exiting (consumer.service rewinds, within QUOTES_RETRY_ATTEMPTS)."""

    def __init__(self, message: str, *, retriable: bool = False) -> None:
        super().__init__(message)
        self.retriable = retriable
