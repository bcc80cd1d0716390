"""Offline mode: JSON Lines in, quote records out, bad lines reported with their number."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import orjson
import pytest

from consumer import kafka_io
from consumer.cli import main
from consumer.evaluation.ner import evaluate_ner
from consumer.extraction import QuoteExtractor

ROOT = Path(__file__).resolve().parents[2]


def test_extract_writes_records_and_reports_bad_lines(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    good = orjson.dumps({"id": "c-1", "text": 'मंत्री ने कहा, "हम काम जारी रखेंगे।"'})
    source.write_bytes(good + b"\nnot json\n\n" + b'{"id": 3}\n')
    assert main(["extract", str(source)]) == 0
    out, err = capsys.readouterr()
    records = [orjson.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in records] == ["हम काम जारी रखेंगे।"]
    assert "line 2: skipped (invalid_json)" in err
    assert "line 4: skipped (invalid_article)" in err
    assert main(["extract", "--strict", str(source)]) == 1


def test_extract_reads_stdin_through_the_console_entry_point():
    examples = (ROOT / "examples/articles.jsonl").read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "consumer", "extract", "-"],
        input=examples,
        capture_output=True,
        check=True,
        timeout=120,
    )
    lines = done.stdout.splitlines()
    assert len(lines) >= 10
    assert {orjson.loads(line)["article_id"] for line in lines} >= {"demo-0001", "demo-0002"}


def test_configuration_errors_exit_2(monkeypatch, capsys):
    monkeypatch.setenv("QUOTES_BATCH_SIZE", "lots")
    assert main(["extract", "-"]) == 2
    assert "QUOTES_BATCH_SIZE" in capsys.readouterr().err


# -- errors at the edge: one line on stderr, the documented exit code --------------------------


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def _unreadable(path: Path) -> Path:
    """Stands in for a file without read permission (the tests may run as root)."""
    path.write_bytes(b"{}\n")
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    return refuse


@pytest.mark.parametrize(
    "case, why",
    [
        ("missing", "no such file or directory"),
        ("directory", "is a directory"),
        ("unreadable", "permission denied"),
    ],
)
def test_extract_of_a_file_it_cannot_read_says_why_in_one_line_and_exits_66(
    case, why, tmp_path, monkeypatch, capsys
):
    path = {"missing": tmp_path / "missing.jsonl", "directory": tmp_path}.get(
        case, tmp_path / "secret.jsonl"
    )
    if case == "unreadable":
        monkeypatch.setattr(Path, "open", _unreadable(path))
    assert main(["extract", str(path)]) == 66
    line = _one_line(capsys.readouterr().err)
    assert line == (
        f"quote-consumer: cannot read {path}: {why}; "
        "give a readable JSON Lines file, or - for stdin"
    )


def test_eval_of_a_corpus_file_it_cannot_read_exits_66(tmp_path, capsys):
    assert main(["eval", "--part", str(tmp_path / "nope.jsonl")]) == 66
    assert "give test, dev or an annotated corpus file" in _one_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    "argv, message",
    [
        (["extract", "--bogus"], "quote-consumer: unrecognized arguments: --bogus"),
        (["tail", "--max-records", "many"], "argument --max-records: invalid int value"),
        (["transmogrify"], "invalid choice: 'transmogrify'"),
        ([], "a command is needed"),
    ],
)
def test_a_bad_command_line_is_one_line_and_exit_2(argv, message, capsys):
    assert main(argv) == 2
    line = _one_line(capsys.readouterr().err)
    assert message in line
    assert line.endswith("--help")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def no_broker(monkeypatch) -> str:
    """A bootstrap address nothing listens on; one connection attempt of half a second."""
    monkeypatch.setattr(kafka_io, "BOOTSTRAP_TIMEOUT_MS", 500)
    monkeypatch.setenv("QUOTES_RETRY_ATTEMPTS", "1")
    monkeypatch.setenv("QUOTES_NER_MODEL", "false")
    monkeypatch.setenv("QUOTES_METRICS_HOST", "127.0.0.1")
    return f"127.0.0.1:{_closed_port()}"


def test_run_without_a_broker_says_what_to_check_in_one_line_and_exits_3(no_broker, capsys):
    assert main(["run", "--bootstrap-servers", no_broker, "--metrics-port", "0"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert " kafka." not in err  # kafka-python's own connection chatter is held back
    last = err.strip().splitlines()[-1]
    assert f"worker stopping: cannot reach Kafka at {no_broker}" in last
    assert last.endswith(
        "check that the broker is up and KAFKA_BOOTSTRAP_SERVERS (or --bootstrap-servers)"
    )


def test_publish_without_a_broker_is_one_line_and_exit_3(no_broker, capsys):
    examples = str(ROOT / "examples/articles.jsonl")
    assert main(["publish", examples, "--bootstrap-servers", no_broker]) == 3
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(f"quote-consumer: cannot reach Kafka at {no_broker} (")
    assert "KAFKA_BOOTSTRAP_SERVERS" in line


def test_run_with_the_metrics_port_taken_is_one_line_and_exit_2(no_broker, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["run", "--bootstrap-servers", no_broker, "--metrics-port", str(port)])
    assert code == 2
    line = _one_line(capsys.readouterr().err)
    assert f"cannot serve metrics on 127.0.0.1:{port} (address already in use)" in line.lower()
    assert "QUOTES_METRICS_PORT" in line


# -- QUOTES_NER_MODEL and the eval report ------------------------------------------------------


def test_extract_honours_ner_model_false(tmp_path, monkeypatch, capsys):
    source = tmp_path / "in.jsonl"
    source.write_bytes(orjson.dumps({"id": "c-1", "text": 'मंत्री ने कहा, "हम काम जारी रखेंगे।"'}))

    def no_model(*args, **kwargs):
        raise AssertionError("QUOTES_NER_MODEL=false must not load the model")

    monkeypatch.setattr(QuoteExtractor, "with_model", classmethod(no_model))
    monkeypatch.setattr("consumer.cli.load_ner", no_model)
    monkeypatch.setenv("QUOTES_NER_MODEL", "false")
    assert main(["extract", str(source)]) == 0
    records = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in records] == ["हम काम जारी रखेंगे।"]
    assert records[0]["model_version"] is None


@pytest.mark.parametrize(
    ("setting", "rule"), [("false", "pronoun_last_person"), ("true", "pronoun_ranked")]
)
def test_extract_honours_antecedent_ranker(tmp_path, monkeypatch, capsys, setting, rule):
    text = (
        "सरिता देवी ने बैठक में गांव की समस्याएं रखीं। अध्यक्ष अमरनाथ जोशी ने कहा, "
        '"हम हर शिकायत की जांच करेंगे।"\n\nवे बोलीं, "हमें पानी चाहिए।"'
    )
    source = tmp_path / "in.jsonl"
    source.write_bytes(orjson.dumps({"id": "c-2", "text": text}))
    monkeypatch.setenv("QUOTES_ANTECEDENT_RANKER", setting)
    assert main(["extract", str(source)]) == 0
    records = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[-1]["evidence"]["resolution"].split(":")[0] == rule


def test_the_ner_report_names_hiner_relative_to_the_project_root():
    nlp = SimpleNamespace(meta={"performance": {"ents_per_type": {}}})
    report = evaluate_ner(nlp, ROOT.parent / "shared/data/hiner/absent.conll")
    assert report["source"] == "meta.json (HiNER not found at ../shared/data/hiner/absent.conll)"
