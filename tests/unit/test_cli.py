"""Offline mode: JSON Lines in, quote records out, bad lines reported with their number."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

from consumer.cli import main

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
