"""Command line: ``quote-consumer run | extract | eval | publish | tail``. The only module that
prints.

Every error ends in one line on stderr saying what happened and what to do, and an exit code
(README, "Exit codes"): 0 done, 1 ``extract --strict`` skipped lines, 2 bad command line or
configuration, 3 broker unavailable or delivery failed, 66 an input file cannot be read,
130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

import orjson

from consumer import __version__
from consumer.codec import ArticleDecoder
from consumer.config import Settings
from consumer.errors import BrokerUnavailable, ConfigError, WorkerError
from consumer.extraction import QuoteExtractor
from consumer.extraction.model import load_ner
from consumer.processing import Processed, Processor

__all__ = ["main"]

log = logging.getLogger("consumer")

#: Exit codes besides a WorkerError's own (README, "Exit codes").
EXIT_USAGE = 2  # bad command line or configuration: fix the invocation
EXIT_NO_INPUT = 66  # an input file cannot be read (sysexits.h EX_NOINPUT)
EXIT_INTERRUPTED = 130  # a second Ctrl-C (128 + SIGINT, as shells report it)


class _Fail(Exception):
    """Stops the command with one line on stderr and an exit code."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error as one line (not the usage text) and no exit from here."""

    def error(self, message: str) -> NoReturn:
        raise _Fail(f"{self.prog}: {message}; see {self.prog} --help", EXIT_USAGE)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except _Fail as exc:
        print(exc, file=sys.stderr)
        return exc.exit_code


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if not hasattr(args, "handler"):
        raise _Fail(
            "quote-consumer: a command is needed (run, extract, eval, publish or tail); "
            "see quote-consumer --help",
            EXIT_USAGE,
        )
    try:
        settings = Settings.from_env(
            bootstrap_servers=getattr(args, "bootstrap_servers", None),
            metrics_port=getattr(args, "metrics_port", None),
            log_level=getattr(args, "log_level", None),
        )
    except ConfigError as exc:
        raise _Fail(f"quote-consumer: configuration error: {exc}", EXIT_USAGE) from exc
    _configure_logging(settings)
    try:
        code: int = args.handler(args, settings)
    except ConfigError as exc:  # found once running, e.g. a metrics port already taken
        raise _Fail(f"quote-consumer: configuration error: {exc}", EXIT_USAGE) from exc
    except WorkerError as exc:
        log.error("worker stopping: %s", exc)
        return exc.exit_code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return code


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="quote-consumer",
        description="Find quoted Hindi speech in news articles and attribute it to speakers.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--log-level", help="DEBUG, INFO, WARNING (env QUOTES_LOG_LEVEL)")
    commands = parser.add_subparsers(title="commands")

    run = commands.add_parser("run", help="run the Kafka service")
    run.add_argument(
        "--bootstrap-servers", help="host:port[,host:port] (env KAFKA_BOOTSTRAP_SERVERS)"
    )
    run.add_argument(
        "--metrics-port",
        type=int,
        help="port for /metrics, /healthz, /readyz (env QUOTES_METRICS_PORT)",
    )
    run.set_defaults(handler=_run)

    extract = commands.add_parser(
        "extract", help="offline: articles as JSON Lines in, quote records as JSON Lines out"
    )
    extract.add_argument("file", nargs="?", default="-", help="JSON Lines file, or - for stdin")
    extract.add_argument("--strict", action="store_true", help="exit 1 if any line was skipped")
    extract.set_defaults(handler=_extract)

    evaluate = commands.add_parser(
        "eval",
        help="precision, recall and F1 on the annotated corpus (rules, rules + NER, rules with "
        "the calibrated confidence filter) and the confidence's calibration",
    )
    evaluate.add_argument(
        "--part", default="test", help="corpus part: test (default) or dev, or a path"
    )
    evaluate.add_argument("--errors", type=int, default=0, help="also list this many errors")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--no-ner", action="store_true", help="skip the HiNER NER evaluation")
    evaluate.add_argument(
        "--diagram", type=Path, help="write the reliability diagram of the confidence to this PNG"
    )
    evaluate.set_defaults(handler=_eval)

    publish = commands.add_parser(
        "publish", help="send articles from a JSON Lines file to the input topic"
    )
    publish.add_argument("file", help="JSON Lines file of articles")
    publish.add_argument("--bootstrap-servers", help="host:port (env KAFKA_BOOTSTRAP_SERVERS)")
    publish.set_defaults(handler=_publish)

    tail = commands.add_parser(
        "tail", help="print quote records from the output topic as they arrive"
    )
    tail.add_argument("--bootstrap-servers", help="host:port (env KAFKA_BOOTSTRAP_SERVERS)")
    tail.add_argument("--from-beginning", action="store_true", help="start at the oldest record")
    tail.add_argument("--max-records", type=int, default=None, help="stop after this many")
    tail.add_argument(
        "--timeout", type=float, default=None, help="stop after this many idle seconds"
    )
    tail.set_defaults(handler=_tail)
    return parser


class _JsonFormatter(logging.Formatter):
    """One JSON object per line, for log collectors (QUOTES_LOG_FORMAT=json)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry).decode()


def _configure_logging(settings: Settings) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=settings.log_level.upper(), handlers=[handler], force=True)
    # kafka-python logs every reconnect at WARNING/ERROR; the service reports what matters.
    logging.getLogger("kafka").setLevel(max(logging.WARNING, logging.getLogger().level))


def _processor(settings: Settings) -> Processor:
    decoder = ArticleDecoder(
        max_message_bytes=settings.max_message_bytes, max_text_chars=settings.max_text_chars
    )
    # Rules only unless QUOTES_NER_MODEL=true, as in the service (consumer.app.run_service).
    extractor = QuoteExtractor(
        nlp=load_ner() if settings.ner_model else None,
        antecedents=settings.antecedent_ranker,
    )
    return Processor(extractor, decoder, schema_version=settings.schema_version)


def _open_input(path: str | Path, *, expected: str = "a readable JSON Lines file") -> IO[bytes]:
    """``path`` opened for reading, or a one-line error (exit 66) saying why it cannot be."""
    try:
        return Path(path).open("rb")
    except OSError as exc:
        why = (exc.strerror or type(exc).__name__).lower()
        raise _Fail(
            f"quote-consumer: cannot read {path}: {why}; give {expected}", EXIT_NO_INPUT
        ) from exc


def _unreachable(settings: Settings, exc: Exception) -> _Fail:
    return _Fail(
        f"quote-consumer: cannot reach Kafka at {settings.bootstrap_servers} "
        f"({exc}); check that the broker is up and "
        "KAFKA_BOOTSTRAP_SERVERS (or --bootstrap-servers)",
        BrokerUnavailable.exit_code,
    )


def _extract(args: argparse.Namespace, settings: Settings) -> int:
    """Offline mode: the same Processor as the service, reading lines instead of messages."""
    with contextlib.ExitStack() as stack:
        # The file first: a wrong path is reported before the model is loaded.
        stream: IO[bytes] = (
            sys.stdin.buffer
            if args.file == "-"
            else stack.enter_context(
                _open_input(args.file, expected="a readable JSON Lines file, or - for stdin")
            )
        )
        return _extract_lines(stream, _processor(settings), strict=args.strict)


def _extract_lines(stream: IO[bytes], processor: Processor, *, strict: bool) -> int:
    out = sys.stdout.buffer
    bad = 0
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        result = processor.process(line.rstrip(b"\r\n"))
        if isinstance(result, Processed):
            for payload in result.payloads:
                out.write(payload + b"\n")
        else:
            bad += 1
            print(f"line {number}: skipped ({result.reason}): {result.error}", file=sys.stderr)
    out.flush()
    if bad:
        print(f"{bad} line(s) skipped", file=sys.stderr)
    return 1 if bad and strict else 0


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from consumer.evaluation.comparison import compare
    from consumer.evaluation.corpus import CorpusError
    from consumer.evaluation.diagram import reliability_png, write_png
    from consumer.evaluation.ner import evaluate_ner
    from consumer.evaluation.reliability import render_reliability
    from consumer.evaluation.report import render
    from consumer.evaluation.rules_report import render_rules

    part: str | Path = args.part if args.part in ("test", "dev") else Path(args.part)
    if isinstance(part, Path):  # a wrong path is reported before the model is loaded
        _open_input(part, expected="test, dev or an annotated corpus file").close()
    with_model = QuoteExtractor.with_model(calibrated=False)
    try:
        figures = compare(part, ner=with_model)
    except CorpusError as exc:
        raise _Fail(
            f"quote-consumer: {exc}; fix the file (docs/annotation.md)", EXIT_NO_INPUT
        ) from exc
    if args.diagram is not None:
        write_png(args.diagram, reliability_png(list(figures.reliability.values())))
    ner = None if args.no_ner or with_model.nlp is None else evaluate_ner(with_model.nlp)
    if args.json:
        document: dict[str, Any] = {label: r.as_dict() for label, r in figures.reports.items()}
        document["confidence"] = {k: r.as_dict() for k, r in figures.reliability.items()}
        document["ner_changed_records"] = figures.ner_changed
        document["ranker_changed_records"] = figures.ranker_changed
        document["ner"] = ner
        print(orjson.dumps(document, option=orjson.OPT_INDENT_2).decode())
        return 0
    print(
        render(
            figures.reports, title=f"corpus part: {args.part} (model {with_model.model_version})"
        )
    )
    print(f"\nrecords the NER model changes (span, type or speaker): {figures.ner_changed}")
    print(f"records the antecedent ranker changes (speaker): {figures.ranker_changed}")
    print(
        render_reliability(
            figures.reliability,
            title="\nconfidence as a forecast of 'span and speaker right' (bins of confidence)",
        )
    )
    if args.diagram is not None:
        print(f"\nreliability diagram: {args.diagram} (blue: hand-set table, orange: calibrated)")
    if ner is not None:
        print(f"\nNER on {ner['source']}:")
        for label, values in sorted(ner["per_type"].items()):
            print(f"  {label:<13} P {values['p']:.3f}  R {values['r']:.3f}  F1 {values['f']:.3f}")
    print("\nQuotes matched to gold per rule (count, speaker accuracy, strict):")
    print(render_rules(figures.rules))
    for error in figures.reports["rules"].errors[: args.errors]:
        print(error)
    return 0


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from consumer.app import run_service  # Kafka and Prometheus are only needed here

    return run_service(settings)


def _publish(args: argparse.Namespace, settings: Settings) -> int:
    from kafka.errors import KafkaError

    from consumer.kafka_io import make_producer, quiet_client_logs

    with _open_input(args.file) as lines:
        try:
            with quiet_client_logs():
                producer = make_producer(settings)
        except KafkaError as exc:
            raise _unreachable(settings, exc) from exc
        sent = _publish_lines(producer, lines, settings.input_topic)
    try:
        producer.flush(timeout=settings.flush_timeout_s)
    except KafkaError as exc:
        raise _unreachable(settings, exc) from exc
    finally:
        # The flush above waited for the acknowledgements; closing has nothing left to send.
        producer.close(timeout=5)
    print(f"published {sent} article(s) to {settings.input_topic}", file=sys.stderr)
    return 0


def _publish_lines(producer: Any, lines: IO[bytes], topic: str) -> int:
    sent = 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        key: bytes | None = None
        try:
            document: Any = orjson.loads(line)
            if isinstance(document, dict) and isinstance(document.get("id"), str):
                key = document["id"].encode()
        except orjson.JSONDecodeError:
            pass  # sent as is: the service dead-letters it
        producer.send(topic, value=line, key=key)
        sent += 1
    return sent


def _tail(args: argparse.Namespace, settings: Settings) -> int:
    from kafka import KafkaConsumer
    from kafka.errors import KafkaError

    from consumer.kafka_io import quiet_client_logs

    try:
        with quiet_client_logs():
            consumer = KafkaConsumer(
                settings.output_topic,
                bootstrap_servers=settings.bootstrap_servers.split(","),
                auto_offset_reset="earliest" if args.from_beginning else "latest",
                enable_auto_commit=False,
                consumer_timeout_ms=int(args.timeout * 1000) if args.timeout else float("inf"),
                **settings.kafka_security(),
            )
    except KafkaError as exc:
        raise _unreachable(settings, exc) from exc
    count = 0
    try:
        for message in consumer:
            record = orjson.loads(message.value)
            _print_record(record)
            count += 1
            if args.max_records and count >= args.max_records:
                break
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()
    return 0


def _print_record(record: dict[str, Any]) -> None:
    speaker = record.get("speaker") or {}
    who = speaker.get("name") or speaker.get("text") or "?"
    cue = (record.get("cue") or {}).get("text", "")
    print(
        f"[{record['article_id']}] {record['type']:<8} {who} ({cue}): {record['text']}",
        flush=True,
    )
    print("  " + orjson.dumps(record).decode(), flush=True)
